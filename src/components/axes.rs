//! Axis markup shared by every chart: horizontal grid lines with labels, and x tick labels.
//! Plain functions returning `Html` (no state), so each chart composes them into its own SVG.

use crate::view::chart::{coord, Linear};
use yew::prelude::*;

/// Grid lines across `[left, right]` at each value, labelled by `label` just left of `left`.
pub fn y_grid(
    values: &[f64],
    y: Linear,
    left: f64,
    right: f64,
    label: impl Fn(f64) -> String,
) -> Html {
    html! {
        { for values.iter().map(|&v| {
            let at = coord(y.at(v));
            html! {
                <g class="tick">
                    <line class="grid" x1={coord(left)} x2={coord(right)} y1={at.clone()} y2={at} />
                    <text x={coord(left - 5.0)} y={coord(y.at(v) + 4.0)} text-anchor="end">{ label(v) }</text>
                </g>
            }
        }) }
    }
}

/// Tick labels under the axis at `baseline`, centred on each value.
pub fn x_labels(values: &[f64], x: Linear, baseline: f64, label: impl Fn(f64) -> String) -> Html {
    html! {
        { for values.iter().map(|&v| html! {
            <text class="tick" x={coord(x.at(v))} y={coord(baseline + 15.0)} text-anchor="middle">{ label(v) }</text>
        }) }
    }
}
