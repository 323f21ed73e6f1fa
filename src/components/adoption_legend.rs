//! The adoption chart's key: each Rogers group with its share (the band colours) and the line
//! styles.

use crate::model::groups::Group;
use crate::model::Scene;
use crate::view::format::percent;
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
            <ul class="legend" aria-label="Adopter groups and their shares">
                { for Group::ALL.iter().enumerate().map(|(i, g)| html! {
                    <li><span class={format!("swatch band-{i}")} aria-hidden="true"></span>
                        { labels::group(*g) }{ " " }<strong data-testid={format!("share-{i}")}>{ percent(scene.groups.shares[i]) }</strong>
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
        </>
    }
}
