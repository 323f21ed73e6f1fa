//! The Bass (1969) diffusion model in closed form.
//!
//! `F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t})` is the cumulative share of adopters when
//! each non-adopter adopts at hazard `p + q F`. It is the oracle the numerical two-segment model
//! is tested against, and the early market uses the same law.

/// Cumulative share of adopters at time `t` (years) for innovation coefficient `p` and imitation
/// coefficient `q` (both per year). Returns 0 for `t <= 0` or `p <= 0` (nobody starts alone).
pub fn cumulative(p: f64, q: f64, t: f64) -> f64 {
    if t <= 0.0 || p <= 0.0 || !p.is_finite() || !q.is_finite() || !t.is_finite() {
        return 0.0;
    }
    let decay = (-(p + q) * t).exp();
    ((1.0 - decay) / (1.0 + (q / p) * decay)).clamp(0.0, 1.0)
}

/// Adoption rate `dF/dt` at time `t` (share of all adopters per year).
pub fn rate(p: f64, q: f64, t: f64) -> f64 {
    let f = cumulative(p, q, t);
    if p <= 0.0 {
        return 0.0;
    }
    ((p + q * f) * (1.0 - f)).max(0.0)
}

/// Time of the rate's maximum, `ln(q/p)/(p+q)`; `None` when `q <= p` (the rate only falls).
pub fn peak_time(p: f64, q: f64) -> Option<f64> {
    if p > 0.0 && q > p && (p + q).is_finite() {
        Some((q / p).ln() / (p + q))
    } else {
        None
    }
}
