//! Plain-language summaries of each figure: the charts' text alternatives and the live region
//! read out to screen-reader users as the sliders move. Pure, tested natively.

use crate::model::groups::Group;
use crate::model::scene::HORIZON_YEARS;
use crate::model::Scene;
use crate::view::format::{adoption_horizon, duration, market_years, moat_horizon, percent, year};
use crate::view::labels;

/// One or two sentences on the adoption curve: is there a chasm, how deep, when it ends.
pub fn adoption(scene: &Scene) -> String {
    let half = match scene.half_adoption_time {
        Some(t) => format!("Half of the market has adopted by {}.", year(t)),
        None => format!(
            "Fewer than half of the market adopt within {}.",
            adoption_horizon()
        ),
    };
    match scene.chasm {
        Some(c) => {
            let recovery = match (c.recovery_time, scene.half_adoption_time) {
                (Some(r), _) => format!("It climbs back to that peak in {}.", year(r)),
                // The mainstream still arrives, only never as fast as the enthusiasts did.
                (None, Some(_)) => format!(
                    "It never regains that peak within {}: the mainstream trickles in more slowly than the enthusiasts did.",
                    adoption_horizon()
                ),
                (None, None) => format!(
                    "It never regains that peak within {}: the product stalls.",
                    adoption_horizon()
                ),
            };
            format!(
                "Chasm: adoption peaks in {} with {} adopted, then the rate falls {} to a trough in {}. {} {}",
                year(c.peak_time),
                percent(c.peak_cumulative),
                percent(c.depth),
                year(c.trough_time),
                recovery,
                half
            )
        }
        None => format!("No chasm: the adoption rate rises and falls in a single wave. {half}"),
    }
}

/// The adoption figure in one short line, for a share preview's subtitle: the chasm's depth
/// (or none) and when half the market has adopted.
pub fn adoption_headline(scene: &Scene) -> String {
    let chasm = scene.chasm.map_or("No chasm".to_string(), |c| {
        format!("A chasm {} deep", percent(c.depth))
    });
    let half = scene.half_adoption_time.map_or(
        format!("fewer than half adopt within {}", adoption_horizon()),
        |t| format!("half the market by {}", year(t)),
    );
    format!("{chasm}; {half}")
}

/// One or two sentences on the moat: half-life, floor, users kept.
pub fn moat(scene: &Scene) -> String {
    let half = match scene.half_life {
        Some(h) => format!(
            "Copycats arrive after {} and half of your lead is gone {} after launch.",
            duration(scene.moat.copy_lag),
            duration(h)
        ),
        None => "Your lead does not erode.".into(),
    };
    format!(
        "{half} In the long run you keep {} of your lead; after {} you hold {} of the whole market.",
        percent(scene.moat.floor),
        moat_horizon(),
        percent(scene.kept_at_horizon)
    )
}

/// Rogers' groups on the curve: each group's share of the whole market and when it adopts, or
/// that it is not reached within the horizon.
pub fn groups(scene: &Scene) -> String {
    let g = &scene.groups;
    let parts: Vec<String> = Group::ALL
        .iter()
        .enumerate()
        .map(|(i, &group)| {
            let name = labels::group(group);
            let share = percent(g.shares[i]);
            match g.band(i, HORIZON_YEARS) {
                None => format!("{name} ({share}) not reached within {}", adoption_horizon()),
                Some((a, b)) if g.complete(i) => {
                    format!("{name} ({share}) from {} to {}", year(a), year(b))
                }
                Some((a, _)) => format!(
                    "{name} ({share}) from {}, still adopting after {}",
                    year(a),
                    adoption_horizon()
                ),
            }
        })
        .collect();
    format!(
        "Groups, as shares of the whole market: {}.",
        parts.join("; ")
    )
}

/// One sentence on the value captured over the moat's horizon.
pub fn value(scene: &Scene) -> String {
    format!(
        "Over {} you capture {}: a market-year is what the whole market would pay in a year at the launch price.",
        moat_horizon(),
        market_years(scene.value_captured)
    )
}
