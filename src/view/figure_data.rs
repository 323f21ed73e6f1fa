//! A figure's numbers as one table: what "Show as table" lists, the three-level description
//! walks, the CSV download holds and "Listen" plays. Every one of them reads this table, so
//! none can disagree with another or with the chart drawn from the same scene. Pure, tested
//! natively.
//!
//! The CSV is written and read here (not by a crate): it is our own plain format, numbers and
//! headings only, and a CSV crate would cost more bytes than these few lines.

use crate::app::presets;
use crate::io::number::{fixed, parse_decimal, trimmed};
use crate::model::diffusion::interpolate;
use crate::model::moat::MOAT_HORIZON_YEARS;
use crate::model::scene::HORIZON_YEARS;
use crate::model::{Field, Params, Scene};
use crate::view::{controls, labels};

/// Where the title line of a CSV starts, so it can be found again.
const TITLE_MARK: &str = "Chasm explorer: ";
const SUMMARY_MARK: &str = "Summary: ";

/// A figure's plotted numbers, in the units its headings name (percent as 0 to 100, years).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FigureData {
    /// What the figure shows (the chart's title).
    pub title: String,
    /// What it shows, in words (the chart's summary).
    pub summary: String,
    /// Column headings with units; the first is the x column.
    pub columns: Vec<String>,
    /// One row per x value, x first; `None` where a series has no point at that x.
    pub rows: Vec<Vec<Option<f64>>>,
}

/// A heading for a share of the market, in percent.
fn pct(name: &str) -> String {
    format!("{name} (% of market)")
}

/// Rows at each whole year from 0 to `horizon`: x, then each series read at that year.
fn yearly(horizon: f64, series: &[(&[f64], &[f64])]) -> Vec<Vec<Option<f64>>> {
    (0..=horizon as usize)
        .map(|year| {
            let x = year as f64;
            std::iter::once(Some(x))
                .chain(
                    series
                        .iter()
                        .map(|(t, v)| Some(interpolate(t, v, x) * 100.0)),
                )
                .collect()
        })
        .collect()
}

/// The adoption figure: each year's adoption rate, its early- and main-market parts and the
/// share adopted so far; with a pinned run, its rate and share too.
pub fn adoption(scene: &Scene, ghost: Option<&Scene>) -> FigureData {
    let tr = &scene.trajectory;
    let mut columns = vec![
        "year".to_string(),
        pct("adopting per year"),
        pct("early market adopting per year"),
        pct("main market adopting per year"),
        pct("adopted so far"),
    ];
    let mut series: Vec<(&[f64], &[f64])> = vec![
        (&tr.t, &tr.rate),
        (&tr.t, &tr.early_rate),
        (&tr.t, &tr.main_rate),
        (&tr.t, &tr.cumulative),
    ];
    if let Some(g) = ghost {
        columns.push(pct("pinned run adopting per year"));
        columns.push(pct("pinned run adopted so far"));
        series.push((&g.trajectory.t, &g.trajectory.rate));
        series.push((&g.trajectory.t, &g.trajectory.cumulative));
    }
    FigureData {
        title: labels::adoption_title(),
        summary: super::summary::adoption(scene),
        columns,
        rows: yearly(HORIZON_YEARS, &series),
    }
}

/// The moat figure: each year's lead and the users kept; with a pinned run, its lead too.
pub fn moat(scene: &Scene, ghost: Option<&Scene>) -> FigureData {
    let c = &scene.moat_curve;
    let mut columns = vec![
        "year".to_string(),
        "lead (% of launch lead)".to_string(),
        pct("users kept"),
    ];
    let mut series: Vec<(&[f64], &[f64])> = vec![(&c.t, &c.lead), (&c.t, &c.kept)];
    if let Some(g) = ghost {
        columns.push("pinned run lead (% of launch lead)".to_string());
        series.push((&g.moat_curve.t, &g.moat_curve.lead));
    }
    FigureData {
        title: labels::moat_title(),
        summary: super::summary::moat(scene),
        columns,
        rows: yearly(MOAT_HORIZON_YEARS, &series),
    }
}

/// A section figure: named series of (x, y) points, y a share (`percent`) or in years. Rows
/// are the x values of every series, in order; a series without a point at an x leaves it
/// empty.
pub fn lines(
    title: &str,
    summary: &str,
    x_label: &str,
    percent: bool,
    series: &[(String, &[(f64, f64)])],
) -> FigureData {
    // Sorted and distinct, by insertion: a few dozen points, and no sort code in the bundle.
    let mut xs: Vec<f64> = Vec::new();
    for x in series.iter().flat_map(|(_, p)| p.iter().map(|q| q.0)) {
        if let Err(i) = xs.binary_search_by(|v| v.total_cmp(&x)) {
            xs.insert(i, x);
        }
    }
    let (scale, unit) = if percent {
        (100.0, "%")
    } else {
        (1.0, "years")
    };
    let rows = xs
        .iter()
        .map(|&x| {
            std::iter::once(Some(x))
                .chain(
                    series
                        .iter()
                        .map(|(_, p)| p.iter().find(|q| q.0 == x).map(|q| q.1 * scale)),
                )
                .collect()
        })
        .collect();
    FigureData {
        title: title.to_string(),
        summary: summary.to_string(),
        columns: std::iter::once(x_label.to_string())
            .chain(series.iter().map(|(name, _)| format!("{name} ({unit})")))
            .collect(),
        rows,
    }
}

/// The settings in words, as the sliders show them.
pub fn settings_text(params: &Params) -> String {
    Field::ALL
        .iter()
        .map(|&f| format!("{} {}", labels::field(f), controls::value_text(params, f)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The file name for `figure` (a short slug) at these settings:
/// `chasm-explorer-adoption-opening-scene`, or `…-your-settings` when no scenario matches.
pub fn file_stem(figure: &str, params: &Params) -> String {
    let scene = match presets::matching(params).map(|p| p.id) {
        Some("opening") => "opening-scene",
        Some(id) => id,
        None => "your-settings",
    };
    format!("chasm-explorer-{figure}-{scene}")
}

/// One CSV field: quoted when it holds a comma or a quote. Line breaks become spaces (a
/// heading is one line), so every record is one line.
fn field(s: &str) -> String {
    let s = s.replace(['\n', '\r'], " ");
    if s.contains([',', '"']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Split one CSV line into fields, honouring quotes.
fn split(line: &str) -> Vec<String> {
    let (mut out, mut cur, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

impl FigureData {
    /// The CSV file: a comment header (title, summary, settings, the link that reproduces
    /// them), the headings, then one row per x. Numbers keep three decimals.
    pub fn to_csv(&self, params: &Params, link: &str) -> String {
        let mut out = String::new();
        for line in [
            format!("{TITLE_MARK}{}", self.title),
            format!("{SUMMARY_MARK}{}", self.summary),
            format!("Settings: {}", settings_text(params)),
            format!("Link: {link}"),
            "Made in your browser from the model; nothing was uploaded. The numbers are the model's, not measurements.".into(),
        ] {
            out.push_str("# ");
            out.push_str(&line.replace(['\n', '\r'], " "));
            out.push('\n');
        }
        let headings: Vec<String> = self.columns.iter().map(|c| field(c)).collect();
        out.push_str(&headings.join(","));
        out.push('\n');
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, v)| match v {
                    // A missing or non-finite value is an empty cell, never a made-up zero.
                    Some(v) if !v.is_finite() => String::new(),
                    Some(v) if i == 0 => trimmed(*v, 3),
                    Some(v) => fixed(*v, 3),
                    None => String::new(),
                })
                .collect();
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        out
    }

    /// Read back a CSV written by [`FigureData::to_csv`]; `None` when it has no headings.
    pub fn from_csv(text: &str) -> Option<FigureData> {
        let mut data = FigureData::default();
        for line in text.lines() {
            if let Some(comment) = line.strip_prefix("# ") {
                if let Some(t) = comment.strip_prefix(TITLE_MARK) {
                    data.title = t.to_string();
                } else if let Some(s) = comment.strip_prefix(SUMMARY_MARK) {
                    data.summary = s.to_string();
                }
            } else if data.columns.is_empty() {
                data.columns = split(line);
            } else if !line.is_empty() {
                data.rows.push(
                    split(line)
                        .iter()
                        .map(|c| parse_decimal(c.trim()))
                        .collect(),
                );
            }
        }
        (!data.columns.is_empty()).then_some(data)
    }

    /// The values of column `i` with their x, skipping empty cells.
    pub fn series(&self, i: usize) -> Vec<(f64, f64)> {
        self.rows
            .iter()
            .filter_map(|r| Some((r.first().copied().flatten()?, r.get(i).copied().flatten()?)))
            .collect()
    }
}
