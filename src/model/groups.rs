//! Rogers' five adopter groups, cut from the model's own adoption-time distribution.
//!
//! Rogers (Diffusion of Innovations) splits adopters by when they adopt: innovators before
//! mean - 2 sd, early adopters up to mean - sd, early majority up to the mean, late majority up to
//! mean + sd, laggards after. For a normal curve that is 2.3 / 13.6 / 34.1 / 34.1 / 15.9 %. Here
//! the mean and sd come from the simulated rate `f(t)` (renormalised over the horizon), so the
//! bands move with the sliders and the shares differ from Rogers' whenever the curve is skewed or
//! has a chasm. A cut can fall before t = 0; its band is then empty.

use super::diffusion::Trajectory;

/// One of Rogers' five groups, in adoption order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Innovators,
    EarlyAdopters,
    EarlyMajority,
    LateMajority,
    Laggards,
}

impl Group {
    /// All five, in adoption order.
    pub const ALL: [Group; 5] = [
        Group::Innovators,
        Group::EarlyAdopters,
        Group::EarlyMajority,
        Group::LateMajority,
        Group::Laggards,
    ];

    /// The share Rogers gives for a normal curve (his rounded figures).
    pub fn rogers_share(self) -> f64 {
        match self {
            Group::Innovators => 0.025,
            Group::EarlyAdopters => 0.135,
            Group::EarlyMajority | Group::LateMajority => 0.34,
            Group::Laggards => 0.16,
        }
    }
}

/// Cut times and shares of the five groups.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdopterGroups {
    /// Mean adoption time among those who adopt within the horizon (years).
    pub mean: f64,
    /// Standard deviation of adoption time (years).
    pub sd: f64,
    /// The four cuts: mean - 2 sd, mean - sd, mean, mean + sd (years; may be negative).
    pub cuts: [f64; 4],
    /// Share of adopters (within the horizon) in each group, in [`Group::ALL`] order; sums to 1.
    pub shares: [f64; 5],
}

impl AdopterGroups {
    /// Start and end (years) of group `i`'s band, clipped to `[0, horizon]`.
    pub fn band(&self, i: usize, horizon: f64) -> (f64, f64) {
        let start = if i == 0 { 0.0 } else { self.cuts[i - 1] };
        let end = if i >= 4 { horizon } else { self.cuts[i] };
        // max/min, not clamp: see `Market::simulate`.
        (start.max(0.0).min(horizon), end.max(0.0).min(horizon))
    }
}

impl Trajectory {
    /// Rogers' groups for this trajectory.
    pub fn adopter_groups(&self) -> AdopterGroups {
        let n = self.t.len().min(self.rate.len());
        // Trapezoid weight and midpoint of each grid step: the rate is a density of adoption time.
        let steps = || {
            (1..n).map(|i| {
                let w = 0.5 * (self.rate[i] + self.rate[i - 1]) * (self.t[i] - self.t[i - 1]);
                (w, 0.5 * (self.t[i] + self.t[i - 1]))
            })
        };
        let (w_sum, t_sum) = steps().fold((0.0, 0.0), |(ws, ts), (w, mid)| (ws + w, ts + w * mid));
        let horizon = self.horizon();
        let start = self.cumulative.first().copied().unwrap_or(0.0);
        let end = self.cumulative.last().copied().unwrap_or(0.0);
        let total = end - start;
        if !(w_sum > 0.0 && total > 0.0 && t_sum.is_finite()) {
            // Nobody adopts within the horizon: one empty curve, everything in the middle band.
            let mid = horizon / 2.0;
            return AdopterGroups {
                mean: mid,
                sd: 0.0,
                cuts: [mid; 4],
                shares: [0.0, 0.0, 1.0, 0.0, 0.0],
            };
        }
        let mean = t_sum / w_sum;
        let var = steps().fold(0.0, |v, (w, mid)| v + w * (mid - mean).powi(2));
        let sd = (var / w_sum).max(0.0).sqrt();
        let cuts = [mean - 2.0 * sd, mean - sd, mean, mean + sd];
        // Shares from the cumulative curve at the cuts: they telescope, so they sum to 1.
        let at = |t: f64| ((self.cumulative_at(t).max(start) - start) / total).clamp(0.0, 1.0);
        let c: Vec<f64> = cuts.iter().map(|&t| at(t)).collect();
        let shares = [c[0], c[1] - c[0], c[2] - c[1], c[3] - c[2], 1.0 - c[3]];
        AdopterGroups {
            mean,
            sd,
            cuts,
            shares: shares.map(|s| s.max(0.0)),
        }
    }
}
