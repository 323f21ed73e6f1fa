//! The one table from sliders to model parameters, and where each constant comes from.
//!
//! The literature gives shapes and orders of magnitude, not these exact numbers. The constants
//! below were calibrated (see `tests/model.rs`, `calibration_*`) so that the opening scene shows
//! a chasm close to the empirical one (the rate falls about 29 % from peak to trough and stays
//! down for years: Chandrasekaran & Tellis 2011), and so that both strategies from the essays,
//! climbing the abstraction ladder and building a stronger brand, can remove it, while brand alone
//! cannot rescue a product only experts can use.

use super::diffusion::{MainMarket, Market, Trajectory};
use super::moat::Moat;
use super::params::{Field, Params};

/// Early market's innovation coefficient p_e (per year). Enthusiasts try new things about twice
/// as readily as the average Bass market (p ~ 0.03 in Sultan, Farley & Lehmann 1990).
pub const EARLY_P: f64 = 0.06;
/// Early market's imitation coefficient q_e (per year). Experts talk to each other a lot: about
/// three times the meta-analytic average q ~ 0.38, so the early market saturates in a few years.
pub const EARLY_Q: f64 = 1.1;

/// One rung of the abstraction ladder (the essay's Spark example) and what it does to the main
/// market: how readily the mainstream adopts once this interface exists, and how far it can act
/// on what it hears. The rungs' names and audiences are reader-facing text, in
/// `crate::view::labels::RUNGS`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rung {
    /// Main market's own innovation coefficient p_m (per year).
    pub p_main: f64,
    /// Main market's imitation coefficient q_m (per year).
    pub q_main: f64,
    /// Usability u in `[0, 1]`: the share of brand's pull on the mainstream that can turn into
    /// adoption at this rung. Trust cannot make an expert-only product usable: at the bottom a
    /// mainstream user who believes the experts still cannot run it. This app's assumption,
    /// calibrated (see `tests/model.rs`, `calibration_*`); rising with the rung, 1 at the top.
    pub usability: f64,
}

/// The ladder. At the bottom the mainstream almost never tries the product on its own
/// (p_m = 0.0002) and talks about it less than average (q = 0.22, below the meta-analytic 0.38:
/// a tool you cannot run is hard to show a colleague), so its take-off never matches the
/// enthusiasts' pace; at the top it tries it at the literature's average pace (p ~ 0.03) and
/// talks about it more than average (q above 0.38) because anyone can show it to anyone.
pub const LADDER: [Rung; 6] = [
    Rung {
        p_main: 0.0002,
        q_main: 0.22,
        usability: USABILITY[0],
    },
    Rung {
        p_main: 0.001,
        q_main: 0.36,
        usability: USABILITY[1],
    },
    Rung {
        p_main: 0.003,
        q_main: 0.42,
        usability: USABILITY[2],
    },
    Rung {
        p_main: 0.007,
        q_main: 0.50,
        usability: USABILITY[3],
    },
    Rung {
        p_main: 0.015,
        q_main: 0.58,
        usability: USABILITY[4],
    },
    Rung {
        p_main: 0.03,
        q_main: 0.66,
        usability: USABILITY[5],
    },
];

/// Usability of each rung (see [`Rung::usability`]); this app's assumption, calibrated with
/// [`CROSS_RANGE`] so that, at the opening scene's other settings: on the bottom rung (experts
/// only, barely usable: 0.1) even a full brand leaves a deep chasm; on the second a strong brand
/// (55 % and up) removes it, exactly as before usability entered the model (0.5 x 0.22 is the
/// old 0.11); from the third a moderate one (40 %) does.
pub const USABILITY: [f64; 6] = [0.1, 0.5, 0.7, 0.85, 0.95, 1.0];

/// Cross-market influence c at zero brand (per year): the mainstream hardly listens to experts.
pub const CROSS_MIN: f64 = 0.002;
/// Added to c at full brand on a fully usable rung (per year); scaled down by the rung's
/// usability ([`USABILITY`]).
pub const CROSS_RANGE: f64 = 0.22;
/// Brand enters c as brand^1.5: trust builds slowly at first (a brand is not built quickly, as
/// the brand-moats essay stresses), then compounds.
pub const CROSS_EXPONENT: f64 = 1.5;

/// Base erosion rate of the lead once copycats ship (per year), before brand, switching cost and
/// price pressure. Calibrated so the default lead loses half its erodible part within months,
/// as the tarpit essay describes for AI infrastructure.
pub const EROSION_BASE: f64 = 0.5;
/// Full brand cuts the erosion rate by this fraction.
pub const BRAND_SLOWDOWN: f64 = 0.7;
/// Zero switching cost (perfect composability) multiplies erosion by 1 + this.
pub const COMPOSABILITY_SPEEDUP: f64 = 1.0;
/// Each tenfold yearly price decline multiplies erosion by 1 + this: users follow the cheapest
/// provider when the product is hard to tell apart.
pub const PRICE_SPEEDUP: f64 = 0.5;
/// Shape of the gamma-mixed erosion (Lindy): large at zero brand (nearly exponential decay),
/// 1 at full brand (a heavy tail: the longer a loyal user has stayed, the longer they stay).
pub const LINDY_SHAPE_NO_BRAND: f64 = 8.0;
pub const LINDY_SHAPE_FULL_BRAND: f64 = 1.0;
/// Share of the lead that never erodes (community, habit) at zero brand, and added at full brand.
pub const FLOOR_BASE: f64 = 0.05;
pub const FLOOR_BRAND: f64 = 0.35;

// The abstraction slider's range is the ladder: a rung index from `Params` is always within it.
const _: () = assert!(Field::Abstraction.spec().max as usize == LADDER.len() - 1);
// Usability rises with the rung, stays within [0, 1] and is whole at the top.
const _: () = {
    let mut i = 1;
    while i < LADDER.len() {
        assert!(LADDER[i].usability >= LADDER[i - 1].usability);
        i += 1;
    }
    assert!(LADDER[0].usability >= 0.0 && LADDER[LADDER.len() - 1].usability == 1.0);
};

/// Cross-market influence c for a brand strength in [0, 1] on a rung of usability `usability`:
/// `c = CROSS_MIN + CROSS_RANGE * brand^CROSS_EXPONENT * usability`.
pub fn cross(brand: f64, usability: f64) -> f64 {
    CROSS_MIN + CROSS_RANGE * brand.powf(CROSS_EXPONENT) * usability
}

/// The rung in use `t` years after launch: the launch rung plus one for each `1 / pace` years,
/// up to the top of the ladder (`min(launch + floor(pace * t), top)`).
pub fn rung_at(params: &Params, t: f64) -> usize {
    climbed(params.rung(), params.climb_pace(), t)
}

/// [`rung_at`] from its parts.
fn climbed(launch: usize, pace: f64, t: f64) -> usize {
    let top = LADDER.len() - 1;
    let gained = (pace * t).floor();
    // Written so NaN and negative times gain nothing; `as usize` saturates huge values.
    let gained = if gained > 0.0 { gained as usize } else { 0 };
    launch.saturating_add(gained).min(top)
}

/// When each rung above the launch rung arrives (years after launch), for the rungs reached at
/// all: rung `launch + k` arrives at `k / pace`. Empty when the product does not climb.
pub fn rung_times(params: &Params) -> Vec<(usize, f64)> {
    let pace = params.climb_pace();
    if pace <= 0.0 {
        return Vec::new();
    }
    (params.rung() + 1..LADDER.len())
        .map(|r| (r, (r - params.rung()) as f64 / pace))
        .collect()
}

/// The adoption model's parameters at launch for these settings (the launch rung). With a climb
/// pace above 0 the main market changes later: simulate with [`simulate`], not with this.
pub fn market(params: &Params) -> Market {
    let main = main_market(params, 0.0);
    Market {
        theta: params.innovator_share(),
        p_early: EARLY_P,
        q_early: EARLY_Q,
        p_main: main.p_main,
        q_main: main.q_main,
        cross: main.cross,
    }
}

/// The main market's parameters `t` years after launch: those of the rung in use then.
pub fn main_market(params: &Params, t: f64) -> MainMarket {
    main_on(LADDER[rung_at(params, t)], params.brand())
}

/// The main market on `rung` for a brand strength.
fn main_on(rung: Rung, brand: f64) -> MainMarket {
    MainMarket {
        p_main: rung.p_main,
        q_main: rung.q_main,
        cross: cross(brand, rung.usability),
    }
}

/// The adoption run for these settings over `horizon_years` in `steps` RK4 steps, the product
/// climbing the ladder at its pace.
pub fn simulate(params: &Params, horizon_years: f64, steps: usize) -> Trajectory {
    let market = market(params);
    let (launch, pace) = (params.rung(), params.climb_pace());
    // The six rungs' main markets, computed once rather than at every RK4 stage.
    let mains = LADDER.map(|r| main_on(r, params.brand()));
    market.simulate_with(horizon_years, steps, |t| mains[climbed(launch, pace, t)])
}

/// The moat model's parameters for these settings.
pub fn moat(params: &Params) -> Moat {
    let brand = params.brand();
    let rate = EROSION_BASE
        * (1.0 - BRAND_SLOWDOWN * brand)
        * (1.0 + COMPOSABILITY_SPEEDUP * (1.0 - params.switching_cost()))
        * (1.0 + PRICE_SPEEDUP * params.price_decline().log10());
    Moat {
        copy_lag: params.copy_lag_months() / 12.0,
        erosion_rate: rate,
        shape: LINDY_SHAPE_NO_BRAND + (LINDY_SHAPE_FULL_BRAND - LINDY_SHAPE_NO_BRAND) * brand,
        floor: FLOOR_BASE + FLOOR_BRAND * brand,
    }
}
