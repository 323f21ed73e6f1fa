//! Section 4: skip the chasm. Figure: the same product two ways, at your other settings: evolve
//! (launch for experts on the bottom rung, gain a rung a year) against skip (launch on the top
//! rung, built for the early majority), so the two strategies' curves can be compared.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::EVOLVE_PACE;
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::components::prose::prose;
use crate::model::scene::HORIZON_YEARS;
use crate::model::{explore, Field, Params, Scene};
use crate::view::format::{adoption_horizon, climb_pace, percent, year};
use crate::view::sections::Section;
use yew::prelude::*;

const CLAIM: &str = "If winning the experts does not carry you to the mainstream, aim at the mainstream first; the early majority buys each iPhone while enthusiasts grumble [Crossing the AI Chasm]. Language models skipped twice: developers add one to a product with a single API call, and everyone else got a free chat box that reached a million users in five days [Crossing the AI Chasm] and 100 million in about two months [A house divided]. The essay credits the form factor first; fame followed and pulled developers in [Crossing the AI Chasm]. So a brand alone cannot skip the chasm: in the model, trust moves the mainstream only as far as it can use the product [assumption].

Below, the same market and brand as your settings, launched once for experts and climbing, once on the top rung. The model counts in years, so it shows the difference in shape, not the first week's rush [illustrative].";

const AFTER: &str = "For a developer tool, skipping may mean a different product: find whom your expert \
users serve and build for them, as Databricks did with notebooks rather than managed Spark, and Stripe \
with its checkout page rather than a payments library [Crossing the AI Chasm].";

/// The two paths at the reader's other settings.
fn paths(p: &Params) -> (Scene, Scene) {
    let top = Field::Abstraction.spec().max;
    let evolve = p
        .with(Field::Abstraction, 0.0)
        .0
        .with(Field::ClimbPace, EVOLVE_PACE)
        .0;
    let skip = p
        .with(Field::Abstraction, top)
        .0
        .with(Field::ClimbPace, 0.0)
        .0;
    (explore(&evolve), explore(&skip))
}

/// One path in words: its dip and when half the market has adopted.
fn said(s: &Scene) -> String {
    let dip = s.chasm.map_or("no dip".to_string(), |c| {
        format!("a dip of {}", percent(c.depth))
    });
    let half = s.half_adoption_time.map_or(
        format!("not half the market within {}", adoption_horizon()),
        |t| format!("half the market by {}", year(t)),
    );
    format!("{dip}, {half}")
}

#[function_component(Skip)]
pub fn skip() -> Html {
    let explorer = use_explorer();
    // Only innovator share and brand matter here (both paths set the rung and the pace).
    let key = explorer.scene.params.adoption_inputs();
    let runs = use_memo(key, paths);
    let (evolve, skip) = &*runs;
    let points = |s: &Scene| {
        s.trajectory
            .t
            .iter()
            .copied()
            .zip(s.trajectory.rate.iter().copied())
            .step_by(4)
            .collect::<Vec<_>>()
    };
    let top = evolve
        .trajectory
        .rate
        .iter()
        .chain(&skip.trajectory.rate)
        .copied()
        .fold(0.01, f64::max)
        * 1.1;
    let desc = format!(
        "Evolve (launch on the bottom rung, {}): {}. Skip (launch on the top rung): {}.",
        climb_pace(EVOLVE_PACE),
        said(evolve),
        said(skip)
    );
    let ondo = explorer.dispatch.clone();
    let onclick = move |_| {
        ondo.emit(Action::LoadPreset("chatgpt"));
    };
    html! {
        { lesson_with(Section::Skip, "Skip: build for the early majority from day one", Binding::Explorer, html! { <>
            { prose(CLAIM) }
            <MiniChart
                series={vec![
                    MiniSeries { points: points(evolve), class: "early", label: format!("evolve: bottom rung, {}", climb_pace(EVOLVE_PACE)) },
                    MiniSeries { points: points(skip), class: "rate", label: "skip: launched on the top rung".into() },
                ]}
                x_domain={(0.0, HORIZON_YEARS)} y_domain={(0.0, top)} x_label="years after launch" y_unit={YUnit::Percent}
                title="Evolve against skip: new adopters per year, as a share of the market" desc={desc.clone()} testid="skip-figure" />
            <p class="summary" data-testid="skip-summary">{ desc }</p>
            { prose(AFTER) }
            { try_this(html! { <>{ "load the ChatGPT scenario, then lower abstraction one rung at a time with the brand unchanged, and watch how little the brand can do once the product gets hard to use. " }
                <button type="button" {onclick} data-testid="try-4">{ "Load the ChatGPT scenario" }</button></> }) }
        </> }) }
    }
}
