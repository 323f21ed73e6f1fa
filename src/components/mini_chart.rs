//! A small line chart for the explainer's section figures: a few series over shared axes, an
//! optional "you are here" marker, and a text alternative.

use super::axes::{x_labels, y_grid};
use crate::view::chart::{coord, line_path, ticks, Linear};
use yew::prelude::*;

const W: f64 = 360.0;
const H: f64 = 190.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 350.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 158.0;

/// One line: its points, a CSS class for its colour and dash, and its name in the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct MiniSeries {
    pub points: Vec<(f64, f64)>,
    pub class: &'static str,
    pub label: String,
}

/// How the y axis is labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YUnit {
    Percent,
    Years,
}

#[derive(Properties, PartialEq)]
pub struct MiniChartProps {
    pub series: Vec<MiniSeries>,
    pub x_domain: (f64, f64),
    pub y_domain: (f64, f64),
    pub x_label: AttrValue,
    pub y_unit: YUnit,
    /// A vertical "you are here" line at this x.
    #[prop_or_default]
    pub marker: Option<f64>,
    /// Short title and a sentence describing what the figure shows (its text alternative).
    pub title: AttrValue,
    pub desc: AttrValue,
    #[prop_or_default]
    pub testid: AttrValue,
}

#[function_component(MiniChart)]
pub fn mini_chart(props: &MiniChartProps) -> Html {
    let x = Linear::new(props.x_domain, (LEFT, RIGHT));
    let y = Linear::new(props.y_domain, (BOTTOM, TOP));
    let y_text = |v: f64| match props.y_unit {
        YUnit::Percent => crate::view::format::percent(v),
        YUnit::Years => format!("{} y", crate::io::number::fixed(v, 0)),
    };
    let x_ticks = ticks(props.x_domain.0, props.x_domain.1, 5);
    let y_ticks = ticks(props.y_domain.0, props.y_domain.1, 3);
    html! {
        <figure class="mini">
            <svg class="chart mini-chart" viewBox={format!("0 0 {} {}", coord(W), coord(H))} role="img" aria-label={format!("{}. {}", props.title, props.desc)} data-testid={props.testid.clone()}>
                { y_grid(&y_ticks, y, LEFT, RIGHT, y_text) }
                { x_labels(&x_ticks, x, BOTTOM - 1.0, crate::view::format::trim_number) }
                <text class="axis-title" x={coord((LEFT + RIGHT) / 2.0)} y={coord(H - 3.0)} text-anchor="middle">{ props.x_label.clone() }</text>
                <line class="axis" x1={coord(LEFT)} x2={coord(RIGHT)} y1={coord(BOTTOM)} y2={coord(BOTTOM)} />
                { for props.marker.map(|m| html! {
                    <line class="you-are-here" x1={coord(x.at(m))} x2={coord(x.at(m))} y1={coord(TOP)} y2={coord(BOTTOM)} />
                }) }
                { for props.series.iter().map(|s| {
                    let (xs, ys): (Vec<f64>, Vec<f64>) = s.points.iter().copied().unzip();
                    html! { <path class={classes!("curve", s.class)} d={line_path(&xs, &ys, x, y)} /> }
                }) }
            </svg>
            <figcaption>
                <ul class="legend">
                    { for props.series.iter().map(|s| html! {
                        <li><span class={classes!("swatch", "line", s.class)} aria-hidden="true"></span>{ s.label.clone() }</li>
                    }) }
                    if props.marker.is_some() {
                        <li><span class="swatch line you-are-here" aria-hidden="true"></span>{ "your setting" }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}
