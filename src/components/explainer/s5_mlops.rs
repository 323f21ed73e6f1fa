//! Section 5: why MLOps stalled and LLMs did not, the playbooks, and the money. Figure: each
//! playbook's adoption curve drawn over yours (small multiples), with its chasm, its time to
//! half the market and the value it captures.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::{try_moves, Outcome, PLAYBOOKS, UPSELL_PREMIUM};
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::components::prose::prose;
use crate::model::diffusion::Trajectory;
use crate::model::explore;
use crate::model::scene::HORIZON_YEARS;
use crate::view::format::{adoption_horizon, market_years, percent, year};
use crate::view::sections::Section;
use std::rc::Rc;
use yew::prelude::*;

const CLAIM: &str = "MLOps tools never found a simpler form: running them takes a mix of specialists only the most advanced firms have. Those teams prefer open source, and buyers take what their cloud provider gives away to sell compute, so the market stayed with its enthusiasts and captured little value [Crossing the AI Chasm]. Language models came the other way round: a chat box and one API call first [Crossing the AI Chasm].

**Value captured** adds up, over 10 years, your users × the share of the lead you keep × a price falling at the price-decline rate. One **market-year** is a year of the whole potential market paying the launch price [assumption].

Each figure applies a playbook for commercialising open source [Crossing the AI Chasm] to your settings and draws its curve over yours; how each maps onto the model is this page's choice [assumption]. **Upsell the innovators** charges the experts half as much again: the curve does not move, and the essay expects them to refuse, so read it as a best case. **Managed open source** hosts the same hard product (brand +10 points). **Services** stand in for one rung, cost not subtracted. **Evolve** adds a simpler interface every year. **Skip** launches in plain English with a brand of at least 60 %.";

const AFTER: &str = "The essay's own recipe mixes the two: win the innovators with open source, use that \
popularity to raise money, learn who downstream gets value from their work, and build the mainstream \
product for those people [Crossing the AI Chasm].";

/// The adoption rate of `tr`, every fourth sample (enough for a small figure).
fn rate_points(tr: &Trajectory) -> Vec<(f64, f64)> {
    tr.t.iter()
        .copied()
        .zip(tr.rate.iter().copied())
        .step_by(4)
        .collect()
}

/// A playbook's numbers in one line.
fn numbers(o: &Outcome) -> String {
    let chasm = if o.depth > 0.0 {
        format!("dip {}", percent(o.depth))
    } else {
        "no dip".to_string()
    };
    let half = o
        .half_time
        .map_or(format!("50 % not within {}", adoption_horizon()), |t| {
            format!("50 % by {}", year(t))
        });
    format!("{chasm}; {half}; value {}", market_years(o.value))
}

#[function_component(WhyMlopsStalled)]
pub fn why_mlops_stalled() -> Html {
    let explorer = use_explorer();
    let params = explorer.scene.params;
    let runs = use_memo(params, |p| {
        let (now, after) = try_moves(p, &PLAYBOOKS);
        let curves: Vec<Rc<Trajectory>> = after
            .iter()
            .map(|o| explore(&o.params).trajectory)
            .collect();
        (now, after, curves)
    });
    let (now, after, curves) = &*runs;
    let yours = rate_points(&explorer.scene.trajectory);
    let top = curves
        .iter()
        .chain(std::iter::once(&explorer.scene.trajectory))
        .flat_map(|tr| tr.rate.iter().copied())
        .fold(0.01, f64::max)
        * 1.1;
    // The playbook that captures the most, and the one that brings half the market soonest.
    let best = after
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.value.total_cmp(&b.1.value))
        .map(|(i, o)| (PLAYBOOKS[i].name, o.value));
    let fastest = after
        .iter()
        .enumerate()
        .filter_map(|(i, o)| o.half_time.map(|t| (PLAYBOOKS[i].name, t)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    let summary = format!(
        "From your settings ({}), {}{}. Upsell charges enthusiasts {} times the price.",
        numbers(now),
        best.map_or(String::new(), |(n, v)| format!(
            "“{n}” captures the most value ({})",
            market_years(v)
        )),
        fastest.map_or(String::new(), |(n, t)| format!(
            " and “{n}” brings half the market soonest ({})",
            year(t)
        )),
        crate::io::number::trimmed(UPSELL_PREMIUM, 2)
    );
    let load = |id: &'static str| {
        let ondo = explorer.dispatch.clone();
        move |_| ondo.emit(Action::LoadPreset(id))
    };
    html! {
        { lesson_with(Section::WhyMlopsStalled, "Why MLOps stalled and LLMs did not", Binding::Explorer, html! { <>
            { prose(CLAIM) }
            <div class="small-multiples" data-testid="playbooks-figure">
                { for PLAYBOOKS.iter().zip(after.iter()).zip(curves.iter()).enumerate().map(|(i, ((m, o), tr))| {
                    let ondo = explorer.dispatch.clone();
                    let target = o.params;
                    html! {
                        <div class="multiple">
                            <MiniChart
                                series={vec![
                                    MiniSeries { points: yours.clone(), class: "ghost-rate", label: "your settings".into() },
                                    MiniSeries { points: rate_points(tr), class: "rate", label: m.name.into() },
                                ]}
                                x_domain={(0.0, HORIZON_YEARS)} y_domain={(0.0, top)} x_label="years after launch"
                                y_unit={YUnit::Percent} title={m.name} desc={numbers(o)} testid={format!("playbook-chart-{i}")} />
                            <p class="muted" data-testid={format!("playbook-{i}")}>{ numbers(o) }</p>
                            // A move that only changes the price (upselling) has no settings to apply.
                            if target != params {
                                <button type="button" onclick={move |_| ondo.emit(Action::Apply(target))} aria-label={format!("Apply: {}", m.name)}>{ "Apply" }</button>
                            }
                        </div>
                    }
                }) }
            </div>
            <p class="summary" data-testid="playbooks-summary">{ summary }</p>
            { prose(AFTER) }
            { try_this(html! { <>{ "load the MLOps scenario and compare the figures, then the ChatGPT scenario. " }
                <button type="button" onclick={load("mlops")} data-testid="try-5">{ "Load the MLOps scenario" }</button>{ " " }
                <button type="button" onclick={load("chatgpt")}>{ "Load ChatGPT" }</button></> }) }
        </> }) }
    }
}
