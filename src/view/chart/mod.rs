//! Pure SVG helpers: linear scales, tick values and path strings for a fixed `viewBox`.
//! No web types here: the chart components turn these strings into markup.

pub mod frame;
pub mod path;
pub mod scale;

pub use frame::Frame;
pub use path::{area_path, line_path, thin};
pub use scale::{ticks, Linear};

/// A viewBox coordinate as an SVG attribute value, to one decimal (far below a device pixel).
pub fn coord(v: f64) -> String {
    crate::io::number::fixed(v, 1)
}
