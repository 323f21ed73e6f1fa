//! Native tests of the browser-independent front-end helpers: the reducer, number formatting,
//! SVG scales and paths, control texts and figure summaries.

// Native only: the browser tests live in tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use chasm_explorer::app::state::{Action, AppState as State};
use chasm_explorer::model::{explore, Field, Params};
use chasm_explorer::view::chart::{line_path, ticks, Linear};
use chasm_explorer::view::controls::{fields_of, value_text, Figure};
use chasm_explorer::view::format::{decline, duration, months, percent};
use chasm_explorer::view::summary;

#[test]
fn reducer_clamps_reports_and_resets() {
    let s = State::default().apply(Action::Set(Field::Brand, 0.6));
    assert_eq!(s.params.brand(), 0.6);
    assert!(s.notices.is_empty());
    let s = s.apply(Action::Set(Field::Brand, f64::NAN));
    assert_eq!(s.params.brand(), 0.25, "NaN falls back to the default");
    assert_eq!(s.notices.len(), 1);
    assert!(s.notices[0].starts_with("Brand strength was not a number"));
    let s = s.apply(Action::Set(Field::Abstraction, 99.0));
    assert_eq!(s.params.get(Field::Abstraction), 5.0);
    assert!(s.notices[0].contains("above the maximum"));
    assert!(s.apply(Action::DismissNotices).notices.is_empty());
    assert_eq!(s.apply(Action::Reset), State::default());
}

#[test]
fn reducer_pins_clears_and_loads_presets() {
    let s = State::default()
        .apply(Action::Set(Field::Brand, 0.5))
        .apply(Action::Pin);
    assert_eq!(s.pinned.map(|p| p.brand()), Some(0.5));
    let s = s.apply(Action::LoadPreset("mlops"));
    assert_eq!(s.params.get(Field::Abstraction), 0.0);
    assert_eq!(
        s.pinned.map(|p| p.brand()),
        Some(0.5),
        "loading a preset keeps the ghost"
    );
    assert!(s.apply(Action::ClearPin).pinned.is_none());
    let bad = s.apply(Action::LoadPreset("nope"));
    assert_eq!(bad.params, s.params);
    assert_eq!(bad.notices.len(), 1);
}

#[test]
fn numbers_are_written_for_readers() {
    assert_eq!(percent(0.25), "25 %");
    assert_eq!(percent(0.0742), "7.4 %");
    assert_eq!(percent(f64::NAN), "–");
    assert_eq!(duration(10.0 / 12.0), "10 months");
    assert_eq!(duration(1.0 / 12.0), "1 month");
    assert_eq!(duration(3.24), "3.2 years");
    assert_eq!(
        duration(3.25),
        "3.3 years",
        "ties round away from zero, as readers do"
    );
    assert_eq!(months(2.0), "2 months");
    assert_eq!(months(0.5), "0.5 months");
    assert_eq!(decline(10.0), "10× cheaper a year");
    assert_eq!(decline(1.0), "no price decline");
}

#[test]
fn scales_map_domains_and_survive_degenerate_input() {
    let s = Linear::new((0.0, 10.0), (100.0, 0.0));
    assert_eq!(s.at(0.0), 100.0);
    assert_eq!(s.at(10.0), 0.0);
    assert_eq!(s.at(2.5), 75.0);
    let flat = Linear::new((1.0, 1.0), (0.0, 50.0));
    assert_eq!(flat.at(1.0), 25.0);
    assert_eq!(s.at(f64::NAN), 50.0);
    assert_eq!(
        ticks(0.0, 30.0, 6),
        vec![0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0]
    );
    assert_eq!(ticks(0.0, 0.034, 4), vec![0.0, 0.01, 0.02, 0.03]);
    assert!(ticks(1.0, 0.0, 4).is_empty());
}

#[test]
fn paths_skip_bad_points_instead_of_breaking() {
    let x = Linear::new((0.0, 2.0), (0.0, 200.0));
    let y = Linear::new((0.0, 1.0), (100.0, 0.0));
    assert_eq!(
        line_path(&[0.0, 1.0, 2.0], &[0.0, 0.5, 1.0], x, y),
        "M0.0 100.0L100.0 50.0L200.0 0.0"
    );
    assert_eq!(
        line_path(&[0.0, 1.0, 2.0], &[0.0, f64::NAN, 1.0], x, y),
        "M0.0 100.0M200.0 0.0"
    );
}

#[test]
fn each_figure_has_its_three_controls_with_readable_values() {
    assert_eq!(
        fields_of(Figure::Adoption),
        vec![Field::InnovatorShare, Field::Abstraction, Field::Brand]
    );
    assert_eq!(
        fields_of(Figure::Moat),
        vec![Field::CopyLag, Field::SwitchingCost, Field::PriceDecline]
    );
    let at = |f: Field, v: f64| value_text(&Params::default().with(f, v).0, f);
    assert_eq!(at(Field::Abstraction, 0.0), "1 of 6: RDDs in Scala");
    assert_eq!(at(Field::Abstraction, 5.0), "6 of 6: Plain English");
    assert_eq!(at(Field::InnovatorShare, 0.16), "16 %");
    assert_eq!(at(Field::CopyLag, 2.0), "2 months");
}

#[test]
fn summaries_say_what_the_figures_show() {
    let chasm = summary::adoption(&explore(&Params::default()));
    assert!(chasm.starts_with("Chasm:"), "{chasm}");
    assert!(chasm.contains("climbs back"), "{chasm}");
    let smooth = summary::adoption(&explore(&Params::default().with(Field::Abstraction, 5.0).0));
    assert!(smooth.starts_with("No chasm"), "{smooth}");
    let moat = summary::moat(&explore(&Params::default()));
    assert!(moat.contains("half of your lead is gone"), "{moat}");
}

#[test]
fn presets_are_valid_and_show_their_defining_outcomes() {
    use chasm_explorer::app::presets::{by_id, matching, PRESETS};
    for preset in PRESETS {
        // Valid by construction (`Params::literal` in a const): re-reading each value corrects nothing.
        let values = Field::ALL.map(|f| preset.params.get(f));
        assert_eq!(
            Params::new(values),
            (preset.params, vec![]),
            "{}",
            preset.id
        );
        assert_eq!(matching(&preset.params).map(|p| p.id), Some(preset.id));
    }
    assert_eq!(by_id("opening").unwrap().params, Params::default());
    let scene = |id: &str| explore(&by_id(id).unwrap().params);
    let depth = |id: &str| scene(id).chasm.map_or(0.0, |c| c.depth);
    assert!(
        depth("mlops") > depth("opening"),
        "MLOps is the deepest chasm"
    );
    assert_eq!(scene("chatgpt").chasm, None, "ChatGPT skips the chasm");
    assert_eq!(scene("spark").chasm, None, "Spark evolved out of it");
    let half = |id: &str| scene(id).half_life.unwrap();
    assert!(half("tarpit") < half("brand-moat") / 3.0);
    assert!(half("open-lab") < half("brand-moat"));
}

#[test]
fn tenths_are_written_like_format_does() {
    use chasm_explorer::view::chart::path::push_tenths;
    for v in [
        0.0, 0.04, 0.05, 0.06, 1.0, 12.34, 12.35, 99.96, 594.0, -0.5, -3.25, 1234.5678, -1e-9,
    ] {
        let mut s = String::new();
        push_tenths(&mut s, v);
        let expected = format!("{:.1}", (v * 10.0f64).round() / 10.0);
        let expected = if expected == "-0.0" {
            "0.0".to_string()
        } else {
            expected
        };
        assert_eq!(s, expected, "{v}");
    }
    let mut s = String::new();
    push_tenths(&mut s, f64::NAN);
    assert_eq!(s, "0.0");
}

#[test]
fn thinning_keeps_every_nth_sample_and_the_last() {
    use chasm_explorer::view::chart::thin;
    let v: Vec<f64> = (0..=10).map(f64::from).collect();
    assert_eq!(thin(&v, 2), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
    assert_eq!(thin(&v, 3), vec![0.0, 3.0, 6.0, 9.0, 10.0]);
    assert_eq!(thin(&v, 1), v);
    assert!(thin(&[], 2).is_empty());
}

#[test]
fn a_guess_is_read_as_the_shape_the_reader_drew() {
    use chasm_explorer::view::prediction::{shape, starting_guess, verdict, Shape};
    assert_eq!(
        shape(&[5.0, 5.0, 2.0, 1.0, 3.0, 6.0], 1),
        Shape::DipsThenRecovers
    );
    assert_eq!(shape(&[5.0, 5.0, 3.0, 2.0, 1.0, 1.0], 1), Shape::Falls);
    assert_eq!(shape(&[5.0, 5.0, 6.0, 7.0, 8.0], 1), Shape::Rises);
    assert_eq!(shape(&[5.0, 5.0, 5.1, 4.9, 5.0], 1), Shape::Level);
    // The untouched starting guess is level after the peak; the model then names its chasm.
    let scene = explore(&Params::default());
    let guess = starting_guess(&scene);
    let c = scene.chasm.expect("the opening scene has a chasm");
    let said = verdict(&guess, &scene);
    assert!(said.contains("hold about level"), "{said}");
    assert!(said.contains(&percent(c.depth)), "{said}");
    assert!(said.ends_with("You did not draw the dip."), "{said}");
}
