//! Section 2: the chasm. Figure: chasm depth against brand strength, at your other settings.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::{depth_at, sweep};
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::hooks::use_id_prefix;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::components::prediction::Prediction;
use crate::components::prose::prose;
use crate::components::slider::Slider;
use crate::model::Field;
use crate::view::format::percent;
use crate::view::format::{adoption_horizon, duration, year};
use crate::view::labels::RUNGS;
use crate::view::sections::Section;
use yew::prelude::*;

const OPENING: &str = "Moore's point is that the early majority is not just a slower early adopter. Early \
adopters buy a vision and forgive what is missing; the early majority wants something already working \
for people like them, and does not take the enthusiasts' word for it. Between the two, the flow of new \
users can dry up: that gap is the **chasm** [Moore 1991; Crossing the AI Chasm].

### Before you look

The figure shows new adopters per year while the enthusiasts sign up. What happens to new adoption \
once they are done? Drag your guess across the chart, or select it and use the arrow keys (left and \
right pick a year, up and down move your guess), then show the model's answer. Drawing a guess first \
helps you remember what you then see [Kim, Reinecke & Hullman 2017].";

const MECHANISM: &str = "The model has two markets [Van den Bulte & Joshi 2007]. Each spreads as Frank \
Bass described: every year some people adopt on their own, at a rate called **p** (advertising, \
curiosity, a search), and others because people around them already have, at a rate called **q** (word \
of mouth) [Bass 1969]. Enthusiasts have a high p and q, so the early market fills within a few years \
[assumption]. The main market also hears from the early market, but only as much as it trusts it, and \
brand strength sets that trust; it counts only as far as the mainstream can use the product, so on a \
low rung even full trust converts few people [assumption]. Revealed, the figure draws both humps: the \
early market's, the main market's, and their sum.

The chasm's **depth** is how far the adoption rate falls below its first peak, as a share of that \
peak: a depth of 30 % means the low point runs at 70 % of the peak's pace. Depth describes the shape, \
not the speed. A product adopted faster overall can show a deeper dip, so a deep dip is not a stall; \
for speed, read when half the market has adopted.

Rogers rejected the chasm: to him there were no sharp breaks between neighbouring groups [Rogers 2003, \
quoted in Crossing the AI Chasm]. The model keeps his smoothness inside each market; the dip appears \
only when the two humps are far apart. The essay's reply is blunter: plenty of products plainly never \
get past the innovators [Crossing the AI Chasm].

Real sales curves do sag. Goldenberg, Libai and Muller found such a saddle in a third to a half of the \
consumer-electronics products they studied [Goldenberg, Libai & Muller 2002]. Across many products \
and countries, Chandrasekaran and Tellis found saddles starting about 9 years after takeoff, at \
roughly 30 % penetration; sales fell about 29 % from the peak, and the dip lasted about 8 years \
[Chandrasekaran & Tellis 2011].";

#[function_component(TheChasm)]
pub fn the_chasm() -> Html {
    let explorer = use_explorer();
    let scene = &explorer.scene;
    let params = scene.params;
    let prefix = use_id_prefix();
    // Recompute the sweeps only when a setting other than brand changes.
    let curves = use_memo(WithoutBrand::new(params), |p| {
        let bottom = p.0.with(Field::Abstraction, 0.0).0;
        (
            sweep(&p.0, Field::Brand, 41, depth_at),
            sweep(&bottom, Field::Brand, 41, depth_at),
        )
    });
    let (yours, bottom) = &*curves;
    // The lowest brand that leaves no dip at these settings, if any does.
    let enough = yours.iter().find(|p| p.1 <= 0.0).map(|p| p.0);
    let ondo = explorer.dispatch.clone();
    let target = enough.unwrap_or(1.0);
    let onclick = move |_| {
        ondo.emit(Action::Set(Field::Brand, target));
    };
    let now = scene.chasm.map_or("no dip".to_string(), |c| {
        format!("a dip of {}", percent(c.depth))
    });
    let rung = RUNGS[params.rung()].interface;
    let desc = format!(
        "On {rung}, the dip's depth falls from {} at no brand to {} at full brand; {}. On the bottom rung, full brand still leaves {}. Your brand, {}, gives {}.",
        percent(yours.first().map_or(0.0, |p| p.1)),
        percent(yours.last().map_or(0.0, |p| p.1)),
        enough.map_or("no brand fills it in on this rung".to_string(), |b| format!("it fills in from a brand of {}", percent(b))),
        bottom.last().map_or("–".to_string(), |p| if p.1 > 0.0 { format!("a dip of {}", percent(p.1)) } else { "no dip".into() }),
        percent(params.brand()),
        now
    );
    let matches = match scene.chasm {
        Some(c) => format!(
            "At your settings the dip is {} deep, against about 29 % in the data. Its timing is the model's \
             own: the first peak comes in {} with {} adopted, and the rate regains it {} [illustrative].",
            percent(c.depth),
            year(c.peak_time),
            percent(c.peak_cumulative),
            c.recovery_time.map_or(format!("not within {}", adoption_horizon()), |r| format!("{} later", duration(r - c.peak_time)))
        ),
        None => "At your settings there is no dip to compare.".to_string(),
    };
    let onbrand = explorer
        .dispatch
        .reform(|(f, v): (Field, f64)| Action::Set(f, v));
    html! {
        { lesson_with(Section::TheChasm, "The chasm", Binding::Explorer, html! { <>
            { prose(OPENING) }
            <div class="side-by-side">
                <Prediction />
                <div class="local-controls">
                    <Slider field={Field::Brand} {params} id_prefix={format!("{prefix}-s2")} onchange={onbrand} />
                    <p class="muted">{ "This slider is the explorer's brand strength: it moves both." }</p>
                </div>
            </div>
            { prose(MECHANISM) }
            <p data-testid="chasm-evidence">{ matches }</p>
            <MiniChart
                series={vec![
                    MiniSeries { points: yours.clone(), class: "rate", label: format!("on {rung}") },
                    MiniSeries { points: bottom.clone(), class: "early", label: "on the bottom rung".into() },
                ]}
                x_domain={(0.0, 1.0)} y_domain={(0.0, yours.iter().chain(bottom.iter()).map(|p| p.1).fold(0.1, f64::max))}
                x_label="brand strength (0 to 1)" y_unit={YUnit::Percent} marker={Some(params.brand())}
                title="Depth of the dip against brand strength" desc={desc.clone()} testid="chasm-sweep" />
            <p class="summary" aria-live="polite" data-testid="chasm-sweep-summary">{ desc }</p>
            { try_this(html! { <>{ "raise brand strength until the trough fills in, then drop abstraction to the bottom rung and try again. " }
                <button type="button" {onclick} data-testid="try-2">{ format!("Set brand strength to {}", percent(target)) }</button></> }) }
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
