//! Linear scales from data to viewBox units, and "nice" tick values.

/// Maps `[d0, d1]` (data) onto `[r0, r1]` (viewBox units). A degenerate domain maps everything
/// to the middle of the range instead of dividing by zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Linear {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Linear {
            d0: domain.0,
            d1: domain.1,
            r0: range.0,
            r1: range.1,
        }
    }

    /// The data value at viewBox coordinate `r` (the inverse of [`Linear::at`]); the domain's
    /// middle when the range is empty.
    pub fn value_at(&self, r: f64) -> f64 {
        let span = self.r1 - self.r0;
        if span.abs() <= f64::EPSILON || !r.is_finite() {
            return (self.d0 + self.d1) / 2.0;
        }
        self.d0 + (r - self.r0) / span * (self.d1 - self.d0)
    }

    /// The viewBox coordinate of data value `v` (finite for any finite input).
    pub fn at(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        // NaN spans fail the comparison too, so they land here.
        let usable = span.abs() > f64::EPSILON && v.is_finite();
        if !usable {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / span * (self.r1 - self.r0)
    }
}

/// About `count` round tick values covering `[lo, hi]` (steps of 1, 2 or 5 times a power of 10).
pub fn ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo || count == 0 {
        return vec![];
    }
    let raw = (hi - lo) / count as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last)
        .map(|k| k as f64 * step)
        .map(|v| if v.abs() < step * 1e-9 { 0.0 } else { v })
        .collect()
}
