//! A page per scenario, for sharing: where each lives (`s/<id>/`), the link "Copy link" gives,
//! and the tags a chat, a feed or a blog platform reads to show a card (title, description,
//! Open Graph and Twitter `summary_large_image`, each with the scenario's own preview image).
//! Pure string building, every value HTML-escaped; `src/bin/prerender.rs` writes the pages.
//!
//! Preview images and canonical links need absolute addresses. Those come from one setting, the
//! public base URL (`CHASM_PUBLIC_URL`, as for oEmbed); without it those tags are left out
//! rather than made wrong, and the pages still work at a domain root or under any subpath.

use super::oembed::{title_for, PAGE_TITLE};
use super::presets::{matching, Preset};
use super::snippet::escape_html;
use super::state::{AppState, View};
use super::url::encode;

/// Each scenario page's folder, relative to the site root: `s/<id>/`.
pub const PAGES_DIR: &str = "s";
/// The preview image's file name, next to each page's `index.html`.
pub const PREVIEW_FILE: &str = "preview.png";
/// The preview's size in pixels: the 1.91:1 card that Open Graph and Twitter's large summary
/// card both show uncropped.
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);
/// The opening scene is the main page itself; it has no page of its own.
pub const OPENING: &str = "opening";

/// Where `preset`'s page lives, relative to the site root (`""` for the main page).
pub fn page_path(preset: Option<&Preset>) -> String {
    match preset {
        Some(p) if p.id != OPENING => format!("{PAGES_DIR}/{}/", p.id),
        _ => String::new(),
    }
}

/// How a page's own folder reaches the site root: `""` for the main page, `../../` for
/// `s/<id>/`.
pub fn to_root(preset: Option<&Preset>) -> &'static str {
    if page_path(preset).is_empty() {
        ""
    } else {
        "../../"
    }
}

/// The link "Copy link" gives, from the site root's address: an unchanged scenario (its
/// settings exactly, nothing pinned, the default view) is its own page, which has its own
/// preview; anything else keeps every setting in the query string, on the main page.
pub fn share_link(root: &str, state: &AppState) -> String {
    let unchanged = state.pinned.is_none() && state.view == View::default();
    match matching(&state.params).filter(|_| unchanged) {
        Some(preset) => format!("{root}{}", page_path(Some(preset))),
        None => format!("{root}?{}", encode(state)),
    }
}

/// The `<title>` of a page.
pub fn page_title(preset: Option<&Preset>) -> String {
    match preset {
        Some(p) if p.id != OPENING => title_for(Some(p)),
        _ => PAGE_TITLE.to_string(),
    }
}

/// The tags a page adds to its `<head>` for link previews. `description` is the page's
/// (from the model, for a scenario); `base` the public base URL, when the build has one.
pub fn head_tags(preset: Option<&Preset>, description: &str, base: Option<&str>) -> String {
    let title = escape_html(&page_title(preset));
    let description = escape_html(description);
    let alt = escape_html(&preview_alt(preset));
    let mut tags = vec![
        "<meta property=\"og:type\" content=\"website\">".to_string(),
        format!("<meta property=\"og:title\" content=\"{title}\">"),
        format!("<meta property=\"og:description\" content=\"{description}\">"),
        // Twitter (X) reads og:title, og:description and og:image where its own are missing.
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_string(),
    ];
    if let Some(base) = base {
        let url = escape_html(&format!("{base}{}", page_path(preset)));
        let image = format!("{url}{PREVIEW_FILE}");
        let (w, h) = PREVIEW_SIZE;
        tags.extend([
            format!("<link rel=\"canonical\" href=\"{url}\">"),
            format!("<meta property=\"og:url\" content=\"{url}\">"),
            format!("<meta property=\"og:image\" content=\"{image}\">"),
            "<meta property=\"og:image:type\" content=\"image/png\">".to_string(),
            format!("<meta property=\"og:image:width\" content=\"{w}\">"),
            format!("<meta property=\"og:image:height\" content=\"{h}\">"),
            format!("<meta property=\"og:image:alt\" content=\"{alt}\">"),
            format!("<meta name=\"twitter:image:alt\" content=\"{alt}\">"),
        ]);
    }
    tags.join("\n")
}

/// What the preview image shows, for those who cannot see it.
pub fn preview_alt(preset: Option<&Preset>) -> String {
    let name = preset
        .filter(|p| p.id != OPENING)
        .map_or("the opening scene", |p| p.name);
    format!("Adoption over 30 years in the chasm explorer's model: {name}")
}

/// `html` (a built page at the site root) moved into a page's folder: every relative address
/// (`./x`, as the build writes them) made to reach the root from there.
pub fn moved_to(html: &str, preset: Option<&Preset>) -> String {
    let up = to_root(preset);
    if up.is_empty() {
        return html.to_string();
    }
    html.replace("=\"./", &format!("=\"{up}"))
        .replace("=./", &format!("={up}"))
}

/// `html` with its `<title>` and description meta replaced.
pub fn with_title_and_description(html: &str, title: &str, description: &str) -> String {
    let html = replace_between(html, "<title>", "</title>", &escape_html(title));
    // The build minifies the page, so the description may come before or after its name.
    let Some(name) = html
        .find("name=description")
        .or_else(|| html.find("name=\"description\""))
    else {
        return html;
    };
    let start = html[..name].rfind("<meta").unwrap_or(name);
    let end = name + html[name..].find('>').unwrap_or(0) + 1;
    format!(
        "{}<meta name=\"description\" content=\"{}\">{}",
        &html[..start],
        escape_html(description),
        &html[end..]
    )
}

/// `html` with `tags` at the end of its `<head>`, in place of any written before (each on a
/// line of its own), so the build can run again with another public URL.
pub fn with_head_tags(html: &str, tags: &str) -> String {
    let ours = |line: &str| {
        [
            "<meta property=\"og:",
            "<meta name=\"twitter:",
            "<link rel=\"canonical\"",
        ]
        .iter()
        .any(|start| line.starts_with(start))
    };
    let kept: Vec<&str> = html.split('\n').filter(|line| !ours(line)).collect();
    let html = kept.join("\n");
    let Some(end) = html.find("</head>") else {
        return html;
    };
    // Each tag starts a line of its own, so the next run finds every one of them.
    format!("{}\n{tags}\n{}", html[..end].trim_end(), &html[end..])
}

/// `html` whose app root (`<div id=app>`) says which scenario the page opens in; the page
/// reads it when its address has no settings (`browser::mount::start`).
pub fn with_scenario(html: &str, preset: &Preset) -> String {
    for root in ["<div id=app>", "<div id=\"app\">"] {
        if html.contains(root) {
            return html.replacen(
                root,
                &format!(
                    "<div id=\"app\" data-scenario=\"{}\">",
                    escape_html(preset.id)
                ),
                1,
            );
        }
    }
    html.to_string()
}

/// `html` whose `<noscript>` says what the page shows: readers without JavaScript, feed
/// readers and search engines get the scenario, its reason and the model's reading of it.
pub fn with_noscript(html: &str, text: &str) -> String {
    replace_between(html, "<noscript>", "</noscript>", &escape_html(text))
}

/// Where a page's prerendered body starts and ends inside `#app`, so that running the build
/// step again replaces it rather than adding a second.
const BODY_START: &str = "<!--prerendered-->";
const BODY_END: &str = "<!--/prerendered-->";

/// `html` whose `#app` holds `body` (the page rendered at build time) after its `<noscript>`:
/// the figures, numbers and text before any WebAssembly runs, and for readers without it. The
/// page's module mounts over it (`browser::mount::start`).
pub fn with_prerendered(html: &str, body: &str) -> String {
    if html.contains(BODY_START) {
        return replace_between(html, BODY_START, BODY_END, body);
    }
    let Some(app) = html
        .find("<div id=app")
        .or_else(|| html.find("<div id=\"app\""))
    else {
        return html.to_string();
    };
    let Some(at) = html[app..]
        .find("</noscript>")
        .map(|i| app + i + "</noscript>".len())
    else {
        return html.to_string();
    };
    format!("{}{BODY_START}{body}{BODY_END}{}", &html[..at], &html[at..])
}

fn replace_between(html: &str, open: &str, close: &str, with: &str) -> String {
    let Some(start) = html.find(open).map(|i| i + open.len()) else {
        return html.to_string();
    };
    let Some(len) = html[start..].find(close) else {
        return html.to_string();
    };
    format!("{}{with}{}", &html[..start], &html[start + len..])
}
