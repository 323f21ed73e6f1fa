//! Finding the chasm in an adoption-rate curve.
//!
//! A chasm is a local maximum of the adoption rate followed by a lower local minimum: the early
//! market is saturating and the main market has not yet taken off. Where the rate dips more than
//! once (a product gaining rungs mid-chasm), the deepest dip is the chasm. Goldenberg, Libai & Muller
//! (2002) call the recovered shape a "saddle"; when the rate never regains its first peak it is
//! a dip, and the product may simply stall.

use super::diffusion::Trajectory;

/// A dip shallower than this fraction of the peak is numerical ripple, not a chasm a reader
/// could see on the chart (half a percent of the peak rate).
pub const MIN_DEPTH: f64 = 0.005;

/// The peak-and-trough of the adoption rate (the deepest dip; on a smooth curve the first).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chasm {
    /// Time of the peak (years): the first peak on a smooth curve.
    pub peak_time: f64,
    /// Adoption rate at the peak (share of all adopters per year).
    pub peak_rate: f64,
    /// Cumulative share of adopters at the peak.
    pub peak_cumulative: f64,
    /// Time of the trough that follows (years).
    pub trough_time: f64,
    /// Adoption rate at the trough.
    pub trough_rate: f64,
    /// `(peak - trough) / peak`, in `[0, 1]`.
    pub depth: f64,
    /// When the rate climbs back to the first peak, interpolated; `None` if never within the
    /// horizon (a dip rather than a saddle).
    pub recovery_time: Option<f64>,
}

impl Chasm {
    /// Years from the first peak to the time the rate regains it (or `None`).
    pub fn duration(&self) -> Option<f64> {
        self.recovery_time.map(|r| r - self.peak_time)
    }
}

impl Trajectory {
    /// The chasm in the adoption rate (see [`find_chasm`]), if there is one.
    pub fn chasm(&self) -> Option<Chasm> {
        find_chasm(&self.t, &self.rate, &self.cumulative)
    }
}

/// The deepest dip of `rate`: over every trough, the largest fall below the highest rate reached
/// before it, if at least [`MIN_DEPTH`] deep. A trough is a local minimum the rate climbs out
/// of: it rises for two steps after it, or its first step up regains the peak. The peak is
/// where that highest rate was reached (rising into it).
///
/// On a smooth two-segment curve, which dips at most once, this is the first peak and the
/// trough after it. The rest is for a product that climbs the ladder, whose rate jumps when a
/// rung arrives. A jump on a falling rate that does not regain the peak is one step up and then
/// down again: not a way out of the trough, hence the two rising steps. And a jump just after
/// the early market's peak can lift the rate above it before a long fall: the chasm is then the
/// deep fall after the jump, not the shallow one before it, hence the deepest dip rather than
/// the first.
pub fn find_chasm(t: &[f64], rate: &[f64], cumulative: &[f64]) -> Option<Chasm> {
    let n = t.len().min(rate.len()).min(cumulative.len());
    // (peak, trough, depth) of the deepest dip so far; the highest rate reached so far.
    let mut best: Option<(usize, usize, f64)> = None;
    let mut high: Option<usize> = None;
    for k in 1..n.saturating_sub(2) {
        let rising = rate[k] > rate[k - 1];
        if rising && high.is_none_or(|h| rate[k] > rate[h]) {
            high = Some(k);
        }
        let local_min = rate[k] <= rate[k - 1] && rate[k] < rate[k + 1];
        if let (true, Some(h)) = (local_min, high) {
            let climbs_out = rate[k + 1] < rate[k + 2] || rate[k + 1] >= rate[h];
            if !climbs_out {
                continue;
            }
            let peak_rate = rate[h];
            let depth = if peak_rate > 0.0 {
                (peak_rate - rate[k]) / peak_rate
            } else {
                0.0
            };
            if depth >= MIN_DEPTH && best.is_none_or(|(_, _, d)| depth > d) {
                best = Some((h, k, depth));
            }
        }
    }
    let (peak, trough, depth) = best?;
    let peak_rate = rate[peak];
    let recovery_time = (trough + 1..n).find(|&k| rate[k] >= peak_rate).map(|k| {
        let (r0, r1) = (rate[k - 1], rate[k]);
        let w = if r1 > r0 {
            (peak_rate - r0) / (r1 - r0)
        } else {
            1.0
        };
        t[k - 1] + w.clamp(0.0, 1.0) * (t[k] - t[k - 1])
    });
    Some(Chasm {
        peak_time: t[peak],
        peak_rate,
        peak_cumulative: cumulative[peak],
        trough_time: t[trough],
        trough_rate: rate[trough],
        depth: depth.clamp(0.0, 1.0),
        recovery_time,
    })
}
