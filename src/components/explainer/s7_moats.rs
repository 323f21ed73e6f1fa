//! Section 7: moats. Figure: half-life of the lead against switching cost, for your brand and for
//! a strong one.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::{half_life_at, sweep};
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::components::prose::prose;
use crate::model::Field;
use crate::view::format::duration;
use crate::view::sections::Section;
use yew::prelude::*;

/// The words the section needs, then the claim.
const BEFORE: &str = "Crossing the chasm is half the story; keeping what you won is the other. As the model uses the words [assumption]: your **lead** is the share of your users' business that stays with you rather than going to copies, whole until the **copy lag** is over; its **erodible part** is what copies can take, its **floor** what they cannot (loyalty, community, habit); a **composable** product can be swapped for a rival's part with little work (switching cost 0 %). The lead's **half-life** is the time from launch until the lead itself has halved; with a floor of 50 % or more it never does.

In AI infrastructure rivals ship the same features within one to three months and every layer has ten or more options [AI infra startups are a tarpit idea]; falling inference costs force price-matching, at a default of tenfold a year that is this page's figure [assumption]. Open models cost $100k to $1M each and are swapped out when a better one ships [Open Source AI Business Models & Brand Moats].";

/// What lasts, and the flywheel.
const AFTER: &str = "What cannot be forked lasts: a community, the Lindy effect (the longer something has lasted, the longer it is expected to), and trust in the builders. Friend.tech kept earning, over $15M in about two months, while forks copied it; the essay, written in the second half of 2023, gives no exact date [Open Source AI Business Models & Brand Moats]. For leaders a brand feeds a flywheel: talent brings performance, performance brand, brand capital, capital talent [Open Source AI Business Models & Brand Moats]. The moat's shape and constants are illustrative [illustrative].";

#[function_component(Moats)]
pub fn moats() -> Html {
    let explorer = use_explorer();
    let params = explorer.scene.params;
    let key = params.with(Field::SwitchingCost, 0.0).0;
    // A lead that never halves has no half-life: leave the point out (the line stops) rather
    // than draw it at 0 years (`half_life_at` writes 0 for it).
    let halving = |v: Vec<(f64, f64)>| v.into_iter().filter(|p| p.1 > 0.0).collect::<Vec<_>>();
    let curves = use_memo(key, |p| {
        let strong = p.with(Field::Brand, 0.9).0;
        (
            halving(sweep(p, Field::SwitchingCost, 21, half_life_at)),
            halving(sweep(&strong, Field::SwitchingCost, 21, half_life_at)),
        )
    });
    let (yours, strong) = &*curves;
    let top = yours
        .iter()
        .chain(strong.iter())
        .map(|p| p.1)
        .fold(0.5, f64::max)
        * 1.1;
    // Its first and last half-lives over the sweep; past the last, the lead never halves.
    let ends = |v: &[(f64, f64)]| {
        let never = "a lead that never halves".to_string();
        let last = match v.last() {
            Some(p) if p.0 >= 1.0 => duration(p.1),
            Some(p) => format!(
                "{} (above a switching cost of {} it never halves)",
                duration(p.1),
                crate::view::format::percent(p.0)
            ),
            None => never.clone(),
        };
        (v.first().map_or(never, |p| duration(p.1)), last)
    };
    let desc = format!(
        "With your brand the lead's half-life runs from {} when switching is free to {} when it is hard; a 90 % brand \
         gives {} to {}. Yours now: {}.",
        ends(yours).0,
        ends(yours).1,
        ends(strong).0,
        ends(strong).1,
        explorer.scene.half_life.map(duration).unwrap_or_else(|| "no erosion".into())
    );
    let set = |pairs: Vec<(Field, f64)>| {
        let ondo = explorer.dispatch.clone();
        move |_| {
            let mut next = params;
            for &(f, v) in &pairs {
                next.set(f, v).ok(); // the buttons' values are within range
            }
            ondo.emit(Action::Apply(next));
        }
    };
    html! {
        { lesson_with(Section::Moats, "Moats: how long a lead lasts", Binding::Explorer, html! { <>
            { prose(BEFORE) }
            <MiniChart series={vec![
                    MiniSeries { points: yours.clone(), class: "rate", label: "your brand".into() },
                    MiniSeries { points: strong.clone(), class: "kept", label: "a 90 % brand".into() },
                ]}
                x_domain={(0.0, 1.0)} y_domain={(0.0, top)} x_label="switching cost (0 = fully composable)" y_unit={YUnit::Years}
                marker={Some(params.switching_cost())} title="Half-life of the lead against switching cost" desc={desc.clone()} testid="moat-sweep" />
            <p class="summary" data-testid="moat-sweep-summary">{ desc }</p>
            { prose(AFTER) }
            { try_this(html! { <>
                <button type="button" onclick={set(vec![(Field::SwitchingCost, 0.0)])} data-testid="try-7-composable">{ "Make it fully composable" }</button>{ " " }
                <button type="button" onclick={set(vec![(Field::CopyLag, 1.0)])}>{ "Copycats in one month" }</button>{ " " }
                <button type="button" onclick={set(vec![(Field::Brand, 0.9)])} data-testid="try-7-brand">{ "Build a 90 % brand" }</button>
                <span class="muted">{ " and watch the half-life and the value captured change." }</span>
            </> }) }
        </> }) }
    }
}
