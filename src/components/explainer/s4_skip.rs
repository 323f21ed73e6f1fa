//! Section 4: skip the chasm. Figure (fixed settings): the opening scene against the ChatGPT
//! scenario, so the difference is visible whatever the explorer shows.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::presets::by_id;
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::model::explore;
use crate::view::format::year;
use crate::view::sections::Section;
use yew::prelude::*;

#[function_component(Skip)]
pub fn skip() -> Html {
    let explorer = use_explorer();
    let scenes = use_memo((), |_| {
        let get = |id| by_id(id).map(|p| explore(&p.params));
        (get("opening"), get("chatgpt"))
    });
    let (Some(opening), Some(chatgpt)) = &*scenes else {
        return html! {};
    };
    let points = |s: &crate::model::Scene| {
        s.trajectory
            .t
            .iter()
            .copied()
            .zip(s.trajectory.rate.iter().copied())
            .step_by(4)
            .collect::<Vec<_>>()
    };
    let top = opening
        .trajectory
        .rate
        .iter()
        .chain(&chatgpt.trajectory.rate)
        .copied()
        .fold(0.01, f64::max)
        * 1.1;
    let when = |s: &crate::model::Scene| {
        s.half_adoption_time
            .map(year)
            .unwrap_or_else(|| "never".into())
    };
    let desc = format!(
        "The tool built for experts dips into a chasm and reaches half its market in {}; the product built for the \
         mainstream rises in one wave and gets there in {}.",
        when(opening),
        when(chatgpt)
    );
    let ondo = explorer.dispatch.clone();
    let onclick = move |_| {
        ondo.emit(Action::LoadPreset("chatgpt"));
    };
    html! {
        { lesson_with(Section::Skip, "Skip: build for the early majority from day one", Binding::Fixed, html! { <>
            <p>{ "The other way past the chasm is never to fall into it. If winning the experts does not carry over to \
                everyone else, design for everyone else first. Apple did not sell the iPod on its specifications but as a \
                thousand songs you could carry; enthusiasts grumble about each iPhone, and the mainstream buys it anyway. \
                ChatGPT put a frontier language model behind a text box that anyone could type into, and the mainstream \
                arrived in weeks." }</p>
            <p>{ "For a developer tool, skipping means finding out whom the expert users actually serve (the analysts, \
                product teams and business people downstream of them) and building the product those people need. It may \
                look nothing like the original: a notebook instead of a cluster, a checkout page instead of a payments \
                library." }</p>
            <MiniChart series={vec![
                    MiniSeries { points: points(opening), class: "ghost-rate", label: "opening scene (Python API, modest brand)".into() },
                    MiniSeries { points: points(chatgpt), class: "rate", label: "ChatGPT scenario (plain English, strong brand)".into() },
                ]}
                x_domain={(0.0, crate::model::scene::HORIZON_YEARS)} y_domain={(0.0, top)} x_label="years after launch" y_unit={YUnit::Percent}
                title="Adoption rate: built for experts against built for the mainstream" desc={desc.clone()} testid="skip-figure" />
            <p class="summary">{ desc }</p>
            { try_this(html! { <>{ "load the ChatGPT scenario into the explorer, then pull abstraction back down one rung at a time. " }
                <button type="button" {onclick} data-testid="try-4">{ "Load the ChatGPT scenario" }</button></> }) }
        </> }) }
    }
}
