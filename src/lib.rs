//! chasm-explorer: an interactive explainer of technology adoption, the chasm between early
//! adopters and the mainstream, and how long a lead lasts once copycats arrive.
//!
//! The layers, each depending only on those above it:
//! - [`model`]: the pure model (no web imports, no reader-facing text), usable on its own;
//! - [`io`]: reading and writing numbers and CSV;
//! - [`app`]: the state and its reducer, the link codec, scenarios, the explainer's computations;
//! - [`view`]: pure presentation helpers (SVG geometry, numbers and sentences for readers);
//! - `browser` and `components`: browser glue and the yew components (natively they render to
//!   HTML; only effects and handlers, which never run there, reach the browser);
//! - `prerender` (native only): the components rendered at build time, and share previews.
//!
//! The page, the embed and the browser tests all mount the same components through
//! `browser::mount`. The fitting tool of section 9 is a second, separately loaded module
//! (`src/bin/fit_tool.rs`).

pub mod app;
pub mod io;
pub mod model;
pub mod view;

pub mod browser;
pub mod components;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
