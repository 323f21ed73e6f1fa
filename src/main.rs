//! Entry point. In the browser: `start_page`, which assets/boot.js calls one task after the
//! module is instantiated, so that compiling and instantiating the module and hydrating the page
//! are two main-thread tasks rather than one long one (BENCHMARKS.md: total blocking time).
//! Natively: print the opening scene's key figures (handy when calibrating the model).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Install the panic hook and mount (or hydrate) the page.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn start_page() {
    chasm_explorer::browser::mount::start();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let scene = chasm_explorer::model::explore(&Default::default());
    println!("{}", chasm_explorer::view::summary::adoption(&scene));
    println!("{}", chasm_explorer::view::summary::moat(&scene));
}
