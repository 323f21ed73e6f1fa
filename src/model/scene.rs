//! One function from the reader's settings to everything the page shows.

use super::chasm::Chasm;
use super::diffusion::{Market, Trajectory};
use super::groups::AdopterGroups;
use super::mapping;
use super::moat::{Moat, MoatCurve, MOAT_HORIZON_YEARS};
use super::params::Params;

/// The adoption chart's horizon (years): long enough for a stalled main market to take off.
pub const HORIZON_YEARS: f64 = 30.0;
/// RK4 steps over the horizon (a sample every 0.05 years, finer than a chart pixel).
pub const STEPS: usize = 600;

/// Everything derived from one set of [`Params`].
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The settings after clamping to their documented ranges.
    pub params: Params,
    pub market: Market,
    pub trajectory: Trajectory,
    pub chasm: Option<Chasm>,
    pub groups: AdopterGroups,
    /// Years until half of all potential adopters have adopted, if within the horizon.
    pub half_adoption_time: Option<f64>,
    pub moat: Moat,
    pub moat_curve: MoatCurve,
    /// Half-life of the lead (years since launch), if it erodes at all.
    pub half_life: Option<f64>,
    /// Users kept at the end of the moat chart: share of all potential adopters.
    pub kept_at_horizon: f64,
}

/// Compute the whole scene. Deterministic; out-of-range settings are clamped first.
pub fn explore(params: &Params) -> Scene {
    let (params, _) = params.clamped();
    let market = mapping::market(&params);
    let trajectory = market.simulate(HORIZON_YEARS, STEPS);
    let moat = mapping::moat(&params);
    let moat_curve = moat.curve(&trajectory);
    Scene {
        chasm: trajectory.chasm(),
        groups: trajectory.adopter_groups(),
        half_adoption_time: trajectory.time_to_reach(0.5),
        half_life: moat.half_life(),
        kept_at_horizon: trajectory.cumulative_at(MOAT_HORIZON_YEARS)
            * moat.lead(MOAT_HORIZON_YEARS),
        params,
        market,
        trajectory,
        moat,
        moat_curve,
    }
}
