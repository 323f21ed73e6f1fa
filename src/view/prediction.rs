//! The prediction step of section 2: before the model's curve is shown, the reader draws what
//! they expect new adoption to do once the enthusiasts are done, then compares. Predicting first
//! measurably improves what readers remember of a chart (Kim, Reinecke & Hullman, CHI 2017).
//! Pure: the guess's grid, its shape in words, and the comparison with the model.

use crate::model::scene::HORIZON_YEARS;
use crate::model::Scene;
use crate::view::format::{percent, year};

/// Years between two points of the guess.
pub const STEP_YEARS: f64 = 2.5;

/// The years the reader sets a value for: launch to the horizon, every [`STEP_YEARS`].
pub fn years() -> Vec<f64> {
    let n = (HORIZON_YEARS / STEP_YEARS).round() as usize;
    (0..=n).map(|i| i as f64 * STEP_YEARS).collect()
}

/// The model's adoption rate at each guess year.
pub fn model_at_years(scene: &Scene) -> Vec<f64> {
    let tr = &scene.trajectory;
    years()
        .into_iter()
        .map(|t| crate::model::diffusion::interpolate(&tr.t, &tr.rate, t))
        .collect()
}

/// Where the reader's guess starts: the model's own curve while the enthusiasts adopt (up to
/// its first peak, which the figure shows), then flat at that level (no opinion yet).
pub fn starting_guess(scene: &Scene) -> Vec<f64> {
    let model = model_at_years(scene);
    let peak_time = scene.chasm.map(|c| c.peak_time);
    let (shown, level) = known_part(&model, peak_time);
    model
        .iter()
        .enumerate()
        .map(|(i, &v)| if i < shown { v } else { level })
        .collect()
}

/// How many leading points the figure shows before the reader guesses, and the level at the
/// last of them: up to the early market's peak where there is a chasm, else the first two.
pub fn known_part(model: &[f64], peak_time: Option<f64>) -> (usize, f64) {
    let shown = match peak_time {
        Some(t) => ((t / STEP_YEARS).floor() as usize + 1).clamp(1, model.len()),
        None => 2.min(model.len()),
    };
    (
        shown,
        model.get(shown.saturating_sub(1)).copied().unwrap_or(0.0),
    )
}

/// The shape of a curve after its known part, in the terms the section uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// It falls below where it started and climbs back at least halfway: a chasm.
    DipsThenRecovers,
    /// It falls and stays down.
    Falls,
    /// It keeps rising.
    Rises,
    /// It stays about level.
    Level,
}

/// A change smaller than this share of the starting level is "about level".
const LEVEL_TOLERANCE: f64 = 0.1;

/// The shape of `values[from..]`.
pub fn shape(values: &[f64], from: usize) -> Shape {
    let tail = &values[from.min(values.len().saturating_sub(1))..];
    let Some(&start) = tail.first() else {
        return Shape::Level;
    };
    let scale = tail.iter().copied().fold(start.abs(), f64::max).max(1e-9);
    let (low_i, low) = tail
        .iter()
        .copied()
        .enumerate()
        .fold((0, start), |m, (i, v)| if v < m.1 { (i, v) } else { m });
    let after_low = tail[low_i..].iter().copied().fold(low, f64::max);
    let end = tail[tail.len() - 1];
    let dropped = (start - low) / scale > LEVEL_TOLERANCE;
    if dropped && (after_low - low) >= 0.5 * (start - low) {
        Shape::DipsThenRecovers
    } else if dropped {
        Shape::Falls
    } else if (end - start) / scale > LEVEL_TOLERANCE {
        Shape::Rises
    } else {
        Shape::Level
    }
}

impl Shape {
    fn words(self) -> &'static str {
        match self {
            Shape::DipsThenRecovers => "dip and then recover",
            Shape::Falls => "fall and stay down",
            Shape::Rises => "keep rising",
            Shape::Level => "hold about level",
        }
    }
}

/// The comparison shown after the reveal: what the reader expected, what the model does, in
/// numbers from the live scene.
pub fn verdict(guess: &[f64], scene: &Scene) -> String {
    let model = model_at_years(scene);
    let (from, _) = known_part(&model, scene.chasm.map(|c| c.peak_time));
    let theirs = shape(guess, from.saturating_sub(1));
    let model_words = match scene.chasm {
        Some(c) => {
            let back = match c.recovery_time {
                Some(r) => format!("and climbs back to that pace in {}", year(r)),
                None => "and does not climb back to that pace within the horizon".to_string(),
            };
            format!(
                "the rate peaks in {} while the enthusiasts sign up, then falls {} below that peak by {}, {}",
                year(c.peak_time),
                percent(c.depth),
                year(c.trough_time),
                back
            )
        }
        None => "there is no dip at these settings: the mainstream is already picking up when the enthusiasts run out, so new adoption keeps growing"
            .to_string(),
    };
    let agree = match (theirs, scene.chasm.is_some()) {
        (Shape::DipsThenRecovers, true) => "You saw the chasm coming.",
        (Shape::DipsThenRecovers, false) => "You expected a chasm; these settings have none.",
        (_, true) => "You did not draw the dip.",
        (_, false) => "Like the model, you drew no dip.",
    };
    format!(
        "You expected new adoption to {}. In the model, {}. {}",
        theirs.words(),
        model_words,
        agree
    )
}
