//! Fitting and reading data: parameter recovery from synthetic data, the two-segment fit finding
//! a chasm, every malformed input answered clearly, and no panic on arbitrary bytes.

// Native only: the browser tests live in tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use chasm_explorer::app::standing::{assess, synthetic, to_csv, to_params, Verdict};
use chasm_explorer::io::csv::{parse, TimeUnit};
use chasm_explorer::model::bass;
use chasm_explorer::model::fit::{fit_bass, fit_two_segment, FitError};
use chasm_explorer::model::{Field, Params};
use proptest::prelude::*;

/// Monthly per-period counts of a Bass curve, optionally with multiplicative noise.
fn bass_monthly(p: f64, q: f64, m: f64, months: usize, noise: f64) -> Vec<(f64, f64)> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    (1..=months)
        .map(|k| {
            let t = k as f64 / 12.0;
            let y = m * (bass::cumulative(p, q, t) - bass::cumulative(p, q, t - 1.0 / 12.0));
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let u = (state >> 11) as f64 / (1u64 << 53) as f64;
            (t, y * (1.0 + noise * (2.0 * u - 1.0) * 3f64.sqrt()))
        })
        .collect()
}

fn close(got: f64, want: f64, tol: f64) -> bool {
    ((got - want) / want).abs() <= tol
}

#[test]
fn bass_parameters_are_recovered_from_clean_data() {
    let data = bass_monthly(0.03, 0.38, 10_000.0, 180, 0.0);
    let fit = fit_bass(&data, false).unwrap();
    assert!(
        close(fit.p, 0.03, 0.05) && close(fit.q, 0.38, 0.05) && close(fit.m, 10_000.0, 0.05),
        "{fit:?}"
    );
    assert!(fit.r_squared > 0.999);
    // The same data as running totals.
    let mut total = 0.0;
    let cumulative: Vec<(f64, f64)> = data
        .iter()
        .map(|&(t, y)| {
            total += y;
            (t, total)
        })
        .collect();
    let fit = fit_bass(&cumulative, true).unwrap();
    assert!(
        close(fit.p, 0.03, 0.05) && close(fit.q, 0.38, 0.05),
        "{fit:?}"
    );
}

#[test]
fn bass_parameters_are_recovered_from_noisy_data() {
    let data = bass_monthly(0.03, 0.38, 10_000.0, 180, 0.05);
    let fit = fit_bass(&data, false).unwrap();
    assert!(
        close(fit.p, 0.03, 0.15) && close(fit.q, 0.38, 0.15),
        "{fit:?}"
    );
    assert!(fit.rmse > 0.0 && fit.r_squared > 0.9);
}

#[test]
fn the_two_segment_fit_finds_a_chasm_in_data_made_with_one() {
    let data = synthetic(&Params::default(), 12 * 12, 100_000.0, 0.0, 7);
    let fit = fit_two_segment(&data, false).unwrap();
    let chasm = fit.market.simulate(30.0, 600).chasm();
    assert!(chasm.is_some(), "{fit:?}");
    assert!(fit.r_squared > 0.95, "{fit:?}");
    let standing = assess(&data, false).unwrap();
    assert!(
        standing.two_segment_preferred,
        "the data support the two-segment model"
    );
    assert!(
        matches!(
            standing.verdict,
            Verdict::PastChasm | Verdict::InChasm { .. }
        ),
        "{:?}",
        standing.verdict
    );
    // Carried into the explorer, it lands on a chasm-like setting.
    let p = to_params(&fit, &Params::default());
    assert!(chasm_explorer::model::explore(&p).chasm.is_some(), "{p:?}");
}

#[test]
fn smooth_data_gets_no_chasm_and_a_projection() {
    let smooth = Params::default()
        .with(Field::Abstraction, 5.0)
        .0
        .with(Field::Brand, 0.8)
        .0;
    let data = synthetic(&smooth, 36, 50_000.0, 0.03, 3);
    let s = assess(&data, false).unwrap();
    assert_eq!(s.verdict, Verdict::NoChasm);
    assert!(s.projected_24 >= s.projected_12 && s.projected_12 >= s.fitted_now);
}

#[test]
fn bad_data_gets_a_clear_answer() {
    assert_eq!(
        fit_bass(&[(0.0, 1.0), (1.0, 2.0)], false),
        Err(FitError::TooFewPoints { have: 2, need: 4 })
    );
    assert_eq!(
        fit_bass(&[(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (3.0, 0.0)], false),
        Err(FitError::AllZero)
    );
    assert_eq!(
        fit_bass(&[(0.0, 1.0), (1.0, -2.0), (2.0, 3.0), (3.0, 4.0)], false),
        Err(FitError::BadValue { index: 1 })
    );
    assert_eq!(
        fit_bass(
            &[(0.0, 1.0), (1.0, f64::NAN), (2.0, 3.0), (3.0, 4.0)],
            false
        ),
        Err(FitError::BadValue { index: 1 })
    );
    assert_eq!(
        fit_bass(&[(0.0, 1.0), (1.0, 5.0), (2.0, 3.0), (3.0, 6.0)], true),
        Err(FitError::CumulativeFell { index: 2 })
    );
    assert_eq!(
        fit_bass(&[(0.0, 1.0), (1.0, 2.0), (1.0, 3.0), (3.0, 4.0)], false),
        Err(FitError::TimesNotIncreasing { index: 2 })
    );
    for e in [
        FitError::AllZero,
        FitError::TooFewPoints { have: 1, need: 4 },
        FitError::CumulativeFell { index: 3 },
    ] {
        assert!(!e.to_string().is_empty());
    }
}

#[test]
fn a_hundred_thousand_rows_fit_through_binning() {
    let rows: Vec<(f64, f64)> = (1..=100_000)
        .map(|k| {
            let t = k as f64 / 10_000.0;
            (
                t,
                1e7 * (bass::cumulative(0.05, 0.5, t) - bass::cumulative(0.05, 0.5, t - 1e-4)),
            )
        })
        .collect();
    let fit = fit_bass(&rows, false).unwrap();
    assert!(close(fit.p, 0.05, 0.1) && close(fit.q, 0.5, 0.1), "{fit:?}");
}

#[test]
fn csv_reads_headers_delimiters_dates_and_numbers() {
    let s = parse(
        "month,users\n2024-01-01,10\n2024-02-01,25\n2024-03-01,40\n",
        TimeUnit::Years,
    )
    .unwrap();
    assert_eq!(s.header, Some(("month".into(), "users".into())));
    assert_eq!(s.points.len(), 3);
    assert_eq!(s.points[0].0, 0.0);
    assert!((s.points[1].0 - 31.0 / 365.25).abs() < 1e-9);
    assert!(s.dates && s.looks_cumulative);
    let s = parse("1;1,5\n2;2,5\n3;1,0\r\n", TimeUnit::Months).unwrap();
    assert_eq!(s.delimiter, ';');
    assert_eq!(s.points[0].1, 1.5);
    assert!((s.points[2].0 - 2.0 / 12.0).abs() < 1e-12);
    assert!(!s.looks_cumulative);
    let s = parse(
        "# downloads\n\"t\"\t\"n\"\n0\t1 000\n1\t2 000\n",
        TimeUnit::Years,
    )
    .unwrap();
    assert_eq!(s.delimiter, '\t');
    assert_eq!(s.points[1], (1.0, 2000.0));
    assert_eq!(s.lines, vec![3, 4]);
}

#[test]
fn csv_errors_name_the_line_and_column() {
    let e = parse("t,n\n1,5\n2,abc\n", TimeUnit::Years).unwrap_err();
    assert_eq!((e.line, e.column), (3, 2));
    assert_eq!(e.to_string(), "Line 3, column 2: “abc” is not a number");
    let e = parse("t,n\n2024-01-01,5\nlater,6\n", TimeUnit::Years).unwrap_err();
    assert_eq!((e.line, e.column), (3, 1));
    let e = parse("1,5\n2,-3\n", TimeUnit::Years).unwrap_err();
    assert_eq!((e.line, e.column), (2, 2));
    let e = parse("1,5\n1,6\n", TimeUnit::Years).unwrap_err();
    assert!(e.to_string().contains("same time as line 1"), "{e}");
    let e = parse("2,5\n1,6\n", TimeUnit::Years).unwrap_err();
    assert!(e.to_string().contains("sort the rows"), "{e}");
    let e = parse("just one column\n", TimeUnit::Years).unwrap_err();
    assert_eq!(e.line, 1);
    assert!(parse("", TimeUnit::Years)
        .unwrap_err()
        .to_string()
        .contains("no data"));
    let e = parse(
        "1,5\n2,<script>alert(1)</script>aaaaaaaaaaaaaaaaaaa\n",
        TimeUnit::Years,
    )
    .unwrap_err();
    assert_eq!((e.line, e.column), (2, 2));
    assert!(
        e.message.contains('…') && e.message.chars().count() < 60,
        "{e}"
    );
    let big = "1,1\n".repeat(chasm_explorer::io::csv::MAX_ROWS + 5);
    assert!(parse(&big, TimeUnit::Years)
        .unwrap_err()
        .to_string()
        .contains("limit"));
}

#[test]
fn synthetic_samples_round_trip_through_csv() {
    let data = synthetic(&Params::default(), 60, 10_000.0, 0.05, 11);
    assert_eq!(
        data,
        synthetic(&Params::default(), 60, 10_000.0, 0.05, 11),
        "deterministic"
    );
    let s = parse(&to_csv(&data), TimeUnit::Years).unwrap();
    assert_eq!(s.points.len(), 60);
    for (a, b) in s.points.iter().zip(&data) {
        assert_eq!(a.1, b.1);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn csv_never_panics_on_arbitrary_bytes(raw in proptest::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&raw);
        if let Ok(s) = parse(&text, TimeUnit::Years) {
            prop_assert!(s.points.iter().all(|p| p.0.is_finite() && p.1.is_finite() && p.1 >= 0.0));
            prop_assert!(s.points.windows(2).all(|w| w[1].0 > w[0].0));
        }
    }

    #[test]
    fn csv_like_text_never_panics_and_fits_never_panic(rows in proptest::collection::vec((0u32..500, -5i64..1_000_000), 0..40), sep in prop_oneof![Just(','), Just(';'), Just('\t')]) {
        let text: String = rows.iter().map(|(t, y)| format!("{t}{sep}{y}\n")).collect();
        if let Ok(s) = parse(&text, TimeUnit::Months) {
            let _ = fit_bass(&s.points, s.looks_cumulative);
        }
    }
}

#[test]
fn two_segment_fits_stay_within_their_documented_bounds() {
    let noisy = synthetic(&Params::default(), 96, 200_000.0, 0.05, 42);
    let fit = fit_two_segment(&noisy, false).unwrap();
    assert!((0.02..=0.5).contains(&fit.market.theta), "{fit:?}");
    assert!((0.0..=2.0).contains(&fit.market.cross), "{fit:?}");
    assert!(fit.market.validated().is_ok());
    assert!(fit.r_squared > 0.9, "{fit:?}");
}

#[test]
fn fits_work_on_any_time_scale() {
    // The same curve on a clock 50 times faster (weeks instead of years) fits just as well, with
    // rates 50 times larger.
    let years = bass_monthly(0.03, 0.38, 10_000.0, 180, 0.0);
    let weeks: Vec<(f64, f64)> = years.iter().map(|&(t, y)| (t / 50.0, y)).collect();
    let a = fit_bass(&years, false).unwrap();
    let b = fit_bass(&weeks, false).unwrap();
    assert!(
        close(b.p, a.p * 50.0, 0.02) && close(b.q, a.q * 50.0, 0.02),
        "{a:?} {b:?}"
    );
    let chasm = synthetic(&Params::default(), 144, 100_000.0, 0.0, 7);
    let fast: Vec<(f64, f64)> = chasm.iter().map(|&(t, y)| (t / 40.0, y)).collect();
    let s = assess(&fast, false).unwrap();
    assert!(
        s.two_segment_preferred && s.verdict != Verdict::NoChasm,
        "{:?}",
        s.verdict
    );
}

/// Per-period counts on a clock of 100 periods a year, made exactly by a Bass curve.
fn bass_exact(p: f64, q: f64, m: f64, periods: usize) -> Vec<(f64, f64)> {
    (1..=periods)
        .map(|k| {
            let t = k as f64 / 100.0;
            (
                t,
                m * (bass::cumulative(p, q, t) - bass::cumulative(p, q, t - 0.01)),
            )
        })
        .collect()
}

#[test]
fn a_partial_last_bin_is_predicted_for_the_periods_it_covers() {
    // 501 points are binned in twos: 250 full bins and a last bin of one point, ending near the
    // peak, where predicting it as two periods would be far off.
    let data = bass_exact(0.03, 0.6, 1e6, 501);
    let fit = fit_bass(&data, false).unwrap();
    assert!(
        1.0 - fit.r_squared < 1e-8 && close(fit.p, 0.03, 1e-3) && close(fit.q, 0.6, 1e-3),
        "an exact Bass series must fit exactly: {fit:?}"
    );
    // 1001 points in threes: the last bin holds two.
    let data = bass_exact(0.02, 0.4, 1e6, 1001);
    let fit = fit_bass(&data, false).unwrap();
    assert!(
        1.0 - fit.r_squared < 1e-8 && close(fit.p, 0.02, 1e-3) && close(fit.q, 0.4, 1e-3),
        "an exact Bass series must fit exactly: {fit:?}"
    );
}

#[test]
fn model_choice_counts_the_points_actually_fitted() {
    // 501 points are fitted as 251 bins. With the two-segment model's squared error e^-0.024
    // times the Bass model's, AIC prefers it with n = 500 (500 * -0.024 + 8 < 0) but not with
    // the real n = 251 (251 * -0.024 + 8 > 0).
    let data = bass_monthly(0.03, 0.38, 10_000.0, 501, 0.02);
    let fitted = assess(&data, false).unwrap();
    let bass = chasm_explorer::model::fit::BassFit {
        rmse: 1.0,
        ..fitted.bass
    };
    let two = chasm_explorer::model::fit::TwoSegmentFit {
        rmse: (-0.012f64).exp(),
        ..fitted.two
    };
    let s = chasm_explorer::app::standing::assess_with(&data, false, bass, two);
    assert!(
        !s.two_segment_preferred,
        "AIC must use the 251 binned points, not min(len, 500)"
    );
}

#[test]
fn placing_a_product_with_no_points_does_not_panic() {
    let data = bass_monthly(0.03, 0.38, 10_000.0, 60, 0.02);
    let fitted = assess(&data, false).unwrap();
    let (bass, two) = (fitted.bass, fitted.two);
    let placed = std::panic::catch_unwind(|| {
        chasm_explorer::app::standing::assess_with(&[], false, bass, two)
    });
    assert!(placed.is_ok(), "assess_with panicked on an empty slice");
    assert_eq!(
        chasm_explorer::app::standing::try_assess_with(&[], false, bass, two),
        Err(FitError::TooFewPoints { have: 0, need: 8 })
    );
    // With points, both answer alike.
    assert_eq!(
        chasm_explorer::app::standing::try_assess_with(&data, false, bass, two),
        Ok(chasm_explorer::app::standing::assess_with(
            &data, false, bass, two
        ))
    );
    assert_eq!(
        Ok(fitted),
        chasm_explorer::app::standing::try_assess_with(&data, false, bass, two)
    );
}

#[test]
fn the_verdict_follows_the_model_the_data_support() {
    use chasm_explorer::app::standing::assess_with;
    use chasm_explorer::model::diffusion::Market;
    use chasm_explorer::model::fit::{BassFit, TwoSegmentFit};
    // A two-market fit with a chasm, but a worse fit than the plain Bass curve: the page's own
    // comparison prefers Bass, so the verdict must not report the two-market fit's chasm.
    let points: Vec<(f64, f64)> = (1..=24).map(|k| (k as f64 / 4.0, 100.0)).collect();
    let bass = BassFit {
        p: 0.03,
        q: 0.4,
        m: 10_000.0,
        rmse: 1.0,
        r_squared: 0.99,
        points_fitted: points.len(),
    };
    let with_chasm = Market {
        theta: 0.16,
        p_early: 0.06,
        q_early: 1.1,
        p_main: 0.001,
        q_main: 0.36,
        cross: 0.01,
    };
    assert!(with_chasm.simulate(30.0, 600).chasm().is_some());
    let two = TwoSegmentFit {
        market: with_chasm,
        m: 10_000.0,
        rmse: 5.0,
        r_squared: 0.9,
        points_fitted: points.len(),
    };
    let s = assess_with(&points, false, bass, two);
    assert!(!s.two_segment_preferred);
    assert_eq!(s.verdict, Verdict::NoChasm, "{:?}", s.verdict);
}

#[test]
fn fits_say_how_many_points_they_fitted() {
    let data = bass_monthly(0.03, 0.38, 10_000.0, 501, 0.02);
    assert_eq!(fit_bass(&data, false).unwrap().points_fitted, 251);
    assert_eq!(chasm_explorer::model::fit::points_fitted(data.len()), 251);
    let short = bass_monthly(0.03, 0.38, 10_000.0, 60, 0.02);
    assert_eq!(fit_bass(&short, false).unwrap().points_fitted, 60);
    assert_eq!(fit_two_segment(&short, false).unwrap().points_fitted, 60);
}
