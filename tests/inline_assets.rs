//! The built pages carry their stylesheet and loader inline, allowed by hash
//! (`prerender::inline`).
#![cfg(not(target_arch = "wasm32"))]

use chasm_explorer::prerender::inline::{hash_source, linked_assets, with_inline_assets};

/// A page as trunk writes it (minified), moved to a scenario's folder.
const PAGE: &str = "<!doctype html><html lang=en><meta content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' blob:\" http-equiv=Content-Security-Policy>\
    <link href=../../favicon-1.svg rel=icon><link data-integrity=none href=../../style-9b9c.css rel=stylesheet>\
    <script data-base=../../ data-js=../../app-1.js id=chasm-boot src=../../boot.js type=module></script>\
    </head><body><div id=app></div>";

#[test]
fn hashes_are_base64_sha256_as_csp_writes_them() {
    // SHA-256 of the empty string and of "abc" (FIPS 180-2's example), in base64.
    assert_eq!(
        hash_source(""),
        "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    );
    assert_eq!(
        hash_source("abc"),
        "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"
    );
}

#[test]
fn the_links_are_found_as_written() {
    assert_eq!(
        linked_assets(PAGE),
        Some((
            "../../style-9b9c.css".to_string(),
            "../../boot.js".to_string()
        ))
    );
    assert_eq!(linked_assets("<p>no links</p>"), None);
}

#[test]
fn the_stylesheet_and_loader_go_inline_and_the_policy_names_exactly_them() {
    let (css, boot) = (
        "body{margin:0}",
        "const tag = document.getElementById('chasm-boot');",
    );
    let page = with_inline_assets(PAGE, css, boot).unwrap();
    assert!(
        !page.contains("rel=stylesheet") && !page.contains("boot.js"),
        "{page}"
    );
    assert!(page.contains(&format!("<style>{css}</style>")), "{page}");
    // The loader keeps what tells it where the site's files are.
    assert!(
        page.contains(&format!(
            "<script data-base=../../ data-js=../../app-1.js id=chasm-boot type=module>{boot}</script>"
        )),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {}; style-src-attr 'unsafe-inline';",
            hash_source(boot),
            hash_source(css)
        )),
        "{page}"
    );
    // The icon link and the rest of the page are untouched.
    assert!(page.contains("<link href=../../favicon-1.svg rel=icon>"));
    assert!(page.ends_with("</head><body><div id=app></div>"));
    // A second build step over the same page finds nothing to do.
    assert_eq!(with_inline_assets(&page, css, boot).unwrap(), page);
}

#[test]
fn quoted_attributes_are_read_and_removed_too() {
    let page = PAGE
        .replace("src=../../boot.js", "src=\"../../boot.js\"")
        .replace("href=../../style-9b9c.css", "href=\"../../style-9b9c.css\"");
    assert_eq!(
        linked_assets(&page).map(|(_, boot)| boot),
        Some("../../boot.js".to_string())
    );
    let inlined = with_inline_assets(&page, "a{}", "x").unwrap();
    assert!(
        inlined.contains("id=chasm-boot type=module>x</script>"),
        "{inlined}"
    );
}

#[test]
fn text_that_would_close_its_element_is_refused() {
    assert!(with_inline_assets(PAGE, "a{}", "let s = '</SCRIPT>';").is_err());
    assert!(with_inline_assets(PAGE, "a{content:'</style>'}", "x").is_err());
}

#[test]
fn a_page_without_a_policy_is_refused_rather_than_left_blocked() {
    let page = PAGE.replace("http-equiv=Content-Security-Policy", "name=x");
    let page = page.replace("default-src", "default");
    assert!(with_inline_assets(&page, "a{}", "x").is_err());
}

#[test]
fn the_first_render_waits_for_the_explorer_when_the_page_has_it() {
    use chasm_explorer::prerender::inline::with_first_render_after;
    let page = "<head><title>t</title></head><body><div class=\"panels\" id=\"explorer\"></div>";
    let held = with_first_render_after(page, "explorer");
    assert_eq!(
        held,
        "<head><title>t</title><link rel=expect href=\"#explorer\" blocking=render></head><body><div class=\"panels\" id=\"explorer\"></div>"
    );
    // Once only; and never for an element the page does not have (the hold would last until
    // the whole document is parsed).
    assert_eq!(with_first_render_after(&held, "explorer"), held);
    assert_eq!(with_first_render_after(page, "missing"), page);
}

#[test]
fn the_finished_page_is_checked_against_its_policy() {
    use chasm_explorer::prerender::inline::check_hashes;
    let page = with_inline_assets(PAGE, "a{}", "start()").unwrap();
    assert_eq!(check_hashes(&page), Ok(()));
    // A later rewrite that touched an inline text (as moving a page to another folder rewrites
    // "./" in attributes) leaves it blocked by its own policy: the build stops.
    let touched = page.replace("start()", "start(1)");
    assert!(check_hashes(&touched).unwrap_err().contains("loader"));
    let touched = page.replace("a{}", "b{}");
    assert!(check_hashes(&touched).unwrap_err().contains("stylesheet"));
    assert!(check_hashes("<p>no policy</p>").is_err());
}

#[test]
fn line_ends_are_written_and_hashed_as_the_browser_parses_them() {
    let page = with_inline_assets(PAGE, "a{}\r\nb{}", "x();\r\ny();\rz();").unwrap();
    assert!(page.contains("<style>a{}\nb{}</style>"), "{page}");
    assert!(page.contains(">x();\ny();\nz();</script>"), "{page}");
    assert!(page.contains(&hash_source("x();\ny();\nz();")), "{page}");
}
