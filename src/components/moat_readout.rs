//! The moat figure's key numbers, shown above the chart: half-life of the lead, the part that
//! lasts, and the users kept.

use crate::model::Scene;
use crate::view::format::{duration, percent};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct MoatReadoutProps {
    pub scene: Rc<Scene>,
}

pub fn moat_readout(props: &MoatReadoutProps) -> Html {
    let scene = &props.scene;
    html! {
        <div class="readout" data-testid="moat-readout">
            <dl class="figures">
                <div><dt>{ "Half-life of the lead" }</dt><dd data-testid="half-life">{
                    scene.half_life.map(duration).unwrap_or_else(|| "it never halves".into())
                }</dd></div>
                <div><dt>{ "Lead that lasts" }</dt><dd data-testid="lead-floor">{ percent(scene.moat.floor) }</dd></div>
                <div><dt>{ format!("Market you hold at {}", crate::view::format::moat_horizon()) }</dt><dd data-testid="users-kept">{ percent(scene.kept_at_horizon) }</dd></div>
                <div><dt>{ format!("Value captured over {}", crate::view::format::moat_horizon()) }</dt><dd data-testid="value-captured" title="Users × the lead you keep × a price falling at the price-decline rate; one market-year is a year of the whole market at the launch price">{ crate::view::format::market_years(scene.value_captured) }</dd></div>
            </dl>
        </div>
    }
}
