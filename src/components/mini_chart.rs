//! A small line chart for the explainer's section figures: a few series over shared axes, an
//! optional "you are here" marker, and a text alternative.

use super::axes::{x_labels, y_grid};
use super::context::use_explorer;
use super::figure_tools::{figure_tools, link_for, use_figure_tools};
use super::hooks::use_width;
use crate::view::chart::{coord, line_path, ticks, Frame, Linear};
use crate::view::figure_data;
use yew::prelude::*;

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
    let host = use_node_ref();
    // The file header carries the explorer's settings (a section's own controls are named in
    // its summary, which the header also carries).
    let params = use_explorer().scene.params;
    let tools = use_figure_tools();
    let base = Frame::mini();
    let f = base.with_width(use_width(&host, base.w));
    let (w, h, left, right, top, bottom) = (f.w, f.h, f.left, f.right, f.top, f.bottom);
    let x = Linear::new(props.x_domain, (left, right));
    let y = Linear::new(props.y_domain, (bottom, top));
    let y_text = |v: f64| match props.y_unit {
        YUnit::Percent => crate::view::format::percent(v),
        YUnit::Years => format!("{} y", crate::io::number::fixed(v, 0)),
    };
    let x_ticks = ticks(props.x_domain.0, props.x_domain.1, 5);
    let y_ticks = ticks(props.y_domain.0, props.y_domain.1, 3);
    html! {
        <figure class="mini" ref={host}>
            <svg class="chart mini-chart" viewBox={format!("0 0 {} {}", coord(w), coord(h))} role="img" aria-label={format!("{}. {}", props.title, props.desc)} data-testid={props.testid.clone()}>
                { y_grid(&y_ticks, y, left, right, y_text) }
                { x_labels(&x_ticks, x, bottom - 1.0, crate::view::format::trim_number) }
                <text class="axis-title" x={coord((left + right) / 2.0)} y={coord(h - 3.0)} text-anchor="middle">{ props.x_label.clone() }</text>
                <line class="axis" x1={coord(left)} x2={coord(right)} y1={coord(bottom)} y2={coord(bottom)} />
                { for props.marker.map(|m| html! {
                    <line class="you-are-here" x1={coord(x.at(m))} x2={coord(x.at(m))} y1={coord(top)} y2={coord(bottom)} />
                }) }
                { for props.series.iter().map(|s| {
                    let (xs, ys): (Vec<f64>, Vec<f64>) = s.points.iter().copied().unzip();
                    html! { <path class={classes!("curve", s.class)} d={line_path(&xs, &ys, x, y)} /> }
                }) }
            </svg>
            { figure_tools(&tools, &props.testid, &props.title, &params, &link_for(&params), false, tools.open().then(|| {
                let series: Vec<(String, &[(f64, f64)])> = props.series.iter().map(|s| (s.label.clone(), &s.points[..])).collect();
                figure_data::lines(&props.title, &props.desc, &props.x_label, props.y_unit == YUnit::Percent, &series)
            })) }
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
