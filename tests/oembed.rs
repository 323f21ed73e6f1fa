#![cfg(not(target_arch = "wasm32"))]
//! The oEmbed responses: valid JSON with what the spec requires for `rich`, whose `html` is the
//! Embed dialog's iframe for the right state, and a discovery link that cannot be broken out of.

use chasm_explorer::app::oembed::{
    csp_with_origin, discovery_link, json_string, origin_of, response, response_path,
    valid_base_url,
};
use chasm_explorer::app::presets::{by_id, PRESETS};
use chasm_explorer::app::snippet::{iframe, widget_url};
use chasm_explorer::app::url::decode;

const BASE: &str = "https://example.org/tools/chasm/";

#[test]
fn each_response_is_rich_oembed_with_the_dialogs_iframe_for_its_state() {
    for preset in std::iter::once(None).chain(PRESETS.iter().map(Some)) {
        let text = response(BASE, preset);
        let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["provider_url"], BASE);
        assert!(json["width"].as_u64().unwrap() > 0 && json["height"].as_u64().unwrap() > 0);
        // The card's thumbnail is the page's own share preview, with its size.
        let page = match preset {
            Some(p) if p.id != "opening" => format!("{BASE}s/{}/", p.id),
            _ => BASE.to_string(),
        };
        assert_eq!(json["thumbnail_url"], format!("{page}preview.png"));
        assert_eq!(
            (
                json["thumbnail_width"].as_u64(),
                json["thumbnail_height"].as_u64()
            ),
            (Some(1200), Some(630))
        );
        let html = json["html"].as_str().unwrap();
        let state = chasm_explorer::app::oembed::state_for(preset);
        assert!(html.contains(&iframe(BASE, &state)), "{html}");
        // The iframe's address reads back as the scenario's settings, in embed mode.
        let src = widget_url(BASE, &state);
        let back = decode(src.split_once('?').unwrap().1);
        assert!(back.view.embed && back.notices.is_empty());
        match preset {
            Some(p) => {
                assert_eq!(back.params, by_id(p.id).unwrap().params);
                assert!(json["title"].as_str().unwrap().contains(p.name));
                assert_eq!(response_path(Some(p)), format!("oembed/{}.json", p.id));
            }
            None => assert_eq!(back.params, Default::default()),
        }
        // WordPress keeps only a blockquote and the last iframe; ours has exactly one of each.
        assert_eq!(html.matches("<iframe").count(), 1);
        assert!(html.starts_with("<blockquote hidden>") && html.ends_with("</iframe>"));
    }
}

#[test]
fn json_strings_and_links_escape_what_they_must() {
    let s = json_string("a\"b\\c\nd\u{1}");
    assert_eq!(
        serde_json::from_str::<String>(&s).unwrap(),
        "a\"b\\c\nd\u{1}"
    );
    let link = discovery_link("https://x/\"><script>", "t\"<");
    assert!(
        !link.contains("<script>") && !link.contains("t\"<"),
        "{link}"
    );
    assert!(link.contains("type=\"application/json+oembed\""));
}

#[test]
fn only_absolute_http_base_addresses_are_taken() {
    assert!(valid_base_url(BASE));
    assert!(valid_base_url("http://127.0.0.1:18181/tools/chasm/"));
    for bad in [
        "",
        "/chasm/",
        "https://example.org/chasm",
        "javascript:alert(1)//",
        "https://example.org/\"><x/",
        "https://example.org/?q=/",
        "ftp://example.org/",
    ] {
        assert!(!valid_base_url(bad), "{bad}");
    }
}

#[test]
fn the_public_origin_is_named_beside_self_in_the_policy_and_nowhere_else() {
    assert_eq!(origin_of(BASE), "https://example.org");
    assert_eq!(
        origin_of("http://127.0.0.1:18181/x/"),
        "http://127.0.0.1:18181"
    );
    let page = "<meta content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'\" http-equiv=Content-Security-Policy><p>'self'</p>";
    let once = csp_with_origin(page, "https://example.org");
    assert!(once.contains("script-src 'self' https://example.org 'wasm-unsafe-eval'; connect-src 'self' https://example.org\""), "{once}");
    assert!(once.ends_with("<p>'self'</p>"), "{once}");
    // Idempotent: a second run writes nothing more.
    assert_eq!(csp_with_origin(&once, "https://example.org"), once);
    assert_eq!(
        csp_with_origin("<p>no policy</p>", "https://example.org"),
        "<p>no policy</p>"
    );
}
