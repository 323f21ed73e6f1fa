//! The names readers see for the model's parts: the controls, Rogers' groups and the rungs of
//! the abstraction ladder. The model identifies them; this module says them.

use crate::model::groups::Group;
use crate::model::mapping::LADDER;
use crate::model::Field;

/// The control's name, as on its slider's label and in notices.
pub fn field(field: Field) -> &'static str {
    match field {
        Field::InnovatorShare => "Innovator share",
        Field::Abstraction => "Abstraction level",
        Field::ClimbPace => "Evolve pace",
        Field::Brand => "Brand strength",
        Field::CopyLag => "Copy lag",
        Field::SwitchingCost => "Switching cost",
        Field::PriceDecline => "Price decline",
    }
}

/// A group's name.
pub fn group(group: Group) -> &'static str {
    match group {
        Group::Innovators => "Innovators",
        Group::EarlyAdopters => "Early adopters",
        Group::EarlyMajority => "Early majority",
        Group::LateMajority => "Late majority",
        Group::Laggards => "Laggards",
    }
}

/// A group's name shortened to fit a narrow band on the chart.
pub fn group_short(group: Group) -> &'static str {
    match group {
        Group::Innovators => "Inn.",
        Group::EarlyAdopters => "EA",
        Group::EarlyMajority => "EM",
        Group::LateMajority => "LM",
        Group::Laggards => "Lag.",
    }
}

/// What a rung of the ladder is called, and who can use the product once it has it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RungLabel {
    /// The interface at this level, as in Spark's history.
    pub interface: &'static str,
    /// Who can use the product without an expert.
    pub audience: &'static str,
}

/// One label per rung of [`LADDER`] (the array's length is checked against the ladder's).
pub const RUNGS: [RungLabel; LADDER.len()] = [
    RungLabel {
        interface: "RDDs in Scala",
        audience: "distributed-systems experts",
    },
    RungLabel {
        interface: "Python API",
        audience: "software engineers",
    },
    RungLabel {
        interface: "DataFrames",
        audience: "data engineers",
    },
    RungLabel {
        interface: "SQL",
        audience: "analysts who know SQL",
    },
    RungLabel {
        interface: "pandas API",
        audience: "data scientists",
    },
    RungLabel {
        interface: "Plain English",
        audience: "anyone who can write a sentence",
    },
];

/// The adoption chart's title; its CSV and table share it.
pub fn adoption_title() -> String {
    format!(
        "Adoption rate over {}, with Rogers' adopter groups as bands",
        crate::view::format::adoption_horizon()
    )
}
/// The moat chart's title; its CSV and table share it.
pub fn moat_title() -> String {
    format!(
        "Your lead over the {} after launch",
        crate::view::format::moat_horizon()
    )
}
