//! Yew components, one per file. Each takes `XxxProps`; callbacks are named `on<verb>`.

pub mod adoption_chart;
pub mod adoption_readout;
pub mod app;
pub mod control_group;
pub mod hooks;
pub mod moat_chart;
pub mod moat_readout;
pub mod slider;

pub use app::App;
