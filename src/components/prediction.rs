//! "Before you look": the reader draws what they expect new adoption to do once the enthusiasts
//! are done (drag with a pointer, or use the arrow keys), then reveals the model's curve, split
//! into its two humps, beside their guess. The comparison comes from `view::prediction`.

use super::axes::{x_labels, y_grid};
use super::context::use_explorer;
use super::hooks::use_width;
use crate::view::chart::{coord, line_path, ticks, Frame, Linear};
use crate::view::format::{percent, trim_number};
use crate::view::prediction::{
    known_part, model_at_years, starting_guess, verdict, years, STEP_YEARS,
};
use web_sys::{KeyboardEvent, PointerEvent};
use yew::prelude::*;

/// One arrow-key press moves the selected point by this share of the chart's height.
const KEY_STEP: f64 = 0.05;

#[function_component(Prediction)]
pub fn prediction() -> Html {
    let explorer = use_explorer();
    let scene = explorer.scene.clone();
    let host = use_node_ref();
    let svg_ref = use_node_ref();
    let base = Frame::mini();
    let f = base.with_width(use_width(&host, base.w));
    let ts = years();
    let model = model_at_years(&scene);
    let (shown, _) = known_part(&model, scene.chasm.map(|c| c.peak_time));
    let first_free = shown.saturating_sub(1).max(1);
    // The guess starts from the settings the reader sees; a new scene starts a new guess.
    let guess = use_state(|| starting_guess(&scene));
    let revealed = use_state(|| false);
    let selected = use_state(|| first_free);
    {
        let (guess, revealed, scene) = (guess.clone(), revealed.clone(), scene.clone());
        use_effect_with(scene.params, move |_| {
            guess.set(starting_guess(&scene));
            revealed.set(false);
        });
    }
    let top = scene.trajectory.rate.iter().copied().fold(0.01, f64::max) * 1.3;
    let x = Linear::new((0.0, ts[ts.len() - 1]), (f.left, f.right));
    let y = Linear::new((0.0, top), (f.bottom, f.top));
    let set_point = {
        let (guess, n) = (guess.clone(), ts.len());
        move |i: usize, v: f64| {
            if i < first_free || i >= n {
                return;
            }
            let mut next = (*guess).clone();
            next[i] = v.max(0.0).min(top);
            guess.set(next);
        }
    };
    let from_pointer = {
        let (set_point, selected, svg_ref) = (set_point.clone(), selected.clone(), svg_ref.clone());
        let n = ts.len();
        move |e: &PointerEvent| {
            // Not `current_target`: yew delegates events to its root element.
            let Some(svg) = svg_ref.cast::<web_sys::Element>() else {
                return;
            };
            let rect = svg.get_bounding_client_rect();
            let scale = if rect.width() > 0.0 {
                f.w / rect.width()
            } else {
                1.0
            };
            let vx = (e.client_x() as f64 - rect.left()) * scale;
            let vy = (e.client_y() as f64 - rect.top()) * scale;
            let i = (x.value_at(vx) / STEP_YEARS).round().max(0.0) as usize;
            let i = i.min(n - 1).max(first_free);
            selected.set(i);
            set_point(i, y.value_at(vy));
        }
    };
    let onpointerdown = {
        let from_pointer = from_pointer.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(el) = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            e.prevent_default();
            from_pointer(&e);
        })
    };
    let onpointermove = Callback::from(move |e: PointerEvent| {
        if e.buttons() != 0 {
            from_pointer(&e);
        }
    });
    let onkeydown = {
        let (guess, selected, set_point) = (guess.clone(), selected.clone(), set_point.clone());
        let last = ts.len() - 1;
        Callback::from(move |e: KeyboardEvent| {
            let i = *selected;
            let v = guess.get(i).copied().unwrap_or(0.0);
            match e.key().as_str() {
                "ArrowRight" => selected.set((i + 1).min(last)),
                "ArrowLeft" => selected.set(i.saturating_sub(1).max(first_free)),
                "Home" => selected.set(first_free),
                "End" => selected.set(last),
                "ArrowUp" => set_point(i, v + KEY_STEP * top),
                "ArrowDown" => set_point(i, v - KEY_STEP * top),
                "PageUp" => set_point(i, v + 4.0 * KEY_STEP * top),
                "PageDown" => set_point(i, v - 4.0 * KEY_STEP * top),
                _ => return,
            }
            e.prevent_default();
        })
    };
    let onreveal = {
        let revealed = revealed.clone();
        Callback::from(move |_: MouseEvent| revealed.set(!*revealed))
    };
    let i = (*selected).min(ts.len() - 1);
    let value_text = format!(
        "Year {}: {} of the market a year",
        trim_number(ts[i]),
        percent(guess.get(i).copied().unwrap_or(0.0))
    );
    let tr = &scene.trajectory;
    let known_t: Vec<f64> = ts[..shown].to_vec();
    let model_known: Vec<f64> = model[..shown].to_vec();
    let handles = ts.iter().zip(guess.iter()).enumerate().skip(first_free).map(|(k, (&t, &v))| {
        html! { <circle class={classes!("guess-handle", (k == i).then_some("selected"))} cx={coord(x.at(t))} cy={coord(y.at(v))} r={if k == i { "5" } else { "3.5" }} /> }
    });
    html! {
        <figure class="mini prediction" ref={host} data-testid="prediction">
            <svg ref={svg_ref} class="chart mini-chart" viewBox={f.view_box()} tabindex="0" role="slider"
                aria-label="Your guess: new adopters per year, after the enthusiasts. Left and right pick a year, up and down set it."
                aria-valuemin="0" aria-valuemax={crate::io::number::plain(top)} aria-valuenow={crate::io::number::plain(guess.get(i).copied().unwrap_or(0.0))}
                aria-valuetext={value_text.clone()} data-testid="prediction-chart"
                {onpointerdown} {onpointermove} {onkeydown}>
                { y_grid(&ticks(0.0, top, 3), y, f.left, f.right, percent) }
                { x_labels(&ticks(0.0, ts[ts.len() - 1], 6), x, f.bottom - 1.0, trim_number) }
                <text class="axis-title" x={coord((f.left + f.right) / 2.0)} y={coord(f.h - 3.0)} text-anchor="middle">{ "years after launch" }</text>
                <line class="axis" x1={coord(f.left)} x2={coord(f.right)} y1={coord(f.bottom)} y2={coord(f.bottom)} />
                if *revealed {
                    <path class="curve early" d={line_path(&tr.t, &tr.early_rate, x, y)} />
                    <path class="curve main" d={line_path(&tr.t, &tr.main_rate, x, y)} />
                    <path class="curve rate" d={line_path(&tr.t, &tr.rate, x, y)} data-testid="prediction-model" />
                } else {
                    <path class="curve rate" d={line_path(&known_t, &model_known, x, y)} />
                }
                <path class="curve guess" d={line_path(&ts[first_free - 1..], &guess[first_free - 1..], x, y)} />
                { for handles }
            </svg>
            <figcaption>
                <ul class="legend">
                    <li><span class="swatch line guess" aria-hidden="true"></span>{ "your guess" }</li>
                    <li><span class="swatch line rate" aria-hidden="true"></span>{ "the model: all new adopters per year" }</li>
                    if *revealed {
                        <li><span class="swatch line early" aria-hidden="true"></span>{ "early market" }</li>
                        <li><span class="swatch line main" aria-hidden="true"></span>{ "main market" }</li>
                    }
                </ul>
                <p class="muted">{ "Drag on the chart, or focus it and use the arrow keys: left and right pick a year, up and down set your guess." }
                    <span class="visually-hidden" aria-live="polite">{ value_text }</span></p>
                <button type="button" onclick={onreveal} aria-pressed={revealed.to_string()} data-testid="prediction-reveal">
                    { if *revealed { "Hide the model's answer" } else { "Show the model's answer" } }
                </button>
                if *revealed {
                    <p class="summary" aria-live="polite" data-testid="prediction-verdict">{ verdict(&guess, &scene) }</p>
                }
            </figcaption>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct PredictionRootProps {
    /// The settings the exercise follows (the explorer's, passed across the module boundary).
    pub params: crate::model::Params,
}

/// The exercise on its own, as the extras module mounts it: the scene for `params` handed to
/// [`Prediction`] through the same context the page's sections use.
#[function_component(PredictionRoot)]
pub fn prediction_root(props: &PredictionRootProps) -> Html {
    let scene = use_memo(props.params, crate::model::explore);
    let explorer = super::context::Explorer {
        scene,
        dispatch: Callback::noop(),
    };
    html! {
        <ContextProvider<super::context::Explorer> context={explorer}>
            <Prediction />
        </ContextProvider<super::context::Explorer>>
    }
}
