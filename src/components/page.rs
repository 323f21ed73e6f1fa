//! The hosted page: the explorer with scenarios, pinning, sharing and embedding. The state is
//! mirrored into the address bar (debounced) so any view can be shared exactly.

use super::adoption_panel::AdoptionPanel;
use super::embed_dialog::EmbedDialog;
use super::explainer::Explainer;
use super::hooks::{
    use_after_first_paint, use_debounced, use_id_prefix, use_media_query, use_scenes, COMPACT_QUERY,
};
use super::moat_panel::MoatPanel;
use super::notices::Notices;
use super::pin_compare::PinCompare;
use super::scenario_picker::ScenarioPicker;
use super::share_bar::ShareBar;
use crate::app::state::{Action, State};
use crate::app::url::{encode, UrlState};
use crate::browser::api;
use crate::model::Field;
use yew::prelude::*;

/// Wait this long after the last change before rewriting the address (a drag fires many events).
const URL_DEBOUNCE_MS: u32 = 250;
/// The explainer's section figures sweep the model up to 40 times each; they follow the
/// settings this long after the last change, so a drag only recomputes the explorer itself
/// (the sections are below the explorer, out of view while you drag it).
const SETTLE_MS: u32 = 200;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub initial: State,
    /// Mirror the state into the address bar (off in tests that mount several pages).
    #[prop_or(true)]
    pub sync_url: bool,
}

#[function_component(Page)]
pub fn page(props: &PageProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let (scene, ghost) = use_scenes(&state);
    let compact = use_media_query(COMPACT_QUERY);
    let prefix = use_id_prefix();
    let embed_open = use_state(|| false);
    let url_state = UrlState {
        params: state.params,
        pinned: state.pinned,
        ..UrlState::default()
    };
    let query = encode(&url_state);
    {
        // Only the last of a burst of changes is written.
        let written = use_debounced(query.clone(), URL_DEBOUNCE_MS);
        let sync = props.sync_url;
        use_effect_with(written, move |query| {
            if sync {
                api::replace_query(query);
            }
        });
    }
    let dispatch = |action: Action| {
        let d = state.dispatcher();
        move || d.dispatch(action.clone())
    };
    let onchange = {
        let d = state.dispatcher();
        Callback::from(move |(field, value): (Field, f64)| d.dispatch(Action::Set(field, value)))
    };
    let ondo = {
        let d = state.dispatcher();
        Callback::from(move |action: Action| d.dispatch(action))
    };
    let onpick = {
        let d = state.dispatcher();
        Callback::from(move |id: &'static str| d.dispatch(Action::LoadPreset(id)))
    };
    let onpin = Callback::from({
        let f = dispatch(Action::Pin);
        move |_| f()
    });
    let onclear = Callback::from({
        let f = dispatch(Action::ClearPin);
        move |_| f()
    });
    let ondismiss = Callback::from({
        let f = dispatch(Action::DismissNotices);
        move |_| f()
    });
    let onreset = Callback::from({
        let f = dispatch(Action::Reset);
        move |_: MouseEvent| f()
    });
    let onembed = {
        let open = embed_open.clone();
        Callback::from(move |_| open.set(true))
    };
    let onclose = {
        let open = embed_open.clone();
        Callback::from(move |_| open.set(false))
    };
    let settled = use_debounced(state.params, SETTLE_MS);
    let settled_scene = {
        // Once settled, the settings are the live ones: reuse that scene instead of recomputing.
        let (live, live_params) = (scene.clone(), state.params);
        use_memo(settled, move |p| {
            if *p == live_params {
                live
            } else {
                std::rc::Rc::new(crate::model::explore(p))
            }
        })
    };
    let explainer_shown = use_after_first_paint();
    use_effect_with(explainer_shown, |shown| {
        if *shown {
            // A link to a section (#lesson-7) lands there once the section exists.
            api::scroll_to_fragment();
        }
    });
    let link = format!("{}?{}", api::page_base_url(), query);
    html! {
        <div class="chasm-app" data-testid="app">
            <header class="app-head">
                <h1>{ "Chasm explorer" }</h1>
                <p class="lede">{ "Why do some technologies spread from a few enthusiasts to everyone while others stall \
                    in between? Move the sliders: the curves are a live model, not a picture." }</p>
                <div class="head-actions">
                    <ShareBar link={link} {onembed} />
                    <button type="button" class="reset" data-testid="reset" onclick={onreset}>{ "Reset" }</button>
                </div>
            </header>
            <Notices notices={state.notices.clone()} {ondismiss} />
            <div class="toolbar">
                <ScenarioPicker params={state.params} {onpick}>
                    <PinCompare scene={scene.clone()} ghost={ghost.clone()} {onpin} {onclear} />
                </ScenarioPicker>
            </div>
            <div class="panels" id="explorer">
                <AdoptionPanel scene={scene.clone()} ghost={ghost.clone()} id_prefix={prefix.clone()} {compact} onchange={onchange.clone()} />
                <MoatPanel scene={scene.clone()} ghost={ghost.clone()} id_prefix={prefix.clone()} {compact} {onchange} />
            </div>
            if explainer_shown {
                <Explainer scene={(*settled_scene).clone()} ondo={ondo} />
            }
            <EmbedDialog state={url_state} open={*embed_open} {onclose} id_prefix={prefix.clone()} />
        </div>
    }
}
