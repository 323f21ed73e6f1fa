//! The slider -> parameter table of "How the model works", written from the mapping's own
//! constants, so the table cannot disagree with what the model computes.

use super::labels;
use crate::io::number::plain;
use crate::model::mapping::*;
use crate::model::Field;

/// One row: which control moves which parameter, and how.
#[derive(Clone, Debug, PartialEq)]
pub struct MappingRow {
    pub control: &'static str,
    pub parameter: &'static str,
    pub rule: String,
}

/// The table's rows, in the order the page shows them.
pub fn rows() -> Vec<MappingRow> {
    let (bottom, top) = (LADDER[0], LADDER[LADDER.len() - 1]);
    let row = |control, parameter, rule: String| MappingRow {
        control,
        parameter,
        rule,
    };
    let shape_drop = LINDY_SHAPE_NO_BRAND - LINDY_SHAPE_FULL_BRAND;
    vec![
        row(
            labels::field(Field::InnovatorShare),
            "θ",
            "θ = innovator share".into(),
        ),
        row(
            "(fixed)",
            "p_e, q_e",
            format!("{} and {} per year", plain(EARLY_P), plain(EARLY_Q)),
        ),
        row(
            labels::field(Field::Abstraction),
            "p_m, q_m, u",
            format!(
                "the launch rung of the ladder: p_m / q_m from {} / {} per year at the bottom to {} / {} at the top; usability u from {} to {}",
                plain(bottom.p_main),
                plain(bottom.q_main),
                plain(top.p_main),
                plain(top.q_main),
                plain(bottom.usability),
                plain(top.usability)
            ),
        ),
        row(
            labels::field(Field::ClimbPace),
            "rung(t)",
            "rung(t) = min(launch rung + ⌊pace · t⌋, top): a new rung every 1/pace years".into(),
        ),
        row(
            labels::field(Field::Brand),
            "c",
            format!(
                "c = {} + {} · brand^{} · u(rung(t)) per year",
                plain(CROSS_MIN),
                plain(CROSS_RANGE),
                plain(CROSS_EXPONENT)
            ),
        ),
        row(
            labels::field(Field::Brand),
            "κ, α, L∞",
            format!(
                "κ × (1 − {} · brand); α = {} − {} · brand; L∞ = {} + {} · brand",
                plain(BRAND_SLOWDOWN),
                plain(LINDY_SHAPE_NO_BRAND),
                plain(shape_drop),
                plain(FLOOR_BASE),
                plain(FLOOR_BRAND)
            ),
        ),
        row(
            labels::field(Field::CopyLag),
            "τ",
            "τ = copy lag in years".into(),
        ),
        row(
            labels::field(Field::SwitchingCost),
            "κ",
            format!(
                "κ × (1 + {} · (1 − switching cost))",
                plain(COMPOSABILITY_SPEEDUP)
            ),
        ),
        row(
            labels::field(Field::PriceDecline),
            "κ",
            format!(
                "κ = {} per year × (1 + {} · log10(decline)) × the factors above",
                plain(EROSION_BASE),
                plain(PRICE_SPEEDUP)
            ),
        ),
    ]
}
