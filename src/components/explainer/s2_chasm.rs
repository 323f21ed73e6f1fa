//! Section 2: the chasm. Figure: chasm depth against brand strength, at your other settings.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::{depth_at, sweep};
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::components::prediction::Prediction;
use crate::model::Field;
use crate::view::format::percent;
use crate::view::sections::Section;
use yew::prelude::*;

#[function_component(TheChasm)]
pub fn the_chasm() -> Html {
    let explorer = use_explorer();
    let params = explorer.scene.params;
    // Recompute the sweep only when a setting other than brand changes.
    let curve = use_memo(WithoutBrand::new(params), |p| {
        sweep(&p.0, Field::Brand, 41, depth_at)
    });
    let ondo = explorer.dispatch.clone();
    let onclick = move |_| {
        ondo.emit(Action::Set(Field::Brand, 0.65));
    };
    let now = explorer.scene.chasm.map_or("no chasm".to_string(), |c| {
        format!("a chasm {} deep", percent(c.depth))
    });
    let desc = format!(
        "Chasm depth falls as brand strength rises, from {} at no brand to {} at full brand. Your brand, {}, gives {}.",
        percent(curve.first().map_or(0.0, |p| p.1)),
        percent(curve.last().map_or(0.0, |p| p.1)),
        percent(params.brand()),
        now
    );
    html! {
        { lesson_with(Section::TheChasm, "The chasm", Binding::Explorer, html! { <>
            <p>{ "Geoffrey Moore saw that one step in Rogers' sequence is unlike the others. Early adopters buy a vision \
                and forgive what is missing; the early majority are pragmatists who buy what already works for people \
                like them. They do not take the enthusiasts' word for it. Between the two, the flow of new users can \
                dry up: that gap is the " }<strong>{ "chasm" }</strong>{ "." }</p>
            <h3>{ "Before you look" }</h3>
            <p>{ "The figure below shows new adopters per year while the enthusiasts sign up. What happens to new \
                adoption once they are done? Draw your guess, then compare it with the model." }</p>
            <Prediction />
            <p>{ "In the model the early majority listens to the early market only as much as it trusts it: that trust is \
                the cross-market influence, set by brand strength. With little trust the adoption rate climbs while the \
                enthusiasts sign up, sinks into a trough while the mainstream waits, and rises again only when the \
                mainstream moves on its own. The chasm's " }<em>{ "depth" }</em>{ " is how far the rate falls, as a share of its \
                first peak. Studies of real products found dips of around 29 % that lasted years." }</p>
            <MiniChart
                series={vec![MiniSeries { points: (*curve).clone(), class: "rate", label: "chasm depth at each brand strength".into() }]}
                x_domain={(0.0, 1.0)} y_domain={(0.0, curve.iter().map(|p| p.1).fold(0.1, f64::max))}
                x_label="brand strength (0 to 1)" y_unit={YUnit::Percent} marker={Some(params.brand())}
                title="Chasm depth against brand strength" desc={desc.clone()} testid="chasm-sweep" />
            <p class="summary" aria-live="polite">{ desc }</p>
            { try_this(html! { <>{ "drag brand strength past 60 % and watch the trough fill in. " }
                <button type="button" {onclick} data-testid="try-2">{ "Set brand strength to 65 %" }</button></> }) }
        </> }) }
    }
}

/// The settings with brand zeroed, so moving brand alone keeps the memoised sweep.
#[derive(PartialEq)]
struct WithoutBrand(crate::model::Params);

impl WithoutBrand {
    fn new(p: crate::model::Params) -> Self {
        WithoutBrand(p.with(crate::model::Field::Brand, 0.0).0)
    }
}
