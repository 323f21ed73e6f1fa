//! SVG path strings from sampled curves.

use super::scale::Linear;
use std::fmt::Write;

/// An SVG `d` attribute drawing a polyline through `(xs[i], ys[i])`. Non-finite points are
/// skipped (they start a new segment) so one bad sample cannot break the whole curve.
pub fn line_path(xs: &[f64], ys: &[f64], x: Linear, y: Linear) -> String {
    let mut d = String::with_capacity(xs.len() * 14);
    let mut pen_down = false;
    for (&a, &b) in xs.iter().zip(ys) {
        if !(a.is_finite() && b.is_finite()) {
            pen_down = false;
            continue;
        }
        let cmd = if pen_down { 'L' } else { 'M' };
        // One decimal of a viewBox unit is far below a device pixel and keeps the string short.
        let _ = write!(d, "{cmd}{:.1} {:.1}", x.at(a), y.at(b));
        pen_down = true;
    }
    d
}

/// A closed area between the curve and `y = base` (in data units).
pub fn area_path(xs: &[f64], ys: &[f64], base: f64, x: Linear, y: Linear) -> String {
    let points: Vec<(f64, f64)> = xs
        .iter()
        .zip(ys)
        .filter(|(a, b)| a.is_finite() && b.is_finite())
        .map(|(&a, &b)| (a, b))
        .collect();
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return String::new();
    };
    let mut d = format!("M{:.1} {:.1}", x.at(first.0), y.at(base));
    for &(a, b) in &points {
        let _ = write!(d, "L{:.1} {:.1}", x.at(a), y.at(b));
    }
    let _ = write!(d, "L{:.1} {:.1}Z", x.at(last.0), y.at(base));
    d
}
