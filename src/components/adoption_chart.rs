//! The adoption figure: rate of adoption over time on Rogers' five coloured bands, the early- and
//! main-market contributions, the cumulative S-curve, and the chasm marked with its depth.
//! Drawn into a fixed viewBox, so it scales with its container.

use crate::chart::{area_path, line_path, ticks, Linear};
use crate::format::percent;
use crate::model::groups::Group;
use crate::model::Scene;
use crate::summary;
use std::rc::Rc;
use yew::prelude::*;

const W: f64 = 640.0;
const H: f64 = 300.0;
const LEFT: f64 = 46.0;
const RIGHT: f64 = 594.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 262.0;

#[derive(Properties, PartialEq)]
pub struct AdoptionChartProps {
    pub scene: Rc<Scene>,
    pub id_prefix: AttrValue,
}

/// A group's name if it fits in `width` viewBox units, else an abbreviation, else nothing.
fn band_label(group: Group, width: f64) -> Option<&'static str> {
    let full = group.name();
    let short = match group {
        Group::Innovators => "Inn.",
        Group::EarlyAdopters => "EA",
        Group::EarlyMajority => "EM",
        Group::LateMajority => "LM",
        Group::Laggards => "Lag.",
    };
    // About 6 units per character at the 11-unit label size, plus padding.
    if width >= full.len() as f64 * 6.0 + 6.0 {
        Some(full)
    } else if width >= short.len() as f64 * 6.5 + 4.0 {
        Some(short)
    } else {
        None
    }
}

#[function_component(AdoptionChart)]
pub fn adoption_chart(props: &AdoptionChartProps) -> Html {
    let scene = &props.scene;
    let tr = &scene.trajectory;
    let horizon = tr.horizon().max(1.0);
    let x = Linear::new((0.0, horizon), (LEFT, RIGHT));
    // Round the rate axis up to a tick so the curve never touches the frame.
    let max_rate = tr.rate.iter().copied().fold(0.0, f64::max).max(1e-3);
    let rate_ticks = ticks(0.0, max_rate * 1.08, 4);
    let step = if rate_ticks.len() > 1 {
        rate_ticks[1] - rate_ticks[0]
    } else {
        max_rate
    };
    let rate_top = rate_ticks
        .last()
        .copied()
        .unwrap_or(max_rate)
        .max(max_rate * 1.02)
        .max(step);
    let y = Linear::new((0.0, rate_top), (BOTTOM, TOP));
    let y_cum = Linear::new((0.0, 1.0), (BOTTOM, TOP));

    let bands = Group::ALL.iter().enumerate().map(|(i, &group)| {
        let (a, b) = scene.groups.band(i, horizon);
        let (xa, xb) = (x.at(a), x.at(b));
        let width = (xb - xa).max(0.0);
        let label = band_label(group, width).map(|text| html! {
            <text class="band-label" x={format!("{:.1}", (xa + xb) / 2.0)} y={format!("{:.1}", TOP - 8.0)} text-anchor="middle">{ text }</text>
        });
        html! {
            <g data-testid={format!("band-{i}")} data-start={format!("{a:.3}")} data-end={format!("{b:.3}")}>
                <rect class={format!("band band-{i}")} x={format!("{xa:.1}")} y={TOP.to_string()} width={format!("{width:.1}")} height={(BOTTOM - TOP).to_string()}>
                    <title>{ format!("{}: {} of adopters", group.name(), percent(scene.groups.shares[i])) }</title>
                </rect>
                { for label }
            </g>
        }
    });

    let chasm = scene.chasm.map(|c| {
        let (xp, xt) = (x.at(c.peak_time), x.at(c.trough_time));
        let end = c.recovery_time.unwrap_or(horizon);
        let (yp, yt) = (y.at(c.peak_rate), y.at(c.trough_rate));
        let label_x = xt.clamp(LEFT + 60.0, RIGHT - 60.0);
        html! {
            <g class="chasm" data-testid="chasm-marker" data-depth={format!("{:.4}", c.depth)}>
                <rect class="chasm-span" x={format!("{xp:.1}")} y={TOP.to_string()} width={format!("{:.1}", (x.at(end) - xp).max(0.0))} height={(BOTTOM - TOP).to_string()} />
                <line class="chasm-level" x1={format!("{xp:.1}")} x2={format!("{:.1}", x.at(end))} y1={format!("{yp:.1}")} y2={format!("{yp:.1}")} />
                <line class="chasm-drop" x1={format!("{xt:.1}")} x2={format!("{xt:.1}")} y1={format!("{yp:.1}")} y2={format!("{yt:.1}")} />
                <circle class="chasm-dot" cx={format!("{xp:.1}")} cy={format!("{yp:.1}")} r="3.5" />
                <circle class="chasm-dot" cx={format!("{xt:.1}")} cy={format!("{yt:.1}")} r="3.5" />
                <text class="chasm-label" x={format!("{label_x:.1}")} y={format!("{:.1}", (yt + 16.0).min(BOTTOM - 6.0))} text-anchor="middle">
                    { format!("Chasm: rate falls {}", percent(c.depth)) }
                </text>
            </g>
        }
    });

    let title_id = format!("{}-adoption-title", props.id_prefix);
    let desc_id = format!("{}-adoption-desc", props.id_prefix);
    html! {
        <svg class="chart adoption-chart" data-testid="adoption-chart" viewBox={format!("0 0 {W} {H}")}
             role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ "Adoption rate over 30 years, with Rogers' adopter groups as bands" }</title>
            <desc id={desc_id}>{ summary::adoption(scene) }</desc>
            { for bands }
            // Grid and axes
            { for rate_ticks.iter().map(|&v| html! {
                <g class="tick">
                    <line class="grid" x1={LEFT.to_string()} x2={RIGHT.to_string()} y1={format!("{:.1}", y.at(v))} y2={format!("{:.1}", y.at(v))} />
                    <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", y.at(v) + 4.0)} text-anchor="end">{ percent(v) }</text>
                </g>
            }) }
            { for [0.0, 0.5, 1.0].iter().map(|&v| html! {
                <text class="tick cum-tick" x={(RIGHT + 6.0).to_string()} y={format!("{:.1}", y_cum.at(v) + 4.0)}>{ percent(v) }</text>
            }) }
            { for ticks(0.0, horizon, 6).iter().map(|&v| html! {
                <text class="tick" x={format!("{:.1}", x.at(v))} y={(BOTTOM + 16.0).to_string()} text-anchor="middle">{ format!("{v:.0}") }</text>
            }) }
            <text class="axis-title" x={((LEFT + RIGHT) / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">{ "years after launch" }</text>
            <text class="axis-title" x="4" y="14">{ "adopting per year" }</text>
            <text class="axis-title cum-tick" x={(W - 4.0).to_string()} y="14" text-anchor="end">{ "adopted so far" }</text>
            <line class="axis" x1={LEFT.to_string()} x2={RIGHT.to_string()} y1={BOTTOM.to_string()} y2={BOTTOM.to_string()} />
            // Curves: the S-curve behind, the rate on top.
            <path class="curve cumulative" data-testid="cumulative-path" d={line_path(&tr.t, &tr.cumulative, x, y_cum)} />
            <path class="rate-area" d={area_path(&tr.t, &tr.rate, 0.0, x, y)} />
            <path class="curve early" data-testid="early-path" d={line_path(&tr.t, &tr.early_rate, x, y)} />
            <path class="curve main" data-testid="main-path" d={line_path(&tr.t, &tr.main_rate, x, y)} />
            <path class="curve rate" data-testid="rate-path" d={line_path(&tr.t, &tr.rate, x, y)} />
            { for chasm }
        </svg>
    }
}
