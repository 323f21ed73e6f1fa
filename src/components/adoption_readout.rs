//! The adoption figures in words and numbers: the chasm (depth, when it starts and ends), time to
//! half adoption, and each Rogers group's share (also the chart's colour legend).

use crate::format::{duration, percent, year};
use crate::model::groups::Group;
use crate::model::Scene;
use crate::summary;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AdoptionReadoutProps {
    pub scene: Rc<Scene>,
}

#[function_component(AdoptionReadout)]
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
                        None => "never, within 30 years".to_string(),
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
                    scene.half_adoption_time.map(year).unwrap_or_else(|| "not within 30 years".into())
                }</dd></div>
            </dl>
            <ul class="legend" aria-label="Adopter groups and their shares">
                { for Group::ALL.iter().enumerate().map(|(i, g)| html! {
                    <li><span class={format!("swatch band-{i}")} aria-hidden="true"></span>
                        { g.name() }{ " " }<strong data-testid={format!("share-{i}")}>{ percent(scene.groups.shares[i]) }</strong>
                        // Rogers' first cut is two standard deviations before the mean; with a
                        // long, two-humped curve that falls before launch and the band is empty.
                        { for (i == 0 && scene.groups.cuts[0] <= 0.0).then(|| html! {
                            <span class="muted">{ " (its cut falls before launch)" }</span>
                        }) }</li>
                }) }
                <li><span class="swatch line rate" aria-hidden="true"></span>{ "all adopters" }</li>
                <li><span class="swatch line early" aria-hidden="true"></span>{ "early market" }</li>
                <li><span class="swatch line main" aria-hidden="true"></span>{ "main market" }</li>
                <li><span class="swatch line cumulative" aria-hidden="true"></span>{ "adopted so far" }</li>
            </ul>
            <p class="summary" aria-live="polite" data-testid="adoption-summary">{ summary::adoption(scene) }</p>
        </div>
    }
}
