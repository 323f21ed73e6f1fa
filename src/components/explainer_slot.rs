//! Where the page's explainer goes when it is its own module (the built page; tests and the
//! build-time renderer draw it inline instead, see `PageProps::explainer`).
//!
//! The built page arrives with the explainer already rendered in the opening scene
//! (`src/bin/prerender.rs`): the text, the figures and the numbers, readable before any
//! WebAssembly runs. This slot keeps that copy in place (inert: its controls do nothing yet) and
//! loads the live explainer (`explainer.js`, `components::explainer_root`) once the reader
//! scrolls to within a quarter screen of it, follows a link to a section, or changes the
//! settings. Until
//! then the page's own module stays small and the first screen has nothing to wait for.

use crate::app::state::Action;
use crate::app::url::encode_params;
use crate::browser::{api, lazy, prerendered};
use crate::model::Params;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainerSlotProps {
    /// The page's settled settings (the explainer follows them, as inline).
    pub params: Params,
    /// The page's one way to change the settings.
    pub dispatch: Callback<Action>,
}

/// How far the live explainer has come.
#[derive(Clone, PartialEq)]
enum Stage {
    /// The prerendered copy is shown (or nothing, before the module is asked for).
    Waiting,
    Loading,
    Live,
    Failed(String),
}

#[function_component(ExplainerSlot)]
pub fn explainer_slot(props: &ExplainerSlotProps) -> Html {
    let slot = use_node_ref();
    let stage = use_state(|| Stage::Waiting);
    // The settings the module must show when it arrives (they may change while it loads).
    let latest = use_mut_ref(|| props.params);
    *latest.borrow_mut() = props.params;
    let wanted = use_state_eq(|| false);
    let load = {
        let wanted = wanted.clone();
        Callback::from(move |_: ()| wanted.set(true))
    };
    // First render: put the prerendered copy in the slot, then wait for a reason to load.
    {
        let (slot, load) = (slot.clone(), load.clone());
        use_effect_with((), move |_| {
            let el = slot.cast::<web_sys::Element>();
            let adopted = el.as_ref().is_some_and(prerendered::adopt_explainer);
            let stop = match el {
                // Nothing prerendered (a page built without it): load at once.
                Some(_) if !adopted => {
                    load.emit(());
                    None
                }
                // A link to a section wants it live at once; otherwise, a screen before it shows.
                Some(el) if api::fragment().is_none() => {
                    let load = load.clone();
                    api::when_near(&el, move || load.emit(()))
                }
                Some(_) => {
                    load.emit(());
                    None
                }
                None => None,
            };
            move || drop(stop)
        });
    }
    // Settings other than the prerendered ones (a shared link, a change): the copy no longer
    // matches them.
    use_effect_with(props.params, move |params| {
        if Some(*params) != prerendered::params() {
            load.emit(());
        }
    });
    {
        let (slot, stage, latest, dispatch) = (
            slot.clone(),
            stage.clone(),
            latest.clone(),
            props.dispatch.clone(),
        );
        use_effect_with(*wanted, move |wanted| {
            if *wanted && *stage == Stage::Waiting {
                if let Some(el) = slot.cast::<web_sys::Element>() {
                    stage.set(Stage::Loading);
                    let onapply = dispatch.reform(Action::Apply);
                    wasm_bindgen_futures::spawn_local(async move {
                        let at = encode_params(*latest.borrow());
                        match lazy::mount_explainer(&el, &at, onapply).await {
                            Ok(()) => {
                                // Settings that changed while it loaded.
                                let now = encode_params(*latest.borrow());
                                if now != at {
                                    let _ = lazy::update_explainer(&now).await;
                                }
                                stage.set(Stage::Live);
                                // A link to a section (#lesson-7) lands there now it is live.
                                api::scroll_to_fragment();
                            }
                            Err(e) => {
                                prerendered::release_explainer(&el);
                                stage.set(Stage::Failed(e));
                            }
                        }
                    });
                }
            }
        });
    }
    {
        let live = *stage == Stage::Live;
        use_effect_with((props.params, live), move |(params, live)| {
            if *live {
                let at = encode_params(*params);
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = lazy::update_explainer(&at).await;
                });
            }
        });
    }
    html! { <>
        if let Stage::Failed(e) = &*stage {
            <p class="notice" role="alert" data-testid="explainer-load-error">{ format!(
                "The explainer's live figures could not be loaded ({e}). Are you offline? The text below shows the opening scene."
            ) }</p>
        }
        <div ref={slot} class="explainer-slot" data-testid="explainer-slot" data-live={(*stage == Stage::Live).then_some("true")}></div>
    </> }
}
