//! How long a lead lasts once copycats arrive. This is the app's own synthesis, not a model from
//! the literature: it strings together the essays' claims with one standard survival form.
//!
//! Before the copy lag `tau` the lead is whole. After it, the erodible part decays with a
//! gamma-mixed hazard (users differ in loyalty), which gives the Lindy-like survival
//! `S(s) = (1 + kappa s / alpha)^-alpha`: with a large shape `alpha` this is plain exponential
//! decay at rate `kappa`; with a small one, users who stayed long keep staying. A floor `L_inf`
//! of the lead never erodes.
//!
//! ```text
//! L(t) = 1                                             t < tau
//! L(t) = L_inf + (1 - L_inf) (1 + kappa (t - tau) / alpha)^-alpha    t >= tau
//! ```
//!
//! Its half-life, one meaning everywhere, is the time from launch until `L(t) = 1/2`: half of
//! the lead is gone ([`Moat::half_life`]).

use super::diffusion::Trajectory;

/// How far ahead the moat chart looks (years): leads in this market live for months, not decades.
pub const MOAT_HORIZON_YEARS: f64 = 10.0;
/// Samples on the moat chart (every half month).
pub const MOAT_STEPS: usize = 240;
/// The lead the half-life is measured to: one half of it.
const HALF: f64 = 0.5;

/// Parameters of lead erosion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Moat {
    /// Years until copycats ship (tau).
    pub copy_lag: f64,
    /// Initial erosion rate kappa (per year).
    pub erosion_rate: f64,
    /// Shape alpha of the gamma mixture (> 0); smaller means a heavier, Lindy-like tail.
    pub shape: f64,
    /// Share of the lead that never erodes, L_inf, in [0, 1).
    pub floor: f64,
}

/// The lead and the users kept, sampled over [`MOAT_HORIZON_YEARS`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MoatCurve {
    /// Years since launch.
    pub t: Vec<f64>,
    /// The lead L(t), in [floor, 1].
    pub lead: Vec<f64>,
    /// Users kept: cumulative adopters times the lead, as a share of all potential adopters.
    pub kept: Vec<f64>,
}

impl Moat {
    /// Survival of the erodible part `s` years after copycats arrive.
    fn survival(&self, s: f64) -> f64 {
        if s <= 0.0 {
            return 1.0;
        }
        let shape = self.shape.max(1e-6);
        (1.0 + self.erosion_rate.max(0.0) * s / shape)
            .powf(-shape)
            .clamp(0.0, 1.0)
    }

    /// The lead at time `t` (years since launch), in `[floor, 1]`, non-increasing in `t`.
    pub fn lead(&self, t: f64) -> f64 {
        let floor = self.floor.clamp(0.0, 1.0);
        if t.is_nan() {
            return 1.0;
        }
        floor + (1.0 - floor) * self.survival(t - self.copy_lag)
    }

    /// Half-life of the lead: years from launch until the lead `L(t)` itself has fallen to one
    /// half (half of the lead is gone). With the floor `L_inf < 1/2` and
    /// `r = (1/2 - L_inf) / (1 - L_inf)`, the share of the erodible part left then,
    /// `tau + alpha/kappa (r^(-1/alpha) - 1)`. `None` if the lead never falls to one half: the
    /// floor is at least one half, or nothing erodes.
    pub fn half_life(&self) -> Option<f64> {
        // Written positively so NaN parameters also count as "never falls to one half".
        let falls = self.erosion_rate > 0.0 && self.shape > 0.0 && self.floor < HALF;
        if !falls {
            return None;
        }
        let floor = self.floor.max(0.0);
        let r = (HALF - floor) / (1.0 - floor);
        let s = self.shape / self.erosion_rate * (r.powf(-1.0 / self.shape) - 1.0);
        Some(self.copy_lag.max(0.0) + s).filter(|h| h.is_finite())
    }

    /// The lead and the users kept, sampled for the chart.
    pub fn curve(&self, adoption: &Trajectory) -> MoatCurve {
        let dt = MOAT_HORIZON_YEARS / MOAT_STEPS as f64;
        let t: Vec<f64> = (0..=MOAT_STEPS).map(|i| i as f64 * dt).collect();
        let lead: Vec<f64> = t.iter().map(|&x| self.lead(x)).collect();
        let kept = t
            .iter()
            .zip(&lead)
            .map(|(&x, &l)| adoption.cumulative_at(x) * l)
            .collect();
        MoatCurve { t, lead, kept }
    }
}
