//! The hosted page: the explorer with scenarios, pinning, sharing and embedding. The state is
//! mirrored into the address bar (debounced) so any view can be shared exactly; each settled
//! state is an undo step and a browser history entry.

use super::adoption_panel::{adoption_panel, PanelProps};
use super::change_note::{change_note, use_change_note};
use super::context::Explorer;
use super::explainer_slot::ExplainerSlot;
use super::figure_tools::{figure_tools, use_figure_tools};
use super::hooks::{
    use_after_first_paint, use_app, use_debounced, use_id_prefix, AppHandle, SETTLE_MS,
};
use super::hydration_part::HydrationPart;
use super::moat_panel::moat_panel;
use super::notices::{notices, NoticesProps};
use super::pin_compare::{pin_compare, PinCompareProps};
use super::scenario_picker::{scenario_picker, ScenarioPickerProps};
use super::share_bar::ShareBar;
use crate::app::state::{Action, AppState};
use crate::app::undo::Undo;
use crate::app::url::encode;
use crate::browser::api;
use crate::model::Field;
use crate::view::figure_data;
use yew::prelude::*;

/// A link to the explorer's panels (the explorer strip's), and their element id, which the built
/// page's first render also waits for (`prerender::inline::with_first_render_after`).
pub const EXPLORER_LINK: &str = "#explorer";
pub const EXPLORER_ID: &str = EXPLORER_LINK.split_at(1).1;

/// Wait this long after the last change before rewriting the address (a drag fires many events).
const URL_DEBOUNCE_MS: u32 = 250;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub initial: AppState,
    /// Mirror the state into the address bar (off in tests that mount several pages).
    #[prop_or(true)]
    pub sync_url: bool,
    /// Draw the explainer inline with this (`explainer::inline`): tests and the build-time
    /// renderer. Without it (the built page), the explainer comes from its own module
    /// (`components::explainer_slot`), which keeps its code out of the page's.
    #[prop_or_default]
    pub explainer: Option<Callback<(), Html>>,
}

#[function_component(Page)]
pub fn page(props: &PageProps) -> Html {
    let AppHandle {
        state,
        scene,
        ghost,
        dispatch,
    } = use_app(&props.initial);
    let prefix = use_id_prefix();
    // The embed dialog lives in the on-demand module; this slot holds it once opened.
    let embed_slot = use_node_ref();
    let embed_problem = use_state(|| None::<String>);
    let query = encode(&state);
    // Settled states: each is one undo step and one browser history entry.
    let undo = use_mut_ref(|| Undo::new((state.params, state.pinned)));
    let redraw = use_force_update();
    {
        // Only the last of a burst of changes counts (a drag fires many events).
        let written = use_debounced(query.clone(), URL_DEBOUNCE_MS);
        let (sync, undo, redraw) = (props.sync_url, undo.clone(), redraw.clone());
        let settled = (state.params, state.pinned);
        let first = use_mut_ref(|| true);
        use_effect_with(written, move |query| {
            let mut steps = undo.borrow_mut();
            let could = (steps.can_undo(), steps.can_redo());
            steps.settle(settled);
            // Redrawn only for the Undo and Redo buttons, and only when one changes: on mount
            // nothing does, and a redraw there would lengthen the hydrating task.
            let changed = could != (steps.can_undo(), steps.can_redo());
            drop(steps);
            if sync {
                // The address a reader arrived with is rewritten in place; each later settled
                // state is a new entry, so Back and Forward move through them.
                if std::mem::replace(&mut *first.borrow_mut(), false) {
                    api::replace_query(query);
                } else {
                    api::undo_glue::push_query(query);
                }
            }
            if changed {
                redraw.force_update();
            }
        });
    }
    let step = {
        let (undo, dispatch) = (undo.clone(), dispatch.clone());
        Callback::from(move |forward: bool| {
            let mut undo = undo.borrow_mut();
            let to = if forward { undo.redo() } else { undo.undo() };
            if let Some((params, pinned)) = to {
                dispatch.emit(Action::Restore(params, pinned));
            }
        })
    };
    {
        // Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes; Back and Forward restore the
        // state their entry holds. Text fields keep their own undo.
        let (step, dispatch, sync) = (step.clone(), dispatch.clone(), props.sync_url);
        use_effect_with((), move |_| {
            // Mounted, after every part has hydrated (effects run once all first renders have).
            api::page_live();
            use wasm_bindgen::closure::Closure;
            let keys = Closure::<dyn Fn(bool)>::new(move |forward| step.emit(forward));
            let history = Closure::<dyn Fn(String)>::new(move |query: String| {
                let to = crate::app::url::decode(&query);
                dispatch.emit(Action::Restore(to.params, to.pinned));
            });
            let stop = api::undo_glue::watch(&keys, sync.then_some(&history));
            move || {
                let _ = stop.call0(&wasm_bindgen::JsValue::NULL);
                drop((keys, history));
            }
        });
    }
    let (can_undo, can_redo) = {
        let undo = undo.borrow();
        (undo.can_undo(), undo.can_redo())
    };
    let onundo = step.reform(|_: MouseEvent| false);
    let onredo = step.reform(|_: MouseEvent| true);
    let onchange = dispatch.reform(|(field, value): (Field, f64)| Action::Set(field, value));
    let onpick = dispatch.reform(Action::LoadPreset);
    let onpin = dispatch.reform(|_| Action::Pin);
    let onclear = dispatch.reform(|_| Action::ClearPin);
    let ondismiss = dispatch.reform(|_| Action::DismissNotices);
    let onreset = dispatch.reform(|_: MouseEvent| Action::Reset);
    let onembed = {
        let (slot, problem, query) = (embed_slot.clone(), embed_problem.clone(), query.clone());
        Callback::from(move |_| {
            let Some(el) = slot.cast::<web_sys::Element>() else {
                return;
            };
            let (problem, query) = (problem.clone(), query.clone());
            wasm_bindgen_futures::spawn_local(async move {
                problem.set(
                    crate::browser::lazy::open_embed_dialog(&el, &query)
                        .await
                        .err()
                        .map(|e| {
                            format!("The embed dialog could not be loaded ({e}). Are you offline?")
                        }),
                );
            });
        })
    };
    let settled = use_debounced(state.params, SETTLE_MS);
    let explorer = {
        // Once settled, the settings are the live ones: reuse that scene instead of recomputing.
        let (live, live_params) = (scene.clone(), state.params);
        let settled_scene = use_memo(settled, move |p| {
            if *p == live_params {
                live
            } else {
                std::rc::Rc::new(crate::model::explore(p))
            }
        });
        Explorer {
            scene: (*settled_scene).clone(),
            dispatch: dispatch.clone(),
        }
    };
    let announcement = use_change_note(settled, explorer.scene.clone(), ghost.clone());
    let (adoption_tools, moat_tools) = (use_figure_tools(), use_figure_tools());
    // A link to a section (#lesson-7) lands there once the section exists.
    let explainer_shown = use_after_first_paint(props.explainer.is_some(), api::scroll_to_fragment);
    // An unchanged scenario shares its own page (with its own preview); anything else, the query.
    let link = crate::app::share_page::share_link(&api::page_base_url(), &state);
    // Each explorer figure's table and downloads; they read the live scene when opened.
    let tools = [
        figure_tools(
            &adoption_tools,
            "adoption",
            &crate::view::labels::adoption_title(),
            &scene.params,
            &link,
            true,
            adoption_tools
                .open()
                .then(|| figure_data::adoption(&scene, ghost.as_deref())),
        ),
        figure_tools(
            &moat_tools,
            "moat",
            &crate::view::labels::moat_title(),
            &scene.params,
            &link,
            false,
            moat_tools
                .open()
                .then(|| figure_data::moat(&scene, ghost.as_deref())),
        ),
    ];
    html! {
        <div class="chasm-app" data-testid="app">
            // Landmarks: the header (banner), then one <main> holding the explorer and the
            // explainer, each a named region, so a screen reader can jump between the three.
            // Each HydrationPart is hydrated as a task of its own (components::hydration_part).
            <HydrationPart context={explorer.clone()}>
            <header class="app-head" aria-label="Chasm explorer">
                <h1>{ "Chasm explorer" }</h1>
                <p class="lede">{ "Why do some technologies spread from a handful of enthusiasts to almost everyone, while others \
                    stall halfway? And once you are ahead, how long does your lead last? Move the sliders: every curve here is \
                    computed live from a small model, not drawn by hand." }</p>
                <div class="head-actions">
                    <ShareBar link={link} {onembed} />
                    if let Some(p) = &*embed_problem { <p class="notice" role="alert" data-testid="embed-load-error">{ p.clone() }</p> }
                    <button type="button" data-testid="undo" disabled={!can_undo} onclick={onundo} aria-keyshortcuts="Control+Z Meta+Z">{ "Undo" }</button>
                    <button type="button" data-testid="redo" disabled={!can_redo} onclick={onredo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">{ "Redo" }</button>
                    <button type="button" class="reset" data-testid="reset" onclick={onreset}>{ "Reset" }</button>
                </div>
            </header>
            </HydrationPart>
            <main>
            <section class="explorer" aria-label="The explorer">
            { notices(&NoticesProps { notices: state.notices.clone(), ondismiss }) }
            <HydrationPart context={explorer.clone()}>
            <div class="toolbar">
                { scenario_picker(&ScenarioPickerProps {
                    params: state.params,
                    onpick,
                    children: pin_compare(&PinCompareProps { scene: scene.clone(), ghost: ghost.clone(), onpin, onclear }),
                }) }
            </div>
            </HydrationPart>
            { change_note(announcement, false) }
            <div class="panels" id={EXPLORER_ID}>
                <HydrationPart context={explorer.clone()}>{ adoption_panel(&PanelProps { scene: scene.clone(), ghost: ghost.clone(), id_prefix: prefix.clone(), controls: true, tools: tools.clone(), onchange: onchange.clone() }) }</HydrationPart>
                <HydrationPart context={explorer.clone()}>{ moat_panel(&PanelProps { scene: scene.clone(), ghost: ghost.clone(), id_prefix: prefix.clone(), controls: true, tools, onchange }) }</HydrationPart>
            </div>
            </section>
            if let Some(inline) = &props.explainer {
                <div class="explainer-slot" data-testid="explainer-slot">
                    if explainer_shown {
                        <ContextProvider<Explorer> context={explorer}>
                            { inline.emit(()) }
                        </ContextProvider<Explorer>>
                    }
                </div>
            } else {
                <ExplainerSlot params={settled} dispatch={dispatch.clone()} />
            }
            <div ref={embed_slot}></div>
            </main>
        </div>
    }
}
