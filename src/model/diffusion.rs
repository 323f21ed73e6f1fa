//! The two-segment (early market / main market) diffusion model.
//!
//! After Van den Bulte & Joshi (2007) and the dual-market model of Goldenberg, Libai & Muller
//! (2002): the early market (share `theta` of all potential adopters) follows its own Bass law,
//! the main market has its own, weaker, propensity plus a cross term `c E` through which it
//! listens to the early market:
//!
//! ```text
//! dE/dt = (p_e + q_e E)(1 - E)
//! dM/dt = (p_m + q_m M + c E)(1 - M)
//! F = theta E + (1 - theta) M,   f = theta dE/dt + (1 - theta) dM/dt
//! ```
//!
//! Integrated with fixed-step RK4: the step count is what the page uses, so the chart, the
//! readout and the tests all see the very same numbers.
//!
//! The main market's parameters may change over time ([`Market::simulate_with`]): a product that
//! gains simpler interfaces while it is being adopted ("evolve") changes `p_m`, `q_m` and `c` at
//! the moments each interface ships. A fitted market has constant parameters
//! ([`Market::simulate`]).

/// The two markets' parameters. Rates are per year, shares are fractions in `[0, 1]`.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Market {
    /// Share of all potential adopters who are in the early market (innovators + early adopters).
    pub theta: f64,
    /// Early market's innovation coefficient p_e (per year).
    pub p_early: f64,
    /// Early market's imitation coefficient q_e (per year).
    pub q_early: f64,
    /// Main market's own innovation coefficient p_m (per year).
    pub p_main: f64,
    /// Main market's imitation coefficient q_m (per year), word of mouth inside the mainstream.
    pub q_main: f64,
    /// Cross-market influence c (per year): how much the mainstream trusts the early market.
    pub cross: f64,
}

/// The main market's parameters at one moment (per year), for [`Market::simulate_with`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MainMarket {
    /// Main market's own innovation coefficient p_m.
    pub p_main: f64,
    /// Main market's imitation coefficient q_m.
    pub q_main: f64,
    /// Cross-market influence c.
    pub cross: f64,
}

/// Sampled solution of the model on an even time grid starting at `t = 0`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trajectory {
    /// Sample times in years.
    pub t: Vec<f64>,
    /// Cumulative share of all potential adopters, `F(t)`.
    pub cumulative: Vec<f64>,
    /// Aggregate adoption rate `f(t)` (share of all potential adopters per year).
    pub rate: Vec<f64>,
    /// Early market's own cumulative share `E(t)` (fraction of the early market).
    pub early: Vec<f64>,
    /// Main market's own cumulative share `M(t)` (fraction of the main market).
    pub main: Vec<f64>,
    /// The early market's contribution to `rate`: `theta dE/dt`.
    pub early_rate: Vec<f64>,
    /// The main market's contribution to `rate`: `(1 - theta) dM/dt`.
    pub main_rate: Vec<f64>,
}

/// Documented ranges of the raw parameters, `(field, min, max)`: shares are fractions, rates are
/// per year. Far wider than the sliders reach, so notebooks can explore; outside them the
/// fixed-step solver would need more steps than the page uses.
pub const RAW_RANGES: [(&str, f64, f64); 6] = [
    ("theta", 0.0, 1.0),
    ("p_early", 0.0, 5.0),
    ("q_early", 0.0, 20.0),
    ("p_main", 0.0, 5.0),
    ("q_main", 0.0, 20.0),
    ("cross", 0.0, 5.0),
];

/// A raw parameter outside its documented range.
#[derive(Clone, Debug, PartialEq)]
pub struct MarketError {
    pub field: &'static str,
    pub value: f64,
    pub reason: &'static str,
}

impl Market {
    fn values(&self) -> [f64; 6] {
        [
            self.theta,
            self.p_early,
            self.q_early,
            self.p_main,
            self.q_main,
            self.cross,
        ]
    }

    /// The validating constructor: `Ok` if every parameter is a finite number within
    /// [`RAW_RANGES`], else an error naming the first field that is not, and why.
    pub fn validated(self) -> Result<Market, MarketError> {
        for ((field, min, max), value) in RAW_RANGES.iter().zip(self.values()) {
            let reason = if !value.is_finite() {
                "not a finite number"
            } else if value < *min {
                "below the documented minimum"
            } else if value > *max {
                "above the documented maximum"
            } else {
                continue;
            };
            return Err(MarketError {
                field,
                value,
                reason,
            });
        }
        Ok(self)
    }

    /// The main market's (constant) parameters.
    pub fn main_market(&self) -> MainMarket {
        MainMarket {
            p_main: self.p_main,
            q_main: self.q_main,
            cross: self.cross,
        }
    }

    /// Both derivatives at state (E, M) with the main market's parameters `main`. Shares are
    /// clamped to [0, 1] so that an overshooting intermediate RK4 stage cannot turn a rate
    /// negative.
    fn derivatives(&self, main: MainMarket, e: f64, m: f64) -> (f64, f64) {
        let e = e.clamp(0.0, 1.0);
        let m = m.clamp(0.0, 1.0);
        let de = (self.p_early + self.q_early * e) * (1.0 - e);
        let dm = (main.p_main + main.q_main * m + main.cross * e) * (1.0 - m);
        (de.max(0.0), dm.max(0.0))
    }

    /// Integrate from `t = 0` (nobody has adopted) to `horizon_years` in `steps` RK4 steps.
    /// Returns `steps + 1` samples. Non-finite or non-positive horizons and zero steps give a
    /// single sample at `t = 0` rather than a panic.
    pub fn simulate(&self, horizon_years: f64, steps: usize) -> Trajectory {
        let main = self.main_market();
        self.simulate_with(horizon_years, steps, |_| main)
    }

    /// [`Market::simulate`] with a main market that changes over time: `main_at(t)` gives its
    /// parameters at `t` years after launch (this market's own `p_main`, `q_main` and `cross`
    /// are not used). Each RK4 stage reads them at its own time, so a change at time `t_k`
    /// leaves every sample before `t_k` exactly as with the old parameters. A jump inside a
    /// step makes that one step first-order accurate, which is far below what a chart shows.
    pub fn simulate_with(
        &self,
        horizon_years: f64,
        steps: usize,
        main_at: impl Fn(f64) -> MainMarket,
    ) -> Trajectory {
        let steps = if horizon_years.is_finite() && horizon_years > 0.0 {
            steps
        } else {
            0
        };
        let dt = if steps == 0 {
            0.0
        } else {
            horizon_years / steps as f64
        };
        let theta = self.theta.clamp(0.0, 1.0);
        let mut out = Trajectory::with_capacity(steps + 1);
        let (mut e, mut m) = (0.0_f64, 0.0_f64);
        for i in 0..=steps {
            let t = i as f64 * dt;
            let (de, dm) = self.derivatives(main_at(t), e, m);
            out.t.push(t);
            out.early.push(e);
            out.main.push(m);
            out.cumulative
                .push((theta * e + (1.0 - theta) * m).clamp(0.0, 1.0));
            out.early_rate.push(theta * de);
            out.main_rate.push((1.0 - theta) * dm);
            out.rate.push(theta * de + (1.0 - theta) * dm);
            if i == steps {
                break;
            }
            let k1 = (de, dm);
            let mid = main_at(t + 0.5 * dt);
            let k2 = self.derivatives(mid, e + 0.5 * dt * k1.0, m + 0.5 * dt * k1.1);
            let k3 = self.derivatives(mid, e + 0.5 * dt * k2.0, m + 0.5 * dt * k2.1);
            // The next sample's own time, so its first stage and this last one agree exactly.
            let next = main_at((i + 1) as f64 * dt);
            let k4 = self.derivatives(next, e + dt * k3.0, m + dt * k3.1);
            let next_e = e + dt / 6.0 * (k1.0 + 2.0 * k2.0 + 2.0 * k3.0 + k4.0);
            let next_m = m + dt / 6.0 * (k1.1 + 2.0 * k2.1 + 2.0 * k3.1 + k4.1);
            // The exact solution is non-decreasing and never passes 1; clamping keeps the
            // numerical one so even for extreme rates where RK4 would overshoot.
            // max/min, not clamp: clamp with a variable bound keeps a panic path that pulls
            // core's float formatting into the page's bundle (see `crate::io::number`).
            e = next_e.max(e).min(1.0);
            m = next_m.max(m).min(1.0);
        }
        out
    }
}

impl Trajectory {
    fn with_capacity(n: usize) -> Self {
        Trajectory {
            t: Vec::with_capacity(n),
            cumulative: Vec::with_capacity(n),
            rate: Vec::with_capacity(n),
            early: Vec::with_capacity(n),
            main: Vec::with_capacity(n),
            early_rate: Vec::with_capacity(n),
            main_rate: Vec::with_capacity(n),
        }
    }

    /// Last sample time (the horizon), 0 for an empty trajectory.
    pub fn horizon(&self) -> f64 {
        self.t.last().copied().unwrap_or(0.0)
    }

    /// Cumulative share at time `t`, linearly interpolated; 0 before the start and the last value
    /// after the horizon.
    pub fn cumulative_at(&self, t: f64) -> f64 {
        interpolate(&self.t, &self.cumulative, t)
    }

    /// First time the cumulative share reaches `level`, interpolated; `None` if it never does
    /// within the horizon.
    pub fn time_to_reach(&self, level: f64) -> Option<f64> {
        let i = self.cumulative.iter().position(|&f| f >= level)?;
        if i == 0 {
            return Some(self.t[0]);
        }
        let (f0, f1) = (self.cumulative[i - 1], self.cumulative[i]);
        let (t0, t1) = (self.t[i - 1], self.t[i]);
        let w = if f1 > f0 {
            (level - f0) / (f1 - f0)
        } else {
            1.0
        };
        Some(t0 + w.clamp(0.0, 1.0) * (t1 - t0))
    }
}

/// Piecewise-linear interpolation of `ys` over sorted `xs`, holding the end values outside.
pub fn interpolate(xs: &[f64], ys: &[f64], x: f64) -> f64 {
    let n = xs.len().min(ys.len());
    if n == 0 || x.is_nan() {
        return 0.0;
    }
    if x <= xs[0] {
        return if x < xs[0] { 0.0 } else { ys[0] };
    }
    if x >= xs[n - 1] {
        return ys[n - 1];
    }
    let i = xs[..n].partition_point(|&v| v <= x).clamp(1, n - 1);
    let (x0, x1, y0, y1) = (xs[i - 1], xs[i], ys[i - 1], ys[i]);
    if x1 > x0 {
        y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    } else {
        y1
    }
}
