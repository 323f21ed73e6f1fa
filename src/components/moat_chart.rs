//! The moat figure: your lead over the ten years after launch, the copy lag, the floor that never
//! erodes, the half-life, and the users you keep (adopters times lead).

use super::axes::{x_labels, y_grid};
use super::chart_cursor::{crosshair, cursor_host, use_chart_cursor};
use super::hooks::use_chart_size;
use crate::model::moat::MOAT_HORIZON_YEARS;
use crate::view::chart::{coord, line_path, ticks, Frame, Linear};
use crate::view::cursor::ChartKind;
use crate::view::format::{duration, percent};
use crate::view::summary;
use yew::prelude::*;

/// Both charts take the same inputs.
pub use super::adoption_chart::ChartProps as MoatChartProps;

#[function_component(MoatChart)]
pub fn moat_chart(props: &MoatChartProps) -> Html {
    let scene = &props.scene;
    let host = use_node_ref();
    let at = use_chart_cursor();
    let size = use_chart_size(&host);
    let base = Frame::moat(size.compact);
    let f = base.with_width(size.width.unwrap_or(base.w));
    let (left, right, top, bottom, h) = (f.left, f.right, f.top, f.bottom, f.h);
    let curve = &scene.moat_curve;
    let x = Linear::new((0.0, MOAT_HORIZON_YEARS), (left, right));
    let y = Linear::new((0.0, 1.0), (bottom, top));
    let lag = scene.moat.copy_lag.clamp(0.0, MOAT_HORIZON_YEARS);
    let floor_y = y.at(scene.moat.floor);
    let half = scene.half_life.filter(|h| *h <= MOAT_HORIZON_YEARS).map(|h| {
        let xh = x.at(h);
        let yh = y.at(scene.moat.lead(h));
        let anchor = if xh > right - 130.0 { "end" } else { "start" };
        let dx = if anchor == "end" { -6.0 } else { 6.0 };
        html! {
            <g class="half-life" data-testid="half-life-marker" data-years={crate::io::number::fixed(h, 4)}>
                <line x1={coord(xh)} x2={coord(xh)} y1={coord(top)} y2={coord(bottom)} />
                <circle cx={coord(xh)} cy={coord(yh)} r="3.5" />
                <text x={coord(xh + dx)} y={coord(top + 12.0)} text-anchor={anchor}>{ format!("half-life {}", duration(h)) }</text>
            </g>
        }
    });
    let title_id = format!("{}-moat-title", props.id_prefix);
    let desc_id = format!("{}-moat-desc", props.id_prefix);
    let marks =
        at.t.map(|t| crosshair(Some(t), x, &f, &[y.at(scene.moat.lead(t))]));
    let svg = html! {
        <svg class="chart moat-chart" data-testid="moat-chart" viewBox={f.view_box()}
             role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id.clone()}>{ crate::view::labels::moat_title() }</title>
            <desc id={desc_id}>{ summary::moat(scene) }</desc>
            <rect class="copy-lag" x={coord(left)} y={coord(top)} width={coord(x.at(lag) - left)} height={coord(bottom - top)} />
            { y_grid(&[0.0, 0.25, 0.5, 0.75, 1.0], y, left, right, percent) }
            { x_labels(&ticks(0.0, MOAT_HORIZON_YEARS, 10), x, bottom, |v| crate::io::number::fixed(v, 0)) }
            <text class="axis-title" x={coord((left + right) / 2.0)} y={coord(h - 4.0)} text-anchor="middle">{ "years after launch" }</text>
            <line class="axis" x1={coord(left)} x2={coord(right)} y1={coord(bottom)} y2={coord(bottom)} />
            <line class="floor" x1={coord(left)} x2={coord(right)} y1={coord(floor_y)} y2={coord(floor_y)} />
            <text class="floor-label" x={coord(right - 4.0)} y={coord(floor_y - 5.0)} text-anchor="end">{ format!("lead that lasts: {}", percent(scene.moat.floor)) }</text>
            { for props.ghost.as_ref().map(|g| html! {
                <path class="curve ghost-rate" data-testid="ghost-moat" d={line_path(&g.moat_curve.t, &g.moat_curve.lead, x, y)} />
            }) }
            <path class="curve kept" data-testid="kept-path" d={line_path(&curve.t, &curve.kept, x, y)} />
            <path class="curve lead" data-testid="lead-path" d={line_path(&curve.t, &curve.lead, x, y)} />
            { for half }
            { for marks }
        </svg>
    };
    cursor_host(ChartKind::Moat, &props.scene, &at, &host, x, &title_id, svg)
}
