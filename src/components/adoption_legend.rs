//! The adoption chart's key: each Rogers group with its share (the band colours) and the line
//! styles.

use crate::model::groups::Group;
use crate::model::Scene;
use crate::view::format::percent;
use crate::view::group_times::span;
use crate::view::labels;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct AdoptionLegendProps {
    pub scene: Rc<Scene>,
}

pub fn adoption_legend(props: &AdoptionLegendProps) -> Html {
    let scene = &props.scene;
    html! {
        <>
            <p class="legend-note muted" data-testid="groups-definition">{ "Groups: shares of everyone who could adopt, cut where the adopted share reaches Rogers' proportions, with innovators and early adopters together equal to the innovator share." }</p>
            <ul class="legend" aria-label="Adopter groups, their shares and when they adopt">
                { for Group::ALL.iter().enumerate().map(|(i, g)| html! {
                    <li><span class={format!("swatch band-{i}")} aria-hidden="true"></span>
                        { labels::group(*g) }{ " " }<strong data-testid={format!("share-{i}")}>{ percent(scene.groups.shares[i]) }</strong>
                        <span class="muted" data-testid={format!("when-{i}")}>{ format!(", {}", span(&scene.groups, i)) }</span></li>
                }) }
                <li><span class="swatch line rate" aria-hidden="true"></span>{ "all adopters" }</li>
                <li><span class="swatch line early" aria-hidden="true"></span>{ "early market" }</li>
                <li><span class="swatch line main" aria-hidden="true"></span>{ "main market" }</li>
                <li><span class="swatch line cumulative" aria-hidden="true"></span>{ "adopted so far" }</li>
            </ul>
        </>
    }
}
