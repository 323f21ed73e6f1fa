//! Section 9: bring your own data. The section's text is part of the page; the fitting tool
//! itself (CSV reader, model fits, their interface) is a separate module that loads when the
//! reader opens it, so the page stays light for everyone who only reads. A fit carried back
//! from the tool changes the explorer's shared settings.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::state::Action;
use crate::browser::lazy::load_fit_tool;
use crate::components::context::use_explorer;
use crate::view::sections::Section;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Tool {
    Closed,
    Loading,
    Open,
    Failed(String),
}

#[function_component(FitYourData)]
pub fn fit_your_data() -> Html {
    let explorer = use_explorer();
    let tool = use_state(|| Tool::Closed);
    let slot = use_node_ref();
    let onopen = {
        let (tool, slot, ondo) = (tool.clone(), slot.clone(), explorer.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(el) = slot.cast::<web_sys::Element>() else {
                return;
            };
            tool.set(Tool::Loading);
            let (tool, ondo) = (tool.clone(), ondo.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // The tool reports the fitted settings; only the adoption ones the fit decides change.
                let carry = Callback::from(move |p: crate::model::Params| {
                    ondo.emit(Action::ApplyAdoption(p));
                });
                tool.set(match load_fit_tool(&el, carry).await {
                    Ok(()) => Tool::Open,
                    Err(e) => Tool::Failed(e),
                });
            });
        })
    };
    let opener = match &*tool {
        Tool::Open => html! {},
        Tool::Loading => html! {
            <p class="muted" role="status" data-testid="fit-loading">{ "Loading the fitting tool…" }</p>
        },
        state => html! { <>
            if let Tool::Failed(why) = state {
                <p class="notice" role="alert" data-testid="fit-load-error">
                    { format!("The fitting tool could not be loaded ({why}). Check your connection and try again.") }
                </p>
            }
            <p>
                <button type="button" onclick={onopen} data-testid="fit-open">{ "Open the fitting tool" }</button>
                <span class="muted">{ " It loads on demand, so readers who skip it never download it." }</span>
            </p>
        </> },
    };
    lesson_with(
        Section::FitYourData,
        "Where do you stand? Fit your own data",
        Binding::Local,
        html! { <>
            <p>{ "Are you in the chasm, and which lever gets you out? Paste your own adoption numbers: a date or period \
                and a count (users, downloads, stars, sales), one row each. They stay in your browser: nothing is uploaded. \
                The page fits both models by least squares, says which one your data support, and where you stand." }</p>
            { opener }
            // The tool mounts itself in here; yew renders no children into it, so never touches it.
            <div class="fit-slot" ref={slot}></div>
            { try_this(html! { <>{ "open the tool, load the chasm sample, fit it, and carry the fit into the explorer; then try the levers on your own curve." }</> }) }
        </> },
    )
}
