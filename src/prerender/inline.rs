//! The page's stylesheet and its loader (assets/boot.js), written into each built page.
//!
//! Linked, each was a request the browser made before its first paint: the stylesheet because
//! rendering waits for it, the loader because it runs before the document is complete. On the
//! slow phone network Lighthouse simulates, the stylesheet's round trip alone was about 0.15 s of
//! a largest paint at 1.1 to 1.3 s, against a target of 1.2 s (issue #14, BENCHMARKS.md). Inline,
//! the first paint needs the HTML alone; both are a few KB compressed, and no page loads them
//! any other way.
//!
//! The page's policy allows no inline code, so each is allowed by its SHA-256 hash (CSP level 2,
//! in every engine we test): `script-src` and `style-src` name exactly these two texts, and
//! nothing else inline runs. `sha2` and `base64` are the RustCrypto and base64 crates; this
//! runs at build time only.

use crate::app::oembed::policy_span;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The CSP source that allows an inline element whose text is `text`.
pub fn hash_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Where the tag that opens with `open` and contains `marker` starts and ends (past its `>`).
fn find_tag(html: &str, open: &str, marker: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(at) = html[from..].find(open).map(|i| from + i) {
        let end = at + html[at..].find('>')? + 1;
        if html[at..end].contains(marker) {
            return Some((at, end));
        }
        from = end;
    }
    None
}

/// The value of attribute `name` in one tag's text (minified `name=value` or quoted).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &tag[at..];
    match rest.chars().next()? {
        quote @ ('"' | '\'') => rest[1..].split(quote).next(),
        _ => rest.split(|c: char| c.is_whitespace() || c == '>').next(),
    }
}

/// `tag` without its attribute `name` (and the space before it).
fn without_attribute(tag: &str, name: &str) -> String {
    let Some(value) = attribute(tag, name) else {
        return tag.to_string();
    };
    let start = tag.find(&format!(" {name}=")).unwrap_or(0);
    let after = start + name.len() + 2;
    // A quoted value has its two quotes around it.
    let quotes = if tag[after..].starts_with(['"', '\'']) {
        2
    } else {
        0
    };
    format!("{}{}", &tag[..start], &tag[after + value.len() + quotes..])
}

/// The page's stylesheet link's address and its loader's, as written: what to read from the
/// built site. `None` when the page has none of them (written inline already).
pub fn linked_assets(html: &str) -> Option<(String, String)> {
    let (s0, s1) = find_tag(html, "<link", "stylesheet")?;
    let (b0, b1) = find_tag(html, "<script", "id=chasm-boot")?;
    Some((
        attribute(&html[s0..s1], "href")?.to_string(),
        attribute(&html[b0..b1], "src")?.to_string(),
    ))
}

/// `html` with its stylesheet link replaced by `css` in a `<style>`, the loader's text `boot`
/// inside its `<script>` (which keeps its id and data attributes: where the site's files are),
/// and both hashes in the policy. A page with nothing linked (inlined before) is returned as is.
pub fn with_inline_assets(html: &str, css: &str, boot: &str) -> Result<String, String> {
    // The browser hashes an element's text as parsed, and parsing turns each CR LF and CR into
    // LF: a file checked out with Windows line ends would otherwise be blocked.
    let (css, boot) = (&normalised(css), &normalised(boot));
    for (text, close) in [(css, "</style"), (boot, "</script")] {
        if text.to_ascii_lowercase().contains(close) {
            return Err(format!("cannot write inline: the text contains {close}"));
        }
    }
    let Some((s0, s1)) = find_tag(html, "<link", "stylesheet") else {
        return Ok(html.to_string());
    };
    let html = format!("{}<style>{css}</style>{}", &html[..s0], &html[s1..]);
    let (b0, b1) = find_tag(&html, "<script", "id=chasm-boot")
        .ok_or("the page has no loader (<script id=chasm-boot>)")?;
    let close = b1
        + html[b1..]
            .find("</script>")
            .ok_or("the loader's <script> is not closed")?;
    let tag = without_attribute(&html[b0..b1], "src");
    let html = format!("{}{tag}{boot}{}", &html[..b0], &html[close..]);
    with_hashes(&html, &hash_source(css), &hash_source(boot))
}

/// `text` with its line ends as an HTML parser leaves them.
fn normalised(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Whether the page's policy names the hash of its inline `<style>` and of its loader's text, as
/// they stand in the finished page: a later rewrite of the page (`share_page::moved_to` turns
/// `./` into `../../` in every attribute it finds) must not have touched them. The build fails
/// rather than ship a page whose loader or stylesheet its own policy blocks.
pub fn check_hashes(html: &str) -> Result<(), String> {
    let policy = &html[policy_span(html).ok_or("the page has no Content-Security-Policy")?];
    let body = |open: &str, marker: &str, close: &str| -> Option<&str> {
        let (_, end) = find_tag(html, open, marker)?;
        html[end..].split(close).next()
    };
    let texts = [
        ("stylesheet", body("<style", "<style", "</style>")),
        ("loader", body("<script", "id=chasm-boot", "</script>")),
    ];
    for (what, text) in texts {
        let text = text.ok_or(format!("the page has no inline {what}"))?;
        if !policy.contains(&hash_source(text)) {
            return Err(format!(
                "the page's policy does not allow its inline {what} as it stands"
            ));
        }
    }
    Ok(())
}

/// `html` with its first render held until the element with id `id` has been parsed, when the
/// page has one (`<link rel=expect blocking=render>`; Chromium 124 and later, ignored by other
/// engines; the hold ends with the document's parsing in any case).
///
/// With its stylesheet inline, nothing holds a page's first render: Chromium renders while the
/// parser is still at work, the header alone, then the explorer and the explainer in later
/// frames. Each of those later layouts is a long task after the first paint, which Lighthouse
/// counts as blocking time, and one even shifted the layout. Held until the explorer is parsed,
/// the page is first painted with the explorer, in one layout (BENCHMARKS.md).
pub fn with_first_render_after(html: &str, id: &str) -> String {
    let link = format!("<link rel=expect href=\"#{id}\" blocking=render>");
    if html.contains(&link) || !html.contains(&format!("id=\"{id}\"")) {
        return html.to_string();
    }
    html.replacen("</head>", &format!("{link}</head>"), 1)
}

/// `html` with `style` added to its policy's `style-src` and `script` to its `script-src`.
fn with_hashes(html: &str, style: &str, script: &str) -> Result<String, String> {
    let span = policy_span(html).ok_or("the page has no quoted Content-Security-Policy")?;
    let policy = &html[span.clone()];
    let mut found = (false, false);
    let widened: Vec<String> = policy
        .split(';')
        .map(|directive| {
            let d = directive.trim();
            if d.starts_with("style-src ") {
                found.0 = true;
                format!("{directive} {style}")
            } else if d.starts_with("script-src ") {
                found.1 = true;
                format!("{directive} {script}")
            } else {
                directive.to_string()
            }
        })
        .collect();
    if found != (true, true) {
        return Err("the page's policy has no style-src or no script-src".into());
    }
    Ok(format!(
        "{}{}{}",
        &html[..span.start],
        widened.join(";"),
        &html[span.end..]
    ))
}
