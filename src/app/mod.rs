//! The application's logic, pure Rust (tested natively): the one state and its reducer, the link
//! codec, the scenarios, the explainer's computations (sweeps, playbooks, advice), "where do you
//! stand" for a fitted product, the embed snippet and oEmbed responses, and the pages and tags for sharing a scenario. It reads the model; nothing here touches
//! the browser.

pub mod fit_job;
pub mod lessons;
pub mod oembed;
pub mod presets;
pub mod share_page;
pub mod snippet;
pub mod standing;
pub mod state;
pub mod undo;
pub mod url;
