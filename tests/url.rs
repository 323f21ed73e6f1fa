//! The query-string codec: round trips (exact on the sliders' steps, within a millionth
//! anywhere), clamping with notices, and no panic or markup on any input (property-based).

// Native only: the browser tests live in tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use chasm_explorer::app::state::{AppState, Figures, Theme, View};
use chasm_explorer::app::url::{encode, encode_params, flag, percent_decode, MODEL_VERSION};
use chasm_explorer::model::{Field, Params};
use proptest::prelude::*;

mod common;
use common::any_params;

/// The decoded state and its notices, apart (most tests look at one or the other).
fn decode(query: &str) -> (AppState, Vec<String>) {
    let mut state = chasm_explorer::app::url::decode(query);
    let notices = std::mem::take(&mut state.notices);
    (state, notices)
}

/// Every field within its documented range (whole where it must be).
fn within_ranges(p: &Params) -> bool {
    Field::ALL.iter().all(|&f| {
        let (v, s) = (p.get(f), f.spec());
        v >= s.min && v <= s.max && (!s.integer || v.fract() == 0.0)
    })
}

fn any_state() -> impl Strategy<Value = AppState> {
    (
        any_params(),
        proptest::option::of(any_params()),
        prop_oneof![
            Just(Figures::Both),
            Just(Figures::Adoption),
            Just(Figures::Moat)
        ],
        // Every yes/no option of the link, in View::FLAGS order.
        proptest::array::uniform5(any::<bool>()),
        prop_oneof![Just(Theme::Auto), Just(Theme::Light), Just(Theme::Dark)],
    )
        .prop_map(|(params, pinned, figures, flags, theme)| {
            let mut view = View {
                figures,
                theme,
                ..View::default()
            };
            for (option, on) in View::FLAGS.iter().zip(flags) {
                (option.set)(&mut view, on);
            }
            AppState {
                params,
                pinned,
                view,
                notices: Vec::new(),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_state_round_trips_within_a_millionth(state in any_state()) {
        let link = encode(&state);
        let (back, notices) = decode(&link);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        // Numbers are written with six decimals: within half a millionth of what was encoded...
        let close = |a: &Params, b: &Params| {
            Field::ALL.iter().all(|&f| (a.get(f) - b.get(f)).abs() <= 5e-7)
        };
        prop_assert!(close(&back.params, &state.params), "{} -> {:?}", link, back.params);
        prop_assert_eq!(back.pinned.is_some(), state.pinned.is_some());
        if let (Some(a), Some(b)) = (&back.pinned, &state.pinned) {
            prop_assert!(close(a, b));
        }
        // ...and everything else exactly; a decoded link writes the very same link again.
        prop_assert_eq!(&AppState { params: state.params, pinned: state.pinned, ..back.clone() }, &state);
        prop_assert_eq!(encode(&back), link);
    }

    #[test]
    fn settings_on_the_sliders_steps_round_trip_exactly(
        steps in proptest::collection::vec(0..=400u32, 6),
        pinned in any::<bool>(),
    ) {
        // What a reader can actually set: a whole number of steps from each minimum, as the
        // nearest f64 to that decimal (what the browser's slider reports).
        let mut params = Params::default();
        for (f, k) in Field::ALL.iter().zip(&steps) {
            let s = f.spec();
            let v = (((s.min + f64::from(*k) * s.step) * 1e6).round() / 1e6).min(s.max);
            params.set(*f, v).unwrap();
        }
        let state = AppState { params, pinned: pinned.then_some(params), ..AppState::default() };
        let (back, notices) = decode(&encode(&state));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(back, state);
    }

    #[test]
    fn any_string_decodes_to_valid_params_without_panic(query in ".{0,400}") {
        let (state, notices) = decode(&query);
        prop_assert!(within_ranges(&state.params));
        if let Some(pin) = state.pinned { prop_assert!(within_ranges(&pin)); }
        prop_assert!(notices.len() <= 6);
        for n in &notices { prop_assert!(n.chars().count() < 400); }
    }

    #[test]
    fn any_value_for_a_known_key_is_clamped_into_range(field in 0..Field::ALL.len(), value in ".{0,60}") {
        let field = Field::ALL[field];
        let key = field.spec().key;
        let (state, _) = decode(&format!("{key}={value}"));
        let v = state.params.get(field);
        prop_assert!(v.is_finite() && v >= field.spec().min && v <= field.spec().max);
    }

    #[test]
    fn out_of_range_numbers_are_clamped_with_a_notice(field in 0..Field::ALL.len(), value in -1e9..1e9f64) {
        let field = Field::ALL[field];
        let spec = field.spec();
        let (state, notices) = decode(&format!("{}={}", spec.key, value));
        let expected = value.clamp(spec.min, spec.max);
        let expected = if spec.integer { expected.round() } else { expected };
        prop_assert_eq!(state.params.get(field), expected);
        let corrected = value < spec.min || value > spec.max || (spec.integer && value.fract() != 0.0);
        prop_assert_eq!(notices.len(), usize::from(corrected));
        if corrected { prop_assert!(notices[0].contains(chasm_explorer::view::labels::field(field))); }
    }

    #[test]
    fn percent_decoding_never_panics(raw in proptest::collection::vec(any::<u8>(), 0..200)) {
        let s = String::from_utf8_lossy(&raw);
        let _ = percent_decode(&s);
    }
}

#[test]
fn defaults_and_unknown_keys() {
    let (state, notices) = decode("");
    assert_eq!(state, AppState::default());
    assert!(notices.is_empty());
    let (state, notices) = decode("?utm_source=blog&fbclid=xyz&brand=0.5");
    assert_eq!(state.params.brand(), 0.5);
    assert!(notices.is_empty());
}

#[test]
fn garbage_values_fall_back_with_a_named_notice() {
    let (state, notices) = decode("brand=lots&innovators=NaN&lag=inf&abstraction=2.5");
    assert_eq!(state.params.brand(), 0.25);
    assert_eq!(state.params.innovator_share(), 0.16);
    assert_eq!(state.params.copy_lag_months(), 2.0);
    assert_eq!(state.params.get(Field::Abstraction), 3.0);
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert!(notices[0].contains("Brand strength") && notices[0].contains("“lots”"));
}

#[test]
fn hostile_strings_are_quoted_short_and_inert() {
    let hostile =
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27%F0%9F%92%A5aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let (state, notices) = decode(&format!(
        "brand={hostile}&fig={hostile}&pin={hostile}&theme={hostile}&v={hostile}"
    ));
    assert_eq!(state.params, Params::default());
    assert_eq!(notices.len(), 5);
    // The notices are plain text: yew renders them as text nodes. They are also cut short.
    assert!(notices.iter().all(|n| n.contains('…')));
    assert!(
        notices[0].contains("<script>alert(1)</"),
        "quoted as text: {}",
        notices[0]
    );
}

#[test]
fn percentages_are_accepted_for_fraction_fields() {
    let (state, notices) = decode("brand=60%25&switching=5%25");
    assert_eq!(state.params.brand(), 0.6);
    assert_eq!(state.params.switching_cost(), 0.05);
    assert!(notices.is_empty());
}

#[test]
fn old_or_unknown_model_versions_are_named() {
    let (_, notices) = decode(&format!("v={MODEL_VERSION}"));
    assert!(notices.is_empty());
    let (_, notices) = decode("v=0");
    assert!(notices[0].contains("model version 0"));
    let (_, notices) = decode("v=banana");
    assert!(notices[0].contains("Unknown model version"));
}

#[test]
fn very_long_queries_are_cut_and_noticed() {
    let long = "brand=0.5&".repeat(10_000);
    let (state, notices) = decode(&long);
    assert_eq!(state.params.brand(), 0.5);
    assert!(notices[0].contains("too long"));
    let many = (0..50)
        .map(|i| format!("brand=x{i}"))
        .collect::<Vec<_>>()
        .join("&");
    let (_, notices) = decode(&many);
    assert_eq!(notices.len(), 6);
    assert!(notices[5].contains("more corrections"));
}

#[test]
fn a_preset_link_loads_the_scenario_and_explicit_values_win() {
    let (state, notices) = decode("brand=0.5&preset=mlops");
    let mlops = chasm_explorer::app::presets::by_id("mlops").unwrap().params;
    assert_eq!(state.params, mlops.with(Field::Brand, 0.5).0);
    assert!(notices.is_empty());
    let (state, notices) = decode("preset=%3Cb%3E");
    assert_eq!(state.params, Params::default());
    assert!(notices[0].contains("Unknown scenario"));
}

#[test]
fn embed_snippets_escape_everything_and_point_at_the_widget() {
    use chasm_explorer::app::snippet::{escape_html, iframe, iframe_with_loader, page_url_for};
    let state = AppState {
        view: View {
            figures: Figures::Moat,
            controls: false,
            theme: Theme::Dark,
            ..View::default()
        },
        ..AppState::default()
    };
    let code = iframe_with_loader(
        "https://example.org/chasm/",
        "https://example.org/chasm/embed.js",
        &state,
    );
    assert!(code.starts_with(&format!(
        "<iframe src=\"https://example.org/chasm/?v={MODEL_VERSION}&amp;innovators=0.16"
    )));
    assert!(code.contains("&amp;embed=1&amp;controls=0&amp;theme=dark"));
    assert!(code.contains(
        "sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\""
    ));
    assert!(code.contains("loading=\"lazy\"") && code.contains("title=\""));
    assert!(code.ends_with("<script src=\"https://example.org/chasm/embed.js\" async></script>"));
    let hostile = iframe("https://x.test/\"><script>alert(1)</script>", &state);
    assert!(!hostile.contains("<script>"), "{hostile}");
    assert_eq!(
        escape_html("<a href='x'>&\"</a>"),
        "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
    );
    // The widget links back to the full page without the embed options.
    let back = page_url_for("https://example.org/chasm/", &state);
    assert!(!back.contains("embed=") && !back.contains("theme=") && !back.contains("fig="));
    // What the iframe points at decodes back to the same state.
    let src = chasm_explorer::app::snippet::widget_url("https://example.org/chasm/", &state);
    let (decoded, notices) = decode(src.split_once('?').unwrap().1);
    assert_eq!(
        decoded,
        AppState {
            view: View {
                embed: true,
                ..state.view
            },
            ..state
        }
    );
    assert!(notices.is_empty());
}

#[test]
fn yes_no_options_are_read_one_way_for_every_key() {
    // `embed=off` used to turn embed mode on, while `controls=off` turned the sliders off.
    for (value, on) in [
        ("1", true),
        ("true", true),
        ("yes", true),
        ("on", true),
        ("0", false),
        ("false", false),
        ("no", false),
        ("off", false),
        ("OFF", false),
    ] {
        assert_eq!(flag(value), Some(on), "{value}");
        let (state, notices) = decode(&format!("embed={value}&controls={value}"));
        assert_eq!(state.view.embed, on, "embed={value}");
        assert_eq!(state.view.controls, on, "controls={value}");
        assert!(notices.is_empty(), "{notices:?}");
    }
    // Anything else is not guessed at: the default stays and the reader is told.
    let (state, notices) = decode("embed=maybe&controls=%3Cb%3E");
    assert_eq!(state.view, View::default());
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(notices[0].starts_with("embed=“maybe”"), "{notices:?}");
    assert!(notices[1].starts_with("controls="), "{notices:?}");
}

#[test]
fn a_version_1_pin_of_six_values_still_reads_with_no_evolve_pace() {
    let (state, notices) = decode("v=1&pin=0.2_3_0.9_1_0.2_2");
    let pin = state.pinned.expect("the old pin is read");
    assert_eq!(pin.get(Field::Brand), 0.9);
    assert_eq!(pin.get(Field::ClimbPace), 0.0);
    assert_eq!(pin.rung(), 3);
    // The old version is named, since curves may differ from what its author saw.
    assert!(
        notices.iter().any(|n| n.contains("model version 1")),
        "{notices:?}"
    );
}

#[test]
fn render_flags_are_read_and_written_like_the_other_options() {
    let (state, notices) = decode("embed=1&static=1&transparent=yes&plain=on");
    assert!(notices.is_empty(), "{notices:?}");
    assert!(state.view.still && state.view.transparent && state.view.plain);
    // A static figure has no sliders, whatever `controls` says.
    assert!(state.view.controls && !state.view.shows_controls());
    let written = encode(&state);
    for key in ["static=1", "transparent=1", "plain=1", "embed=1"] {
        assert!(written.contains(key), "{key} in {written}");
    }
    // Defaults are left out of a link.
    let plain_link = encode(&AppState::default());
    for key in ["static", "transparent", "plain", "controls", "embed"] {
        assert!(!plain_link.contains(key), "{key} in {plain_link}");
    }
    let (state, notices) = decode("static=%22%3E%3Cscript%3E&plain=2");
    assert!(!state.view.still && !state.view.plain);
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(
        notices.iter().all(|n| !n.contains("<script>\"")),
        "{notices:?}"
    );
}

#[test]
fn undo_and_redo_walk_the_settled_states_like_an_editor() {
    use chasm_explorer::app::undo::{Undo, MAX_STEPS};
    let mut u = Undo::new(0);
    assert!(!u.can_undo() && !u.can_redo() && u.undo().is_none() && u.redo().is_none());
    for s in 1..=3 {
        u.settle(s);
    }
    u.settle(3); // settling where we are adds nothing
    assert_eq!(u.undo(), Some(2));
    assert_eq!(u.undo(), Some(1));
    u.settle(1); // the restored state settles: still one redo... two redos away
    assert_eq!(u.redo(), Some(2));
    assert_eq!(u.undo(), Some(1));
    // A new state after an undo drops what could have been redone.
    u.settle(7);
    assert!(!u.can_redo() && u.redo().is_none());
    assert_eq!(u.undo(), Some(1));
    assert_eq!(u.undo(), Some(0));
    assert!(u.undo().is_none());
    // Only the last MAX_STEPS states are kept.
    let mut long = Undo::new(0);
    for s in 1..=(MAX_STEPS as i32 + 50) {
        long.settle(s);
    }
    let mut steps = 0;
    while long.undo().is_some() {
        steps += 1;
    }
    assert_eq!(steps, MAX_STEPS - 1);
}

proptest! {
    /// Settings handed between the page and its modules come back as those settings, with
    /// nothing else set: no pin, no figure or embed options, no notice.
    #[test]
    fn settings_alone_round_trip(p in any_params()) {
        let (state, notices) = decode(&encode_params(p));
        prop_assert!(notices.is_empty(), "{notices:?}");
        prop_assert!(state.pinned.is_none());
        let params = state.params;
        prop_assert_eq!(state, AppState { params, ..AppState::default() });
        for f in Field::ALL {
            prop_assert!((params.get(f) - p.get(f)).abs() <= 1e-6, "{f:?}");
        }
    }
}
