//! Section 8: the tarpit. Figure: the essay's advice applied to your settings, and whether your
//! runway outlasts the chasm (runway is this section's own control).

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::{survives, try_moves, TARPIT_ADVICE};
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::hooks::use_id_prefix;
use crate::components::prose::prose;
use crate::view::format::market_years;
use crate::view::format::{duration, year};
use crate::view::sections::Section;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The claim and the essay's advice.
const CLAIM: &str = "A tarpit idea sounds sensible but traps whoever tries it; the essay counts AI infrastructure as one [AI infra startups are a tarpit idea]. A startup needs enterprise customers and a lasting edge, but good ideas are copied within months, enterprises wait while products lose value, builders demand composability, falling inference costs force price-matching, and incumbents bundle everything. It becomes a grind that favours the longest runway. Pivoting to one industry does not help: it needs domain expertise, custom work cuts margins, and older vendors are already there [AI infra startups are a tarpit idea].

The essay's advice [AI infra startups are a tarpit idea]:

- Narrow the scope to a tiny group of enterprise customers.
- Do one workload very well, though that market may be too small.
- Raise more than you think you need, or nothing, to stay free to change course.
- Be open to being acquired, even by a less famous buyer, before every startup's runway ends at once.

In the model, narrowing adds 30 points of switching cost and one workload 20 points of brand; the market does not shrink, so the small-market warning is left out [assumption].";

#[function_component(Tarpit)]
pub fn tarpit() -> Html {
    let explorer = use_explorer();
    let params = explorer.scene.params;
    let prefix = use_id_prefix();
    let runway_id = format!("{prefix}-tarpit-runway");
    let outcomes = use_memo(params, |p| try_moves(p, &TARPIT_ADVICE));
    let (now, after) = &*outcomes;
    let runway = use_state(|| 3.0);
    let onrunway = {
        let runway = runway.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<HtmlInputElement>()
                .value_as_number();
            if v.is_finite() {
                runway.set(v);
            }
        })
    };
    let verdict = match (survives(now, *runway), now.recovery) {
        (None, _) => "No chasm to wait out at these settings: the runway only has to cover a normal ramp.".to_string(),
        (Some(true), Some(r)) => format!("The rate regains its first peak in {}: with {} years of runway you make it across.", year(r), crate::io::number::fixed(*runway, 1)),
        (Some(false), Some(r)) => format!("The rate regains its first peak only in {}: with {} years of runway the money runs out in the chasm.", year(r), crate::io::number::fixed(*runway, 1)),
        (Some(_), None) => format!("The rate never regains its first peak: no runway of {} years is long enough.", crate::io::number::fixed(*runway, 1)),
    };
    let half = |h: Option<f64>| h.map(duration).unwrap_or_else(|| "never halves".into());
    let load = {
        let ondo = explorer.dispatch.clone();
        move |_| {
            ondo.emit(Action::LoadPreset("tarpit"));
        }
    };
    let runway_text = format!("{} years", crate::io::number::fixed(*runway, 1));
    html! {
        { lesson_with(Section::Tarpit, "The tarpit", Binding::Explorer, html! { <>
            { prose(CLAIM) }
            <figure class="bars" data-testid="tarpit-figure">
                <table>
                    <caption>{ "The advice applied to your current settings" }</caption>
                    <thead><tr><th scope="col">{ "Move" }</th><th scope="col">{ "What it changes" }</th><th scope="col">{ "Half-life of the lead" }</th><th scope="col">{ "Value captured, 10 years" }</th></tr></thead>
                    <tbody>
                        <tr class="current"><th scope="row">{ "As it is now" }</th><td>{ "–" }</td><td data-testid="tarpit-now">{ half(now.half_life) }</td><td data-testid="tarpit-value-now">{ market_years(now.value) }</td></tr>
                        { for TARPIT_ADVICE.iter().zip(after.iter()).enumerate().map(|(i, (m, o))| html! {
                            <tr><th scope="row">{ m.name }</th><td class="how">{ m.how }</td><td data-testid={format!("tarpit-{i}")}>{ half(o.half_life) }</td><td data-testid={format!("tarpit-value-{i}")}>{ market_years(o.value) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </figure>
            <div class="slider runway">
                <div class="slider-head"><label for={runway_id.clone()}>{ "Runway" }</label><output for={runway_id.clone()}>{ runway_text.clone() }</output></div>
                <input type="range" id={runway_id} min="1" max="15" step="0.5" value={crate::io::number::plain(*runway)}
                    aria-valuetext={runway_text} oninput={onrunway} data-testid="slider-runway" />
                <p class="hint">{ "Years of cash before you need revenue from the mainstream (this section's own control)." }</p>
            </div>
            <p class="verdict" aria-live="polite" data-testid="runway-verdict">{ verdict }</p>
            { try_this(html! { <>{ "load the tarpit scenario and find the runway you would need. " }
                <button type="button" onclick={load} data-testid="try-8">{ "Load the AI infra tarpit" }</button></> }) }
        </> }) }
    }
}
