//! A share page's preview image: the page's own adoption `<svg>` (server-rendered by
//! [`super::adoption_svg`]), styled by the page's own stylesheet in its light theme, under the
//! page's title, rasterised with resvg (pure Rust, no browser) in DejaVu Sans, which
//! `scripts/setup.sh` installs from Debian's fonts-dejavu-core, so every build draws the same
//! pixels.
//!
//! resvg reads plain CSS (class and descendant selectors) but not custom properties or
//! `light-dark()`, so [`chart_css`] resolves the page's variables to their light values and
//! keeps only the rules that style charts. The colours therefore stay in one place,
//! `assets/style.css`.

use crate::app::share_page::PREVIEW_SIZE;
use crate::app::snippet::escape_html;
use std::collections::HashMap;

/// The page's stylesheet, as built into the site.
pub const PAGE_CSS: &str = include_str!("../../assets/style.css");
/// The preview's fonts, regular and bold (Debian's fonts-dejavu-core).
pub const FONT_FILES: [&str; 2] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];
const FONT_FAMILY: &str = "DejaVu Sans";

/// `css` without its comments.
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    out.push_str(rest);
    out
}

/// The top-level rules of `css` as (selector, body) pairs; `@media` and other at-rule blocks
/// are skipped whole (the preview is the default, light, wide view).
fn top_level_rules(css: &str) -> Vec<(String, String)> {
    let mut rules = Vec::new();
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        let selector = rest[..open].trim().to_string();
        // Find the matching close, counting nested blocks (an @media holds rules).
        let mut depth = 0;
        let mut close = open;
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        if close == open {
            break; // unbalanced: stop rather than guess
        }
        if !selector.starts_with('@') {
            rules.push((selector, rest[open + 1..close].trim().to_string()));
        }
        rest = &rest[close + 1..];
    }
    rules
}

/// The custom properties `:root` declares, each at its light-theme value (the first argument
/// of `light-dark(light, dark)`).
fn light_variables(rules: &[(String, String)]) -> HashMap<String, String> {
    let mut vars = HashMap::new();
    for (selector, body) in rules
        .iter()
        .filter(|(s, _)| s.split(',').any(|s| s.trim() == ":root"))
    {
        let _ = selector;
        for declaration in body.split(';') {
            let Some((name, value)) = declaration.split_once(':') else {
                continue;
            };
            let (name, value) = (name.trim(), value.trim());
            if !name.starts_with("--") {
                continue;
            }
            let value = match value.strip_prefix("light-dark(") {
                Some(inner) => inner.split(',').next().unwrap_or(inner).trim(),
                None => value,
            };
            vars.insert(name.to_string(), value.to_string());
        }
    }
    vars
}

/// `value` with each `var(--name)` replaced by its value (unknown names by nothing).
fn resolve(value: &str, vars: &HashMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(i) = rest.find("var(") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 4..];
        let end = after.find(')').unwrap_or(after.len());
        let name = after[..end].split(',').next().unwrap_or("").trim();
        out.push_str(vars.get(name).map_or("", String::as_str));
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The page's chart rules as plain CSS that resvg applies: only rules for `.chart` and the
/// band colours, with the light theme's colours written in.
pub fn chart_css(page_css: &str) -> String {
    let rules = top_level_rules(&without_comments(page_css));
    let vars = light_variables(&rules);
    rules
        .iter()
        .filter(|(selector, _)| selector.contains(".chart") || selector.starts_with(".band-"))
        .map(|(selector, body)| format!("{selector} {{ {} }}", resolve(body, &vars)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The preview's SVG: the page's background, `title` and `subtitle` above the chart's `<svg>`.
pub fn card_svg(chart_svg: &str, title: &str, subtitle: &str, page_css: &str) -> String {
    let (w, h) = PREVIEW_SIZE;
    let vars = light_variables(&top_level_rules(&without_comments(page_css)));
    let color = |name: &str| vars.get(name).cloned().unwrap_or_else(|| "#000".into());
    // The chart keeps its own viewBox; placed 1160 wide it keeps its proportions.
    let chart = chart_svg.replacen(
        "<svg ",
        "<svg x=\"20\" y=\"92\" width=\"1160\" height=\"530\" ",
        1,
    );
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_FAMILY}\">\
<rect width=\"{w}\" height=\"{h}\" fill=\"{bg}\"/>\
<text x=\"40\" y=\"52\" font-size=\"34\" font-weight=\"bold\" fill=\"{text}\">{title}</text>\
<text x=\"40\" y=\"86\" font-size=\"22\" fill=\"{muted}\">{subtitle}</text>{chart}</svg>",
        bg = color("--bg"),
        text = color("--text"),
        muted = color("--muted"),
        title = escape_html(title),
        subtitle = escape_html(subtitle),
    )
}

/// Rasterise `svg` (a [`card_svg`]) to PNG bytes, with the page's chart rules and the fonts in
/// `font_files`. Errors say what is missing (a font, most likely).
pub fn png(svg: &str, page_css: &str, font_files: &[&str]) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let mut options = usvg::Options {
        style_sheet: Some(chart_css(page_css)),
        font_family: FONT_FAMILY.to_string(),
        ..Default::default()
    };
    for file in font_files {
        options
            .fontdb_mut()
            .load_font_file(file)
            .map_err(|e| format!("the preview font {file}: {e} (scripts/setup.sh installs it)"))?;
    }
    options.fontdb_mut().set_sans_serif_family(FONT_FAMILY);
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("the preview SVG: {e}"))?;
    let (w, h) = PREVIEW_SIZE;
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("a preview-sized canvas")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("encoding the preview: {e}"))
}
