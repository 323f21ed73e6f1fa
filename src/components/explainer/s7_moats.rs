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
const BEFORE: &str = "Crossing the chasm is half the story; keeping what you won is the other. A few words \
first, as the model uses them [assumption]:

- **Lead:** the share of your users' business that stays with you rather than going to copies; 100 % until a copy ships.
- **Copy lag:** months from launch until rivals or open source ship the same features.
- **Erodible part:** the share of the lead that copies can take away.
- **Floor:** the share they cannot take, held by loyalty, community and habit; a stronger brand raises it.
- **Composable:** swappable for a rival's part with little work. Switching cost 0 % means fully composable.

The lead's **half-life** is the time from launch until the lead itself has halved: the copy lag plus \
however long erosion takes to remove half of it. If the floor is 50 % or more, it never halves.

In AI infrastructure, rivals offer the same features within one to three months of each other, and \
every layer has ten or more workable options, so little locks a builder in [AI infra startups are a \
tarpit idea]. Inference costs keep falling, which forces price-matching [AI infra startups are a \
tarpit idea]; the default fall of tenfold a year is this page's figure, not the essays' \
[assumption]. Open models go stale: each costs at least $100k to $1M to build and is swapped out once \
inference layers make models interchangeable [Open Source AI Business Models & Brand Moats].";

/// What lasts, and the flywheel.
const AFTER: &str = "What lasts is what cannot be forked [Open Source AI Business Models & Brand Moats]: a \
community that builds with you; the Lindy effect, by which the longer something has lasted, the \
longer it is expected to last; and trust in the builders. Friend.tech is the essay's example: forks \
copied its mechanism, yet it kept earning, over $15M in about two months, because users trusted the \
people behind it. The essay gives no date; its other references place it in the second half of 2023 \
[Open Source AI Business Models & Brand Moats]. For the leaders, a brand feeds a flywheel: talent \
brings performance, performance builds the brand, the brand attracts capital, and capital hires \
talent [Open Source AI Business Models & Brand Moats].

In the model a stronger brand slows erosion, gives it a longer tail and raises the floor. The moat's \
shape and every constant in it are illustrative, chosen to tell the essays' story, not measured \
[illustrative].";

#[function_component(Moats)]
pub fn moats() -> Html {
    let explorer = use_explorer();
    let params = explorer.scene.params;
    let key = params.with(Field::SwitchingCost, 0.0).0;
    let curves = use_memo(key, |p| {
        let strong = p.with(Field::Brand, 0.9).0;
        (
            sweep(p, Field::SwitchingCost, 21, half_life_at),
            sweep(&strong, Field::SwitchingCost, 21, half_life_at),
        )
    });
    let (yours, strong) = &*curves;
    let top = yours
        .iter()
        .chain(strong.iter())
        .map(|p| p.1)
        .fold(0.5, f64::max)
        * 1.1;
    let desc = format!(
        "With your brand the lead's half-life runs from {} when switching is free to {} when it is hard; a 90 % brand \
         gives {} to {}. Yours now: {}.",
        duration(yours.first().map_or(0.0, |p| p.1)),
        duration(yours.last().map_or(0.0, |p| p.1)),
        duration(strong.first().map_or(0.0, |p| p.1)),
        duration(strong.last().map_or(0.0, |p| p.1)),
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
            <p class="summary" aria-live="polite" data-testid="moat-sweep-summary">{ desc }</p>
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
