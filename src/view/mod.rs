//! Presentation helpers, pure Rust: SVG geometry ([`chart`]), numbers and text for readers
//! ([`format`], [`summary`], [`text`]) and the controls as data ([`controls`]). The components
//! render what these return; everything here is tested natively.

pub mod change;
pub mod chart;
pub mod controls;
pub mod cursor;
pub mod figure_data;
pub mod format;
pub mod group_times;
pub mod labels;
pub mod mapping_table;
pub mod notices;
pub mod prediction;
pub mod prose;
pub mod sections;
pub mod summary;
