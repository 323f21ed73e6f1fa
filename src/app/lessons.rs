//! The essays' lessons as computations on the model: sweeps of one control (for the section
//! figures) and named "moves" (playbooks, advice) with their outcome from the current settings.
//! Pure, tested natively.

use crate::model::mapping::{self, LADDER};
use crate::model::scene::{HORIZON_YEARS, STEPS};
use crate::model::value::{value_curve, Pricing, NO_PREMIUM};
use crate::model::{explore, Field, Params, Scene};
use crate::view::labels::RUNGS;

/// Chasm depth (0 when there is none) of a scene.
pub fn depth(scene: &Scene) -> f64 {
    scene.chasm.map_or(0.0, |c| c.depth)
}

/// `depth(&explore(params))` computing only what it needs (the trajectory and its dip, not the
/// groups or the moat): the section sweeps call it dozens of times when the settings settle.
pub fn depth_at(params: &Params) -> f64 {
    mapping::simulate(params, HORIZON_YEARS, STEPS)
        .chasm()
        .map_or(0.0, |c| c.depth)
}

/// `explore(params).half_life` (0 when the lead does not erode) without simulating adoption,
/// which the half-life does not depend on.
pub fn half_life_at(params: &Params) -> f64 {
    mapping::moat(params).half_life().unwrap_or(0.0)
}

/// Sweep one control over `points` evenly spaced values of its range, everything else as in
/// `params`, and measure each setting with `measure` (e.g. [`depth_at`], [`half_life_at`]).
pub fn sweep(
    params: &Params,
    field: Field,
    points: usize,
    measure: impl Fn(&Params) -> f64,
) -> Vec<(f64, f64)> {
    let spec = field.spec();
    let points = points.max(2);
    (0..points)
        .map(|i| {
            let v = spec.min + (spec.max - spec.min) * i as f64 / (points - 1) as f64;
            let (p, _) = params.with(field, v);
            (p.get(field), measure(&p))
        })
        .collect()
}

/// What each rung of the abstraction ladder gives, everything else as in `params`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RungOutcome {
    pub interface: &'static str,
    pub depth: f64,
    /// Years to 50 % adoption, if within the horizon.
    pub half_time: Option<f64>,
}

pub fn ladder(params: &Params) -> Vec<RungOutcome> {
    (0..LADDER.len())
        .map(|i| {
            let s = explore(&params.with(Field::Abstraction, i as f64).0);
            RungOutcome {
                interface: RUNGS[i].interface,
                depth: depth(&s),
                half_time: s.half_adoption_time,
            }
        })
        .collect()
}

/// A named change to the settings, as the essays describe a strategy.
#[derive(Clone, Copy, Debug)]
pub struct Move {
    pub name: &'static str,
    /// What it changes in the model, in words.
    pub how: &'static str,
    pub apply: fn(Params) -> Params,
    /// The early market's price premium after the move (see [`crate::model::value`]): 1 when
    /// everyone pays the same, more when the move charges enthusiasts extra. Not a slider, so
    /// the settings alone do not carry it.
    pub premium: f64,
}

/// Before and after a move.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    pub params: Params,
    pub depth: f64,
    pub half_time: Option<f64>,
    pub half_life: Option<f64>,
    /// When the rate regains its first peak (the end of the chasm), if there is a chasm.
    pub recovery: Option<f64>,
    /// The early market's price premium this outcome was priced with (1: none).
    pub premium: f64,
    /// Value captured over the moat chart's horizon, in market-years (see
    /// [`crate::model::value`]), with `premium`.
    pub value: f64,
}

fn outcome(params: Params, premium: f64) -> Outcome {
    let s = explore(&params);
    let value = if premium == NO_PREMIUM {
        s.value_captured
    } else {
        value_curve(
            &s.trajectory,
            s.market.theta,
            &s.moat_curve,
            Pricing {
                decline: params.price_decline(),
                premium,
            },
        )
        .total
    };
    Outcome {
        params,
        depth: depth(&s),
        half_time: s.half_adoption_time,
        half_life: s.half_life,
        recovery: s.chasm.and_then(|c| c.recovery_time),
        premium,
        value,
    }
}

/// The outcome of the current settings (no premium) and of each move applied to them.
pub fn try_moves(params: &Params, moves: &[Move]) -> (Outcome, Vec<Outcome>) {
    (
        outcome(*params, NO_PREMIUM),
        moves
            .iter()
            .map(|m| outcome((m.apply)(*params), m.premium))
            .collect(),
    )
}

/// How much more the enthusiasts pay under "Upsell the innovators": half as much again. An
/// illustrative figure (enterprise editions and support contracts sold to the experts who
/// already use the open-source project).
pub const UPSELL_PREMIUM: f64 = 1.5;

/// The evolve playbook's climb pace (rungs per year): a simpler interface every year, Spark's
/// pace at its fastest (a Python API in 2013, SQL in 2014, DataFrames in 2015).
pub const EVOLVE_PACE: f64 = 1.0;

/// The commercialisation playbooks from "Crossing the AI Chasm": three that fail, two that work.
pub const PLAYBOOKS: [Move; 5] = [
    Move {
        name: "Upsell the innovators",
        how: "charge the enthusiasts half as much again (enterprise editions, support); the product and its market are unchanged",
        apply: |p| p,
        premium: UPSELL_PREMIUM,
    },
    Move {
        name: "Managed open source for the mainstream",
        how: "hosting, stability and security add a little trust (brand +10 points); the interface stays expert-only",
        apply: |p| p.nudged(Field::Brand, 0.1),
        premium: NO_PREMIUM,
    },
    Move {
        name: "Services instead of product",
        how: "consultants stand in for one rung of abstraction from launch, at consulting margins",
        apply: |p| p.nudged(Field::Abstraction, 1.0),
        premium: NO_PREMIUM,
    },
    Move {
        name: "Evolve: add abstraction layers",
        how: "after launch, a simpler interface every year, until the mainstream can use it without an expert",
        apply: |p| p.with(Field::ClimbPace, p.climb_pace().max(EVOLVE_PACE)).0,
        premium: NO_PREMIUM,
    },
    Move {
        name: "Skip: build for the early majority",
        how: "plain-English interface and a brand the mainstream trusts from day one",
        apply: |p| {
            p.with(Field::Abstraction, Field::Abstraction.spec().max)
                .0
                .with(Field::Brand, p.brand().max(0.6))
                .0
        },
        premium: NO_PREMIUM,
    },
];

/// The tarpit essay's advice, as moves on the moat.
pub const TARPIT_ADVICE: [Move; 3] = [
    Move {
        name: "Narrow the scope",
        how: "serve one niche deeply: harder to swap out (switching cost +30 points)",
        apply: |p| p.nudged(Field::SwitchingCost, 0.3),
        premium: NO_PREMIUM,
    },
    Move {
        name: "Do one workload really well",
        how: "known as the best at one thing (brand +20 points)",
        apply: |p| p.nudged(Field::Brand, 0.2),
        premium: NO_PREMIUM,
    },
    Move {
        name: "Both",
        how: "narrow scope and one workload together",
        apply: |p| {
            p.nudged(Field::SwitchingCost, 0.3)
                .nudged(Field::Brand, 0.2)
        },
        premium: NO_PREMIUM,
    },
];

/// Does a company with `runway_years` of cash get out of the chasm before the money runs out?
/// `None` when there is no chasm to cross.
pub fn survives(outcome: &Outcome, runway_years: f64) -> Option<bool> {
    if outcome.depth <= 0.0 {
        return None;
    }
    Some(outcome.recovery.is_some_and(|r| r <= runway_years))
}
