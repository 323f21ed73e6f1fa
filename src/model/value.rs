//! Value captured: what the product earns is its users, times the share of the lead it keeps,
//! times a price that falls at the price-decline rate. The essays turn on this: MLOps captured
//! little (open source and cloud vendors giving the tools away), infrastructure startups must
//! match prices that fall about tenfold a year. This app's own synthesis, like the moat.
//!
//! ```text
//! V(T) = ∫_0^T users(t) · L(t) · d^(-t) dt,   users(t) = theta E(t) w + (1 - theta) M(t)
//! ```
//!
//! with `d` the yearly price-decline factor, `L` the lead ([`super::moat`]), `E` and `M` the two
//! markets' adopted shares, and `w >= 1` the early market's price premium (enthusiasts pay more:
//! the "upsell the innovators" playbook; 1 means everyone pays the same). With `w = 1` the users
//! term is the cumulative share `F(t)`.
//!
//! **Unit: market-years.** One market-year is what the whole potential market, every potential
//! adopter, pays in one year at the launch price. `V = 0.5` is half a year of the whole market at
//! launch prices. A product with no copycats and a flat price earns `∫_0^T F(t) dt`
//! ([`flat_benchmark`]), which `V` never exceeds at `w = 1`.

use super::diffusion::Trajectory;
use super::moat::MoatCurve;

/// The early market's price premium when nobody upsells: everyone pays the same price.
pub const NO_PREMIUM: f64 = 1.0;

/// How the price behaves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pricing {
    /// Factor by which the price falls per year (at least 1; 1 is a flat price).
    pub decline: f64,
    /// The early market's price as a multiple of the main market's (at least 1).
    pub premium: f64,
}

impl Pricing {
    /// A price falling by `decline` a year, the same for everyone.
    pub fn falling(decline: f64) -> Pricing {
        Pricing {
            decline,
            premium: NO_PREMIUM,
        }
    }

    /// `d^(-t)` as `e^(-t ln d)`; a decline below 1 or not a number counts as a flat price.
    fn ln_decline(&self) -> f64 {
        if self.decline > 1.0 {
            self.decline.ln()
        } else {
            0.0
        }
    }

    /// The premium, at least 1 (a NaN counts as no premium).
    fn premium(&self) -> f64 {
        if self.premium > NO_PREMIUM {
            self.premium
        } else {
            NO_PREMIUM
        }
    }
}

/// Cumulative value captured on the moat chart's grid.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ValueCurve {
    /// Years since launch (the moat chart's grid).
    pub t: Vec<f64>,
    /// Value captured from launch to `t` (market-years; non-decreasing, starts at 0).
    pub cumulative: Vec<f64>,
    /// Value captured over the whole grid, the last of `cumulative` (market-years).
    pub total: f64,
}

/// The value captured by a product whose adoption is `adoption` (early market of share `theta`)
/// and whose lead is `moat` (sampled on its grid), at `pricing`; trapezoid rule on the moat's
/// grid.
pub fn value_curve(
    adoption: &Trajectory,
    theta: f64,
    moat: &MoatCurve,
    pricing: Pricing,
) -> ValueCurve {
    let theta = if theta.is_finite() {
        theta.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (ln_d, w) = (pricing.ln_decline(), pricing.premium());
    let (ts, early, main) = (&adoption.t, &adoption.early, &adoption.main);
    let n = ts.len().min(early.len()).min(main.len());
    let paying = |i: usize| theta * early[i] * w + (1.0 - theta) * main[i];
    // The moat's grid is sorted, so one forward walk over the adoption grid finds every
    // interval (as `interpolate` would, without a search per sample).
    let mut j = 1;
    let rates = moat.t.iter().zip(&moat.lead).map(|(&t, &lead)| {
        let users = if n == 0 || t.is_nan() || t < ts[0] {
            0.0
        } else if t >= ts[n - 1] {
            paying(n - 1)
        } else {
            while j + 1 < n && ts[j] <= t {
                j += 1;
            }
            let (t0, t1) = (ts[j - 1], ts[j]);
            let f = if t1 > t0 { (t - t0) / (t1 - t0) } else { 1.0 };
            let f = f.clamp(0.0, 1.0);
            paying(j - 1) + (paying(j) - paying(j - 1)) * f
        };
        users * lead * (-ln_d * t).exp()
    });
    integrate(&moat.t, rates)
}

/// The value captured with no copycats and a flat price, everyone paying the launch price:
/// `∫ F(t) dt` over the moat's grid (market-years). The ceiling for [`value_curve`] at `w = 1`.
pub fn flat_benchmark(adoption: &Trajectory, moat: &MoatCurve) -> f64 {
    integrate(&moat.t, moat.t.iter().map(|&t| adoption.cumulative_at(t))).total
}

/// Running trapezoid integral of `ys` over `ts`.
fn integrate(ts: &[f64], ys: impl Iterator<Item = f64>) -> ValueCurve {
    let mut cumulative = Vec::with_capacity(ts.len());
    let mut total = 0.0;
    let mut last: Option<(f64, f64)> = None;
    for (&t, y) in ts.iter().zip(ys) {
        let y = if y.is_finite() { y.max(0.0) } else { 0.0 };
        if let Some((t0, y0)) = last {
            total += 0.5 * (y0 + y) * (t - t0).max(0.0);
        }
        cumulative.push(total);
        last = Some((t, y));
    }
    ValueCurve {
        t: ts.to_vec(),
        cumulative,
        total,
    }
}
