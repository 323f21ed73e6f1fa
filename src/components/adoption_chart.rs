//! The adoption figure: rate of adoption over time on Rogers' five coloured bands, the early- and
//! main-market contributions, the cumulative S-curve, and the chasm marked with its depth.
//! Drawn into a fixed viewBox (narrower on phones), so it scales with its container.

use super::axes::{x_labels, y_grid};
use super::chart_cursor::{crosshair, cursor_host, use_chart_cursor};
use super::hooks::use_chart_size;
use crate::model::diffusion::interpolate;
use crate::model::groups::Group;
use crate::model::Scene;
use crate::view::chart::{area_path, coord, line_path, thin, ticks, Frame, Linear};
use crate::view::cursor::ChartKind;
use crate::view::format::percent;
use crate::view::labels;
use crate::view::summary;
use std::rc::Rc;
use yew::prelude::*;

/// Text size in viewBox units (see the CSS); used to decide what fits.
const CHAR_WIDTH: f64 = 6.2;

/// What a chart draws: the live scene, an optional pinned ghost, and the prefix of its element
/// ids; its frame it measures itself (`hooks::use_chart_size`). Shared by the adoption and moat
/// charts.
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub scene: Rc<Scene>,
    /// A pinned run drawn faintly underneath, for comparison.
    #[prop_or_default]
    pub ghost: Option<Rc<Scene>>,
    pub id_prefix: AttrValue,
}

/// A group's name if it fits in `width` viewBox units, else an abbreviation, else nothing.
fn band_label(group: Group, width: f64) -> Option<&'static str> {
    let full = labels::group(group);
    let short = labels::group_short(group);
    if width >= full.len() as f64 * CHAR_WIDTH + 8.0 {
        Some(full)
    } else if width >= short.len() as f64 * CHAR_WIDTH + 4.0 {
        Some(short)
    } else {
        None
    }
}

#[function_component(AdoptionChart)]
pub fn adoption_chart(props: &ChartProps) -> Html {
    let scene = &props.scene;
    let host = use_node_ref();
    let at = use_chart_cursor();
    let size = use_chart_size(&host);
    let base = Frame::adoption(size.compact);
    let f = base.with_width(size.width.unwrap_or(base.w));
    let tr = &scene.trajectory;
    let horizon = tr.horizon().max(1.0);
    let x = Linear::new((0.0, horizon), (f.left, f.right));
    // Round the rate axis up past the highest point so the curve never touches the frame.
    // The ghost shares the axis, so the two runs compare at a glance.
    let ghost_rates = props
        .ghost
        .iter()
        .flat_map(|g| g.trajectory.rate.iter().copied());
    let max_rate = tr
        .rate
        .iter()
        .copied()
        .chain(ghost_rates)
        .fold(0.0, f64::max)
        .max(1e-3);
    let rate_ticks = ticks(0.0, max_rate * 1.15, 4);
    let step = if rate_ticks.len() > 1 {
        rate_ticks[1] - rate_ticks[0]
    } else {
        max_rate
    };
    let rate_top = (rate_ticks.last().copied().unwrap_or(0.0) + step).max(max_rate * 1.15);
    let y = Linear::new((0.0, rate_top), (f.bottom, f.top));
    let y_cum = Linear::new((0.0, 1.0), (f.bottom, f.top));

    // A group not reached within the horizon has no band; the legend says so.
    let bands = Group::ALL.iter().enumerate().filter_map(|(i, &group)| {
        let (a, b) = scene.groups.band(i, horizon)?;
        let (xa, xb) = (x.at(a), x.at(b));
        let width = (xb - xa).max(0.0);
        let label = band_label(group, width).map(|text| {
            html! { <text class="band-label" x={coord((xa + xb) / 2.0)} y={coord(f.top + 13.0)} text-anchor="middle">{ text }</text> }
        });
        Some(html! {
            <g data-testid={format!("band-{i}")} data-start={crate::io::number::fixed(a, 3)} data-end={crate::io::number::fixed(b, 3)}>
                <rect class={format!("band band-{i}")} x={coord(xa)} y={coord(f.top)} width={coord(width)} height={coord(f.plot_height())}>
                    <title>{ format!("{}: {} of adopters", labels::group(group), percent(scene.groups.shares[i])) }</title>
                </rect>
                { for label }
            </g>
        })
    });

    let chasm = scene.chasm.map(|c| {
        let (xp, xt) = (x.at(c.peak_time), x.at(c.trough_time));
        let end = x.at(c.recovery_time.unwrap_or(horizon));
        let (yp, yt) = (y.at(c.peak_rate), y.at(c.trough_rate));
        let text = format!("Chasm: rate falls {}", percent(c.depth));
        let width = text.len() as f64 * CHAR_WIDTH;
        // Above the dashed peak level the chart is empty between the peak and the recovery
        // (the rate is lower there), unless the peak is at the top: then go below the trough.
        let (label_y, label_x) = if yp - 8.0 > f.top + 30.0 {
            (yp - 8.0, xp.max(f.left + 2.0))
        } else {
            (yt + 18.0, (xt + 6.0).min(f.right - width))
        };
        html! {
            <g class="chasm" data-testid="chasm-marker" data-depth={crate::io::number::fixed(c.depth, 4)}>
                <rect class="chasm-span" x={coord(xp)} y={coord(f.top)} width={coord((end - xp).max(0.0))} height={coord(f.plot_height())} />
                <line class="chasm-level" x1={coord(xp)} x2={coord(end)} y1={coord(yp)} y2={coord(yp)} />
                <line class="chasm-drop" x1={coord(xt)} x2={coord(xt)} y1={coord(yp)} y2={coord(yt)} />
                <circle class="chasm-dot" cx={coord(xp)} cy={coord(yp)} r="3.5" />
                <circle class="chasm-dot" cx={coord(xt)} cy={coord(yt)} r="3.5" />
                <text class="chasm-label" x={coord(label_x.min(f.right - width))} y={coord(label_y)}>{ text }</text>
            </g>
        }
    });

    // Draw every other sample: see `thin`.
    let (t, rate) = (thin(&tr.t, 2), thin(&tr.rate, 2));
    let (early, main, cumulative) = (
        thin(&tr.early_rate, 2),
        thin(&tr.main_rate, 2),
        thin(&tr.cumulative, 2),
    );
    let title_id = format!("{}-adoption-title", props.id_prefix);
    let desc_id = format!("{}-adoption-desc", props.id_prefix);
    let marks = at.t.map(|t| {
        let v = |s: &[f64]| interpolate(&tr.t, s, t);
        crosshair(
            Some(t),
            x,
            &f,
            &[y.at(v(&tr.rate)), y_cum.at(v(&tr.cumulative))],
        )
    });
    let svg = html! {
        <svg class="chart adoption-chart" data-testid="adoption-chart" viewBox={f.view_box()}
             role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id.clone()}>{ labels::adoption_title() }</title>
            <desc id={desc_id}>{ summary::adoption(scene) }</desc>
            { for bands }
            { y_grid(&rate_ticks, y, f.left, f.right, percent) }
            { for [0.0, 0.5, 1.0].iter().map(|&v| html! {
                <text class="tick cum-tick" x={coord(f.right + 5.0)} y={coord(y_cum.at(v) + 4.0)}>{ percent(v) }</text>
            }) }
            { x_labels(&ticks(0.0, horizon, 6), x, f.bottom, |v| crate::io::number::fixed(v, 0)) }
            <text class="axis-title" x={coord((f.left + f.right) / 2.0)} y={coord(f.h - 3.0)} text-anchor="middle">{ "years after launch" }</text>
            <text class="axis-title" x="2" y="14">{ "adopting per year" }</text>
            <text class="axis-title cum-tick" x={coord(f.w - 2.0)} y="14" text-anchor="end">{ "adopted so far" }</text>
            <line class="axis" x1={coord(f.left)} x2={coord(f.right)} y1={coord(f.bottom)} y2={coord(f.bottom)} />
            <path class="curve cumulative" data-testid="cumulative-path" d={line_path(&t, &cumulative, x, y_cum)} />
            { for props.ghost.as_ref().map(|g| html! {
                <g class="ghost" data-testid="ghost-adoption">
                    <path class="curve ghost-rate" d={line_path(&t, &thin(&g.trajectory.rate, 2), x, y)} />
                    <path class="curve ghost-cumulative" d={line_path(&t, &thin(&g.trajectory.cumulative, 2), x, y_cum)} />
                </g>
            }) }
            <path class="rate-area" d={area_path(&t, &rate, 0.0, x, y)} />
            <path class="curve early" data-testid="early-path" d={line_path(&t, &early, x, y)} />
            <path class="curve main" data-testid="main-path" d={line_path(&t, &main, x, y)} />
            <path class="curve rate" data-testid="rate-path" d={line_path(&t, &rate, x, y)} />
            { for chasm }
            { for marks }
        </svg>
    };
    cursor_host(
        ChartKind::Adoption,
        &props.scene,
        &at,
        &host,
        x,
        &title_id,
        svg,
    )
}
