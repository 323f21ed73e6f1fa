//! The one table from sliders to model parameters, and where each constant comes from.
//!
//! The literature gives shapes and orders of magnitude, not these exact numbers. The constants
//! below were calibrated (see `tests/model.rs`, `calibration_*`) so that the opening scene shows
//! a chasm close to the empirical one (the rate falls about 29 % from peak to trough and stays
//! down for years: Chandrasekaran & Tellis 2011), and so that both strategies from the essays,
//! climbing the abstraction ladder and building a stronger brand, can remove it.

use super::diffusion::Market;
use super::moat::Moat;
use super::params::{Field, Params};

/// Early market's innovation coefficient p_e (per year). Enthusiasts try new things about twice
/// as readily as the average Bass market (p ~ 0.03 in Sultan, Farley & Lehmann 1990).
pub const EARLY_P: f64 = 0.06;
/// Early market's imitation coefficient q_e (per year). Experts talk to each other a lot: about
/// three times the meta-analytic average q ~ 0.38, so the early market saturates in a few years.
pub const EARLY_Q: f64 = 1.1;

/// One rung of the abstraction ladder (the essay's Spark example) and what it does to the main
/// market: how readily the mainstream adopts once this interface exists. The rungs' names and
/// audiences are reader-facing text, in `crate::view::labels::RUNGS`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rung {
    /// Main market's own innovation coefficient p_m (per year).
    pub p_main: f64,
    /// Main market's imitation coefficient q_m (per year).
    pub q_main: f64,
}

/// The ladder. At the bottom the mainstream almost never tries the product on its own
/// (p_m = 0.0002); at the top it does so at the literature's average pace (p ~ 0.03) and talks
/// about it more than average (q above 0.38) because anyone can show it to anyone.
pub const LADDER: [Rung; 6] = [
    Rung {
        p_main: 0.0002,
        q_main: 0.30,
    },
    Rung {
        p_main: 0.001,
        q_main: 0.36,
    },
    Rung {
        p_main: 0.003,
        q_main: 0.42,
    },
    Rung {
        p_main: 0.007,
        q_main: 0.50,
    },
    Rung {
        p_main: 0.015,
        q_main: 0.58,
    },
    Rung {
        p_main: 0.03,
        q_main: 0.66,
    },
];

/// Cross-market influence c at zero brand (per year): the mainstream hardly listens to experts.
pub const CROSS_MIN: f64 = 0.002;
/// Added to c at full brand (per year).
pub const CROSS_RANGE: f64 = 0.11;
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

/// Cross-market influence c for a brand strength in [0, 1].
pub fn cross(brand: f64) -> f64 {
    CROSS_MIN + CROSS_RANGE * brand.powf(CROSS_EXPONENT)
}

/// The adoption model's parameters for these settings.
pub fn market(params: &Params) -> Market {
    let rung = LADDER[params.rung()];
    Market {
        theta: params.innovator_share(),
        p_early: EARLY_P,
        q_early: EARLY_Q,
        p_main: rung.p_main,
        q_main: rung.q_main,
        cross: cross(params.brand()),
    }
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
