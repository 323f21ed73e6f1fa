//! WCAG AA contrast of the palette, read from the stylesheet itself so the test follows the CSS:
//! text at least 4.5:1 and lines, bands' legends and the focus ring at least 3:1, against both
//! the page and panel backgrounds, in the light and the dark theme.

// Native only: the browser tests live in tests/browser.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

/// `--name: light-dark(#light, #dark)` (or a single colour for both) from the `:root` block.
fn palette() -> HashMap<String, (String, String)> {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/style.css"))
        .expect("stylesheet");
    let mut out = HashMap::new();
    for line in css.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("--") else {
            continue;
        };
        let Some((name, value)) = rest.split_once(':') else {
            continue;
        };
        let value = value.split(';').next().unwrap_or("").trim();
        let hexes: Vec<String> = value
            .split(|c: char| !c.is_ascii_hexdigit() && c != '#')
            .filter(|s| s.starts_with('#'))
            .map(String::from)
            .collect();
        match hexes.as_slice() {
            [one] => {
                out.entry(name.to_string())
                    .or_insert((one.clone(), one.clone()));
            }
            [light, dark] if value.starts_with("light-dark(") => {
                out.entry(name.to_string())
                    .or_insert((light.clone(), dark.clone()));
            }
            _ => {}
        }
    }
    out
}

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let c = u8::from_str_radix(&hex[i..i + 2], 16).expect("hex colour") as f64 / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn palette_meets_wcag_aa_in_both_themes() {
    let p = palette();
    // Used as text (labels, numbers, axis ticks): 4.5:1. Used as lines or focus ring: 3:1.
    let text = ["text", "muted", "accent", "cum", "focus"];
    let graphics = ["early", "main", "ghost"];
    let mut failures = vec![];
    for (theme, pick) in [("light", 0usize), ("dark", 1usize)] {
        let get = |name: &str| {
            let (l, d) = p
                .get(name)
                .unwrap_or_else(|| panic!("--{name} missing from the stylesheet"));
            if pick == 0 {
                l.clone()
            } else {
                d.clone()
            }
        };
        for bg in ["bg", "panel"] {
            for (names, min) in [(&text[..], 4.5), (&graphics[..], 3.0)] {
                for name in names {
                    let ratio = contrast(&get(name), &get(bg));
                    if ratio < min {
                        failures.push(format!(
                            "{theme}: --{name} on --{bg} is {ratio:.2}:1 (needs {min}:1)"
                        ));
                    }
                }
            }
        }
        let notice = contrast(&get("text"), &get("notice-bg"));
        if notice < 4.5 {
            failures.push(format!("{theme}: text on the notice is {notice:.2}:1"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_contrast_formula_matches_wcag_reference_values() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
    assert_eq!(contrast("#123456", "#123456"), 1.0);
}
