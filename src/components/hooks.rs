//! Small hooks shared by the page and the embed.

use crate::app::state::{Action, AppState};
use crate::model::scene::{adopt, explore, Scene};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// Below this width charts use their compact frame (the same breakpoint as the CSS).
pub const COMPACT_QUERY: &str = "(max-width: 700px)";

/// Whether a CSS media query matches, kept up to date as the window changes.
#[hook]
pub fn use_media_query(query: &'static str) -> bool {
    // Rendered natively at build time there is no window: nothing matches.
    let list = use_memo((), move |_| {
        crate::browser::api::window().and_then(|w| w.match_media(query).ok().flatten())
    });
    let matches = use_state(|| list.as_ref().as_ref().is_some_and(|l| l.matches()));
    {
        let matches = matches.clone();
        use_effect_with(list, move |list| {
            let listener = list.as_ref().as_ref().map(|l| {
                let l2 = l.clone();
                EventListener::new(l, "change", move |_| matches.set(l2.matches()))
            });
            move || drop(listener)
        });
    }
    *matches
}

/// As [`use_media_query`], but `false` on the first render whatever the window: the page is
/// prerendered without a window (nothing matches) and hydrated (`browser::mount::start`), and
/// hydration must find what it would render. The real answer is read in the next animation
/// frame: its render still comes before the browser paints, but in a task of its own, not in
/// the one that hydrates the page (BENCHMARKS.md: total blocking time).
#[hook]
pub fn use_media_query_after_mount(query: &'static str) -> bool {
    let matches = use_state_eq(|| false);
    {
        let matches = matches.clone();
        use_effect_with((), move |_| {
            let list =
                crate::browser::api::window().and_then(|w| w.match_media(query).ok().flatten());
            let watch = list.map(|l| {
                let (first, l1) = (matches.clone(), l.clone());
                let frame = gloo::render::request_animation_frame(move |_| first.set(l1.matches()));
                let l2 = l.clone();
                let listener = EventListener::new(&l, "change", move |_| matches.set(l2.matches()));
                (frame, listener)
            });
            move || drop(watch)
        });
    }
    *matches
}

/// The live scene and the pinned (ghost) one. Each is recomputed only when what it reads
/// changes: the adoption run (the ODE) only when an adoption control moves, the moat on top of it
/// when any control moves; moving a slider never recomputes the ghost.
#[hook]
pub fn use_scenes(state: &AppState) -> (Rc<Scene>, Option<Rc<Scene>>) {
    let adoption = use_memo(state.params.adoption_inputs(), adopt);
    let live = use_memo(state.params, move |p| Scene::assemble(p, &adoption));
    let ghost = use_memo(state.pinned, |pinned| {
        pinned.as_ref().map(|p| Rc::new(explore(p)))
    });
    (live, (*ghost).clone())
}

/// What the page and the embed share: the state, its scenes and one way to change it.
pub struct AppHandle {
    pub state: UseReducerHandle<AppState>,
    pub scene: Rc<Scene>,
    pub ghost: Option<Rc<Scene>>,
    pub dispatch: Callback<Action>,
}

/// Hold the app's state (starting from `initial`), its scenes and a dispatcher.
#[hook]
pub fn use_app(initial: &AppState) -> AppHandle {
    let initial = initial.clone();
    let state = use_reducer(move || initial);
    let (scene, ghost) = use_scenes(&state);
    // One callback for the life of the app: a new one each render would make the explainer's
    // context differ on every slider input and re-render every section while dragging.
    let dispatch = {
        let d = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| d.dispatch(action))
        }))
        .clone()
    };
    AppHandle {
        state,
        scene,
        ghost,
        dispatch,
    }
}

/// `false` on the first render, `true` once the browser has painted it. The page renders the
/// explorer first and the long explainer under it only after that first paint, so the charts
/// appear sooner (BENCHMARKS.md: first complete render).
#[hook]
pub fn use_after_first_paint() -> bool {
    // Rendered natively (at build time) there is no paint to wait for: render it all.
    let painted = use_state(|| !cfg!(target_arch = "wasm32"));
    // Kept so the callbacks live (dropping a gloo handle cancels it).
    let frame = use_mut_ref(|| None::<gloo::render::AnimationFrame>);
    let after = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            // A frame callback runs just before the next paint; a task queued from it runs
            // after that paint.
            *frame.borrow_mut() = Some(gloo::render::request_animation_frame(move |_| {
                *after.borrow_mut() = Some(gloo::timers::callback::Timeout::new(0, move || {
                    painted.set(true)
                }));
            }));
        });
    }
    *painted
}

/// The rendered width (CSS px) of the element behind `node`, kept up to date as it changes;
/// `fallback` until the first measurement. Charts use it as their viewBox width, so that their
/// text is drawn at the same CSS size at every width. Whole pixels only, so sub-pixel layout
/// jitter does not re-render a chart.
#[hook]
pub fn use_width(node: &NodeRef, fallback: f64) -> f64 {
    let width = use_state(|| fallback);
    {
        let (node, width) = (node.clone(), width.clone());
        use_effect_with((), move |_| {
            let watch = node.cast::<web_sys::Element>().map(|el| {
                let measure = move |w: f64| {
                    let w = w.round();
                    if w > 0.0 && w != *width {
                        width.set(w);
                    }
                };
                // First measured in the next animation frame, still before the browser paints:
                // a chart hydrated at its prerendered width is then redrawn in a task of its
                // own, not in the one that hydrates the page.
                let measure = std::rc::Rc::new(measure);
                let (first, el1) = (measure.clone(), el.clone());
                let first = gloo::render::request_animation_frame(move |_| {
                    first(el1.get_bounding_client_rect().width())
                });
                // Redraw on the next frame, not inside the observer's callback: a chart redrawn
                // there changes observed sizes within the same frame, which browsers report as
                // a "ResizeObserver loop completed with undelivered notifications" error.
                let frame = std::cell::RefCell::new(None::<gloo::render::AnimationFrame>);
                let watch = crate::browser::api::watch_resize(&el, move |entry| {
                    let (w, measure) = (entry.content_rect().width(), measure.clone());
                    *frame.borrow_mut() =
                        Some(gloo::render::request_animation_frame(move |_| measure(w)));
                });
                (first, watch)
            });
            move || drop(watch)
        });
    }
    *width
}

/// A unique id prefix per mounted widget, so two widgets on one page never share an element id.
#[hook]
pub fn use_id_prefix() -> AttrValue {
    use std::sync::atomic::Ordering;
    (*use_state(|| AttrValue::from(format!("cx{}", ID_MOUNTS.fetch_add(1, Ordering::Relaxed)))))
        .clone()
}

/// How many widgets have taken an id prefix in this module. Each WebAssembly module counts
/// its own, so a module that shares the page with another starts further on
/// (`browser::mount::mount_explainer`).
pub static ID_MOUNTS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How long after the last change the settings count as settled (ms): the explainer's
/// section figures (which sweep the model up to 40 times each) follow them then, and "what
/// changed" is said then, so a drag recomputes only the explorer and says nothing until it
/// stops.
pub const SETTLE_MS: u32 = 200;

/// `value`, once it has stopped changing for `ms` milliseconds. A change back to the settled
/// value cancels a pending update (dropping a gloo `Timeout` cancels it), so a stale value can
/// never land after the fact.
#[hook]
pub fn use_debounced<T: Clone + PartialEq + 'static>(value: T, ms: u32) -> T {
    let settled = use_state(|| value.clone());
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            *pending.borrow_mut() = (*settled != *value).then(|| {
                let value = value.clone();
                gloo::timers::callback::Timeout::new(ms, move || settled.set(value))
            });
        });
    }
    (*settled).clone()
}
