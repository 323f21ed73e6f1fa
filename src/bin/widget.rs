//! The embeddable widget's own module (`?embed=1`): what a blog's iframe loads. assets/boot.js
//! picks it instead of the page's module, so a reader of someone else's post fetches neither
//! the explainer nor the page's controls, and the page does not carry the widget's host
//! protocols.

fn main() {
    #[cfg(target_arch = "wasm32")]
    chasm_explorer::browser::mount::start_widget();
}
