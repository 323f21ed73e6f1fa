//! Fitting diffusion models to a product's own adoption data, by nonlinear least squares.
//!
//! The optimiser is a small Levenberg–Marquardt written here rather than a crate: argmin (the
//! maintained choice) brings its own linear-algebra stack and solver framework, far more than
//! these 3- and 7-parameter problems need, and every kilobyte counts in the wasm bundle. Fits
//! run in log-parameter space (rates and market size stay positive) from a grid of starts.
//!
//! Times are in years; counts are as given. With `cumulative == false`, a point `(t, y)` means
//! `y` adopters in the period that ends at `t`; periods are as long as the spacing between
//! points, the first starting at `t` minus that spacing.
//!
//! Series longer than [`MAX_FIT_POINTS`] are fitted as bins of consecutive points. A bin of `k`
//! per-period points is observed as their mean count per period and predicted as the adopters
//! in its `k` periods divided by `k`, so the last bin, which may hold fewer points than the
//! others, is compared with the periods it really covers; the fit's `rmse` stays in the data's
//! own units per period. Running totals keep each bin's last value.

use super::bass;
use super::diffusion::Market;

/// At most this many points are fitted; longer series are averaged into at most this many bins
/// first (a 100,000-row file fits as fast as a 500-row one, and no real curve needs more).
pub const MAX_FIT_POINTS: usize = 500;

/// Why a data set cannot be fitted.
#[derive(Clone, Debug, PartialEq)]
pub enum FitError {
    /// Fewer points than parameters plus one.
    TooFewPoints { have: usize, need: usize },
    /// Every count is zero.
    AllZero,
    /// A count or a time is negative, infinite or not a number (point index, 0-based).
    BadValue { index: usize },
    /// Times must strictly increase (point index of the first that does not).
    TimesNotIncreasing { index: usize },
    /// A cumulative series fell (point index).
    CumulativeFell { index: usize },
}

/// A fitted Bass curve.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BassFit {
    /// Innovation coefficient (per year).
    pub p: f64,
    /// Imitation coefficient (per year).
    pub q: f64,
    /// Market size: the number of adopters in the end, in the data's units.
    pub m: f64,
    /// Root-mean-square error, in the data's units (per period for per-period counts).
    pub rmse: f64,
    pub r_squared: f64,
    /// How many points were fitted: the data's own, or the bins a long series was averaged
    /// into ([`points_fitted`]). The `n` of Akaike's criterion.
    pub points_fitted: usize,
}

/// A fitted two-segment model.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TwoSegmentFit {
    pub market: Market,
    /// Market size, in the data's units.
    pub m: f64,
    /// Root-mean-square error, in the data's units (per period for per-period counts).
    pub rmse: f64,
    pub r_squared: f64,
    /// How many points were fitted (see [`BassFit::points_fitted`]).
    pub points_fitted: usize,
}

/// Check the points and return them with the period length (for per-period data).
fn validate(points: &[(f64, f64)], cumulative: bool, params: usize) -> Result<f64, FitError> {
    let need = params + 1;
    if points.len() < need {
        return Err(FitError::TooFewPoints {
            have: points.len(),
            need,
        });
    }
    for (i, &(t, y)) in points.iter().enumerate() {
        if !(t.is_finite() && y.is_finite() && y >= 0.0 && (-1e6..=1e6).contains(&t)) {
            return Err(FitError::BadValue { index: i });
        }
        if i > 0 && t <= points[i - 1].0 {
            return Err(FitError::TimesNotIncreasing { index: i });
        }
        if cumulative && i > 0 && y < points[i - 1].1 {
            return Err(FitError::CumulativeFell { index: i });
        }
    }
    if points.iter().all(|&(_, y)| y == 0.0) {
        return Err(FitError::AllZero);
    }
    Ok(spacing(points))
}

/// A point as fitted: its time, its observation, and how many of the data's periods it covers
/// (1 unless binned).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Datum {
    t: f64,
    y: f64,
    periods: f64,
}

/// Average a long series into at most `MAX_FIT_POINTS` bins of consecutive points, all of
/// `ceil(len / MAX_FIT_POINTS)` points but the last, which holds what is left. A bin of
/// per-period counts is observed at its last time as its mean count per period and covers as
/// many periods as it has points; a bin of running totals keeps its last value.
fn bin(points: &[(f64, f64)], cumulative: bool) -> Vec<Datum> {
    let size = points.len().div_ceil(MAX_FIT_POINTS).max(1);
    points
        .chunks(size)
        .filter_map(|c| {
            let &(t, last) = c.last()?;
            let periods = c.len() as f64;
            let y = if cumulative {
                last
            } else {
                c.iter().map(|p| p.1).sum::<f64>() / periods
            };
            Some(Datum { t, y, periods })
        })
        .collect()
}

/// How many points a series of `len` points is fitted as: itself, or its bins when longer than
/// [`MAX_FIT_POINTS`]. The `n` of Akaike's criterion.
pub fn points_fitted(len: usize) -> usize {
    len.div_ceil(len.div_ceil(MAX_FIT_POINTS).max(1))
}

/// Goodness of fit of `pred` against the observations.
fn quality(obs: &[f64], pred: &[f64]) -> (f64, f64) {
    let n = obs.len().max(1) as f64;
    let mean = obs.iter().sum::<f64>() / n;
    let sse: f64 = obs.iter().zip(pred).map(|(o, p)| (o - p).powi(2)).sum();
    let sst: f64 = obs.iter().map(|o| (o - mean).powi(2)).sum();
    let r2 = if sst > 0.0 { 1.0 - sse / sst } else { 0.0 };
    ((sse / n).sqrt(), r2)
}

/// Minimise the sum of squared residuals of `f(x)` by Levenberg–Marquardt with a numerical
/// Jacobian. Returns the best `x` found and its sum of squares.
fn levenberg_marquardt(
    f: &dyn Fn(&[f64]) -> Vec<f64>,
    x0: &[f64],
    iterations: usize,
) -> (Vec<f64>, f64) {
    let n = x0.len();
    let sse = |r: &[f64]| r.iter().map(|v| v * v).sum::<f64>();
    let mut x = x0.to_vec();
    let mut r = f(&x);
    let mut cost = sse(&r);
    if !cost.is_finite() {
        return (x, f64::INFINITY);
    }
    let mut lambda = 1e-3;
    for _ in 0..iterations {
        // Jacobian by forward differences.
        let mut jac = vec![vec![0.0; r.len()]; n];
        for (k, column) in jac.iter_mut().enumerate() {
            let h = 1e-6 * x[k].abs().max(1e-3);
            let mut xh = x.clone();
            xh[k] += h;
            let rh = f(&xh);
            for (j, (a, b)) in rh.iter().zip(&r).enumerate() {
                column[j] = (a - b) / h;
            }
        }
        // Normal equations (J^T J + lambda diag) dx = -J^T r.
        let mut a = vec![vec![0.0; n]; n];
        let mut g = vec![0.0; n];
        for i in 0..n {
            g[i] = -jac[i].iter().zip(&r).map(|(j, v)| j * v).sum::<f64>();
            for k in 0..n {
                a[i][k] = jac[i].iter().zip(&jac[k]).map(|(p, q)| p * q).sum();
            }
        }
        let mut improved = false;
        for _ in 0..10 {
            let mut m = a.clone();
            for (i, row) in m.iter_mut().enumerate() {
                row[i] += lambda * a[i][i].max(1e-12);
            }
            let Some(dx) = solve(m, g.clone()) else {
                lambda *= 10.0;
                continue;
            };
            let xn: Vec<f64> = x.iter().zip(&dx).map(|(a, b)| a + b).collect();
            let rn = f(&xn);
            let cn = sse(&rn);
            if cn.is_finite() && cn < cost {
                let small = (cost - cn) < 1e-12 * cost.max(1e-300);
                x = xn;
                r = rn;
                cost = cn;
                lambda = (lambda / 3.0).max(1e-12);
                improved = !small;
                break;
            }
            lambda *= 4.0;
        }
        if !improved {
            break;
        }
    }
    (x, cost)
}

/// Gaussian elimination with partial pivoting; `None` for a singular system.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        // Written positively so a NaN pivot also counts as singular.
        let usable = a[pivot][col].abs() > 1e-300;
        if !usable {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        let (upper, lower) = a.split_at_mut(col + 1);
        let pivot_row = &upper[col];
        for (offset, row) in lower.iter_mut().enumerate() {
            let factor = row[col] / pivot_row[col];
            for (cell, p) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                *cell -= factor * p;
            }
            b[col + 1 + offset] -= factor * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// What the model predicts for each observation: the cumulative count at `t`, or the mean count
/// per period over the `periods` periods of length `period` that end at `t`, given a
/// cumulative-share function `share`.
fn predict(
    data: &[Datum],
    cumulative: bool,
    period: f64,
    m: f64,
    share: &dyn Fn(f64) -> f64,
) -> Vec<f64> {
    data.iter()
        .map(|d| {
            if cumulative {
                m * share(d.t)
            } else {
                m * (share(d.t) - share(d.t - d.periods * period)) / d.periods
            }
        })
        .collect()
}

/// The fitting problem: the data on the normalised clock, binned, with what every fit needs.
struct Prepared {
    data: Vec<Datum>,
    obs: Vec<f64>,
    /// Length of one period of the data, model years.
    period: f64,
    /// Launch, model years (see [`launch_time`]).
    origin: f64,
    /// Adopters seen so far: the last running total, or the sum of the periods.
    total: f64,
    /// Model years per year of the data's clock (see `time_scale`).
    scale: f64,
}

/// Validate once, map onto the normalised clock, bin, and derive period, launch and total.
fn prepare(points: &[(f64, f64)], cumulative: bool, params: usize) -> Result<Prepared, FitError> {
    let spacing = validate(points, cumulative, params)?;
    let scale = time_scale(points);
    let scaled: Vec<(f64, f64)> = points.iter().map(|&(t, y)| (t * scale, y)).collect();
    let data = bin(&scaled, cumulative);
    let period = spacing * scale;
    let origin = launch_time(points, cumulative) * scale;
    let obs: Vec<f64> = data.iter().map(|d| d.y).collect();
    let total = if cumulative {
        points.last().map_or(0.0, |p| p.1)
    } else {
        points.iter().map(|p| p.1).sum()
    };
    Ok(Prepared {
        data,
        obs,
        period,
        origin,
        total,
        scale,
    })
}

/// When the fitted curve starts, on the data's clock: the first point minus one period for
/// per-period data (its count covers the period before it), the first point for running totals,
/// and never after zero (data may start after launch). The period is the median spacing, as in
/// the fits; the verdict and the chart use this same time.
pub fn launch_time(points: &[(f64, f64)], cumulative: bool) -> f64 {
    let Some(&(first, _)) = points.first() else {
        return 0.0;
    };
    (first - if cumulative { 0.0 } else { spacing(points) }).min(0.0)
}

/// The length of one period: the median spacing between points (robust to a missing period);
/// 1 for fewer than two points.
pub fn spacing(points: &[(f64, f64)]) -> f64 {
    let mut gaps: Vec<f64> = points.windows(2).map(|w| w[1].0 - w[0].0).collect();
    gaps.sort_by(|a, b| a.total_cmp(b));
    gaps.get(gaps.len() / 2).copied().unwrap_or(1.0)
}

/// The factor that maps the data's time span onto `FIT_SPAN_YEARS`, so that the same starting
/// points suit data spanning weeks or decades (rates scale inversely with time).
fn time_scale(points: &[(f64, f64)]) -> f64 {
    let span = points[points.len() - 1].0 - points[0].0;
    let step = if points.len() > 1 {
        span / (points.len() - 1) as f64
    } else {
        1.0
    };
    let total = span + step;
    if total.is_finite() && total > 0.0 {
        FIT_SPAN_YEARS / total
    } else {
        1.0
    }
}

/// The span the data are mapped onto while fitting: about where the starting points live.
const FIT_SPAN_YEARS: f64 = 8.0;

/// Fit the Bass model. Launch is at [`launch_time`]; times are in years of the data's clock.
pub fn fit_bass(points: &[(f64, f64)], cumulative: bool) -> Result<BassFit, FitError> {
    let Prepared {
        data,
        obs,
        period,
        origin,
        total,
        scale,
    } = prepare(points, cumulative, 3)?;
    let residuals = |x: &[f64]| {
        let (p, q, m) = (x[0].exp(), x[1].exp(), x[2].exp());
        let pred = predict(&data, cumulative, period, m, &|t| {
            bass::cumulative(p, q, t - origin)
        });
        pred.iter()
            .zip(&obs)
            .map(|(a, b)| a - b)
            .collect::<Vec<f64>>()
    };
    let mut best = (vec![0.0; 3], f64::INFINITY);
    for &p in &[0.003, 0.03, 0.3] {
        for &q in &[0.1, 0.5, 2.0] {
            for &mf in &[1.2, 2.0, 5.0] {
                let x0 = [f64::ln(p), f64::ln(q), f64::ln(total.max(1e-9) * mf)];
                let (x, cost) = levenberg_marquardt(&residuals, &x0, 200);
                if cost < best.1 {
                    best = (x, cost);
                }
            }
        }
    }
    let x = best.0;
    let (p, q, m) = (x[0].exp(), x[1].exp(), x[2].exp());
    let pred = predict(&data, cumulative, period, m, &|t| {
        bass::cumulative(p, q, t - origin)
    });
    let (rmse, r_squared) = quality(&obs, &pred);
    // Rates were fitted per model year; convert back to per year of the data's clock.
    Ok(BassFit {
        p: p * scale,
        q: q * scale,
        m,
        rmse,
        r_squared,
        points_fitted: obs.len(),
    })
}

/// Starting points of the two-segment fit: chasm-like (fast early, slow main) and smooth ones,
/// each at a few market sizes (multiples of the observed total).
const TWO_SEGMENT_STARTS: [(f64, f64, f64, f64, f64, f64); 4] = [
    (0.16, 0.06, 1.1, 0.001, 0.4, 0.01),
    (0.16, 0.05, 1.5, 0.0005, 0.6, 0.002),
    (0.3, 0.1, 2.0, 0.003, 0.5, 0.02),
    (0.16, 0.03, 0.4, 0.03, 0.4, 0.1),
];
const SIZE_FACTORS: [f64; 3] = [1.2, 2.0, 4.0];
/// Bounds of the fitted early-market share and cross term (see `TwoSegmentJob::unpack`); the
/// cross term's bound is per model year, so it scales with the data's clock like every rate.
const THETA_MIN: f64 = 0.02;
const THETA_MAX: f64 = 0.5;
const CROSS_MAX: f64 = 2.0;

/// The two-segment fit as resumable work: each [`TwoSegmentJob::step`] runs one start, so a page
/// can fit in slices between frames and show progress instead of freezing.
pub struct TwoSegmentJob {
    data: Vec<Datum>,
    obs: Vec<f64>,
    cumulative: bool,
    period: f64,
    origin: f64,
    horizon: f64,
    total: f64,
    /// Model years per year of the data's clock (see `time_scale`).
    scale: f64,
    next: usize,
    best: (Vec<f64>, f64),
}

impl TwoSegmentJob {
    /// Check the data and prepare the fit.
    pub fn new(points: &[(f64, f64)], cumulative: bool) -> Result<Self, FitError> {
        let Prepared {
            data,
            obs,
            period,
            origin,
            total,
            scale,
        } = prepare(points, cumulative, 7)?;
        let horizon = data.last().map_or(0.0, |d| d.t) - origin;
        Ok(TwoSegmentJob {
            data,
            obs,
            cumulative,
            period,
            origin,
            horizon,
            total,
            scale,
            next: 0,
            best: (vec![0.0; 7], f64::INFINITY),
        })
    }

    /// How many steps the whole fit takes.
    pub fn steps(&self) -> usize {
        TWO_SEGMENT_STARTS.len() * SIZE_FACTORS.len()
    }

    /// Steps done so far.
    pub fn done(&self) -> usize {
        self.next
    }

    /// From the search space to the model. The early market is a minority by definition, so
    /// theta stays in (2 %, 50 %); the cross term stays in (0, 2) per year, beyond which it
    /// would swamp the main market's own dynamics. Without these bounds the two-market model is
    /// only weakly identified and fits drift to settings nobody would recognise.
    fn unpack(x: &[f64]) -> (Market, f64) {
        let logistic = |v: f64| 1.0 / (1.0 + (-v).exp());
        let theta = THETA_MIN + (THETA_MAX - THETA_MIN) * logistic(x[0]);
        let cross = CROSS_MAX * logistic(x[5]);
        let market = Market {
            theta,
            p_early: x[1].exp(),
            q_early: x[2].exp(),
            p_main: x[3].exp(),
            q_main: x[4].exp(),
            cross,
        };
        (market, x[6].exp())
    }

    fn predicted(&self, x: &[f64]) -> Vec<f64> {
        let (market, m) = Self::unpack(x);
        let tr = market.simulate(self.horizon, 400);
        predict(&self.data, self.cumulative, self.period, m, &|t| {
            tr.cumulative_at(t - self.origin)
        })
    }

    /// Run the next start; `false` when all have run.
    pub fn step(&mut self) -> bool {
        let Some(&(theta, pe, qe, pm, qm, c)) =
            TWO_SEGMENT_STARTS.get(self.next / SIZE_FACTORS.len())
        else {
            return false;
        };
        let mf = SIZE_FACTORS[self.next % SIZE_FACTORS.len()];
        self.next += 1;
        let logit = |v: f64| (v / (1.0 - v)).ln();
        let x0 = [
            logit((theta - THETA_MIN) / (THETA_MAX - THETA_MIN)),
            pe.ln(),
            qe.ln(),
            pm.ln(),
            qm.ln(),
            logit(c / CROSS_MAX),
            (self.total.max(1e-9) * mf).ln(),
        ];
        let residuals = |x: &[f64]| {
            self.predicted(x)
                .iter()
                .zip(&self.obs)
                .map(|(a, b)| a - b)
                .collect::<Vec<f64>>()
        };
        let (x, cost) = levenberg_marquardt(&residuals, &x0, 120);
        if cost < self.best.1 {
            self.best = (x, cost);
        }
        true
    }

    /// The best fit found (run every step first for the full search).
    pub fn finish(self) -> TwoSegmentFit {
        let (fitted, m) = Self::unpack(&self.best.0);
        let (rmse, r_squared) = quality(&self.obs, &self.predicted(&self.best.0));
        // Rates were fitted per model year; convert back to per year of the data's clock.
        let k = self.scale;
        let market = Market {
            p_early: fitted.p_early * k,
            q_early: fitted.q_early * k,
            p_main: fitted.p_main * k,
            q_main: fitted.q_main * k,
            cross: fitted.cross * k,
            ..fitted
        };
        TwoSegmentFit {
            market,
            m,
            rmse,
            r_squared,
            points_fitted: self.obs.len(),
        }
    }
}

/// Fit the two-segment model (theta, p_e, q_e, p_m, q_m, c and market size m) in one go.
pub fn fit_two_segment(points: &[(f64, f64)], cumulative: bool) -> Result<TwoSegmentFit, FitError> {
    let mut job = TwoSegmentJob::new(points, cumulative)?;
    while job.step() {}
    Ok(job.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_last_bin_covers_only_its_own_periods() {
        // 501 per-period points bin in twos: 250 full bins and a last bin of one point.
        let points: Vec<(f64, f64)> = (1..=501).map(|k| (k as f64, k as f64)).collect();
        let data = bin(&points, false);
        assert_eq!(data.len(), 251);
        assert_eq!(points_fitted(points.len()), 251);
        assert_eq!(
            data[0],
            Datum {
                t: 2.0,
                y: 1.5,
                periods: 2.0
            }
        );
        assert_eq!(
            data[250],
            Datum {
                t: 501.0,
                y: 501.0,
                periods: 1.0
            }
        );
        // Every count is accounted for once.
        let total: f64 = data.iter().map(|d| d.y * d.periods).sum();
        assert_eq!(total, points.iter().map(|p| p.1).sum::<f64>());
        // Predicted the same way: with a linear share, the mean per period is the slope, for a
        // full bin and for the partial one alike.
        let pred = predict(&data, false, 1.0, 10.0, &|t| t / 1000.0);
        assert!(pred.iter().all(|&v| (v - 0.01).abs() < 1e-12), "{pred:?}");
        // Running totals keep each bin's last value.
        let cumulative = bin(&points, true);
        assert_eq!((cumulative[0].y, cumulative[250].y), (2.0, 501.0));
    }

    #[test]
    fn points_fitted_counts_the_bins() {
        for (len, fitted) in [
            (0, 0),
            (4, 4),
            (500, 500),
            (501, 251),
            (999, 500),
            (1000, 500),
            (1001, 334),
            (100_000, 500),
        ] {
            assert_eq!(points_fitted(len), fitted, "{len}");
            let points: Vec<(f64, f64)> = (0..len).map(|k| (k as f64, 1.0)).collect();
            assert_eq!(bin(&points, false).len(), fitted, "{len}");
        }
    }
}
