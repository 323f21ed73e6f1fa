//! The query string <-> what the reader sees. Pure, so it is tested (and fuzzed) natively.
//!
//! Every setting lives in the URL: the six controls by their [`FieldSpec::key`], the model
//! version `v`, a pinned comparison run `pin`, which figure(s) to show `fig`, and the embed
//! options `theme` and the yes/no ones of [`View::FLAGS`] (`embed`, `controls`, `static`,
//! `transparent`, `plain`), all read by [`flag`]. Decoding never fails: unknown keys are ignored, bad
//! values fall back to safe ones, and each correction becomes a plain-text notice (rendered as
//! text by yew, so a hostile value can never become markup).
//!
//! [`FieldSpec::key`]: crate::model::params::FieldSpec

use super::presets;
use super::state::{AppState, Figures, Theme, View};
use crate::io::number::plain;
use crate::model::{Field, Params};
use crate::view::labels;
use std::fmt::Write;

/// Version of the model's equations and calibration. Bump it whenever the same settings would
/// draw different curves, so an old link can say so.
/// Version 2: evolve pace, brand bounded by usability, groups cut by share, the half-life of
/// the lead itself.
pub const MODEL_VERSION: u32 = 2;
/// Longest query we read; the rest is ignored (a real link is under 300 bytes).
pub const MAX_QUERY_BYTES: usize = 4096;
/// Notices shown at most; more would bury the widget.
const MAX_NOTICES: usize = 6;
/// A bad value is quoted back to the reader up to this many characters.
const MAX_QUOTED_CHARS: usize = 24;

/// Read a yes/no option the same way for every key: `1`, `true`, `yes`, `on` (and an empty
/// value, as in `?embed`) are yes; `0`, `false`, `no`, `off` are no; anything else is not read.
pub fn flag(raw: &str) -> Option<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// Decode `%XX` escapes and `+` (as a space); invalid escapes are kept literally and invalid
/// UTF-8 becomes U+FFFD, so any byte string decodes to something printable.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Quote a bad value for a notice: control characters dropped, long values cut.
fn quote(raw: &str) -> String {
    let clean: String = raw.chars().filter(|c| !c.is_control()).collect();
    let mut cut: String = clean.chars().take(MAX_QUOTED_CHARS).collect();
    if clean.chars().count() > MAX_QUOTED_CHARS {
        cut.push('…');
    }
    format!("“{cut}”")
}

/// Parse a number the way a reader would write it: plain decimal, optional trailing `%` (taken
/// as a percentage for fraction fields). Rejects `inf`, `NaN` and anything else.
fn parse_number(raw: &str, field: Field) -> Option<f64> {
    let raw = raw.trim();
    let (digits, percent) = match raw.strip_suffix('%') {
        Some(d) => (d.trim(), true),
        None => (raw, false),
    };
    let v = crate::io::number::parse_decimal(digits)?;
    let fraction_field = matches!(
        field,
        Field::InnovatorShare | Field::Brand | Field::SwitchingCost
    );
    Some(if percent && fraction_field {
        v / 100.0
    } else {
        v
    })
}

/// Read a query string (with or without the leading `?`). Never fails; the state's notices
/// name what was corrected.
pub fn decode(query: &str) -> AppState {
    let mut state = AppState::default();
    let mut notices = Vec::new();
    let mut query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_BYTES {
        let mut end = MAX_QUERY_BYTES;
        while !query.is_char_boundary(end) {
            end -= 1;
        }
        // Drop the pair the cut falls in, rather than read half a value.
        let end = query[..end].rfind('&').unwrap_or(0);
        query = &query[..end];
        notices.push("The link was too long; only its beginning was read.".to_string());
    }
    let mut version: Option<String> = None;
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect();
    // A scenario sets every control first; explicit values in the same link then win.
    if let Some((_, id)) = pairs.iter().rev().find(|(k, _)| k == "preset") {
        match presets::by_id(id) {
            Some(p) => state.params = p.params,
            None => notices.push(format!(
                "Unknown scenario {}; starting from the opening scene.",
                quote(id)
            )),
        }
    }
    for (key, value) in pairs {
        if let Some(field) = Field::from_key(&key) {
            let spec = field.spec();
            match parse_number(&value, field) {
                Some(n) => {
                    if let Err(e) = state.params.set(field, n) {
                        notices.push(format!("{e}."));
                    }
                }
                None => {
                    state.params.set(field, spec.default).ok();
                    notices.push(format!(
                        "{} {} is not a number; using the default.",
                        labels::field(field),
                        quote(&value)
                    ));
                }
            }
            continue;
        }
        match key.as_str() {
            "v" => version = Some(value),
            "preset" => {} // handled above
            "pin" => match decode_pin(&value) {
                Some(p) => state.pinned = Some(p),
                None => notices.push(format!(
                    "The pinned run {} could not be read; nothing is pinned.",
                    quote(&value)
                )),
            },
            "fig" => match Figures::ALL.into_iter().find(|f| f.key() == value) {
                Some(f) => state.view.figures = f,
                None => notices.push(format!("Unknown figure {}; showing both.", quote(&value))),
            },
            "theme" => match Theme::ALL.into_iter().find(|t| t.key() == value) {
                Some(t) => state.view.theme = t,
                None => notices.push(format!(
                    "Unknown theme {}; following your system setting.",
                    quote(&value)
                )),
            },
            // The yes/no options; unknown keys (utm_source, fbclid, ...) are none of our business.
            _ => match (View::FLAGS.iter().find(|f| f.key == key), flag(&value)) {
                (Some(option), Some(on)) => (option.set)(&mut state.view, on),
                (Some(_), None) => notices.push(format!(
                    "{key}={} is neither on (1) nor off (0); ignored.",
                    quote(&value)
                )),
                (None, _) => {}
            },
        }
    }
    if let Some(v) = version {
        match v.trim().parse::<u32>() {
            Ok(n) if n == MODEL_VERSION => {}
            Ok(n) => notices.push(format!(
                "This link was made with model version {n}; this page runs version {MODEL_VERSION}, so the curves may differ from what its author saw."
            )),
            Err(_) => notices.push(format!("Unknown model version {}; showing the current model.", quote(&v))),
        }
    }
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(format!("… and {more} more corrections."));
    }
    state.notices = notices;
    state
}

/// A pinned run: the six values in [`Field::ALL`] order, separated by `_`.
fn encode_pin(p: &Params) -> String {
    Field::ALL
        .iter()
        .map(|&f| plain(p.get(f)))
        .collect::<Vec<_>>()
        .join("_")
}

/// Version 1 links pinned six values: they had no evolve pace, which then was 0.
fn decode_pin(raw: &str) -> Option<Params> {
    let mut parts: Vec<&str> = raw.split(['_', ',']).collect();
    if parts.len() == Field::ALL.len() - 1 {
        parts.insert(Field::ClimbPace.index(), "0");
    }
    if parts.len() != Field::ALL.len() {
        return None;
    }
    let mut p = Params::default();
    for (field, part) in Field::ALL.iter().zip(parts) {
        let n = parse_number(part, *field)?;
        p.set(*field, n).ok(); // out-of-range pinned values are corrected quietly
    }
    Some(p)
}

/// A link query for these settings and nothing else (no pin, no figure or embed options): how
/// the page, its on-demand modules and their sections hand settings to each other.
pub fn encode_params(params: Params) -> String {
    encode(&AppState {
        params,
        ..AppState::default()
    })
}

/// Write the state as a query string (without `?`). Only non-default figure and embed options
/// are written, to keep links short; numbers with six decimals ([`plain`]), a millionth being
/// far below what a slider can set; parameters are always written so a link stays exact even
/// if the defaults change. Notices are not part of a link.
pub fn encode(state: &AppState) -> String {
    let mut q = format!("v={MODEL_VERSION}");
    for field in Field::ALL {
        let _ = write!(
            q,
            "&{}={}",
            field.spec().key,
            plain(state.params.get(field))
        );
    }
    if let Some(pin) = &state.pinned {
        let _ = write!(q, "&pin={}", encode_pin(pin));
    }
    let view = &state.view;
    if view.figures != Figures::Both {
        let _ = write!(q, "&fig={}", view.figures.key());
    }
    for option in View::FLAGS {
        let on = (option.get)(view);
        if on != option.default {
            let _ = write!(q, "&{}={}", option.key, u8::from(on));
        }
    }
    if view.theme != Theme::Auto {
        let _ = write!(q, "&theme={}", view.theme.key());
    }
    q
}
