//! chasm-explorer: an interactive explainer of technology adoption, the chasm between early
//! adopters and the mainstream, and how long a lead lasts once copycats arrive.
//!
//! [`model`] is pure Rust and usable on its own (notebooks, static figures, tests), as are the
//! helpers that turn its output into text and SVG paths ([`chart`], [`format`], [`summary`],
//! [`controls`], [`state`]). The yew front end ([`components`], [`web`]) compiles only for
//! `wasm32`; the page, the embed and the browser tests all mount it through [`web::mount`]. The
//! fitting tool of section 9 is a second, separately loaded module (`src/bin/fit_tool.rs`).

pub mod chart;
pub mod controls;
pub mod format;
pub mod model;
pub mod number;
pub mod state;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
pub mod csv;
#[cfg(target_arch = "wasm32")]
pub mod lazy;
pub mod lessons;
pub mod presets;
pub mod snippet;
pub mod standing;
pub mod url;
#[cfg(target_arch = "wasm32")]
pub mod web;
