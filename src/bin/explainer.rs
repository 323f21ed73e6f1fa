//! The live explainer's own module: the nine sections with their figures, controls and
//! exercises, loaded when the reader nears them (`components::explainer_slot`). The built page
//! already shows them prerendered, so the page's own module does not carry them (that is what
//! leaves room under its byte budget for the prerendered page; BENCHMARKS.md).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Mount the live explainer into `element` for the settings the link `query` describes;
/// `on_apply(query)` receives the settings its sections choose.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn mount_explainer(element: web_sys::Element, query: String, on_apply: js_sys::Function) {
    chasm_explorer::browser::mount::mount_explainer(element, &query, on_apply);
}

/// Give the live explainer the page's new settled settings.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn update_explainer(query: String) {
    chasm_explorer::browser::mount::update_explainer(&query);
}

fn main() {}
