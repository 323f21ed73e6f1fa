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
fn each_figure_has_its_controls_with_readable_values() {
    assert_eq!(
        fields_of(Figure::Adoption),
        vec![
            Field::InnovatorShare,
            Field::Abstraction,
            Field::ClimbPace,
            Field::Brand
        ]
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
    assert_eq!(at(Field::ClimbPace, 0.0), "stays as launched");
    assert_eq!(at(Field::ClimbPace, 0.4), "a new rung every 2.5 years");
    assert_eq!(at(Field::ClimbPace, 0.5), "a new rung every 2 years");
    assert_eq!(at(Field::ClimbPace, 1.0), "a new rung every year");
    assert_eq!(at(Field::ClimbPace, 2.0), "a new rung every 6 months");
    assert_eq!(at(Field::ClimbPace, 0.1), "a new rung every 10 years");
    assert_eq!(
        chasm_explorer::view::labels::field(Field::ClimbPace),
        "Evolve pace"
    );
    assert_eq!(
        chasm_explorer::view::controls::hint(&Params::default(), Field::ClimbPace),
        "How fast the product gains simpler interfaces after launch."
    );
    // Every field has a label, a value text and a hint, and sits under one figure.
    for field in Field::ALL {
        let p = Params::default();
        assert!(!chasm_explorer::view::labels::field(field).is_empty());
        assert!(!value_text(&p, field).is_empty());
        assert!(!chasm_explorer::view::controls::hint(&p, field).is_empty());
    }
    assert_eq!(
        fields_of(Figure::Adoption).len() + fields_of(Figure::Moat).len(),
        Field::ALL.len()
    );
}

#[test]
fn value_and_groups_are_written_for_readers() {
    use chasm_explorer::view::format::market_years;
    assert_eq!(market_years(0.00183), "0.0018 market-years");
    assert_eq!(market_years(0.1), "0.1 market-years");
    assert_eq!(market_years(2.345), "2.3 market-years");
    assert_eq!(market_years(1.0), "1 market-year");
    assert_eq!(market_years(12.7), "13 market-years");
    assert_eq!(market_years(0.0), "0 market-years");
    let value = summary::value(&explore(&Params::default()));
    assert!(value.contains("market-year"), "{value}");
    let groups = summary::groups(&explore(&Params::default()));
    assert!(
        groups.contains("Innovators (2.5 %) from year 0.0 to year"),
        "{groups}"
    );
    assert!(groups.contains("Laggards (16 %) from year"), "{groups}");
    assert!(groups.contains("still adopting after 30 years"), "{groups}");
    // A market that stops at its enthusiasts names the groups it never reaches.
    use chasm_explorer::model::diffusion::Market;
    use chasm_explorer::model::scene::{Adoption, Scene, HORIZON_YEARS, STEPS};
    let stalled = Market {
        theta: 0.16,
        p_early: 0.06,
        q_early: 1.1,
        p_main: 0.0,
        q_main: 0.2,
        cross: 0.0,
    };
    let tr = stalled.simulate(HORIZON_YEARS, STEPS);
    let adoption = Adoption {
        market: stalled,
        chasm: tr.chasm(),
        groups: tr.adopter_groups(stalled.theta),
        half_adoption_time: tr.time_to_reach(0.5),
        rung_times: Vec::new(),
        trajectory: std::rc::Rc::new(tr),
    };
    let text = summary::groups(&Scene::assemble(&Params::default(), &adoption));
    assert!(
        text.contains("Late majority (34 %) not reached within 30 years; Laggards (16 %) not reached within 30 years."),
        "{text}"
    );
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
    // Evolving Spark starts at the bottom rung and climbs: a chasm it climbs out of, where
    // ChatGPT launches at the top and never meets one.
    let evolving = by_id("spark-evolving").unwrap().params;
    assert_eq!(evolving.rung(), 0);
    assert!(evolving.climb_pace() > 0.0);
    let chasm = scene("spark-evolving")
        .chasm
        .expect("a chasm on the way up");
    assert!(chasm.recovery_time.is_some());
    assert!(scene("chatgpt").half_adoption_time < scene("spark-evolving").half_adoption_time);
    for preset in PRESETS {
        assert!(
            preset
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{} is URL-safe",
            preset.id
        );
        if preset.id != "spark-evolving" {
            assert_eq!(preset.params.climb_pace(), 0.0, "{}", preset.id);
        }
    }
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

#[test]
fn running_text_is_read_into_blocks_and_marks() {
    use chasm_explorer::view::prose::{blocks, inlines, Block, Inline};
    let src = "### Title\n\nA **bold** and *soft* claim [Bass 1969].\nSecond line.\n\n- one [assumption]\n- two";
    let b = blocks(src);
    assert_eq!(b[0], Block::Heading("Title"));
    assert_eq!(
        b[1],
        Block::Paragraph(vec![
            Inline::Text("A "),
            Inline::Strong("bold"),
            Inline::Text(" and "),
            Inline::Em("soft"),
            Inline::Text(" claim "),
            Inline::Source("Bass 1969"),
            Inline::Text(".\nSecond line."),
        ])
    );
    assert_eq!(
        b[2],
        Block::List(vec![
            vec![Inline::Text("one "), Inline::Source("assumption")],
            vec![Inline::Text("two")]
        ])
    );
    // Unclosed marks stay text; nothing is lost.
    let joined: String = inlines("5 * 3 [oops and **x")
        .iter()
        .map(|i| match i {
            Inline::Text(t) => *t,
            _ => "?",
        })
        .collect();
    assert_eq!(joined, "5 * 3 [oops and **x");
}
