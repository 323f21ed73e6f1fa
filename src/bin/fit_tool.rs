//! The fitting tool as its own WebAssembly module. The page loads it only when a reader opens
//! section 9's tool (see `chasm_explorer::browser::lazy`), so the CSV reader, the fits and their
//! interface are not part of what every visitor downloads.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Mount the tool into `element`; `on_carry(innovator_share, abstraction, brand)` is called when
/// the reader carries a fit into the explorer.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn mount_fit_tool(element: web_sys::Element, on_carry: js_sys::Function) {
    chasm_explorer::browser::mount::install_panic_hook();
    chasm_explorer::browser::mount::mount_fit_tool(element, on_carry);
}

fn main() {}
