//! Yew components, one per file. Each takes `XxxProps`; callbacks are named `on<verb>`.

pub mod adoption_chart;
pub mod adoption_legend;
pub mod adoption_panel;
pub mod adoption_readout;
pub mod app;
pub mod axes;
pub mod change_note;
pub mod chart_cursor;
pub mod context;
pub mod control_group;
pub mod embed;
pub mod embed_dialog;
pub mod explainer;
pub mod explainer_root;
pub mod explainer_slot;
pub mod explorer_strip;
pub mod figure_panel;
pub mod figure_tools;
pub mod fit_tool;
pub mod hooks;
pub mod hydration_part;
pub mod mini_chart;
pub mod moat_chart;
pub mod moat_legend;
pub mod moat_panel;
pub mod moat_readout;
pub mod notices;
pub mod page;
pub mod pin_compare;
pub mod prediction;
pub mod prose;
pub mod scenario_picker;
pub mod share_bar;
pub mod slider;

pub use app::{App, AppProps};
