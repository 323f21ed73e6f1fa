//! The application's logic, pure Rust (tested natively): the one state and its reducer, the link
//! codec, the scenarios, the explainer's computations (sweeps, playbooks, advice), "where do you
//! stand" for a fitted product, and the embed snippet and oEmbed responses. It reads the model; nothing here touches
//! the browser.

pub mod fit_job;
pub mod lessons;
pub mod oembed;
pub mod presets;
pub mod snippet;
pub mod standing;
pub mod state;
pub mod undo;
pub mod url;
