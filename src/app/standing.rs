//! "Where do you stand?": fit both models to a product's data, say which the data support, place
//! the product before, in or past its chasm, project the next 24 months, and translate the fit
//! into the explorer's sliders. Plus synthetic samples to try it with. Pure, tested natively.

use crate::model::fit::{fit_bass, fit_two_segment, BassFit, FitError, TwoSegmentFit};
use crate::model::mapping::{self, LADDER};
use crate::model::{Field, Params};

/// Where the product is relative to its chasm.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Verdict {
    /// The fitted curve has a chasm that starts after the data ends (years until it starts).
    BeforeChasm { starts_in: f64 },
    /// The data ends inside the chasm; `ends_in` years until the rate regains its peak, if ever.
    InChasm { ends_in: Option<f64> },
    /// The data ends after the rate regained its first peak.
    PastChasm,
    /// The fitted curve has no chasm.
    NoChasm,
}

impl Verdict {
    /// One plain sentence for the reader.
    pub fn sentence(&self) -> String {
        match *self {
            Verdict::BeforeChasm { starts_in } => format!(
                "Before the chasm: your early market is still growing, but the fit says adoption will start to slow in about {}.",
                crate::view::format::duration(starts_in)
            ),
            Verdict::InChasm { ends_in: Some(e) } => format!(
                "In the chasm: adoption has slowed after the early market, and the fit says it regains its pace in about {}.",
                crate::view::format::duration(e)
            ),
            Verdict::InChasm { ends_in: None } => {
                "In the chasm, with no way out in sight: on this fit the mainstream never takes off. Pull a lever in the explorer.".into()
            }
            Verdict::PastChasm => "Past the chasm: adoption fell back and then recovered; the mainstream is coming.".into(),
            Verdict::NoChasm => "No chasm in sight: the data fit one smooth wave of adoption.".into(),
        }
    }
}

/// Everything the fit panel shows.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Standing {
    pub bass: BassFit,
    pub two: TwoSegmentFit,
    /// True when the two-segment model's extra parameters are worth it (lower AIC).
    pub two_segment_preferred: bool,
    pub verdict: Verdict,
    /// Time of the last data point, years since the model's launch.
    pub last_time: f64,
    /// Launch time on the data's clock (years).
    pub origin: f64,
    /// Length of one period of the data (years): the median spacing, as in the fits.
    pub period: f64,
    /// Projected cumulative count 12 and 24 months after the last data point (preferred model).
    pub projected_12: f64,
    pub projected_24: f64,
    /// Cumulative count at the last data point, as fitted.
    pub fitted_now: f64,
}

/// Akaike's criterion for least squares: n ln(SSE/n) + 2k (lower is better), with `n` the
/// number of points fitted and `rmse` = sqrt(SSE/n).
fn aic(rmse: f64, n: usize, k: usize) -> f64 {
    let n = n as f64;
    n * (rmse * rmse).max(1e-300).ln() + 2.0 * k as f64
}

/// Fit both models and place the product.
pub fn assess(points: &[(f64, f64)], cumulative: bool) -> Result<Standing, FitError> {
    let bass = fit_bass(points, cumulative)?;
    let two = fit_two_segment(points, cumulative)?;
    try_assess_with(points, cumulative, bass, two)
}

/// Place the product given both fits (the page runs the fits in slices, then calls this). The
/// fits must come from `points`; with no points there is nothing to place, which is
/// [`FitError::TooFewPoints`].
pub fn try_assess_with(
    points: &[(f64, f64)],
    cumulative: bool,
    bass: BassFit,
    two: TwoSegmentFit,
) -> Result<Standing, FitError> {
    let &(last, _) = points.last().ok_or(FitError::TooFewPoints {
        have: 0,
        need: TWO_SEGMENT_POINTS,
    })?;
    Ok(place(points, cumulative, bass, two, last))
}

/// The fewest points both fits need (the two-segment model's 7 parameters, plus one).
const TWO_SEGMENT_POINTS: usize = 8;

/// [`try_assess_with`] for callers that already hold fits of `points` (which cannot be empty:
/// no fit comes from no points). Kept for those callers; it does not panic either: given no
/// points, it places the product at launch. Prefer [`try_assess_with`].
pub fn assess_with(
    points: &[(f64, f64)],
    cumulative: bool,
    bass: BassFit,
    two: TwoSegmentFit,
) -> Standing {
    let last = points.last().map_or_else(
        || crate::model::fit::launch_time(points, cumulative),
        |p| p.0,
    );
    place(points, cumulative, bass, two, last)
}

/// Place the product whose last data point is at `last` (the data's clock).
fn place(
    points: &[(f64, f64)],
    cumulative: bool,
    bass: BassFit,
    two: TwoSegmentFit,
    last: f64,
) -> Standing {
    // n is the number of points each model was fitted to (a long series is fitted as bins, of
    // which there can be fewer than MAX_FIT_POINTS); both fits of one series have the same.
    let two_segment_preferred =
        aic(two.rmse, two.points_fitted, 7) < aic(bass.rmse, bass.points_fitted, 3);
    let origin = crate::model::fit::launch_time(points, cumulative);
    let last_time = last - origin;
    let tr = two.market.simulate(last_time + 2.0, 600);
    // The verdict follows the model the data support: a plain Bass curve has no chasm, so when
    // Akaike's criterion prefers it, the two-market fit's dip is not evidence of one.
    let chasm = if two_segment_preferred {
        tr.chasm()
    } else {
        None
    };
    let verdict = match chasm {
        None => Verdict::NoChasm,
        Some(c) if last_time < c.peak_time => Verdict::BeforeChasm {
            starts_in: c.peak_time - last_time,
        },
        Some(c) => match c.recovery_time {
            Some(r) if last_time >= r => Verdict::PastChasm,
            Some(r) => Verdict::InChasm {
                ends_in: Some(r - last_time),
            },
            None => Verdict::InChasm { ends_in: None },
        },
    };
    let at = |t: f64| {
        if two_segment_preferred {
            two.m * tr.cumulative_at(t)
        } else {
            bass.m * crate::model::bass::cumulative(bass.p, bass.q, t)
        }
    };
    Standing {
        fitted_now: at(last_time),
        projected_12: at(last_time + 1.0),
        projected_24: at(last_time + 2.0),
        bass,
        two,
        two_segment_preferred,
        verdict,
        last_time,
        origin,
        period: crate::model::fit::spacing(points),
    }
}

/// The explorer's settings closest to a fitted two-segment model: innovator share from theta,
/// the ladder rung nearest the main market's (p, q) on a log scale, brand from the cross term
/// (inverting the mapping). The moat controls are left as they are.
pub fn to_params(fit: &TwoSegmentFit, keep: &Params) -> Params {
    let m = fit.market;
    let distance = |i: usize| {
        let r = LADDER[i];
        (m.p_main.max(1e-9).ln() - r.p_main.ln()).powi(2)
            + (m.q_main.max(1e-9).ln() - r.q_main.ln()).powi(2)
    };
    let rung = (0..LADDER.len())
        .min_by(|&a, &b| distance(a).total_cmp(&distance(b)))
        .unwrap_or(1);
    // c = CROSS_MIN + CROSS_RANGE * brand^e * usability(rung), inverted on the chosen rung.
    let usability = LADDER[rung.min(LADDER.len() - 1)].usability.max(1e-9);
    let brand = ((m.cross - mapping::CROSS_MIN).max(0.0) / (mapping::CROSS_RANGE * usability))
        .powf(1.0 / mapping::CROSS_EXPONENT);
    let mut p = *keep;
    p.set(Field::InnovatorShare, m.theta).ok();
    p.set(Field::Abstraction, rung as f64).ok();
    p.set(Field::Brand, brand).ok();
    p
}

/// A synthetic sample, labelled as such: the explorer's own model for `params`, monthly
/// per-period counts over `months` for a market of `size`, with multiplicative noise of relative
/// size `noise` from a fixed-seed generator (the same data every time).
pub fn synthetic(
    params: &Params,
    months: usize,
    size: f64,
    noise: f64,
    seed: u64,
) -> Vec<(f64, f64)> {
    let tr = mapping::simulate(params, months as f64 / 12.0, months * 4);
    let mut state = seed.max(1);
    let mut uniform = move || {
        // xorshift64*: deterministic, good enough for noise.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    };
    (1..=months)
        .map(|k| {
            let t = k as f64 / 12.0;
            let count = size * (tr.cumulative_at(t) - tr.cumulative_at(t - 1.0 / 12.0));
            let factor = 1.0 + noise * (2.0 * uniform() - 1.0) * 3f64.sqrt(); // uniform, sd = noise
            (t, (count * factor).max(0.0).round())
        })
        .collect()
}

/// Synthetic per-period points written as a CSV with monthly ISO dates from January 2020.
pub fn to_csv(points: &[(f64, f64)]) -> String {
    let mut out = String::from("month,new users\n");
    for (i, &(_, y)) in points.iter().enumerate() {
        // Counts through io::number, like every number the app writes (not core float formatting).
        out.push_str(&format!(
            "{}-{:02}-01,{}\n",
            2020 + i / 12,
            i % 12 + 1,
            crate::io::number::plain(y)
        ));
    }
    out
}
