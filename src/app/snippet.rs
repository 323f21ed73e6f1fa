//! The embed code a blogger pastes: an `<iframe>` (plus, optionally, the tiny loader script that
//! keeps its height equal to the widget's). Pure string building, every value HTML-escaped.

use super::state::AppState;
use super::url::encode;

/// Height the iframe starts at before the widget reports its real one (CSS px).
pub const INITIAL_HEIGHT: u32 = 720;

/// The sandbox the iframe runs in. `allow-scripts` runs the widget; `allow-same-origin` lets it
/// load its own .wasm and .js from its own origin (without it every request is cross-origin and
/// fails on hosts that send no CORS headers); `allow-popups*` let "open the full explainer" open
/// a normal tab. Served from another origin than the blog, it still cannot reach the host page,
/// navigate it, submit forms or open dialogs on it.
pub const SANDBOX: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/// Escape text for use inside a double-quoted HTML attribute or as element text.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The widget's address for `state` served from `page_url` (the page's address without query).
pub fn widget_url(page_url: &str, state: &AppState) -> String {
    let mut embed = state.clone();
    embed.view.embed = true;
    format!("{}?{}", page_url, encode(&embed))
}

/// The full explainer's address for `state` (what an embed links back to).
pub fn page_url_for(page_url: &str, state: &AppState) -> String {
    let mut page = state.clone();
    page.view = Default::default();
    format!("{}?{}", page_url, encode(&page))
}

/// A plain `<iframe>`: works anywhere, at a fixed height.
pub fn iframe(page_url: &str, state: &AppState) -> String {
    format!(
        "<iframe src=\"{}\" title=\"Chasm explorer: live model of technology adoption\" \
         loading=\"lazy\" width=\"100%\" height=\"{INITIAL_HEIGHT}\" \
         style=\"width:100%;max-width:100%;border:0\" sandbox=\"{SANDBOX}\" \
         referrerpolicy=\"no-referrer\" data-chasm-explorer></iframe>",
        escape_html(&widget_url(page_url, state))
    )
}

/// The `<iframe>` plus the loader script that resizes it to the widget's height.
pub fn iframe_with_loader(page_url: &str, loader_url: &str, state: &AppState) -> String {
    format!(
        "{}\n<script src=\"{}\" async></script>",
        iframe(page_url, state),
        escape_html(loader_url)
    )
}

/// The script embed: `<chasm-explorer>` with the state's settings as attributes (the loader,
/// assets/embed.js, defines it and makes the iframe), holding a plain link for hosts that strip
/// scripts, then the loader script.
pub fn custom_element(page_url: &str, loader_url: &str, state: &AppState) -> String {
    let mut attributes = String::new();
    for pair in encode(state).split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        // The element always embeds.
        if key != "embed" {
            attributes.push_str(&format!(" {key}=\"{}\"", escape_html(value)));
        }
    }
    format!(
        "<chasm-explorer{attributes}><a href=\"{}\">Chasm explorer: live model of technology adoption</a></chasm-explorer>\n<script src=\"{}\" async></script>",
        escape_html(&page_url_for(page_url, state)),
        escape_html(loader_url)
    )
}
