//! oEmbed (<https://oembed.com>): the static JSON response a consumer fetches to turn a link to
//! the page into the widget, and the `<link>` that lets it discover that response. Written at
//! build time by `src/bin/oembed.rs` for the opening scene (`oembed.json`) and each scenario
//! (`oembed/<id>.json`), because a static host cannot answer `?url=` queries (the README says
//! how a host that can run code maps them onto these files).
//!
//! The `html` is the Embed dialog's plain iframe, preceded by a hidden `<blockquote>` link.
//! WordPress needs that blockquote: for a provider it does not trust it keeps only a
//! blockquote and an iframe, adds `sandbox="allow-scripts"` and a secret, and loads its
//! resizing script (wp-embed) only when a blockquote is there. Other consumers honour `hidden`.

use super::presets::Preset;
use super::share_page::{page_path, PREVIEW_FILE, PREVIEW_SIZE};
use super::snippet::{escape_html, iframe, page_url_for, INITIAL_HEIGHT};
use super::state::AppState;

/// Width the response proposes (CSS px); the iframe itself is `width="100%"`.
pub const WIDTH: u32 = 760;
/// The provider's name, as consumers show it.
pub const PROVIDER: &str = "Chasm explorer";
/// The title of the opening scene's response (the page's own title).
pub const PAGE_TITLE: &str = "Chasm explorer: why some technologies cross over and others stall";

/// `s` as a JSON string literal, quotes included.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The state a response embeds: the opening scene, or a scenario.
pub fn state_for(preset: Option<&Preset>) -> AppState {
    let mut state = AppState::default();
    if let Some(p) = preset {
        state.params = p.params;
    }
    state
}

/// The title of a response: the page's, or the scenario's.
pub fn title_for(preset: Option<&Preset>) -> String {
    match preset {
        Some(p) => format!("{PROVIDER}: {}", p.name),
        None => PAGE_TITLE.to_string(),
    }
}

/// The `html` of a response: the hidden link WordPress needs, then the widget's iframe.
pub fn embed_html(page_url: &str, state: &AppState, title: &str) -> String {
    format!(
        "<blockquote hidden><a href=\"{}\">{}</a></blockquote>{}",
        escape_html(&page_url_for(page_url, state)),
        escape_html(title),
        iframe(page_url, state)
    )
}

/// The JSON response (type `rich`) for `preset` (or the opening scene) served from `page_url`,
/// an absolute address ending in `/`.
pub fn response(page_url: &str, preset: Option<&Preset>) -> String {
    let state = state_for(preset);
    let title = title_for(preset);
    // The card image is the scenario page's share preview (the opening scene's is the main
    // page's); the build writes both from the same public URL (src/bin/prerender.rs).
    let thumbnail = format!("{page_url}{}{PREVIEW_FILE}", page_path(preset));
    let (tw, th) = PREVIEW_SIZE;
    format!(
        "{{\"version\":\"1.0\",\"type\":\"rich\",\"provider_name\":{},\"provider_url\":{},\"title\":{},\"width\":{WIDTH},\"height\":{INITIAL_HEIGHT},\"thumbnail_url\":{},\"thumbnail_width\":{tw},\"thumbnail_height\":{th},\"html\":{}}}\n",
        json_string(PROVIDER),
        json_string(page_url),
        json_string(&title),
        json_string(&thumbnail),
        json_string(&embed_html(page_url, &state, &title)),
    )
}

/// Where the response for `preset` lives, relative to the page.
pub fn response_path(preset: Option<&Preset>) -> String {
    match preset {
        Some(p) => format!("oembed/{}.json", p.id),
        None => "oembed.json".to_string(),
    }
}

/// The discovery `<link>` for a page whose response is at the absolute `href`.
pub fn discovery_link(href: &str, title: &str) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
        escape_html(href),
        escape_html(title)
    )
}

/// Whether `url` can be the public base address: absolute http(s), ending in `/`, nothing that
/// would need escaping in a URL.
pub fn valid_base_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.ends_with('/')
        && url.len() > "https://x/".len() - 1
        && !url.contains(|c: char| c.is_whitespace() || "\"'<>?#\\".contains(c))
}

/// The origin (`scheme://host[:port]`) of an absolute address.
pub fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url,
    }
}

/// Where the page's Content-Security-Policy is: its meta's `content`, from `default-src` to the
/// closing quote. The build steps that widen it (this one, `prerender::inline`) find it here.
pub fn policy_span(html: &str) -> Option<std::ops::Range<usize>> {
    let start = html.find("default-src")?;
    Some(start..start + html[start..].find('"')?)
}

/// The page with `origin` written beside each `'self'` of its Content-Security-Policy. In a frame
/// sandboxed without allow-same-origin (WordPress's embeds) the document's origin is opaque, and
/// some engines (WebKitGTK before its 2026 fix) then let `'self'` match nothing, which would block
/// our own module and wasm; naming the public origin keeps the policy as strict and working
/// everywhere. Only the policy's `content` is touched; a page without one is returned as is.
pub fn csp_with_origin(html: &str, origin: &str) -> String {
    let Some(span) = policy_span(html) else {
        return html.to_string();
    };
    let (start, len) = (span.start, span.len());
    let policy = &html[span];
    if policy.contains(origin) {
        return html.to_string(); // written already
    }
    let widened = policy.replace("'self'", &format!("'self' {origin}"));
    format!("{}{}{}", &html[..start], widened, &html[start + len..])
}
