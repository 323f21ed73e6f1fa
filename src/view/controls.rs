//! The controls as data: for each model field, how its value is written for readers and a one-line
//! hint on what it moves. The generic `<Slider>` renders any of them. Pure, tested natively.

use super::labels::RUNGS;
use crate::model::{Field, Params};
use crate::view::format::{climb_pace, decline, months, percent};

/// Which figure a control drives (it is placed directly under that figure).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Adoption,
    Moat,
}

/// The figure a field belongs to.
pub fn figure(field: Field) -> Figure {
    match field {
        Field::InnovatorShare | Field::Abstraction | Field::ClimbPace | Field::Brand => {
            Figure::Adoption
        }
        Field::CopyLag | Field::SwitchingCost | Field::PriceDecline => Figure::Moat,
    }
}

/// The fields that drive `fig`, in display order.
pub fn fields_of(fig: Figure) -> Vec<Field> {
    Field::ALL
        .into_iter()
        .filter(|&f| figure(f) == fig)
        .collect()
}

/// The value as shown beside the slider and read by screen readers (`aria-valuetext`).
pub fn value_text(params: &Params, field: Field) -> String {
    let value = params.get(field);
    match field {
        Field::InnovatorShare | Field::Brand | Field::SwitchingCost => percent(value),
        Field::Abstraction => {
            let i = params.rung();
            format!("{} of {}: {}", i + 1, RUNGS.len(), RUNGS[i].interface)
        }
        Field::ClimbPace => climb_pace(value),
        Field::CopyLag => months(value),
        Field::PriceDecline => decline(value),
    }
}

/// A one-line hint under the slider: what moving it means.
pub fn hint(params: &Params, field: Field) -> String {
    match field {
        Field::InnovatorShare => {
            "Share of the market that are enthusiasts: innovators plus early adopters.".into()
        }
        Field::Abstraction => {
            format!(
                "Who can use it without an expert at launch: {}.",
                RUNGS[params.rung()].audience
            )
        }
        Field::ClimbPace => "How fast the product gains simpler interfaces after launch.".into(),
        // What the setting means in practice: once every enthusiast has adopted, the share of the
        // still-waiting mainstream their example alone wins over each year, on the rung in use.
        Field::Brand => {
            let rung = crate::model::mapping::LADDER[params.rung()];
            let c = crate::model::mapping::cross(params.brand(), rung.usability);
            format!(
                "How far the mainstream trusts you and your early users: at this rung, their example alone wins over {} of the waiting mainstream a year.",
                percent(c)
            )
        }
        Field::CopyLag => "How long until rivals and open source ship the same features.".into(),
        Field::SwitchingCost => {
            "How hard it is to swap you for a rival (0 % = fully composable).".into()
        }
        Field::PriceDecline => "How fast the price of the same capability falls each year.".into(),
    }
}
