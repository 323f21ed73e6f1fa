//! SVG path strings from sampled curves.

use super::scale::Linear;

/// Append `v` rounded to one decimal ("12.3", "-0.5"). A drag rebuilds ~2,400 of these per
/// frame, so this is integer arithmetic ([`crate::io::number`]), not `format!("{:.1}")` (~130 ns
/// each). One decimal of a viewBox unit is far below a device pixel.
pub fn push_tenths(out: &mut String, v: f64) {
    crate::io::number::push_fixed(out, v, 1);
}

fn push_point(out: &mut String, cmd: char, x: f64, y: f64) {
    out.push(cmd);
    push_tenths(out, x);
    out.push(' ');
    push_tenths(out, y);
}

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
        push_point(&mut d, if pen_down { 'L' } else { 'M' }, x.at(a), y.at(b));
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
    let mut d = String::with_capacity(points.len() * 14 + 32);
    push_point(&mut d, 'M', x.at(first.0), y.at(base));
    for &(a, b) in &points {
        push_point(&mut d, 'L', x.at(a), y.at(b));
    }
    push_point(&mut d, 'L', x.at(last.0), y.at(base));
    d.push('Z');
    d
}

/// Every `stride`-th sample of `v`, always keeping the last one, so a thinned curve still ends
/// where the data ends. Charts draw ~300 points across ~550 px: finer adds nothing visible but
/// costs the browser path parsing on every frame of a drag.
pub fn thin(v: &[f64], stride: usize) -> Vec<f64> {
    let stride = stride.max(1);
    let mut out: Vec<f64> = v.iter().copied().step_by(stride).collect();
    if v.len() > 1 && !(v.len() - 1).is_multiple_of(stride) {
        out.extend(v.last());
    }
    out
}
