//! One function from the reader's settings to everything the page shows, in two parts so a
//! change that only moves the moat reuses the adoption run: [`adopt`] (the diffusion ODE and what
//! is read off it) and [`Scene::assemble`] (the moat and the value captured on top of it).
//! [`explore`] does both.

use super::chasm::Chasm;
use super::diffusion::{Market, Trajectory};
use super::groups::AdopterGroups;
use super::mapping;
use super::moat::{Moat, MoatCurve, MOAT_HORIZON_YEARS};
use super::params::Params;
use super::value::{value_curve, Pricing, ValueCurve};
use std::rc::Rc;

/// The adoption chart's horizon (years): long enough for a stalled main market to take off.
pub const HORIZON_YEARS: f64 = 30.0;
/// RK4 steps over the horizon (a sample every 0.05 years, finer than a chart pixel).
pub const STEPS: usize = 600;

/// The adoption run for one setting of the adoption controls.
#[derive(Clone, Debug, PartialEq)]
pub struct Adoption {
    /// The market at launch (on the launch rung); with a climb pace the main market's
    /// parameters change later, at `rung_times`.
    pub market: Market,
    pub trajectory: Rc<Trajectory>,
    pub chasm: Option<Chasm>,
    pub groups: AdopterGroups,
    /// Years until half of all potential adopters have adopted, if within the horizon.
    pub half_adoption_time: Option<f64>,
    /// Each rung gained after launch and when it arrives (years), also past the horizon; empty
    /// when the product stays on its launch rung.
    pub rung_times: Vec<(usize, f64)>,
}

/// Everything derived from one set of [`Params`].
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub params: Params,
    /// The market at launch (see [`Adoption::market`]).
    pub market: Market,
    /// Shared with the [`Adoption`] it came from (and with every scene that reused it).
    pub trajectory: Rc<Trajectory>,
    pub chasm: Option<Chasm>,
    pub groups: AdopterGroups,
    /// Years until half of all potential adopters have adopted, if within the horizon.
    pub half_adoption_time: Option<f64>,
    /// Each rung gained after launch and when it arrives (see [`Adoption::rung_times`]).
    pub rung_times: Vec<(usize, f64)>,
    pub moat: Moat,
    pub moat_curve: MoatCurve,
    /// Half-life of the lead: years from launch until the lead has fallen to one half, if it
    /// ever does.
    pub half_life: Option<f64>,
    /// Users kept at the end of the moat chart: share of all potential adopters.
    pub kept_at_horizon: f64,
    /// Value captured over the moat chart's horizon, everyone paying the same falling price
    /// (market-years: see [`super::value`]).
    pub value_captured: f64,
    /// Value captured from launch, on the moat chart's grid (market-years).
    pub value_curve: ValueCurve,
}

/// Run the adoption model. It reads only [`Params::adoption_inputs`].
pub fn adopt(params: &Params) -> Adoption {
    let market = mapping::market(params);
    let trajectory = mapping::simulate(params, HORIZON_YEARS, STEPS);
    Adoption {
        market,
        chasm: trajectory.chasm(),
        groups: trajectory.adopter_groups(market.theta),
        half_adoption_time: trajectory.time_to_reach(0.5),
        rung_times: mapping::rung_times(params),
        trajectory: Rc::new(trajectory),
    }
}

impl Scene {
    /// The scene for `params` on top of an adoption run made for the same adoption inputs.
    pub fn assemble(params: &Params, adoption: &Adoption) -> Scene {
        let moat = mapping::moat(params);
        let moat_curve = moat.curve(&adoption.trajectory);
        let value_curve = value_curve(
            &adoption.trajectory,
            adoption.market.theta,
            &moat_curve,
            Pricing::falling(params.price_decline()),
        );
        Scene {
            params: *params,
            market: adoption.market,
            chasm: adoption.chasm,
            groups: adoption.groups,
            half_adoption_time: adoption.half_adoption_time,
            rung_times: adoption.rung_times.clone(),
            half_life: moat.half_life(),
            kept_at_horizon: adoption.trajectory.cumulative_at(MOAT_HORIZON_YEARS)
                * moat.lead(MOAT_HORIZON_YEARS),
            trajectory: adoption.trajectory.clone(),
            moat,
            moat_curve,
            value_captured: value_curve.total,
            value_curve,
        }
    }
}

/// Compute the whole scene. Deterministic.
pub fn explore(params: &Params) -> Scene {
    Scene::assemble(params, &adopt(params))
}
