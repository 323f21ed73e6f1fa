//! Section 2: the chasm. Figure: chasm depth against brand strength, at your other settings.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::depth_at;
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::hooks::use_id_prefix;
use crate::components::prose::prose;
use crate::components::slider::{slider, SliderProps};
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

const MECHANISM: &str = "Each of the model's two markets spreads as Bass described: some people adopt on their own each year, at a rate **p** (advertising, curiosity), others because people around them have, at a rate **q** (word of mouth) [Bass 1969; Van den Bulte & Joshi 2007]. The main market also listens to the early one, as much as brand strength lets it trust it, and only as far as it can use the product [assumption]. Revealed, the figure shows both humps and their sum.

The chasm's **depth** is how far the adoption rate falls below its first peak: 30 % means the low point runs at 70 % of the peak's pace. It describes the shape, not the speed, so a deep dip is not a stall; for speed, read when half the market has adopted.

Rogers rejected the chasm: to him neighbouring groups shade into each other [Rogers 2003, in Crossing the AI Chasm]. The model keeps his smoothness inside each market; the dip appears only when the two humps are far apart. Real sales do sag: in a third to a half of consumer-electronics products [Goldenberg, Libai & Muller 2002], with saddles starting about 9 years after takeoff at about 30 % penetration, falling about 29 % and lasting about 8 years [Chandrasekaran & Tellis 2011].";

#[function_component(TheChasm)]
pub fn the_chasm() -> Html {
    let explorer = use_explorer();
    let scene = &explorer.scene;
    let params = scene.params;
    let prefix = use_id_prefix();
    // The lowest brand (in whole percent steps of 5) that leaves no dip at these settings, if
    // any: recomputed only when a setting other than brand changes.
    let enough = *use_memo(WithoutBrand::new(params), |p| {
        (0..=20)
            .map(|i| i as f64 * 0.05)
            .find(|&b| depth_at(&p.0.with(Field::Brand, b).0) <= 0.0)
    });
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
        "On {rung} with a brand of {}: {}. {}",
        percent(params.brand()),
        now,
        enough.map_or(
            "No brand fills the trough in on this rung: the mainstream cannot use the product yet."
                .to_string(),
            |b| format!("From a brand of {} the trough fills in.", percent(b))
        )
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
    // The exercise lives in the extras module: loaded when the reader asks for it, then kept
    // following the settings.
    let slot = use_node_ref();
    let shown = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let query = crate::app::url::encode_params(params);
    let onpredict = {
        let (slot, shown, problem, query) =
            (slot.clone(), shown.clone(), problem.clone(), query.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(el) = slot.cast::<web_sys::Element>() else {
                return;
            };
            let (shown, problem, query) = (shown.clone(), problem.clone(), query.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::browser::lazy::show_prediction(&el, &query).await {
                    Ok(()) => shown.set(true),
                    Err(e) => problem.set(Some(e)),
                }
            });
        })
    };
    {
        let (slot, shown) = (slot.clone(), *shown);
        use_effect_with((query, shown), move |(query, shown)| {
            if *shown {
                if let Some(el) = slot.cast::<web_sys::Element>() {
                    let query = query.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = crate::browser::lazy::show_prediction(&el, &query).await;
                    });
                }
            }
        });
    }
    html! {
        { lesson_with(Section::TheChasm, "The chasm", Binding::Explorer, html! { <>
            { prose(OPENING) }
            <div class="side-by-side">
                <div>
                    <div ref={slot} data-testid="prediction-slot"></div>
                    if !*shown {
                        <p><button type="button" onclick={onpredict} data-testid="prediction-open">{ "Draw your prediction" }</button></p>
                    }
                    if let Some(e) = &*problem { <p class="notice" role="alert">{ format!("The exercise could not be loaded ({e}). Are you offline?") }</p> }
                </div>
                <div class="local-controls">
                    { slider(&SliderProps { field: Field::Brand, params, id_prefix: format!("{prefix}-s2").into(), onchange: onbrand }) }
                    <p class="muted">{ "This slider is the explorer's brand strength: it moves both." }</p>
                </div>
            </div>
            { prose(MECHANISM) }
            <p data-testid="chasm-evidence">{ matches }</p>
            <p class="summary" data-testid="chasm-sweep-summary">{ desc }</p>
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
