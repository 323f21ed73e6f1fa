//! Finding the chasm in an adoption-rate curve.
//!
//! A chasm is a local maximum of the adoption rate followed by a lower local minimum: the early
//! market is saturating and the main market has not yet taken off. Goldenberg, Libai & Muller
//! (2002) call the recovered shape a "saddle"; when the rate never regains its first peak it is
//! a dip, and the product may simply stall.

use super::diffusion::Trajectory;

/// A dip shallower than this fraction of the peak is numerical ripple, not a chasm a reader
/// could see on the chart (half a percent of the peak rate).
pub const MIN_DEPTH: f64 = 0.005;

/// The first peak-and-trough of the adoption rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chasm {
    /// Time of the first peak (years).
    pub peak_time: f64,
    /// Adoption rate at the first peak (share of all adopters per year).
    pub peak_rate: f64,
    /// Cumulative share of adopters at the first peak.
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
    /// The first chasm in the adoption rate, if there is one.
    pub fn chasm(&self) -> Option<Chasm> {
        find_chasm(&self.t, &self.rate, &self.cumulative)
    }
}

/// The first local maximum of `rate` followed by a lower local minimum at least [`MIN_DEPTH`]
/// deep. Later peaks are tried when an earlier dip is too shallow.
pub fn find_chasm(t: &[f64], rate: &[f64], cumulative: &[f64]) -> Option<Chasm> {
    let n = t.len().min(rate.len()).min(cumulative.len());
    let mut i = 1;
    while i + 1 < n {
        let is_peak = rate[i] > rate[i - 1] && rate[i] >= rate[i + 1];
        if !is_peak {
            i += 1;
            continue;
        }
        let peak = i;
        let mut trough = peak;
        while trough + 1 < n && rate[trough + 1] <= rate[trough] {
            trough += 1;
        }
        if trough + 1 >= n {
            return None; // the rate only falls from here: a single-humped curve
        }
        let peak_rate = rate[peak];
        let depth = if peak_rate > 0.0 {
            (peak_rate - rate[trough]) / peak_rate
        } else {
            0.0
        };
        if depth < MIN_DEPTH {
            i = trough + 1;
            continue;
        }
        let recovery_time = (trough + 1..n).find(|&k| rate[k] >= peak_rate).map(|k| {
            let (r0, r1) = (rate[k - 1], rate[k]);
            let w = if r1 > r0 {
                (peak_rate - r0) / (r1 - r0)
            } else {
                1.0
            };
            t[k - 1] + w.clamp(0.0, 1.0) * (t[k] - t[k - 1])
        });
        return Some(Chasm {
            peak_time: t[peak],
            peak_rate,
            peak_cumulative: cumulative[peak],
            trough_time: t[trough],
            trough_rate: rate[trough],
            depth: depth.clamp(0.0, 1.0),
            recovery_time,
        });
    }
    None
}
