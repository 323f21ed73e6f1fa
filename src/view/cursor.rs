//! The chart cursor: where the arrow keys, the landmark keys and the pointer put it, and what it
//! says there. The adoption and moat charts read their values here from the same scene they
//! draw, and name the landmarks with the same numbers the readouts show. Pure, tested natively.

use crate::model::diffusion::interpolate;
use crate::model::groups::Group;
use crate::model::moat::MOAT_HORIZON_YEARS;
use crate::model::scene::HORIZON_YEARS;
use crate::model::Scene;
use crate::view::format::{percent, year};
use crate::view::labels;

/// How far Shift+arrow moves the cursor (years); a plain arrow moves one year.
pub const BIG_STEP_YEARS: f64 = 5.0;

/// Which chart the cursor is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    Adoption,
    Moat,
}

/// A point worth jumping to, with the key that jumps there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Landmark {
    FirstPeak,
    Trough,
    Recovery,
    HalfAdopted,
    CopycatsArrive,
    HalfLife,
}

impl Landmark {
    /// The landmark jumped to with `key` (case-insensitive) on `chart`.
    pub fn for_key(chart: ChartKind, key: &str) -> Option<Landmark> {
        chart
            .landmarks()
            .iter()
            .copied()
            .find(|l| key.eq_ignore_ascii_case(l.key()))
    }

    /// Its key.
    pub fn key(self) -> &'static str {
        match self {
            Landmark::FirstPeak => "P",
            Landmark::Trough => "T",
            Landmark::Recovery => "R",
            Landmark::HalfAdopted => "H",
            Landmark::CopycatsArrive => "C",
            Landmark::HalfLife => "L",
        }
    }

    /// Its name, as the help and the cursor say it.
    pub fn name(self) -> &'static str {
        match self {
            Landmark::FirstPeak => "first peak",
            Landmark::Trough => "trough",
            Landmark::Recovery => "recovery",
            Landmark::HalfAdopted => "half adopted",
            Landmark::CopycatsArrive => "copycats arrive",
            Landmark::HalfLife => "half-life",
        }
    }

    /// When it happens in `scene` (years after launch), if it does within the chart.
    pub fn time(self, scene: &Scene) -> Option<f64> {
        match self {
            Landmark::FirstPeak => scene.chasm.map(|c| c.peak_time),
            Landmark::Trough => scene.chasm.map(|c| c.trough_time),
            Landmark::Recovery => scene.chasm.and_then(|c| c.recovery_time),
            Landmark::HalfAdopted => scene.half_adoption_time,
            Landmark::CopycatsArrive => Some(scene.moat.copy_lag),
            Landmark::HalfLife => scene.half_life,
        }
        .filter(|t| *t <= self.chart().horizon())
    }

    fn chart(self) -> ChartKind {
        match self {
            Landmark::CopycatsArrive | Landmark::HalfLife => ChartKind::Moat,
            _ => ChartKind::Adoption,
        }
    }
}

impl ChartKind {
    /// Its short name in test ids and file names.
    pub fn key(self) -> &'static str {
        match self {
            ChartKind::Adoption => "adoption",
            ChartKind::Moat => "moat",
        }
    }

    /// The chart's title.
    pub fn title(self) -> String {
        match self {
            ChartKind::Adoption => labels::adoption_title(),
            ChartKind::Moat => labels::moat_title(),
        }
    }

    /// The chart's span (years).
    pub fn horizon(self) -> f64 {
        match self {
            ChartKind::Adoption => HORIZON_YEARS,
            ChartKind::Moat => MOAT_HORIZON_YEARS,
        }
    }

    /// Its landmarks, in the order the help names them.
    pub fn landmarks(self) -> &'static [Landmark] {
        match self {
            ChartKind::Adoption => &[
                Landmark::FirstPeak,
                Landmark::Trough,
                Landmark::Recovery,
                Landmark::HalfAdopted,
            ],
            ChartKind::Moat => &[Landmark::CopycatsArrive, Landmark::HalfLife],
        }
    }

    /// The on-page help: which keys do what.
    pub fn help(self) -> String {
        let jumps: Vec<String> = self
            .landmarks()
            .iter()
            .map(|l| format!("{} {}", l.key(), l.name()))
            .collect();
        format!(
            "Explore the chart from the keyboard: Left and Right move a year, with Shift {} years; Home and End go to the ends. Jump to: {}.",
            crate::io::number::fixed(BIG_STEP_YEARS, 0),
            jumps.join(", ")
        )
    }

    /// What the cursor says at `t` years.
    pub fn at(self, scene: &Scene, t: f64) -> String {
        match self {
            ChartKind::Adoption => adoption_at(scene, t),
            ChartKind::Moat => moat_at(scene, t),
        }
    }
}

/// Where a key moves the cursor from `t` on a chart of `horizon` years: one year (to the next
/// whole year, so a landmark between years steps onto the grid), or [`BIG_STEP_YEARS`] with
/// Shift; Home and End go to the ends. `None` for other keys.
pub fn step(key: &str, shift: bool, t: Option<f64>, horizon: f64) -> Option<f64> {
    let by = if shift { BIG_STEP_YEARS } else { 1.0 };
    let to = match (key, t) {
        ("Home", _) => 0.0,
        ("End", _) => horizon,
        ("ArrowRight" | "ArrowUp", None) => 0.0,
        ("ArrowLeft" | "ArrowDown", None) => horizon,
        ("ArrowRight" | "ArrowUp", Some(t)) => (t / by + 1e-9).floor() * by + by,
        ("ArrowLeft" | "ArrowDown", Some(t)) => (t / by - 1e-9).ceil() * by - by,
        _ => return None,
    };
    // max/min, not clamp: clamp's assertion would bring float formatting into the bundle.
    Some(to.max(0.0).min(horizon))
}

/// The Rogers group adopting at `t`: the one whose cut has not been reached yet.
pub fn group_at(scene: &Scene, t: f64) -> Group {
    let passed = scene
        .groups
        .cuts
        .iter()
        .filter(|c| c.is_some_and(|c| c <= t))
        .count();
    Group::ALL[passed.min(Group::ALL.len() - 1)]
}

/// The adoption chart at `t`: the rate with its two markets, the share so far, the group.
pub fn adoption_at(scene: &Scene, t: f64) -> String {
    let tr = &scene.trajectory;
    let at = |v: &[f64]| percent(interpolate(&tr.t, v, t));
    format!(
        "{}: {} of the market adopting per year (early market {}, main market {}); {} adopted so far; now adopting: {}.",
        capitalised(&year(t)),
        at(&tr.rate),
        at(&tr.early_rate),
        at(&tr.main_rate),
        at(&tr.cumulative),
        labels::group(group_at(scene, t))
    )
}

/// The moat chart at `t`: the lead and the users kept.
pub fn moat_at(scene: &Scene, t: f64) -> String {
    let c = &scene.moat_curve;
    let copycats = if t < scene.moat.copy_lag {
        "before copycats arrive"
    } else {
        "copycats competing"
    };
    format!(
        "{}: lead {} ({copycats}); users kept {} of the market.",
        capitalised(&year(t)),
        percent(scene.moat.lead(t)),
        percent(interpolate(&c.t, &c.kept, t)),
    )
}

/// What jumping to `landmark` says: its name and the cursor's reading there, or that this
/// scene has no such point.
pub fn jump(scene: &Scene, chart: ChartKind, landmark: Landmark) -> (Option<f64>, String) {
    match landmark.time(scene) {
        Some(t) => (
            Some(t),
            format!("{}. {}", capitalised(landmark.name()), chart.at(scene, t)),
        ),
        None => (
            None,
            format!("No {} on this chart at these settings.", landmark.name()),
        ),
    }
}

/// ASCII only (every text here is): Unicode case tables would cost the bundle kilobytes.
fn capitalised(s: &str) -> String {
    let mut s = s.to_string();
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s
}
