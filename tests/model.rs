//! Native tests of the pure model: the Bass closed form as oracle, chasm detection, Rogers'
//! groups, the moat, and the calibration of the opening scene.

// Native only: the browser tests live in tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use chasm_explorer::model::bass;
use chasm_explorer::model::diffusion::Market;
use chasm_explorer::model::groups::Group;
use chasm_explorer::model::moat::Moat;
use chasm_explorer::model::scene::{HORIZON_YEARS, STEPS};
use chasm_explorer::model::{explore, Field, Params};

/// Both segments share p and q and there is no cross term: the aggregate is exactly Bass.
fn bass_market(p: f64, q: f64, theta: f64) -> Market {
    Market {
        theta,
        p_early: p,
        q_early: q,
        p_main: p,
        q_main: q,
        cross: 0.0,
    }
}

#[test]
fn ode_matches_bass_closed_form() {
    for &(p, q) in &[(0.03, 0.38), (0.01, 0.6), (0.1, 0.2), (0.05, 1.2)] {
        let tr = bass_market(p, q, 0.3).simulate(HORIZON_YEARS, STEPS);
        let worst =
            tr.t.iter()
                .zip(&tr.cumulative)
                .map(|(&t, &f)| (f - bass::cumulative(p, q, t)).abs())
                .fold(0.0, f64::max);
        assert!(worst <= 1e-6, "p={p} q={q}: max error {worst}");
        let worst_rate =
            tr.t.iter()
                .zip(&tr.rate)
                .map(|(&t, &r)| (r - bass::rate(p, q, t)).abs())
                .fold(0.0, f64::max);
        assert!(
            worst_rate <= 1e-6,
            "p={p} q={q}: max rate error {worst_rate}"
        );
    }
}

#[test]
fn bass_peak_time_and_half_point() {
    let (p, q) = (0.03, 0.38);
    let t_star = bass::peak_time(p, q).expect("q > p has a peak");
    assert!((t_star - (q / p).ln() / (p + q)).abs() < 1e-12);
    assert!((bass::cumulative(p, q, t_star) - (0.5 - p / (2.0 * q))).abs() < 1e-12);
    assert!((bass::rate(p, q, t_star) - (p + q).powi(2) / (4.0 * q)).abs() < 1e-12);
    // The rate really is maximal there.
    assert!(bass::rate(p, q, t_star) > bass::rate(p, q, t_star - 0.1));
    assert!(bass::rate(p, q, t_star) > bass::rate(p, q, t_star + 0.1));
    assert_eq!(bass::peak_time(0.4, 0.3), None);
}

#[test]
fn cumulative_is_monotone_in_unit_interval_and_rate_non_negative() {
    for brand in [0.0, 0.3, 1.0] {
        for abstraction in 0..=5 {
            let (params, errors) =
                Params::new([0.16, abstraction as f64, 0.0, brand, 2.0, 0.2, 10.0]);
            assert!(errors.is_empty());
            let tr = explore(&params).trajectory;
            assert_eq!(tr.t.len(), STEPS + 1);
            for w in tr.cumulative.windows(2) {
                assert!(w[1] >= w[0], "cumulative fell");
            }
            assert!(tr.cumulative.iter().all(|&f| (0.0..=1.0).contains(&f)));
            assert!(tr.rate.iter().all(|&r| r >= 0.0 && r.is_finite()));
            for i in 0..tr.rate.len() {
                assert!((tr.early_rate[i] + tr.main_rate[i] - tr.rate[i]).abs() < 1e-12);
            }
        }
    }
}

#[test]
fn chasm_found_on_a_constructed_saddle() {
    // A fast early market and a main market that barely adopts on its own nor listens.
    let saddle = Market {
        theta: 0.2,
        p_early: 0.1,
        q_early: 1.5,
        p_main: 0.0005,
        q_main: 0.6,
        cross: 0.0,
    };
    let tr = saddle.simulate(HORIZON_YEARS, STEPS);
    let chasm = tr.chasm().expect("a saddle must show a chasm");
    assert!(chasm.trough_time > chasm.peak_time);
    assert!(chasm.trough_rate < chasm.peak_rate);
    assert!(chasm.depth > 0.5, "depth {}", chasm.depth);
    let recovery = chasm
        .recovery_time
        .expect("the main market takes off within 30 years");
    assert!(recovery > chasm.trough_time);
    // The rate at the recovery time is (close to) the first peak's.
    let i = tr.t.iter().position(|&t| t >= recovery).unwrap();
    assert!((tr.rate[i] - chasm.peak_rate).abs() / chasm.peak_rate < 0.05);
}

#[test]
fn no_chasm_on_a_plain_bass_curve() {
    for &(p, q) in &[(0.03, 0.38), (0.3, 0.1), (0.001, 0.9)] {
        assert_eq!(
            bass_market(p, q, 0.16)
                .simulate(HORIZON_YEARS, STEPS)
                .chasm(),
            None
        );
    }
}

#[test]
fn a_dip_that_never_recovers_has_no_recovery_time() {
    let stalled = Market {
        theta: 0.2,
        p_early: 0.1,
        q_early: 1.5,
        p_main: 0.0,
        q_main: 0.1,
        cross: 0.0,
    };
    let tr = stalled.simulate(HORIZON_YEARS, STEPS);
    // The main market never starts at all: the rate only falls after the early peak.
    assert_eq!(tr.chasm(), None);
    let slow = Market {
        p_main: 0.0001,
        q_main: 0.25,
        ..stalled
    };
    let chasm = slow.simulate(HORIZON_YEARS, STEPS).chasm().expect("a dip");
    assert_eq!(chasm.recovery_time, None);
}

#[test]
fn groups_are_rogers_cuts_of_the_whole_market_and_square_with_the_innovator_share() {
    use chasm_explorer::model::groups::cut_levels;
    // At the default innovator share the cuts are exactly Rogers' 2.5 / 16 / 50 / 84 %.
    let levels = cut_levels(0.16);
    for (l, rogers) in levels.iter().zip([0.025, 0.16, 0.5, 0.84]) {
        assert!((l - rogers).abs() < 1e-12, "{levels:?}");
    }
    for theta in [0.025, 0.1, 0.16, 0.3, 0.5] {
        let (params, _) = Params::default().with(Field::InnovatorShare, theta);
        let g = explore(&params).groups;
        // Innovators + early adopters are the innovator share; all five make the whole market.
        assert!((g.shares[0] + g.shares[1] - theta).abs() < 1e-12, "{g:?}");
        assert!((g.shares.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(g.shares.iter().all(|&s| s > 0.0), "no empty group: {g:?}");
        assert!(g.levels.windows(2).all(|w| w[0] < w[1]));
        // Every cut is reached in the opening scene, in order, where F reaches its level.
        let tr = explore(&params).trajectory;
        let cuts: Vec<f64> = g.cuts.iter().map(|c| c.expect("reached")).collect();
        assert!(cuts.windows(2).all(|w| w[0] < w[1]), "{cuts:?}");
        for (t, level) in cuts.iter().zip(g.levels) {
            assert!((tr.cumulative_at(*t) - level).abs() < 1e-9);
        }
        // Bands tile the horizon: innovators from launch, each starting where the last ended.
        let bands: Vec<(f64, f64)> = (0..5).map(|i| g.band(i, HORIZON_YEARS).unwrap()).collect();
        assert_eq!(bands[0].0, 0.0);
        assert_eq!(bands[4].1, HORIZON_YEARS);
        assert!(bands.windows(2).all(|w| w[0].1 == w[1].0));
        assert!(bands.iter().all(|&(a, b)| a < b));
    }
    assert_eq!(Group::ALL.len(), 5);
    assert!((Group::ALL.iter().map(|g| g.rogers_share()).sum::<f64>() - 1.0).abs() < 1e-12);
}

#[test]
fn a_group_not_reached_within_the_horizon_has_no_band() {
    // The main market never starts: F stops at the early market's share.
    let stalled = Market {
        theta: 0.2,
        p_early: 0.1,
        q_early: 1.5,
        p_main: 0.0,
        q_main: 0.1,
        cross: 0.0,
    };
    let g = stalled
        .simulate(HORIZON_YEARS, STEPS)
        .adopter_groups(stalled.theta);
    // F stops at 20 %, the early market: the early majority starts when the early adopters are
    // done and never ends; the late majority and the laggards are never reached.
    assert!(g.cuts[0].is_some());
    assert_eq!(g.cuts[2], None);
    assert_eq!(g.cuts[3], None);
    assert!(g.band(0, HORIZON_YEARS).is_some());
    assert!(g.reached(1) && !g.reached(3) && !g.reached(4));
    assert_eq!(g.band(3, HORIZON_YEARS), None, "late majority never starts");
    assert_eq!(g.band(4, HORIZON_YEARS), None, "nor do the laggards");
    assert_eq!(g.band(5, HORIZON_YEARS), None, "not a group");
    // A group that starts but is not complete runs to the horizon.
    let last_started = (0..5).rev().find(|&i| g.reached(i)).unwrap();
    assert!(!g.complete(last_started));
    assert_eq!(
        g.band(last_started, HORIZON_YEARS).unwrap().1,
        HORIZON_YEARS
    );
    // Shares are the definition's, reached or not.
    assert!((g.shares.iter().sum::<f64>() - 1.0).abs() < 1e-12);
}

#[test]
fn moat_lead_is_whole_then_non_increasing_to_its_floor() {
    let moat = Moat {
        copy_lag: 0.25,
        erosion_rate: 1.2,
        shape: 3.0,
        floor: 0.1,
    };
    assert_eq!(moat.lead(0.0), 1.0);
    assert_eq!(moat.lead(0.2), 1.0);
    let mut last = 1.0;
    for i in 0..2000 {
        let l = moat.lead(i as f64 * 0.01);
        assert!(l <= last && l >= 0.1);
        last = l;
    }
    assert!(moat.lead(1e6) - 0.1 < 1e-3);
}

#[test]
fn moat_half_life_is_when_half_the_lead_is_gone() {
    for shape in [0.5, 1.0, 3.0, 8.0, 1e4] {
        for floor in [0.0, 0.05, 0.2, 0.4, 0.49] {
            for (lag, rate) in [(0.0, 0.3), (0.5, 0.9), (2.0, 4.0)] {
                let moat = Moat {
                    copy_lag: lag,
                    erosion_rate: rate,
                    shape,
                    floor,
                };
                let h = moat.half_life().expect("the lead falls to one half");
                assert!(
                    (moat.lead(h) - 0.5).abs() < 1e-9,
                    "shape {shape} floor {floor}: lead {} at {h}",
                    moat.lead(h)
                );
                assert!(h > lag);
            }
        }
    }
    // Huge shape: the exponential limit, ln 2 / kappa after the lag with no floor, and
    // ln(1/r) / kappa with r = (1/2 - floor)/(1 - floor) above one.
    let moat = Moat {
        copy_lag: 0.0,
        erosion_rate: 2.0,
        shape: 1e7,
        floor: 0.0,
    };
    assert!((moat.half_life().unwrap() - 2f64.ln() / 2.0).abs() < 1e-5);
    let floored = Moat { floor: 0.2, ..moat };
    assert!((floored.half_life().unwrap() - (0.8f64 / 0.3).ln() / 2.0).abs() < 1e-5);
    // A lead that never falls to one half has no half-life.
    for never in [
        Moat {
            erosion_rate: 0.0,
            ..moat
        },
        Moat { floor: 0.5, ..moat },
        Moat { floor: 0.7, ..moat },
    ] {
        assert_eq!(never.half_life(), None, "{never:?}");
    }
}

#[test]
fn calibration_default_scene_shows_a_realistic_chasm() {
    let scene = explore(&Params::default());
    let chasm = scene.chasm.expect("the opening scene shows a chasm");
    // Chandrasekaran & Tellis (2011): the rate falls about 29 % at the trough, for years.
    assert!((0.2..=0.35).contains(&chasm.depth), "depth {}", chasm.depth);
    assert!(chasm.recovery_time.expect("it recovers") - chasm.peak_time >= 2.0);
    assert!(scene.half_adoption_time.is_some());
}

/// Chasm depth (0 when there is none) for the opening scene with some fields changed.
fn depth_with(changes: &[(Field, f64)]) -> f64 {
    let params = changes
        .iter()
        .fold(Params::default(), |p, &(f, v)| p.with(f, v).0);
    explore(&params).chasm.map_or(0.0, |c| c.depth)
}

#[test]
fn calibration_both_strategies_remove_the_chasm() {
    // Skip: launch on the top rung. No chasm whatever the brand.
    for brand in [0.0, 0.25, 1.0] {
        assert_eq!(
            depth_with(&[(Field::Abstraction, 5.0), (Field::Brand, brand)]),
            0.0,
            "skipping removes the chasm at brand {brand}"
        );
    }
    // Evolve: a new rung every year from the opening scene's launch rung removes it; slower
    // climbs make it shallower.
    assert_eq!(depth_with(&[(Field::ClimbPace, 1.0)]), 0.0);
    let base = depth_with(&[]);
    assert!(depth_with(&[(Field::ClimbPace, 0.5)]) < base / 2.0);
    // A brand the mainstream trusts removes the opening scene's chasm from 55 % up (the page
    // says "past 60 %").
    for brand in [0.55, 0.6, 0.65, 0.7, 0.8, 1.0] {
        assert_eq!(depth_with(&[(Field::Brand, brand)]), 0.0, "brand {brand}");
    }
    assert!(depth_with(&[(Field::Brand, 0.5)]) > 0.0);
    // Brand fills the trough in gradually.
    let depths: Vec<f64> = [0.0, 0.15, 0.3]
        .iter()
        .map(|&b| depth_with(&[(Field::Brand, b)]))
        .collect();
    assert!(depths[0] > depths[1] && depths[1] > depths[2], "{depths:?}");
}

#[test]
fn calibration_brand_cannot_remove_a_rung_1_chasm_on_its_own() {
    // On the bottom rung ("1 of 6", experts only) even a full brand leaves a deep chasm the
    // rate never climbs out of: the mainstream cannot use what it trusts.
    for brand in [0.25, 0.6, 1.0] {
        let scene = explore(
            &Params::default()
                .with(Field::Abstraction, 0.0)
                .0
                .with(Field::Brand, brand)
                .0,
        );
        let chasm = scene.chasm.expect("a chasm at the bottom rung");
        assert!(chasm.depth > 0.3, "brand {brand}: depth {}", chasm.depth);
        assert_eq!(chasm.recovery_time, None, "brand {brand}");
    }
    // One rung up the same brand removes it, and from the third rung a moderate one does.
    assert_eq!(
        depth_with(&[(Field::Abstraction, 1.0), (Field::Brand, 1.0)]),
        0.0
    );
    assert_eq!(
        depth_with(&[(Field::Abstraction, 2.0), (Field::Brand, 0.4)]),
        0.0
    );
    assert!(depth_with(&[(Field::Abstraction, 2.0), (Field::Brand, 0.25)]) > 0.0);
    for rung in 3..=5 {
        assert_eq!(depth_with(&[(Field::Abstraction, rung as f64)]), 0.0);
    }
}

#[test]
fn a_rung_gained_mid_life_raises_adoption_only_from_then_on() {
    use chasm_explorer::model::mapping;
    let still = Params::default().with(Field::Abstraction, 0.0).0;
    for pace in [0.3, 0.4, 0.7] {
        let climbing = still.with(Field::ClimbPace, pace).0;
        let arrives = 1.0 / pace;
        assert_eq!(mapping::rung_at(&climbing, arrives - 1e-9), 0);
        assert_eq!(mapping::rung_at(&climbing, arrives + 1e-9), 1);
        assert_eq!(mapping::rung_at(&climbing, 1e3), 5, "stops at the top");
        let (a, b) = (explore(&still).trajectory, explore(&climbing).trajectory);
        for i in 0..a.t.len() {
            if a.t[i] < arrives {
                assert_eq!(
                    a.cumulative[i], b.cumulative[i],
                    "pace {pace}, t {}",
                    a.t[i]
                );
                assert_eq!(a.rate[i], b.rate[i]);
            } else if a.t[i] > arrives && b.cumulative[i] < 1.0 {
                assert!(
                    b.cumulative[i] > a.cumulative[i],
                    "pace {pace}, t {}",
                    a.t[i]
                );
            }
        }
    }
    // Pace 0 is exactly the static product.
    let zero = still.with(Field::ClimbPace, 0.0).0;
    assert_eq!(explore(&zero).trajectory, explore(&still).trajectory);
    assert!(chasm_explorer::model::mapping::rung_times(&zero).is_empty());
}

#[test]
fn evolve_and_skip_give_different_curves() {
    let evolve = Params::default()
        .with(Field::Abstraction, 0.0)
        .0
        .with(Field::ClimbPace, 0.4)
        .0;
    let skip = Params::default().with(Field::Abstraction, 5.0).0;
    let stuck = Params::default().with(Field::Abstraction, 0.0).0;
    let (e, s, st) = (explore(&evolve), explore(&skip), explore(&stuck));
    // Skip: no chasm, and half the market years earlier.
    assert_eq!(s.chasm, None);
    assert!(s.half_adoption_time.unwrap() + 3.0 < e.half_adoption_time.unwrap());
    // Evolve: a chasm that ends after the rungs start arriving (every 2.5 years)...
    let c = e
        .chasm
        .expect("evolving from the bottom still meets a chasm");
    let recovery = c.recovery_time.expect("climbing gets it out");
    assert!(recovery > 2.5 && recovery < 10.0, "recovery {recovery}");
    assert_eq!(
        e.rung_times,
        vec![(1, 2.5), (2, 5.0), (3, 7.5), (4, 10.0), (5, 12.5)]
    );
    // ...which the same product left on its bottom rung never climbs out of.
    let stuck_chasm = st.chasm.expect("a chasm on the bottom rung");
    assert_eq!(stuck_chasm.recovery_time, None);
    assert!(stuck_chasm.depth > c.depth);
    assert!(e.half_adoption_time.unwrap() < st.half_adoption_time.unwrap());
}

#[test]
fn value_falls_with_price_decline_and_rises_with_the_premium() {
    use chasm_explorer::model::value::{flat_benchmark, value_curve, Pricing};
    let spec = Field::PriceDecline.spec();
    for base in [
        Params::default(),
        Params::default().with(Field::Abstraction, 5.0).0,
        Params::default().with(Field::Brand, 0.9).0,
    ] {
        let steps = ((spec.max - spec.min) / spec.step).round() as usize;
        let values: Vec<f64> = (0..=steps)
            .map(|k| {
                let d = spec.min + k as f64 * spec.step;
                explore(&base.with(Field::PriceDecline, d).0).value_captured
            })
            .collect();
        assert!(
            values.windows(2).all(|w| w[1] < w[0]),
            "value falls as the price falls faster: {values:?}"
        );
        let s = explore(&base);
        // Below what a product with no copycats and a flat price would earn.
        let ceiling = flat_benchmark(&s.trajectory, &s.moat_curve);
        assert!(s.value_captured > 0.0 && s.value_captured < ceiling);
        // Enthusiasts paying more raises it, and never by more than the premium.
        let at = |premium: f64| {
            value_curve(
                &s.trajectory,
                s.market.theta,
                &s.moat_curve,
                Pricing {
                    decline: base.price_decline(),
                    premium,
                },
            )
            .total
        };
        assert_eq!(at(1.0), s.value_captured);
        assert!(at(1.5) > at(1.0) && at(2.0) > at(1.5));
        assert!(at(1.5) <= 1.5 * at(1.0));
        // The curve is cumulative on the moat's grid and ends at the total.
        let curve = &s.value_curve;
        assert_eq!(curve.t, s.moat_curve.t);
        assert_eq!(curve.cumulative[0], 0.0);
        assert!(curve.cumulative.windows(2).all(|w| w[1] >= w[0]));
        assert_eq!(curve.cumulative.last().copied(), Some(curve.total));
    }
}

#[test]
fn brand_lengthens_the_half_life_and_composability_shortens_it() {
    let half = |p: Params| explore(&p).half_life.unwrap();
    let base = Params::default();
    assert!(half(base.with(Field::Brand, 0.9).0) > half(base));
    assert!(half(base.with(Field::SwitchingCost, 0.0).0) < half(base));
    assert!(
        half(base.with(Field::PriceDecline, 20.0).0) < half(base.with(Field::PriceDecline, 1.0).0)
    );
    assert!(half(base.with(Field::CopyLag, 12.0).0) - half(base) - 10.0 / 12.0 < 1e-9);
}

#[test]
fn params_are_validated_and_clamped_per_field() {
    let (fixed, errors) = Params::new([f64::NAN, 2.4, 0.0, 3.0, 2.0, 0.2, 10.0]);
    assert!(errors[0].to_string().contains("Innovator share"));
    assert_eq!(fixed.brand(), 1.0);
    assert_eq!(fixed.innovator_share(), 0.16);
    assert_eq!(fixed.rung(), 2);
    // `with` corrects and reports the one field it sets; the rest stay as they were.
    let (p, problem) = fixed.with(Field::Brand, -1.0);
    assert_eq!(p.brand(), 0.0);
    assert_eq!(problem.map(|e| e.field), Some(Field::Brand));
    assert_eq!(p.rung(), 2);
    // Serde reads named fields and corrects what is out of range, as every constructor does.
    let json = r#"{"innovators":0.9,"brand":0.5}"#;
    let read: Params = serde_json::from_str(json).unwrap();
    assert_eq!(read.innovator_share(), 0.5);
    assert_eq!(read.brand(), 0.5);
    assert_eq!(read.rung(), 1);
    let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        vec![Field::InnovatorShare, Field::Abstraction, Field::Brand]
    );
    for field in Field::ALL {
        assert_eq!(Field::from_key(field.spec().key), Some(field));
    }
}

#[test]
fn novelty_active_users_peak_then_fall_only_with_curious_adopters() {
    use chasm_explorer::model::novelty::{active_users, hype_launch};
    let tr = hype_launch();
    let need_only = active_users(&tr, 0.0, 2.0 / 12.0);
    assert_eq!(need_only.fall, 0.0);
    for (a, f) in need_only.active.iter().zip(&tr.cumulative) {
        assert!(
            (a - f).abs() < 1e-12,
            "without curiosity, active users are the adopters"
        );
    }
    let hype = active_users(&tr, 0.8, 2.0 / 12.0);
    assert!(hype.fall > 0.2, "fall {}", hype.fall);
    assert!(hype.peak_time < 1.0);
    // The essay's case: about a fifth lost within three months of the peak.
    assert!(
        (0.1..=0.3).contains(&hype.fall_after(0.25)),
        "{}",
        hype.fall_after(0.25)
    );
    assert!(
        hype.active
            .iter()
            .zip(&tr.cumulative)
            .all(|(a, f)| *a <= f + 1e-12),
        "never more active than adopted"
    );
    // Longer-lived curiosity softens the first months' fall.
    assert!(active_users(&tr, 0.8, 1.0).fall_after(0.25) < hype.fall_after(0.25));
}

#[test]
fn lessons_sweeps_and_moves_tell_the_essays_story() {
    use chasm_explorer::app::lessons::{
        ladder, survives, sweep, try_moves, PLAYBOOKS, TARPIT_ADVICE,
    };
    let base = Params::default();
    let by_brand = sweep(
        &base,
        Field::Brand,
        11,
        chasm_explorer::app::lessons::depth_at,
    );
    assert_eq!(by_brand.len(), 11);
    assert_eq!(by_brand[0].0, 0.0);
    assert_eq!(by_brand[10].0, 1.0);
    assert!(
        by_brand.windows(2).all(|w| w[1].1 <= w[0].1 + 1e-9),
        "more brand never deepens the chasm"
    );
    assert_eq!(by_brand[10].1, 0.0);
    let rungs = ladder(&base);
    assert_eq!(rungs.len(), 6);
    assert!(rungs[0].depth > rungs[1].depth && rungs[5].depth == 0.0);
    let mlops = chasm_explorer::app::presets::by_id("mlops").unwrap().params;
    let (now, after) = try_moves(&mlops, &PLAYBOOKS);
    // The failed playbooks leave a deep chasm: upselling the innovators earns more from them
    // but leaves the curve as it was; evolving nearly fills it and skipping removes it.
    assert_eq!(now.premium, 1.0);
    assert_eq!(after[0].premium, 1.5);
    assert_eq!(after[0].params, now.params);
    assert_eq!(after[0].depth, now.depth);
    assert!(after[0].value > now.value);
    assert!(after[1].depth > 0.4 && after[2].depth > 0.4);
    assert!(after[3].depth < 0.1);
    assert!(after[3].recovery.is_some() && now.recovery.is_none());
    assert_eq!(after[4].depth, 0.0);
    assert!(after[4].half_time.unwrap() < now.half_time.unwrap());
    assert!(after.iter().all(|o| o.value > 0.0));
    let (now, advice) = try_moves(
        &chasm_explorer::app::presets::by_id("tarpit")
            .unwrap()
            .params,
        &TARPIT_ADVICE,
    );
    assert!(advice
        .iter()
        .all(|o| o.half_life.unwrap() > now.half_life.unwrap()));
    assert!(advice[2].half_life > advice[0].half_life && advice[2].half_life > advice[1].half_life);
    assert_eq!(survives(&now, 30.0), Some(true));
    assert_eq!(survives(&now, 2.0), Some(false));
    let (no_chasm, _) = try_moves(&base.with(Field::Abstraction, 5.0).0, &[]);
    assert_eq!(survives(&no_chasm, 1.0), None);
}
