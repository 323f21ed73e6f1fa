//! Property-based tests of the model over the whole documented range of every parameter (the
//! sliders' and the raw model's), at the page's step count and at extremes: the model never
//! returns nonsense.

// Native only: the browser tests live in tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use chasm_explorer::model::diffusion::{Market, Trajectory, RAW_RANGES};
use chasm_explorer::model::moat::Moat;
use chasm_explorer::model::{explore, Field, Params};
use proptest::prelude::*;

mod common;
use common::any_params;

fn any_market() -> impl Strategy<Value = Market> {
    let r = |i: usize| RAW_RANGES[i].1..=RAW_RANGES[i].2;
    (r(0), r(1), r(2), r(3), r(4), r(5)).prop_map(
        |(theta, p_early, q_early, p_main, q_main, cross)| Market {
            theta,
            p_early,
            q_early,
            p_main,
            q_main,
            cross,
        },
    )
}

/// Everything a trajectory promises (its early market has share `theta`).
fn check_trajectory(tr: &Trajectory, theta: f64, steps: usize) -> Result<(), TestCaseError> {
    prop_assert_eq!(tr.t.len(), steps + 1);
    for v in [
        &tr.t,
        &tr.cumulative,
        &tr.rate,
        &tr.early,
        &tr.main,
        &tr.early_rate,
        &tr.main_rate,
    ] {
        prop_assert!(v.iter().all(|x| x.is_finite()), "a NaN or infinity");
    }
    for s in [&tr.cumulative, &tr.early, &tr.main] {
        prop_assert!(s.iter().all(|&x| (0.0..=1.0).contains(&x)));
        prop_assert!(s.windows(2).all(|w| w[1] >= w[0]), "a share fell");
    }
    prop_assert!(tr.rate.iter().all(|&r| r >= 0.0));
    let g = tr.adopter_groups(theta);
    prop_assert!(g.shares.iter().all(|&s| (0.0..=1.0).contains(&s)));
    prop_assert!(
        (g.shares.iter().sum::<f64>() - 1.0).abs() < 1e-9,
        "shares sum to {}",
        g.shares.iter().sum::<f64>()
    );
    prop_assert!((g.shares[0] + g.shares[1] - theta).abs() < 1e-9);
    prop_assert!(g.levels.windows(2).all(|w| w[0] <= w[1]));
    // Cuts in order; once one is not reached, none after it is.
    let reached: Vec<f64> = g.cuts.iter().map_while(|c| *c).collect();
    prop_assert!(g.cuts[reached.len()..].iter().all(Option::is_none));
    prop_assert!(reached.windows(2).all(|w| w[0] <= w[1]));
    for (t, level) in reached.iter().zip(g.levels) {
        prop_assert!(t.is_finite() && *t >= 0.0 && *t <= tr.horizon());
        prop_assert!(tr.cumulative_at(*t) >= level - 1e-9);
    }
    // A band for exactly the groups reached, within the horizon and in order.
    let horizon = tr.horizon();
    let mut last_end = 0.0;
    for i in 0..5 {
        match g.band(i, horizon) {
            Some((a, b)) => {
                prop_assert!(g.reached(i));
                prop_assert!(0.0 <= a && a <= b && b <= horizon);
                prop_assert!(a >= last_end - 1e-12);
                last_end = b;
            }
            None => prop_assert!(!g.reached(i)),
        }
    }
    if let Some(c) = tr.chasm() {
        prop_assert!((0.0..=1.0).contains(&c.depth));
        prop_assert!(c.peak_time < c.trough_time);
        prop_assert!(c.trough_rate <= c.peak_rate);
        if let Some(r) = c.recovery_time {
            prop_assert!(r > c.trough_time && r <= tr.horizon());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn every_slider_setting_gives_a_sane_scene(params in any_params()) {
        let scene = explore(&params);
        check_trajectory(&scene.trajectory, params.innovator_share(), chasm_explorer::model::scene::STEPS)?;
        let m = &scene.moat;
        prop_assert!(m.copy_lag >= 0.0 && m.erosion_rate > 0.0 && m.shape > 0.0 && (0.0..1.0).contains(&m.floor));
        let lead = &scene.moat_curve.lead;
        prop_assert!(lead.iter().all(|&l| l.is_finite() && l >= m.floor - 1e-12 && l <= 1.0));
        prop_assert!(lead.windows(2).all(|w| w[1] <= w[0]), "the lead grew");
        prop_assert!(scene.moat_curve.kept.iter().all(|&k| (0.0..=1.0).contains(&k)));
        // Every slider setting keeps the floor below one half, so the lead always halves.
        let h = scene.half_life.expect("erodes");
        prop_assert!(h.is_finite() && h >= m.copy_lag);
        prop_assert!((m.lead(h) - 0.5).abs() < 1e-9);
        prop_assert!(scene.kept_at_horizon.is_finite());
        // Value captured: finite, positive, cumulative, below the no-copycat flat-price ceiling.
        let ceiling = chasm_explorer::model::value::flat_benchmark(&scene.trajectory, &scene.moat_curve);
        prop_assert!(scene.value_captured.is_finite() && scene.value_captured > 0.0);
        prop_assert!(scene.value_captured <= ceiling + 1e-12);
        prop_assert!(scene.value_curve.cumulative.windows(2).all(|w| w[1] >= w[0]));
    }

    #[test]
    fn the_sweeps_shortcuts_agree_with_the_whole_scene(params in any_params()) {
        // The section figures measure sweeps with these instead of a full `explore`.
        use chasm_explorer::app::lessons::{depth, depth_at, half_life_at};
        let scene = explore(&params);
        prop_assert_eq!(depth_at(&params), depth(&scene));
        prop_assert_eq!(half_life_at(&params), scene.half_life.unwrap_or(0.0));
    }

    #[test]
    fn every_raw_market_in_range_gives_a_sane_trajectory(market in any_market(), steps in prop_oneof![Just(600usize), Just(1), Just(2), 3..50usize, Just(4000)]) {
        prop_assert!(market.validated().is_ok());
        check_trajectory(&market.simulate(30.0, steps), market.theta, steps)?;
    }

    #[test]
    fn raw_moats_in_range_erode_monotonically(lag in 0.0..5.0f64, rate in 0.0..50.0f64, shape in 0.01..100.0f64, floor in 0.0..0.99f64) {
        let moat = Moat { copy_lag: lag, erosion_rate: rate, shape, floor };
        let mut last = 1.0;
        for i in 0..=400 {
            let l = moat.lead(i as f64 * 0.05);
            prop_assert!(l.is_finite() && l >= floor - 1e-12 && l <= last + 1e-15);
            last = l;
        }
        if let Some(h) = moat.half_life() {
            prop_assert!(h.is_finite() && h >= lag);
        }
    }

    #[test]
    fn out_of_range_raw_parameters_are_named(i in 0..6usize, bad in prop_oneof![Just(f64::NAN), Just(f64::INFINITY), -1e6..-1e-9f64, 21.0..1e6f64]) {
        let mut values = [0.16, 0.06, 1.1, 0.001, 0.36, 0.01];
        values[i] = bad;
        let m = Market { theta: values[0], p_early: values[1], q_early: values[2], p_main: values[3], q_main: values[4], cross: values[5] };
        let err = m.validated().unwrap_err();
        prop_assert_eq!(err.field, RAW_RANGES[i].0);
        prop_assert!(err.to_string().starts_with(RAW_RANGES[i].0));
    }

    #[test]
    fn out_of_range_slider_values_are_clamped_and_named(i in 0..7usize, bad in prop_oneof![Just(f64::NAN), Just(f64::NEG_INFINITY), -1e9..-1e-9f64, 1e3..1e9f64]) {
        let field = Field::ALL[i];
        let mut p = Params::default();
        let err = p.set(field, bad).unwrap_err();
        prop_assert_eq!(err.field, field);
        prop_assert!(err.to_string().contains(chasm_explorer::view::labels::field(field)));
        let v = p.get(field);
        prop_assert!(v >= field.spec().min && v <= field.spec().max);
        prop_assert!(explore(&p).trajectory.rate.iter().all(|r| r.is_finite()));
    }
}

#[test]
fn degenerate_horizons_and_steps_do_not_panic() {
    let m = Market {
        theta: 0.16,
        p_early: 0.06,
        q_early: 1.1,
        p_main: 0.001,
        q_main: 0.36,
        cross: 0.01,
    };
    for (h, steps) in [
        (0.0, 600),
        (-1.0, 10),
        (f64::NAN, 10),
        (f64::INFINITY, 10),
        (30.0, 0),
    ] {
        let tr = m.simulate(h, steps);
        assert!(!tr.t.is_empty());
        assert!(tr.chasm().is_none());
        let g = tr.adopter_groups(m.theta);
        assert!((g.shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
}
