//! The adoption figure's key numbers, shown above the chart: the chasm (depth, when it starts
//! and ends) and time to half adoption.

use crate::model::Scene;
use crate::view::format::{duration, percent, year};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct AdoptionReadoutProps {
    pub scene: Rc<Scene>,
}

pub fn adoption_readout(props: &AdoptionReadoutProps) -> Html {
    let scene = &props.scene;
    let chasm = match scene.chasm {
        Some(c) => html! {
            <>
                <div><dt>{ "Chasm depth" }</dt><dd data-testid="chasm-depth">{ percent(c.depth) }</dd></div>
                <div><dt>{ "Falls in" }</dt><dd data-testid="chasm-start">{ format!("{} ({} adopted)", year(c.peak_time), percent(c.peak_cumulative)) }</dd></div>
                <div><dt>{ "Climbs out" }</dt><dd data-testid="chasm-end">{
                    match c.recovery_time {
                        Some(r) => format!("{} (after {})", year(r), duration(r - c.peak_time)),
                        None => format!("never, within {}", crate::view::format::adoption_horizon()),
                    }
                }</dd></div>
            </>
        },
        None => html! {
            <div><dt>{ "Chasm depth" }</dt><dd data-testid="chasm-depth">{ "no chasm" }</dd></div>
        },
    };
    html! {
        <div class="readout" data-testid="adoption-readout">
            <dl class="figures">
                { chasm }
                <div><dt>{ "50 % adopted" }</dt><dd data-testid="half-adoption">{
                    scene.half_adoption_time.map(year).unwrap_or_else(|| format!("not within {}", crate::view::format::adoption_horizon()))
                }</dd></div>
            </dl>
        </div>
    }
}
