//! Native tests of what makes the figures readable without seeing them: the figure tables and
//! their CSV (`view::figure_data`), the chart cursor (`view::cursor`) and the change
//! announcements (`view::change`).

#![cfg(not(target_arch = "wasm32"))]

use chasm_explorer::app::presets;
use chasm_explorer::model::scene::{HORIZON_YEARS, STEPS};
use chasm_explorer::model::{explore, Field, Params};
use chasm_explorer::view::change;
use chasm_explorer::view::cursor::{self, ChartKind, Landmark};
use chasm_explorer::view::figure_data::{self, FigureData};
use chasm_explorer::view::format::{duration, percent, year};

fn preset(id: &str) -> Params {
    presets::by_id(id).expect("a scenario").params
}

#[test]
fn the_adoption_table_holds_the_models_samples_at_each_year() {
    let scene = explore(&preset("mlops"));
    let data = figure_data::adoption(&scene, None);
    assert_eq!(data.rows.len(), HORIZON_YEARS as usize + 1);
    assert_eq!(data.columns.len(), 5);
    // The solver samples every HORIZON/STEPS years, so each whole year is a sample of its own.
    let per_year = STEPS / HORIZON_YEARS as usize;
    let tr = &scene.trajectory;
    for (year, row) in data.rows.iter().enumerate() {
        let i = year * per_year;
        assert_eq!(row[0], Some(tr.t[i]));
        for (col, series) in [
            (1, &tr.rate),
            (2, &tr.early_rate),
            (3, &tr.main_rate),
            (4, &tr.cumulative),
        ] {
            let v = row[col].expect("a value");
            assert!(
                (v - series[i] * 100.0).abs() < 1e-9,
                "year {year} column {col}: {v} vs {}",
                series[i]
            );
        }
    }
    let pinned = explore(&preset("chatgpt"));
    let with = figure_data::adoption(&scene, Some(&pinned));
    assert_eq!(with.columns.len(), 7);
    assert!(with.columns[5].starts_with("pinned run"));
    assert!(
        (with.rows[10][5].unwrap() - pinned.trajectory.rate[10 * per_year] * 100.0).abs() < 1e-9
    );
}

#[test]
fn the_moat_table_reads_the_lead_of_the_model() {
    let scene = explore(&preset("brand-moat"));
    let data = figure_data::moat(&scene, None);
    assert_eq!(data.rows.len(), 11);
    for row in &data.rows {
        let t = row[0].unwrap();
        assert!(
            (row[1].unwrap() - scene.moat.lead(t) * 100.0).abs() < 1e-6,
            "lead at {t}"
        );
    }
}

#[test]
fn the_csv_reads_back_to_the_same_numbers_and_carries_the_link() {
    let params = preset("tarpit");
    let scene = explore(&params);
    let data = figure_data::adoption(&scene, None);
    let link = "https://example.org/chasm/?is=0.3&ab=2";
    let csv = data.to_csv(&params, link);
    assert!(csv.lines().any(|l| l == format!("# Link: {link}")), "{csv}");
    assert!(csv.contains("# Settings: Innovator share"), "{csv}");
    let back = FigureData::from_csv(&csv).expect("parses");
    assert_eq!(back.title, data.title);
    assert_eq!(back.summary, data.summary);
    assert_eq!(back.columns, data.columns);
    assert_eq!(back.rows.len(), data.rows.len());
    for (a, b) in back.rows.iter().zip(&data.rows) {
        for (x, y) in a.iter().zip(b) {
            assert!(
                (x.unwrap() - y.unwrap()).abs() <= 0.0005 + 1e-12,
                "{x:?} vs {y:?}"
            );
        }
    }
}

#[test]
fn section_series_share_rows_by_x_and_quote_their_names() {
    let a = [(0.0, 0.1), (1.0, 0.2)];
    let b = [(1.0, 2.0), (2.0, 3.0)];
    let data = figure_data::lines(
        "Two, quoted",
        "s",
        "switching cost",
        true,
        &[
            ("first, \"odd\" name".to_string(), &a[..]),
            ("second".to_string(), &b[..]),
        ],
    );
    assert_eq!(
        data.rows,
        vec![
            vec![Some(0.0), Some(10.0), None],
            vec![Some(1.0), Some(20.0), Some(200.0)],
            vec![Some(2.0), None, Some(300.0)],
        ]
    );
    let back = FigureData::from_csv(&data.to_csv(&Params::default(), "x")).unwrap();
    assert_eq!(back.columns[1], "first, \"odd\" name (%)");
    assert_eq!(back.rows, data.rows);
    assert_eq!(back.series(2), vec![(1.0, 200.0), (2.0, 300.0)]);
}

#[test]
fn the_csv_writes_no_made_up_numbers_and_one_line_per_record() {
    let data = FigureData {
        title: "t".into(),
        summary: "s".into(),
        columns: vec!["x".into(), "two\nlines".into()],
        rows: vec![
            vec![Some(0.0), Some(f64::NAN)],
            vec![Some(1.0), None],
            vec![Some(2.0), Some(f64::INFINITY)],
        ],
    };
    let csv = data.to_csv(&Params::default(), "l");
    let records: Vec<&str> = csv.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        records,
        ["x,two lines", "0,", "1,", "2,"],
        "no value is written as 0"
    );
    assert_eq!(
        FigureData::from_csv(&csv).unwrap().rows[0],
        vec![Some(0.0), None]
    );
}

#[test]
fn file_names_say_what_and_which_scenario() {
    assert_eq!(
        figure_data::file_stem("adoption", &Params::default()),
        "chasm-explorer-adoption-opening-scene"
    );
    assert_eq!(
        figure_data::file_stem("moat", &preset("chatgpt")),
        "chasm-explorer-moat-chatgpt"
    );
    let custom = Params::default().with(Field::Brand, 0.61).0;
    assert_eq!(
        figure_data::file_stem("adoption", &custom),
        "chasm-explorer-adoption-your-settings"
    );
}

#[test]
fn the_cursor_steps_by_year_and_lands_on_whole_years() {
    let h = HORIZON_YEARS;
    assert_eq!(cursor::step("ArrowRight", false, None, h), Some(0.0));
    assert_eq!(cursor::step("ArrowLeft", false, None, h), Some(h));
    assert_eq!(cursor::step("ArrowRight", false, Some(4.3), h), Some(5.0));
    assert_eq!(cursor::step("ArrowLeft", false, Some(4.3), h), Some(4.0));
    assert_eq!(cursor::step("ArrowRight", false, Some(4.0), h), Some(5.0));
    assert_eq!(cursor::step("ArrowRight", true, Some(4.3), h), Some(5.0));
    assert_eq!(cursor::step("ArrowRight", true, Some(5.0), h), Some(10.0));
    assert_eq!(cursor::step("ArrowLeft", true, Some(5.0), h), Some(0.0));
    assert_eq!(cursor::step("ArrowRight", false, Some(h), h), Some(h));
    assert_eq!(cursor::step("ArrowLeft", false, Some(0.0), h), Some(0.0));
    assert_eq!(cursor::step("End", false, Some(3.0), 10.0), Some(10.0));
    assert_eq!(cursor::step("Home", true, Some(3.0), 10.0), Some(0.0));
    assert_eq!(cursor::step("x", false, Some(3.0), 10.0), None);
}

#[test]
fn the_landmark_keys_land_on_the_chasm_the_readouts_show() {
    let scene = explore(&preset("mlops"));
    let c = scene.chasm.expect("the MLOps scenario has a chasm");
    let key = |k| Landmark::for_key(ChartKind::Adoption, k).expect("a landmark key");
    let (t, text) = cursor::jump(&scene, ChartKind::Adoption, key("p"));
    assert_eq!(t, Some(c.peak_time));
    assert!(text.starts_with("First peak. "), "{text}");
    assert!(
        text.contains(&year(c.peak_time).replace("year", "Year")),
        "{text}"
    );
    let (t, text) = cursor::jump(&scene, ChartKind::Adoption, key("T"));
    assert_eq!(t, Some(c.trough_time));
    assert!(
        text.contains(&format!(
            "{} of the market adopting per year",
            percent(c.trough_rate)
        )),
        "{text}"
    );
    assert_eq!(
        cursor::jump(&scene, ChartKind::Adoption, key("h")).0,
        scene.half_adoption_time
    );
    assert_eq!(
        Landmark::for_key(ChartKind::Adoption, "L"),
        None,
        "the half-life is the moat's"
    );
    // No chasm: the trough key says so instead of moving.
    let smooth = explore(&preset("chatgpt"));
    assert!(smooth.chasm.is_none());
    let (t, text) = cursor::jump(&smooth, ChartKind::Adoption, key("t"));
    assert_eq!(t, None);
    assert!(text.starts_with("No trough"), "{text}");
    let moat = Landmark::for_key(ChartKind::Moat, "l").unwrap();
    assert_eq!(
        cursor::jump(&scene, ChartKind::Moat, moat).0,
        scene.half_life
    );
}

#[test]
fn the_cursor_names_the_group_adopting_then() {
    let scene = explore(&Params::default());
    let text = cursor::adoption_at(&scene, 0.0);
    assert!(text.starts_with("Year 0.0: "), "{text}");
    assert!(text.ends_with("now adopting: Innovators."), "{text}");
    let after = scene.groups.cuts[3].expect("the laggards start within the horizon") + 0.1;
    assert!(cursor::adoption_at(&scene, after).ends_with("now adopting: Laggards."));
    let lead = cursor::moat_at(&scene, 9.0);
    assert!(
        lead.contains(&format!("lead {}", percent(scene.moat.lead(9.0)))),
        "{lead}"
    );
}

#[test]
fn a_change_is_described_in_the_direction_the_model_moved() {
    let before = explore(&Params::default());
    assert_eq!(
        change::describe(&before, &before, None),
        None,
        "nothing changed, nothing said"
    );
    let after = explore(&before.params.with(Field::Brand, 0.35).0);
    let text = change::describe(&before, &after, None).unwrap();
    assert!(text.starts_with("Brand strength 35 %: "), "{text}");
    let (b, a) = (
        before.chasm.unwrap().depth,
        after.chasm.map_or(0.0, |c| c.depth),
    );
    let expect = if a < b { "shallower" } else { "deeper" };
    assert!(text.contains(expect) || after.chasm.is_none(), "{text}");
    let (hb, ha) = (
        before.half_adoption_time.unwrap(),
        after.half_adoption_time.unwrap(),
    );
    assert!(
        text.contains(if ha < hb { "sooner" } else { "later" }),
        "{text}"
    );
    // The lead's half-life as the readout writes it: "unchanged" exactly when that text is.
    let (lb, la) = (before.half_life.unwrap(), after.half_life.unwrap());
    let lead = if duration(la) == duration(lb) {
        "lead half-life unchanged"
    } else if la > lb {
        "longer"
    } else {
        "shorter"
    };
    assert!(text.contains(lead), "{text}");
    // The copy lag moves only the moat.
    let lag = explore(&before.params.with(Field::CopyLag, 12.0).0);
    let text = change::describe(&before, &lag, None).unwrap();
    assert!(
        text.contains(
            "chasm depth unchanged; half the market adopts at the same time; lead half-life"
        ),
        "{text}"
    );
    assert!(
        text.contains("longer"),
        "copycats later, the lead lasts longer: {text}"
    );
    // And back: the opposite words.
    let back = change::describe(&after, &before, None).unwrap();
    assert!(
        back.contains(if ha < hb { "later" } else { "sooner" }),
        "{back}"
    );
    // A scenario is named; the pinned run is compared.
    let chatgpt = explore(&preset("chatgpt"));
    let text = change::describe(&before, &chatgpt, Some(&before)).unwrap();
    assert!(text.starts_with("Scenario ChatGPT"), "{text}");
    assert!(text.ends_with("than your pinned run."), "{text}");
}
