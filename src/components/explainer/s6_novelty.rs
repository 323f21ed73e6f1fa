//! Section 6: novelty fades. Its own figure and controls: a hype-speed launch where part of the
//! sign-ups are curious and drift away; plus the "too far ahead" checklist.

use super::lesson::{lesson_with, Binding};
use crate::components::hooks::use_id_prefix;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::components::prose::prose;
use crate::model::novelty::{active_users, hype_launch, HYPE_HORIZON_YEARS};
use crate::view::format::percent;
use crate::view::sections::Section;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The claim, with its source.
const CLAIM: &str = "Fast sign-ups are not lasting use. When many people come out of curiosity, active use \
peaks and then falls while sign-ups are still climbing. By the essay's count, ChatGPT's monthly \
visits peaked in April 2023 and were about 20 % lower three months later: many people came to look, \
tried a few prompts and moved on [A house divided]. The figure's launch and its two controls are \
illustrative [illustrative].";

/// The essay's checklist and its four product risks.
const TOO_FAR_AHEAD: &str = "The essay's \"too far ahead\" checklist: an early technology usually fails for \
being too expensive, too limited in what it can do, or too unreliable. It recalls AT&T's \
Picturephone of the 1960s and WebTV in the 1990s, and says early ChatGPT ticked all three boxes: \
costly to run, only a chat, and prone to outages and length limits, with prompting still to learn \
[A house divided].

It then asks four questions of any product [A house divided]:

- **Value:** do users want it?
- **Viability:** can we make money from it?
- **Feasibility:** can we build it?
- **Ethics:** should we build it at all?

Open source adds pressure: a leaked Google memo said the big labs had \"no moat\" against it [A house divided].";

#[function_component(NoveltyFades)]
pub fn novelty_fades() -> Html {
    let prefix = use_id_prefix();
    let curious_id = format!("{prefix}-novelty-curious");
    let span_id = format!("{prefix}-novelty-span");
    let launch = use_memo((), |_| hype_launch());
    let curious = use_state(|| 0.8);
    let span_months = use_state(|| 2.0);
    let novelty = use_memo((*curious, *span_months), |(k, m)| {
        active_users(&launch, *k, m / 12.0)
    });
    let input = |state: UseStateHandle<f64>| {
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<HtmlInputElement>()
                .value_as_number();
            if v.is_finite() {
                state.set(v);
            }
        })
    };
    let pts = |ys: &[f64]| {
        launch
            .t
            .iter()
            .copied()
            .zip(ys.iter().copied())
            .step_by(2)
            .collect::<Vec<_>>()
    };
    let desc = if novelty.fall > 0.001 {
        format!(
            "Active use peaks in month {} at {} of the market, then falls {} in the next three months, while sign-ups keep growing.",
            crate::io::number::fixed(novelty.peak_time * 12.0, 0),
            percent(novelty.peak_active),
            percent(novelty.fall_after(0.25))
        )
    } else {
        "Active use only grows: everyone who signs up needs the product and stays.".to_string()
    };
    let span_text = format!("{} months", crate::io::number::fixed(*span_months, 1));
    html! {
        { lesson_with(Section::NoveltyFades, "Novelty fades", Binding::Local, html! { <>
            { prose(CLAIM) }
            <div class="side-by-side">
                <MiniChart series={vec![
                        MiniSeries { points: pts(&launch.cumulative), class: "cumulative", label: "signed up so far".into() },
                        MiniSeries { points: pts(&novelty.active), class: "rate", label: "active users".into() },
                    ]}
                    x_domain={(0.0, HYPE_HORIZON_YEARS)} y_domain={(0.0, 1.0)} x_label="years after a hype-speed launch"
                    y_unit={YUnit::Percent} title="Sign-ups against active users" desc={desc.clone()} testid="novelty-figure" />
                <div class="local-controls">
                    <div class="slider">
                        <div class="slider-head"><label for={curious_id.clone()}>{ "Curious sign-ups" }</label><output for={curious_id.clone()} data-testid="value-curious">{ percent(*curious) }</output></div>
                        <input type="range" id={curious_id} min="0" max="0.95" step="0.05" value={crate::io::number::plain(*curious)}
                            aria-valuetext={percent(*curious)} oninput={input(curious.clone())} data-testid="slider-curious" />
                        <p class="hint">{ "Share who come to look rather than because they need it." }</p>
                    </div>
                    <div class="slider">
                        <div class="slider-head"><label for={span_id.clone()}>{ "Curiosity lasts" }</label><output for={span_id.clone()}>{ span_text.clone() }</output></div>
                        <input type="range" id={span_id} min="0.5" max="12" step="0.5" value={crate::io::number::plain(*span_months)}
                            aria-valuetext={span_text} oninput={input(span_months.clone())} />
                        <p class="hint">{ "How long a curious user keeps coming back, on average." }</p>
                    </div>
                    <p class="summary" aria-live="polite" data-testid="novelty-summary">{ desc }</p>
                </div>
            </div>
            { prose(TOO_FAR_AHEAD) }
            <div class="try"><strong>{ "Try this: " }</strong>{ "set curious sign-ups to 0 %: the peak-and-fall disappears, \
                because people who need a product keep using it." }</div>
        </> }) }
    }
}
