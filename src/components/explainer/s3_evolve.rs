//! Section 3: evolve. Figure: what each rung of the abstraction ladder gives at your other
//! settings; a play button climbs the ladder in the explorer, one rung at a time.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::ladder;
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::hooks::use_media_query;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::model::Field;
use crate::view::format::{percent, year};
use crate::view::labels::RUNGS;
use crate::view::sections::Section;
use gloo::timers::callback::Interval;
use yew::prelude::*;

/// Time on each rung while climbing: long enough to see the curve settle.
const STEP_MS: u32 = 1200;

#[function_component(Evolve)]
pub fn evolve() -> Html {
    let explorer = use_explorer();
    let params = explorer.scene.params;
    let rungs = use_memo(params.with(Field::Abstraction, 0.0).0, ladder);
    let current = params.rung();
    let reduced_motion = use_media_query("(prefers-reduced-motion: reduce)");
    let top_rung = RUNGS.len() - 1;
    // Playing climbs from `start`; `None` when stopped. The interval lives in an effect keyed on
    // it, so starting and stopping never set state during render (the settled scene this
    // section reads lags the explorer by a moment, so it cannot decide when to stop either).
    let playing = use_state(|| None::<usize>);
    {
        let (playing, dispatch) = (playing.clone(), explorer.dispatch.clone());
        use_effect_with(*playing, move |start| {
            let timer = start.map(|start| {
                let mut rung = start;
                Interval::new(STEP_MS, move || {
                    rung = (rung + 1).min(top_rung);
                    dispatch.emit(Action::Set(Field::Abstraction, rung as f64));
                    if rung == top_rung {
                        playing.set(None); // the effect's cleanup then drops this interval
                    }
                })
            });
            move || drop(timer)
        });
    }
    let onplay = {
        let playing = playing.clone();
        let dispatch = explorer.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if playing.is_some() {
                playing.set(None);
            } else if reduced_motion {
                // No animation: show the end state at once.
                dispatch.emit(Action::Set(Field::Abstraction, top_rung as f64));
            } else {
                let start = if current >= top_rung { 0 } else { current };
                dispatch.emit(Action::Set(Field::Abstraction, start as f64));
                playing.set(Some(start));
            }
        })
    };
    let is_playing = playing.is_some();
    let widest = rungs.iter().map(|r| r.depth).fold(0.05, f64::max);
    let tr = &explorer.scene.trajectory;
    let points = |ys: &[f64]| {
        tr.t.iter()
            .copied()
            .zip(ys.iter().copied())
            .step_by(4)
            .collect::<Vec<_>>()
    };
    let top = tr.rate.iter().copied().fold(0.01, f64::max) * 1.1;
    let live = vec![
        MiniSeries {
            points: points(&tr.rate),
            class: "rate",
            label: "all adopters per year".into(),
        },
        MiniSeries {
            points: points(&tr.early_rate),
            class: "early",
            label: "early market".into(),
        },
        MiniSeries {
            points: points(&tr.main_rate),
            class: "main",
            label: "main market".into(),
        },
    ];
    html! {
        { lesson_with(Section::Evolve, "Evolve: climb the abstraction ladder", Binding::Explorer, html! { <>
            <p>{ "Moore treated the product as fixed and changed everything around it: message, channel, price. Software \
                does not have to stay put. Apache Spark started as a tool for experts who wrote Scala against its \
                low-level distributed datasets. Then it gained a Python interface, DataFrames, SQL, an API that mimics \
                pandas and, most recently, instructions in plain English. Each rung let in a larger crowd (engineers, \
                analysts, data scientists, almost anyone) who could use it without an expert in between." }</p>
            <p>{ "In the model each rung raises the mainstream's own willingness to try the product and how much its users \
                talk about it. Climb, and the chasm narrows and closes; adoption also arrives years earlier." }</p>
            <div class="side-by-side">
            <MiniChart series={live} x_domain={(0.0, crate::model::scene::HORIZON_YEARS)} y_domain={(0.0, top)} x_label="years after launch"
                y_unit={YUnit::Percent} title={format!("Adoption rate on rung {}", current + 1)}
                desc={crate::view::summary::adoption(&explorer.scene)} testid="ladder-curve" />
            <figure class="bars" data-testid="ladder-figure">
                <table>
                    <caption>{ "Chasm depth and time to 50 % adoption on each rung, at your other settings" }</caption>
                    <thead><tr><th scope="col">{ "Rung" }</th><th scope="col">{ "Chasm depth" }</th><th scope="col">{ "50 % adopted" }</th></tr></thead>
                    <tbody>
                        { for rungs.iter().enumerate().map(|(i, r)| html! {
                            <tr class={classes!((i == current).then_some("current"))} aria-current={(i == current).then_some("step")}>
                                <th scope="row">{ format!("{}. {}", i + 1, r.interface) }</th>
                                <td><span class="bar accent" style={format!("width:{}%", crate::io::number::fixed(r.depth / widest * 100.0, 1))}></span>
                                    { if r.depth > 0.0 { percent(r.depth) } else { "none".into() } }</td>
                                <td>{ r.half_time.map(year).unwrap_or_else(|| format!("not within {}", crate::view::format::adoption_horizon())) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </figure>
            </div>
            <p class="summary" aria-live="polite" data-testid="ladder-summary">{ format!(
                "You are on rung {} of {}, {}: {}",
                current + 1,
                RUNGS.len(),
                rungs.get(current).map_or("", |r| r.interface),
                rungs.get(current).map_or("no chasm".to_string(), |r| if r.depth > 0.0 {
                    format!("a chasm {} deep, half the market by {}.", percent(r.depth), r.half_time.map(year).unwrap_or_else(|| "never".into()))
                } else {
                    format!("no chasm, half the market by {}.", r.half_time.map(year).unwrap_or_else(|| "never".into()))
                })
            ) }</p>
            { try_this(html! { <>{ "climb the ladder and watch the explorer's curve change shape. " }
                <button type="button" onclick={onplay} aria-pressed={is_playing.to_string()} data-reduced-motion={reduced_motion.to_string()} data-testid="play-ladder">
                    { if is_playing { "Pause" } else if reduced_motion { "Jump to the top rung" } else { "▶ Climb the ladder" } }
                </button>
                <span class="muted">{ " It plays in the explorer above; with reduced motion it jumps straight to the top." }</span>
            </> }) }
        </> }) }
    }
}
