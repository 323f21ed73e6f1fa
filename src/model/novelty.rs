//! Novelty decay: when part of adoption is curiosity rather than need, active use peaks and then
//! falls even while adoption keeps growing. The app's own small model, after the essay
//! "A house divided" (ChatGPT's monthly visits fell about 20 % in the three months after their
//! peak).
//!
//! A share `k` of each period's adopters are curious: they stay active for an exponentially
//! distributed time with mean `tau`. The rest adopt out of need and stay:
//!
//! ```text
//! active(t) = (1 - k) F(t) + k ∫_0^t f(s) e^{-(t - s)/tau} ds
//! ```

use super::diffusion::Trajectory;

/// Active users over time, and the fall after their peak.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Novelty {
    pub t: Vec<f64>,
    /// Active users as a share of all potential adopters.
    pub active: Vec<f64>,
    /// Time of the highest activity (years).
    pub peak_time: f64,
    pub peak_active: f64,
    /// Largest fall below the peak that follows it, as a fraction of the peak (0 if none).
    pub fall: f64,
    /// Time of the lowest point after the peak (years), if activity falls at all.
    pub low_time: Option<f64>,
}

/// Active users for an adoption trajectory, a curious share `curious` in [0, 1] and a mean
/// curiosity span `span_years` (> 0; smaller spans are treated as 1 day).
pub fn active_users(adoption: &Trajectory, curious: f64, span_years: f64) -> Novelty {
    let k = if curious.is_finite() {
        curious.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let tau = if span_years.is_finite() {
        span_years.max(1.0 / 365.0)
    } else {
        1.0
    };
    let n = adoption
        .t
        .len()
        .min(adoption.rate.len())
        .min(adoption.cumulative.len());
    let mut active = Vec::with_capacity(n);
    let mut curious_now = 0.0;
    for i in 0..n {
        if i > 0 {
            let dt = adoption.t[i] - adoption.t[i - 1];
            let decay = (-dt / tau).exp();
            // Exact for a rate that is constant over the step (its mean over the step).
            let inflow = 0.5 * (adoption.rate[i] + adoption.rate[i - 1]);
            curious_now = curious_now * decay + inflow * tau * (1.0 - decay);
        }
        active.push(((1.0 - k) * adoption.cumulative[i] + k * curious_now).max(0.0));
    }
    let (peak_i, peak_active) = active.iter().copied().enumerate().fold(
        (0, 0.0),
        |best, (i, a)| if a > best.1 { (i, a) } else { best },
    );
    let after = &active[peak_i.min(active.len())..];
    let (low_off, low) =
        after.iter().copied().enumerate().fold(
            (0, peak_active),
            |m, (i, a)| if a < m.1 { (i, a) } else { m },
        );
    let fall = if peak_active > 0.0 {
        ((peak_active - low) / peak_active).clamp(0.0, 1.0)
    } else {
        0.0
    };
    Novelty {
        peak_time: adoption.t.get(peak_i).copied().unwrap_or(0.0),
        peak_active,
        fall,
        low_time: (fall > 0.0).then(|| adoption.t[peak_i + low_off]),
        t: adoption.t[..n].to_vec(),
        active,
    }
}

/// A hype-speed launch for the novelty figure: a Bass curve that reaches most of its market
/// within a year (ChatGPT reached 100 million users in about two months).
pub const HYPE_P: f64 = 0.3;
/// Imitation coefficient of the hype launch (per year).
pub const HYPE_Q: f64 = 8.0;
/// The novelty figure spans three years, sampled every ~3 days.
pub const HYPE_HORIZON_YEARS: f64 = 3.0;
pub const HYPE_STEPS: usize = 360;

/// The hype launch's adoption trajectory.
pub fn hype_launch() -> Trajectory {
    let bass = super::diffusion::Market {
        theta: 0.5,
        p_early: HYPE_P,
        q_early: HYPE_Q,
        p_main: HYPE_P,
        q_main: HYPE_Q,
        cross: 0.0,
    };
    bass.simulate(HYPE_HORIZON_YEARS, HYPE_STEPS)
}

impl Novelty {
    /// How far activity has fallen `years` after its peak, as a fraction of the peak.
    pub fn fall_after(&self, years: f64) -> f64 {
        let at = super::diffusion::interpolate(&self.t, &self.active, self.peak_time + years);
        if self.peak_active > 0.0 {
            ((self.peak_active - at) / self.peak_active).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}
