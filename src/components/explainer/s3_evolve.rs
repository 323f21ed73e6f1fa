//! Section 3: evolve. Figure: one product that gains rungs while it is being adopted, against the
//! same product frozen on its launch rung, at your other settings. "Play" runs time forward over
//! the evolving curve and names the rung in use, so the reader watches one product climb (not a
//! new product launched on each rung).

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::EVOLVE_PACE;
use crate::components::context::use_explorer;
use crate::components::hooks::use_media_query;
use crate::components::mini_chart::{MiniChart, MiniSeries, YUnit};
use crate::components::prose::prose;
use crate::model::mapping;
use crate::model::scene::HORIZON_YEARS;
use crate::model::{explore, Field, Params, Scene};
use crate::view::format::{adoption_horizon, climb_pace, percent, year};
use crate::view::labels::RUNGS;
use crate::view::sections::Section;
use gloo::timers::callback::Interval;
use yew::prelude::*;

const CLAIM: &str = "Moore kept the product fixed and changed what surrounds it: message, channels, price \
[Crossing the AI Chasm]. Software can change itself. Spark began as a tool for experts writing Scala \
against its low-level datasets (RDDs). It then added a Python API, DataFrames, SQL, an API that mimics \
pandas and an English interface driven by a language model. Each addition let in a wider crowd: \
software engineers, analysts, data scientists, nearly anyone [Crossing the AI Chasm].

A **rung** is one step on that ladder: an interface that lets a new, larger group use the product \
without an expert in between. The abstraction slider sets the rung you launch on; **evolve pace** sets \
how many rungs the same product gains per year after launch (0 keeps it as launched) [assumption]. \
Each rung makes the mainstream likelier to try the product on its own and to talk about it, and lets \
more of the brand's pull through [assumption].";

const AFTER: &str = "Two warnings from the essay. A new layer has to hide the old one without leaking: \
removing options is not simplifying. And LLMOps risks repeating MLOps: tools that make every team \
train and tune its own model bring the complexity back, and with it the small market of experts who \
would rather build than buy [Crossing the AI Chasm].";

/// Years of the story per animation tick, and the tick.
const YEARS_PER_TICK: f64 = 0.5;
const TICK_MS: u32 = 120;

/// The evolving product (your pace, or a rung a year if yours is 0) and the same launch frozen.
fn runs(p: &Params) -> (Scene, Scene) {
    let pace = if p.climb_pace() > 0.0 {
        p.climb_pace()
    } else {
        EVOLVE_PACE
    };
    let evolving = p.with(Field::ClimbPace, pace).0;
    let frozen = p.with(Field::ClimbPace, 0.0).0;
    (explore(&evolving), explore(&frozen))
}

#[function_component(Evolve)]
pub fn evolve() -> Html {
    let explorer = use_explorer();
    let params = explorer.scene.params;
    let key = params.adoption_inputs();
    let both = use_memo(key, runs);
    let (evolving, frozen) = &*both;
    let reduced_motion = use_media_query("(prefers-reduced-motion: reduce)");
    // Where time has got to while playing; `None` shows the whole curve.
    let cursor = use_state(|| None::<f64>);
    {
        let cursor = cursor.clone();
        let playing = cursor.is_some_and(|c| c < HORIZON_YEARS);
        use_effect_with(playing, move |&playing| {
            let timer = playing.then(|| {
                let cursor = cursor.clone();
                Interval::new(TICK_MS, move || {
                    let next = cursor.map_or(0.0, |c| c + YEARS_PER_TICK);
                    cursor.set(Some(next.min(HORIZON_YEARS)));
                })
            });
            move || drop(timer)
        });
    }
    let onplay = {
        let cursor = cursor.clone();
        Callback::from(move |_: MouseEvent| {
            let playing = cursor.is_some_and(|c| c < HORIZON_YEARS);
            cursor.set(if playing || reduced_motion {
                None
            } else {
                Some(0.0)
            })
        })
    };
    let playing = cursor.is_some_and(|c| c < HORIZON_YEARS);
    let until = cursor.unwrap_or(HORIZON_YEARS);
    let pts = |s: &Scene, limit: f64| {
        s.trajectory
            .t
            .iter()
            .copied()
            .zip(s.trajectory.rate.iter().copied())
            .step_by(4)
            .filter(|&(t, _)| t <= limit + 1e-9)
            .collect::<Vec<_>>()
    };
    let top = evolving
        .trajectory
        .rate
        .iter()
        .chain(&frozen.trajectory.rate)
        .copied()
        .fold(0.01, f64::max)
        * 1.1;
    let pace = evolving.params.climb_pace();
    let launch = params.rung();
    let rung_at = |t: f64| mapping::rung_at(&evolving.params, t);
    let arrivals: Vec<String> = evolving
        .rung_times
        .iter()
        .filter(|&&(_, t)| t <= HORIZON_YEARS)
        .map(|&(r, t)| format!("{} in {}", RUNGS[r].interface, year(t)))
        .collect();
    let half = |s: &Scene| {
        s.half_adoption_time
            .map_or(format!("not within {}", adoption_horizon()), year)
    };
    let dip = |s: &Scene| {
        s.chasm.map_or("no dip".into(), |c| {
            format!("a dip of {}", percent(c.depth))
        })
    };
    let summary = format!(
        "Launched on {} ({} of {}), {}: {}. Half the market has adopted by {} ({}); frozen on its launch rung, by {} ({}).",
        RUNGS[launch].interface,
        launch + 1,
        RUNGS.len(),
        climb_pace(pace),
        if arrivals.is_empty() {
            "it is already on the top rung".to_string()
        } else {
            format!("it gains {}", arrivals.join(", "))
        },
        half(evolving),
        dip(evolving),
        half(frozen),
        dip(frozen)
    );
    let now = cursor.map(|c| {
        format!(
            "Year {}: on {}",
            crate::io::number::fixed(c, 1),
            RUNGS[rung_at(c)].interface
        )
    });
    html! {
        { lesson_with(Section::Evolve, "Evolve: climb the ladder while people adopt", Binding::Explorer, html! { <>
            { prose(CLAIM) }
            <MiniChart series={vec![
                    MiniSeries { points: pts(frozen, HORIZON_YEARS), class: "ghost-rate", label: "frozen on its launch rung".into() },
                    MiniSeries { points: pts(evolving, until), class: "rate", label: format!("the same product, {}", climb_pace(pace)) },
                ]}
                x_domain={(0.0, HORIZON_YEARS)} y_domain={(0.0, top)} x_label="years after launch"
                y_unit={YUnit::Percent} marker={*cursor} title="One product climbing the ladder: new adopters per year"
                desc={summary.clone()} testid="ladder-curve" />
            <p class="summary" data-testid="ladder-summary">{ summary }</p>
            if let Some(now) = now { <p class="verdict" data-testid="ladder-now">{ now }</p> }
            { prose(AFTER) }
            { try_this(html! { <>{ "play the climb: time runs forward and the curve shows the rung in use. " }
                <button type="button" onclick={onplay} aria-pressed={playing.to_string()} data-reduced-motion={reduced_motion.to_string()} data-testid="play-ladder">
                    { if playing { "Pause" } else if reduced_motion { "Show the whole climb" } else { "▶ Play the climb" } }
                </button>
                <span class="muted">{ " Then set evolve pace in the explorer to 0.5 and to 0: same launch, different curve." }</span>
            </> }) }
        </> }) }
    }
}
