//! What a settled change did, in words, for the page's one polite live region: which setting
//! moved, then how the chasm, the time to half adoption and the lead's half-life moved, and how
//! the run compares with the pinned one. Said once per settled state (the page calls it when a
//! drag has stopped), never per input event. Pure, tested natively.

use crate::app::presets;
use crate::model::{Field, Scene};
use crate::view::format::{adoption_horizon, duration, percent, year};
use crate::view::{controls, labels};

/// The announcement for going from `before` to `after` (with `pinned` the pinned run, if
/// any); `None` when no setting changed.
pub fn describe(before: &Scene, after: &Scene, pinned: Option<&Scene>) -> Option<String> {
    let changed: Vec<Field> = Field::ALL
        .into_iter()
        .filter(|&f| before.params.get(f) != after.params.get(f))
        .collect();
    let what = match (changed.as_slice(), presets::matching(&after.params)) {
        ([], _) => return None,
        (_, Some(p)) if changed.len() > 1 => format!("Scenario {}", p.name),
        ([f], _) => format!(
            "{} {}",
            labels::field(*f),
            controls::value_text(&after.params, *f)
        ),
        (many, _) => format!("{} settings changed", many.len()),
    };
    let mut text = format!(
        "{what}: {}; {}; {}.",
        chasm(before, after),
        half(before, after),
        lead(before, after)
    );
    if let Some(p) = pinned {
        text.push(' ');
        text.push_str(&against_pinned(after, p));
    }
    Some(text)
}

// Each comparison is made on the numbers as the readouts write them, so what is said never
// contradicts what is shown: "unchanged" when the readout did not move.

fn chasm(before: &Scene, after: &Scene) -> String {
    match (before.chasm, after.chasm) {
        (Some(b), Some(a)) if percent(a.depth) == percent(b.depth) => {
            "chasm depth unchanged".into()
        }
        (Some(b), Some(a)) => {
            let way = if a.depth > b.depth {
                "deeper"
            } else {
                "shallower"
            };
            match crate::io::number::fixed((a.depth - b.depth).abs() * 100.0, 0).as_str() {
                "0" => format!("chasm slightly {way}"),
                "1" => format!("chasm 1 point {way}"),
                n => format!("chasm {n} points {way}"),
            }
        }
        (Some(_), None) => "the chasm is gone".into(),
        (None, Some(a)) => format!("a chasm opens, {} deep", percent(a.depth)),
        (None, None) => "still no chasm".into(),
    }
}

/// How `now` compares with `then` (years): "1.2 years sooner", "3 months later",
/// "slightly sooner" (less than half a month), or `same` when the readouts (`year`) agree.
fn sooner(now: f64, then: f64, same: &str) -> String {
    if year(now) == year(then) {
        return same.into();
    }
    let way = if now < then { "sooner" } else { "later" };
    match duration((now - then).abs()).as_str() {
        "0 months" => format!("slightly {way}"),
        d => format!("{d} {way}"),
    }
}

fn half(before: &Scene, after: &Scene) -> String {
    match (before.half_adoption_time, after.half_adoption_time) {
        (Some(b), Some(a)) => format!(
            "half the market adopts {}",
            sooner(a, b, "at the same time")
        ),
        (Some(_), None) => format!(
            "half the market no longer adopts within {}",
            adoption_horizon()
        ),
        (None, Some(a)) => format!("half the market now adopts by {}", year(a)),
        (None, None) => format!("half the market still not within {}", adoption_horizon()),
    }
}

fn lead(before: &Scene, after: &Scene) -> String {
    match (before.half_life, after.half_life) {
        (Some(b), Some(a)) if duration(a) == duration(b) => "lead half-life unchanged".into(),
        (Some(b), Some(a)) => {
            let way = if a > b { "longer" } else { "shorter" };
            match duration((a - b).abs()).as_str() {
                "0 months" => format!("lead half-life slightly {way}"),
                d => format!("lead half-life {d} {way}"),
            }
        }
        (Some(_), None) => "the lead no longer halves".into(),
        (None, Some(a)) => format!("the lead now halves after {}", duration(a)),
        (None, None) => "the lead still never halves".into(),
    }
}

fn against_pinned(now: &Scene, pinned: &Scene) -> String {
    match (now.half_adoption_time, pinned.half_adoption_time) {
        (Some(n), Some(p)) => match sooner(n, p, "") {
            same if same.is_empty() => "Half adopted at the same time as your pinned run.".into(),
            by => format!("Half adopted {by} than your pinned run."),
        },
        (Some(_), None) => "Half adopted, which your pinned run never reaches.".into(),
        (None, Some(_)) => "Half adoption not reached, unlike your pinned run.".into(),
        (None, None) => "Neither this run nor your pinned run reaches half adoption.".into(),
    }
}
