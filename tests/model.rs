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
            let (params, errors) = Params::new([0.16, abstraction as f64, brand, 2.0, 0.2, 10.0]);
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
fn group_shares_sum_to_one_and_follow_rogers_on_a_symmetric_curve() {
    for params in [
        Params::default(),
        Params::default()
            .with(Field::Abstraction, 5.0)
            .0
            .with(Field::Brand, 1.0)
            .0,
    ] {
        let g = explore(&params).trajectory.adopter_groups();
        let sum: f64 = g.shares.iter().sum();
        assert!((sum - 1.0).abs() < 1e-9, "sum {sum}");
        assert!(g.cuts.windows(2).all(|w| w[0] <= w[1]));
    }
    // A Bass curve with small p is close to symmetric: shares near Rogers' normal-curve ones.
    let tr = bass_market(0.002, 0.8, 0.16).simulate(HORIZON_YEARS, STEPS);
    let g = tr.adopter_groups();
    for (i, group) in Group::ALL.iter().enumerate() {
        assert!(
            (g.shares[i] - group.rogers_share()).abs() < 0.04,
            "{:?}: {}",
            group,
            g.shares[i]
        );
    }
}

#[test]
fn group_cut_before_launch_gives_an_empty_band() {
    // Fast Bass adoption with large p: mean - 2 sd falls before t = 0.
    let g = bass_market(0.9, 0.1, 0.16)
        .simulate(HORIZON_YEARS, STEPS)
        .adopter_groups();
    assert!(g.cuts[0] < 0.0);
    assert_eq!(g.shares[0], 0.0);
    assert!((g.shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
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
fn moat_half_life_halves_the_erodible_lead() {
    for shape in [0.5, 1.0, 8.0, 1e4] {
        let moat = Moat {
            copy_lag: 0.5,
            erosion_rate: 0.9,
            shape,
            floor: 0.2,
        };
        let h = moat.half_life().expect("it erodes");
        assert!(
            (moat.lead(h) - (0.2 + 0.8 * 0.5)).abs() < 1e-9,
            "shape {shape}"
        );
    }
    // Huge shape: the exponential limit, ln 2 / kappa after the lag.
    let moat = Moat {
        copy_lag: 0.0,
        erosion_rate: 2.0,
        shape: 1e7,
        floor: 0.0,
    };
    assert!((moat.half_life().unwrap() - 2f64.ln() / 2.0).abs() < 1e-5);
    assert_eq!(
        Moat {
            erosion_rate: 0.0,
            ..moat
        }
        .half_life(),
        None
    );
}

#[test]
fn calibration_default_scene_shows_a_realistic_chasm() {
    let scene = explore(&Params::default());
    let chasm = scene.chasm.expect("the opening scene shows a chasm");
    // Chandrasekaran & Tellis (2011): the rate falls about 29 % at the trough, for years.
    assert!((0.2..=0.4).contains(&chasm.depth), "depth {}", chasm.depth);
    assert!(chasm.recovery_time.expect("it recovers") - chasm.peak_time >= 2.0);
    assert!(scene.half_adoption_time.is_some());
}

#[test]
fn calibration_both_strategies_remove_the_chasm() {
    let evolve = Params::default().with(Field::Abstraction, 5.0).0;
    assert_eq!(
        explore(&evolve).chasm,
        None,
        "climbing the ladder removes the chasm"
    );
    let brand = Params::default().with(Field::Brand, 0.7).0;
    assert_eq!(
        explore(&brand).chasm,
        None,
        "a strong brand removes the chasm"
    );
    // Brand fills the trough in gradually.
    let depths: Vec<f64> = [0.0, 0.15, 0.3]
        .iter()
        .map(|&b| {
            explore(&Params::default().with(Field::Brand, b).0)
                .chasm
                .map_or(0.0, |c| c.depth)
        })
        .collect();
    assert!(depths[0] > depths[1] && depths[1] > depths[2], "{depths:?}");
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
    let (fixed, errors) = Params::new([f64::NAN, 2.4, 3.0, 2.0, 0.2, 10.0]);
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
    // The failed playbooks leave a deep chasm (upselling innovators even deepens it); evolving
    // nearly fills it and skipping removes it.
    assert!(after[0].depth > now.depth);
    assert!(after[1].depth > 0.4 && after[2].depth > 0.4);
    assert!(after[3].depth < 0.1);
    assert_eq!(after[4].depth, 0.0);
    assert!(after[4].half_time.unwrap() < now.half_time.unwrap());
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
