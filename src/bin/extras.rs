//! The page's second on-demand module: what a reader opens rarely or on purpose (the embed
//! dialog, "How the model works", the prediction exercise of section 2, the figures' data panels), kept out of the
//! page's own module to hold it under its byte budget, and out of the fitting tool's module to
//! hold that under its own (BENCHMARKS.md).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Open the embed dialog in `element` for the state the link `query` describes.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn open_embed_dialog(element: web_sys::Element, query: String) {
    chasm_explorer::browser::mount::install_panic_hook(
        chasm_explorer::browser::mount::PanicScope::FitTool,
    );
    chasm_explorer::browser::mount::open_embed_dialog(element, &query);
}

/// Show "How the model works" in `element`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn mount_how_it_works(element: web_sys::Element) {
    chasm_explorer::browser::mount::mount_how_it_works(element);
}

/// Show the prediction exercise in `element`, for the settings the link `query` describes;
/// called again with new settings, it follows them.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn show_prediction(element: web_sys::Element, query: String) {
    chasm_explorer::browser::mount::show_prediction(element, &query);
}

/// Show a figure's table, description, downloads (and sound) in `element`, for the figure's
/// CSV; called again, it follows the new numbers.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn show_figure_panel(element: web_sys::Element, csv: String, stem: String, sound: bool) {
    chasm_explorer::browser::mount::show_figure_panel(element, &csv, &stem, sound);
}

fn main() {}
