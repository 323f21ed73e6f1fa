//! The explorer: two figures, each with the sliders that drive it directly beneath, and their
//! readouts. The model is recomputed only when the parameters change (`use_memo`).

use super::adoption_chart::AdoptionChart;
use super::adoption_readout::AdoptionReadout;
use super::control_group::ControlGroup;
use super::hooks::{use_media_query, COMPACT_QUERY};
use super::moat_chart::MoatChart;
use super::moat_readout::MoatReadout;
use crate::controls::Figure;
use crate::model::{explore, Field};
use crate::state::{Action, State};
use std::sync::atomic::{AtomicUsize, Ordering};
use yew::prelude::*;

/// Gives each mounted app its own id prefix, so two widgets on one page never share an id.
static MOUNTS: AtomicUsize = AtomicUsize::new(0);

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where to start (the opening scene by default).
    #[prop_or_default]
    pub initial: State,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let prefix =
        use_state(|| AttrValue::from(format!("cx{}", MOUNTS.fetch_add(1, Ordering::Relaxed))));
    let scene = use_memo(state.params, explore);
    let compact = use_media_query(COMPACT_QUERY);
    let onchange = {
        let state = state.dispatcher();
        Callback::from(move |(field, value): (Field, f64)| {
            state.dispatch(Action::Set(field, value))
        })
    };
    let onreset = {
        let state = state.dispatcher();
        Callback::from(move |_| state.dispatch(Action::Reset))
    };
    let notice = (!state.corrections.is_empty()).then(|| {
        html! {
            <p class="notice" role="status" data-testid="notice">
                { state.corrections.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(". ") }
            </p>
        }
    });
    html! {
        <div class="chasm-app" data-testid="app">
            <header class="app-head">
                <h1>{ "Chasm explorer" }</h1>
                <p class="lede">{ "Why do some technologies spread from a few enthusiasts to everyone while others stall \
                    in between? Move the sliders: the curves are a live model, not a picture." }</p>
                <button type="button" class="reset" data-testid="reset" onclick={onreset}>{ "Reset to the opening scene" }</button>
            </header>
            { for notice }
            <div class="panels">
                <section class="panel" aria-labelledby={format!("{}-adoption-h", *prefix)}>
                    <h2 id={format!("{}-adoption-h", *prefix)}>{ "Who adopts, and when" }</h2>
                    <AdoptionChart scene={scene.clone()} id_prefix={(*prefix).clone()} {compact} />
                    <ControlGroup figure={Figure::Adoption} params={state.params} id_prefix={(*prefix).clone()} onchange={onchange.clone()} />
                    <AdoptionReadout scene={scene.clone()} />
                </section>
                <section class="panel" aria-labelledby={format!("{}-moat-h", *prefix)}>
                    <h2 id={format!("{}-moat-h", *prefix)}>{ "How long your lead lasts" }</h2>
                    <MoatChart scene={scene.clone()} id_prefix={(*prefix).clone()} {compact} />
                    <ControlGroup figure={Figure::Moat} params={state.params} id_prefix={(*prefix).clone()} {onchange} />
                    <MoatReadout scene={scene.clone()} />
                </section>
            </div>
        </div>
    }
}
