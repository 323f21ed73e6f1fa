//! The explainer on its own: what the on-demand `explainer` module mounts (`src/bin/explainer.rs`)
//! into the page's explainer slot (`components::explainer_slot`). It follows the settled settings
//! the page hands it and hands back the settings its sections choose; the page stays the one
//! owner of the state (its undo, its address bar).

use crate::app::state::{Action, AppState};
use crate::components::context::Explorer;
use crate::components::explainer::Explainer;
use crate::model::{explore, Params};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainerRootProps {
    /// The page's settled settings.
    pub params: Params,
    /// Called with the settings a section chose (a slider, a "try this", a scenario).
    pub onapply: Callback<Params>,
}

#[function_component(ExplainerRoot)]
pub fn explainer_root(props: &ExplainerRootProps) -> Html {
    let scene = use_memo(props.params, explore);
    // Every action a section dispatches changes the settings only (a value, a set of settings,
    // a scenario), so it is applied here and the page takes the result as one change.
    let dispatch = {
        let onapply = props.onapply.clone();
        (*use_memo(props.params, move |params| {
            let state = AppState {
                params: *params,
                ..AppState::default()
            };
            Callback::from(move |action: Action| onapply.emit(state.apply(action).params))
        }))
        .clone()
    };
    html! {
        <ContextProvider<Explorer> context={Explorer { scene, dispatch }}>
            <Explainer />
        </ContextProvider<Explorer>>
    }
}
