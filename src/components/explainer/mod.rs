//! The long-form explainer under the explorer: eight sections, each making one claim from the
//! essays with one live figure and one thing to try; a ninth that fits the reader's own data;
//! then how the model works.

pub mod how_it_works;
pub mod lesson;
pub mod s1_who_adopts;
pub mod s2_chasm;
pub mod s3_evolve;
pub mod s4_skip;
pub mod s5_mlops;
pub mod s6_novelty;
pub mod s7_moats;
pub mod s8_tarpit;
pub mod s9_fit;

use crate::app::state::Action;
use crate::model::Scene;
use std::rc::Rc;
use yew::prelude::*;

/// What every section gets: the live scene and a way to change the shared settings.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub scene: Rc<Scene>,
    pub ondo: Callback<Action>,
}

/// Scroll back up to the explorer after a "try this" button, so the reader sees the change.
pub fn show_explorer() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("explorer"))
    {
        el.scroll_into_view();
    }
}

#[function_component(Explainer)]
pub fn explainer(props: &SectionProps) -> Html {
    let sections = [
        (1, "Who adopts, and when"),
        (2, "The chasm"),
        (3, "Evolve"),
        (4, "Skip"),
        (5, "Why MLOps stalled"),
        (6, "Novelty fades"),
        (7, "Moats"),
        (8, "The tarpit"),
        (9, "Fit your data"),
    ];
    html! {
        <article class="explainer" aria-label="The argument, step by step">
            <nav class="toc" aria-label="Sections">
                <ol>
                    { for sections.iter().map(|(n, t)| html! { <li><a href={format!("#lesson-{n}")}>{ *t }</a></li> }) }
                    <li><a href="#how-it-works">{ "How the model works" }</a></li>
                </ol>
            </nav>
            <s1_who_adopts::WhoAdopts scene={props.scene.clone()} ondo={props.ondo.clone()} />
            <s2_chasm::TheChasm scene={props.scene.clone()} ondo={props.ondo.clone()} />
            <s3_evolve::Evolve scene={props.scene.clone()} ondo={props.ondo.clone()} />
            <s4_skip::Skip scene={props.scene.clone()} ondo={props.ondo.clone()} />
            <s5_mlops::WhyMlopsStalled scene={props.scene.clone()} ondo={props.ondo.clone()} />
            <s6_novelty::NoveltyFades />
            <s7_moats::Moats scene={props.scene.clone()} ondo={props.ondo.clone()} />
            <s8_tarpit::Tarpit scene={props.scene.clone()} ondo={props.ondo.clone()} />
            <s9_fit::FitYourData scene={props.scene.clone()} ondo={props.ondo.clone()} />
            <how_it_works::HowItWorks />
        </article>
    }
}
