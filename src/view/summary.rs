//! Plain-language summaries of each figure: the charts' text alternatives and the live region
//! read out to screen-reader users as the sliders move. Pure, tested natively.

use crate::model::Scene;
use crate::view::format::{adoption_horizon, duration, moat_horizon, percent, year};

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
            let recovery = match c.recovery_time {
                Some(r) => format!("It climbs back to that peak in {}.", year(r)),
                None => format!(
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
