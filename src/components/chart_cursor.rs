//! The cursor of the adoption and moat charts: the chart takes focus, the arrow keys move a
//! cursor through time, letter keys jump to the landmarks, and the pointer (hover or touch)
//! does the same. The reading (from `view::cursor`, so it uses the scene the chart draws) is
//! shown under the chart and spoken by a polite live region; a crosshair marks it.

use crate::model::Scene;
use crate::view::chart::{coord, Frame, Linear};
use crate::view::cursor::{self, ChartKind, Landmark};
use std::rc::Rc;
use yew::prelude::*;

/// Where the cursor is, the landmark it was sent to, and what the keyboard last had said.
#[derive(Clone, Default, PartialEq)]
pub struct CursorAt {
    pub t: Option<f64>,
    landmark: Option<Landmark>,
    /// The last landmark key found no such point.
    missing: Option<Landmark>,
    /// What the polite live region says: set by a key press only, as a snapshot, so neither
    /// the pointer nor a slider moving under a placed cursor speaks (the page's one "what
    /// changed" note does that).
    said: String,
}

/// The cursor's state for one chart.
#[hook]
pub fn use_chart_cursor() -> UseStateHandle<CursorAt> {
    use_state(CursorAt::default)
}

/// What the cursor reads now, from the live scene.
fn reading(kind: ChartKind, scene: &Scene, at: &CursorAt) -> String {
    if let Some(l) = at.missing {
        return cursor::jump(scene, kind, l).1;
    }
    match (at.t, at.landmark) {
        (Some(t), Some(l)) if l.time(scene) == Some(t) => cursor::jump(scene, kind, l).1,
        (Some(t), _) => kind.at(scene, t),
        (None, _) => String::new(),
    }
}

/// The chart `svg` in its focusable host, with the help and the reading beneath. `host` is
/// the node the chart measures its width on; `x` maps years to viewBox units.
pub fn cursor_host(
    kind: ChartKind,
    scene: &Rc<Scene>,
    state: &UseStateHandle<CursorAt>,
    host: &NodeRef,
    x: Linear,
    id: &str,
    svg: Html,
) -> Html {
    let horizon = kind.horizon();
    let onkeydown = {
        let (state, scene) = (state.clone(), scene.clone());
        Callback::from(move |e: KeyboardEvent| {
            // Leave the browser's and the page's shortcuts alone (copy, print, Back, undo).
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let key = e.key();
            let now = (*state).clone();
            let mut next = if let Some(l) = Landmark::for_key(kind, &key) {
                match l.time(&scene) {
                    Some(t) => CursorAt {
                        t: Some(t),
                        landmark: Some(l),
                        ..Default::default()
                    },
                    None => CursorAt {
                        missing: Some(l),
                        ..now
                    },
                }
            } else if key == "Escape" {
                CursorAt::default()
            } else if let Some(t) = cursor::step(&key, e.shift_key(), now.t, horizon) {
                CursorAt {
                    t: Some(t),
                    ..Default::default()
                }
            } else {
                return;
            };
            e.prevent_default();
            next.said = reading(kind, &scene, &next);
            state.set(next);
        })
    };
    // Hover and touch: the cursor follows the pointer (to a tenth of a year), silently.
    let follow = {
        let (state, host) = (state.clone(), host.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(el) = host.cast::<web_sys::Element>() {
                let left = el.get_bounding_client_rect().left();
                let t = x.value_at(e.client_x() as f64 - left).max(0.0).min(horizon);
                let t = Some((t * 10.0).round() / 10.0);
                if state.t != t || state.landmark.is_some() || state.missing.is_some() {
                    state.set(CursorAt {
                        t,
                        ..Default::default()
                    });
                }
            }
        })
    };
    let onpointerleave = {
        let state = state.clone();
        Callback::from(move |e: PointerEvent| {
            // Only a cursor the mouse placed leaves with it: one placed by a key stays (a
            // scroll can move the chart out from under a resting mouse).
            if e.pointer_type() == "mouse" && state.t.is_some() && state.said.is_empty() {
                state.set(CursorAt::default());
            }
        })
    };
    let help = format!("{id}-help");
    let key = kind.key();
    html! { <>
        <div class="chart-host" ref={host.clone()} tabindex="0" role="application"
             aria-label={format!("{}: explore the chart", kind.title())} aria-describedby={help.clone()}
             {onkeydown} onpointermove={follow.clone()} onpointerdown={follow} {onpointerleave} data-testid={format!("{key}-explore")}>
            { svg }
        </div>
        <p class="chart-help muted" id={help}>{ kind.help() }</p>
        <p class="cursor-readout" data-testid={format!("{key}-cursor")}>{ reading(kind, scene, state) }</p>
        <p class="visually-hidden" aria-live="polite" data-testid={format!("{key}-cursor-said")}>{ state.said.clone() }</p>
    </> }
}

/// The crosshair at the cursor, with a dot on each of `ys` (viewBox heights) there.
pub fn crosshair(at: Option<f64>, x: Linear, f: &Frame, ys: &[f64]) -> Html {
    let Some(t) = at else { return Html::default() };
    let cx = coord(x.at(t));
    html! {
        <g class="crosshair" data-testid="crosshair" data-t={crate::io::number::fixed(t, 3)}>
            <line x1={cx.clone()} x2={cx.clone()} y1={coord(f.top)} y2={coord(f.bottom)} />
            { for ys.iter().map(|y| html! { <circle cx={cx.clone()} cy={coord(*y)} r="4" /> }) }
        </g>
    }
}
