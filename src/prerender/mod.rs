//! Build-time rendering (native only): the page's own components rendered to HTML with yew's
//! server-side renderer, and each share page's preview image drawn from that HTML's chart.
//! `src/bin/prerender.rs` writes the results into a built site.

pub mod inline;
pub mod preview;

use crate::app::state::AppState;
use crate::components::adoption_chart::AdoptionChart;
use crate::components::explainer_root::{ExplainerRoot, ExplainerRootProps};
use crate::components::page::{Page, PageProps};
use crate::model::Scene;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct ChartOnly {
    scene: Rc<Scene>,
}

/// The adoption chart exactly as the page draws it, without its keyboard host around it.
#[function_component(AdoptionFigure)]
fn adoption_figure(props: &ChartOnly) -> Html {
    html! { <AdoptionChart scene={props.scene.clone()} id_prefix="preview" /> }
}

/// Render a component to HTML on a single-threaded runtime (yew's renderer is `!Send`).
pub fn render<C>(props: C::Properties) -> String
where
    C: BaseComponent,
{
    render_with::<C>(props, false)
}

/// The page in `state` as the built site holds it: the page as its own module draws it (with
/// yew's hydration marks, so the browser hydrates it instead of drawing it again), and in its
/// empty explainer slot the explainer, drawn as the live one draws it, which the live explainer
/// replaces when the reader nears it (`components::explainer_slot`).
pub fn page(state: &AppState) -> String {
    let page = render_with::<Page>(
        PageProps {
            initial: state.clone(),
            sync_url: false,
            explainer: None,
        },
        true,
    );
    let explainer = render::<ExplainerRoot>(ExplainerRootProps {
        params: state.params,
        onapply: Callback::noop(),
    });
    let slot = "data-testid=\"explainer-slot\"";
    match page
        .find(slot)
        .and_then(|at| page[at..].find('>').map(|end| at + end + 1))
    {
        Some(at) => format!("{}{explainer}{}", &page[..at], &page[at..]),
        None => page,
    }
}

fn render_with<C>(props: C::Properties, hydratable: bool) -> String
where
    C: BaseComponent,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(
        &runtime,
        yew::LocalServerRenderer::<C>::with_props(props)
            .hydratable(hydratable)
            .render(),
    )
}

/// The `<svg>` of the page's adoption figure for `scene`: the same component, the same markup.
pub fn adoption_svg(scene: &Scene) -> String {
    let html = render::<AdoptionFigure>(ChartOnly {
        scene: Rc::new(scene.clone()),
    });
    let start = html
        .find("<svg")
        .expect("the adoption figure draws an <svg>");
    let end = html.rfind("</svg>").expect("a closed <svg>") + "</svg>".len();
    html[start..end].to_string()
}
