//! The root: the hosted page or, with `?embed=1`, the compact widget. Both start from the state
//! the link describes, with the notices its decoding produced.

use super::embed::Embed;
use super::page::Page;
use crate::app::state::AppState;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The state the link describes (with what decoding it had to correct).
    #[prop_or_default]
    pub initial: AppState,
    /// Mirror the page's state into the address bar.
    #[prop_or(true)]
    pub sync_url: bool,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    if initial.view.embed {
        html! { <Embed {initial} /> }
    } else {
        html! { <Page {initial} sync_url={props.sync_url} explainer={crate::components::explainer::inline()} /> }
    }
}
