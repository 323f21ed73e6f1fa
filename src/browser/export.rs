//! Saving a figure as a file, made in the browser (nothing is uploaded): its CSV, its SVG with
//! the page's styles written into it (so it looks the same outside the page, in the theme it
//! was saved in), and a PNG drawn from that SVG at twice the size. JavaScript snippets: the
//! Blob, canvas and computed-style calls are a few lines here and many bindings in Rust.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/browser/js/extras_glue.js")]
extern "C" {
    /// Offer `content` (text, or a Blob) as a download named `name`.
    pub fn save(name: &str, mime: &str, content: &JsValue);
    /// The SVG of the chart in the figure around `from`, with computed styles inlined and a
    /// background of the page's colour; empty when there is none.
    pub fn svg_text(from: &web_sys::Element) -> String;
    /// Draw `svg` (from [`svg_text`]) at twice its size and offer it as a PNG download.
    pub fn save_png(name: &str, svg: &str) -> js_sys::Promise;
}
