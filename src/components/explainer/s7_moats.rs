//! Section 7: moats. Figure: half-life of the lead against switching cost, for your brand and for
//! a strong one.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::{half_life_at, sweep};
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::model::Field;
use crate::view::format::duration;
use crate::view::sections::Section;
use yew::prelude::*;

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
            <p>{ "Crossing the chasm is half the story; the other half is keeping what you won. In AI infrastructure a lead \
                is short. Rivals and open-source projects ship the same features one to three months later. Builders \
                expect to swap any part of their stack, and with ten or more workable options at every layer, little \
                locks them in. The price of a given level of model quality keeps dropping steeply, roughly tenfold a \
                year, so any premium is competed away. Open models trail the closed frontier by a few months, and each \
                one is swapped out as soon as a better one ships, after costing its lab a small fortune to train." }</p>
            <p>{ "What lasts is what cannot be forked: a brand people trust, a community that builds with you, and time \
                itself. The Lindy effect says that the longer something has lasted, the longer it is likely to go on \
                lasting. In the model a stronger brand slows the erosion, gives it a longer tail, and raises the share of \
                the lead that never erodes. The lead's " }<em>{ "half-life" }</em>{ " is when half of the part that can \
                erode is gone." }</p>
            <MiniChart series={vec![
                    MiniSeries { points: yours.clone(), class: "rate", label: "your brand".into() },
                    MiniSeries { points: strong.clone(), class: "kept", label: "a 90 % brand".into() },
                ]}
                x_domain={(0.0, 1.0)} y_domain={(0.0, top)} x_label="switching cost (0 = fully composable)" y_unit={YUnit::Years}
                marker={Some(params.switching_cost())} title="Half-life of the lead against switching cost" desc={desc.clone()} testid="moat-sweep" />
            <p class="summary" aria-live="polite">{ desc }</p>
            { try_this(html! { <>
                <button type="button" onclick={set(vec![(Field::SwitchingCost, 0.0)])} data-testid="try-7-composable">{ "Make it fully composable" }</button>{ " " }
                <button type="button" onclick={set(vec![(Field::CopyLag, 1.0)])}>{ "Copycats in one month" }</button>{ " " }
                <button type="button" onclick={set(vec![(Field::Brand, 0.9)])} data-testid="try-7-brand">{ "Build a 90 % brand" }</button>
                <span class="muted">{ " and watch the half-life in the explorer." }</span>
            </> }) }
        </> }) }
    }
}
