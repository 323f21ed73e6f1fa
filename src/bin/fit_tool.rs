//! The fitting tool as its own WebAssembly module. The page loads it only when a reader opens
//! section 9's tool (see `chasm_explorer::browser::lazy`), so the CSV reader, the fits and their
//! interface are not part of what every visitor downloads. The same module also runs in the
//! tool's Web Worker (`assets/fit-worker.js`), where `fit_in_worker` does the fitting.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Mount the tool into `element`; `on_carry(query)` is called with the fitted settings, written
/// by the link codec, when the reader carries a fit into the explorer.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn mount_fit_tool(element: web_sys::Element, on_carry: js_sys::Function) {
    chasm_explorer::browser::mount::install_panic_hook(
        chasm_explorer::browser::mount::PanicScope::FitTool,
    );
    chasm_explorer::browser::mount::mount_fit_tool(element, on_carry);
}

/// In the worker: run one fitting request (a `FitRequest`), calling `post` with each
/// `FitReply` (progress, then the result or an error).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn fit_in_worker(request: JsValue, post: js_sys::Function) {
    chasm_explorer::browser::fit_worker::serve(request, post);
}

fn main() {}
