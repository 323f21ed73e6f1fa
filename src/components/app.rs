//! The root: the hosted page or, with `?embed=1`, the compact widget. Both start from the state
//! the link describes, with the notices its decoding produced.

use super::embed::Embed;
use super::page::Page;
use crate::app::state::State;
use crate::app::url::UrlState;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub url: UrlState,
    /// What decoding the link had to correct.
    #[prop_or_default]
    pub notices: Vec<String>,
    /// Mirror the page's state into the address bar.
    #[prop_or(true)]
    pub sync_url: bool,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = State::from_url(&props.url, props.notices.clone());
    if props.url.embed {
        html! { <Embed url={props.url.clone()} {initial} /> }
    } else {
        html! { <Page {initial} sync_url={props.sync_url} /> }
    }
}
