//! Small hooks shared by the page and the embed.

use crate::app::state::{Action, AppState};
use crate::model::scene::{adopt, explore, Scene};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// Below this width charts use their compact frame (the same breakpoint as the CSS).
pub const COMPACT_QUERY: &str = "(max-width: 700px)";

/// The window's list for a CSS media query; natively, at build time, there is no window and
/// nothing matches.
fn media_list(query: &str) -> Option<web_sys::MediaQueryList> {
    crate::browser::api::window().and_then(|w| w.match_media(query).ok().flatten())
}

/// Whether a CSS media query matches, kept up to date as the window changes.
#[hook]
pub fn use_media_query(query: &'static str) -> bool {
    let list = use_memo((), move |_| media_list(query));
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
/// appear sooner (BENCHMARKS.md: first complete render). `then` runs once that render is done.
///
/// Only an explainer drawn inline (tests) waits for the flag: with `redraw` false the flag stays
/// `false` and nothing renders again, `then` runs right after the paint. The built page's
/// explainer is its own module's (`explainer_slot`), and a second render of the whole page for
/// nothing was a task of 9 to 14 ms while the page hydrates (BENCHMARKS.md: total blocking time).
#[hook]
pub fn use_after_first_paint(redraw: bool, then: fn()) -> bool {
    // Rendered natively (at build time) there is no paint to wait for: render it all.
    let painted = use_state(|| !cfg!(target_arch = "wasm32"));
    // Kept so the callbacks live (dropping a gloo handle cancels it).
    let frame = use_mut_ref(|| None::<gloo::render::AnimationFrame>);
    let after = use_mut_ref(|| None::<Timeout>);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            // A frame callback runs just before the next paint; a task queued from it runs
            // after that paint.
            *frame.borrow_mut() = Some(gloo::render::request_animation_frame(move |_| {
                *after.borrow_mut() = Some(Timeout::new(0, move || {
                    if redraw {
                        painted.set(true);
                    } else {
                        then();
                    }
                }));
            }));
        });
    }
    // With `redraw`, after the render that the flag brought.
    use_effect_with(*painted && redraw, move |shown| {
        if *shown {
            then();
        }
    });
    *painted
}

/// How a chart is drawn: the rendered width of its host and whether the screen is narrow.
#[derive(Clone, Copy, PartialEq)]
pub struct ChartSize {
    /// Whole CSS pixels; `None` until measured.
    pub width: Option<f64>,
    /// [`COMPACT_QUERY`] matches: the chart uses its narrow frame.
    pub compact: bool,
}

/// Whether the screen is narrow now ([`COMPACT_QUERY`]).
fn narrow_now() -> bool {
    media_list(COMPACT_QUERY).is_some_and(|l| l.matches())
}

/// The size of the chart whose host is `node`, kept up to date as it changes. Charts use the
/// width as their viewBox width, so their text is drawn at the same CSS size at every width;
/// whole pixels only, so sub-pixel layout jitter does not re-render a chart. Width and
/// narrowness are measured together, so a chart is redrawn once for both.
///
/// A page that hydrates its prerendered markup (`browser::prerendered::hydrated`) was drawn at
/// build time, without a window: wide, at the frame's own width. Its charts start that way, as
/// hydration must find what it would render, and their first measurement is taken and drawn in
/// a task after the next frame, one chart per task, not all in the frame that follows
/// hydration (on a phone both charts change, and that frame was the page's longest task:
/// BENCHMARKS.md, "the frame after hydration"). The page was on screen all along, so nothing
/// waits for it. Anything else (the widget, a page drawn anew, a section mounted alone) draws
/// at its measured size before its first paint.
#[hook]
pub fn use_chart_size(node: &NodeRef) -> ChartSize {
    let hydrated = crate::browser::prerendered::hydrated();
    let size = use_state_eq(|| ChartSize {
        width: None,
        compact: !hydrated && narrow_now(),
    });
    {
        let (node, size) = (node.clone(), size.clone());
        use_effect_with((), move |_| {
            let watch = node.cast::<web_sys::Element>().map(|el| {
                // Size reports wait for the first measurement: one that came first (the
                // observer reports once as it starts) would redraw the chart in a frame.
                let measured = Rc::new(std::cell::Cell::new(false));
                let measure = {
                    let measured = measured.clone();
                    Rc::new(move |w: f64| {
                        measured.set(true);
                        let w = w.round();
                        if w > 0.0 {
                            size.set(ChartSize {
                                width: Some(w),
                                compact: narrow_now(),
                            });
                        }
                    })
                };
                let width = |el: &web_sys::Element| el.get_bounding_client_rect().width();
                // Kept so the callbacks live (dropping a gloo handle cancels it).
                let later = Rc::new(std::cell::RefCell::new(None::<Timeout>));
                let (first, el1, later1) = (measure.clone(), el.clone(), later.clone());
                let first = gloo::render::request_animation_frame(move |_| {
                    if hydrated {
                        let later = Timeout::new(0, move || first(width(&el1)));
                        *later1.borrow_mut() = Some(later);
                    } else {
                        first(width(&el1));
                    }
                });
                // Redraw on the next frame, not inside the observer's callback: a chart redrawn
                // there changes observed sizes within the same frame, which browsers report as
                // a "ResizeObserver loop completed with undelivered notifications" error.
                let frame = std::cell::RefCell::new(None::<gloo::render::AnimationFrame>);
                let watch = crate::browser::api::watch_resize(&el, move |entry| {
                    if measured.get() {
                        let (w, measure) = (entry.content_rect().width(), measure.clone());
                        *frame.borrow_mut() =
                            Some(gloo::render::request_animation_frame(move |_| measure(w)));
                    }
                });
                (first, later, watch)
            });
            move || drop(watch)
        });
    }
    *size
}

/// The rendered width (CSS px) of the element behind `node` ([`use_chart_size`]); `fallback`
/// until the first measurement.
#[hook]
pub fn use_width(node: &NodeRef, fallback: f64) -> f64 {
    use_chart_size(node).width.unwrap_or(fallback)
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
