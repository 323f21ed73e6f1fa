//! Native tests of the pages for sharing a scenario (`app::share_page`), the components rendered
//! at build time (`prerender`) and the share previews drawn from them (`prerender::preview`).

#![cfg(not(target_arch = "wasm32"))]

use chasm_explorer::app::presets::{self, PRESETS};
use chasm_explorer::app::share_page::{
    head_tags, moved_to, page_path, share_link, with_head_tags, with_noscript, with_prerendered,
    with_scenario, with_title_and_description, PREVIEW_SIZE,
};
use chasm_explorer::app::snippet::escape_html;
use chasm_explorer::app::state::{AppState, Theme};
use chasm_explorer::app::url;
use chasm_explorer::model::{explore, Field};
use chasm_explorer::prerender::{adoption_svg, preview};
use chasm_explorer::view::summary;
use resvg::tiny_skia::Pixmap;

const ROOT: &str = "https://example.org/chasm/";

fn scenario(id: &str) -> AppState {
    AppState {
        params: presets::by_id(id).expect("a scenario").params,
        ..AppState::default()
    }
}

#[test]
fn an_unchanged_scenario_shares_its_own_page_and_anything_else_its_settings() {
    for preset in &PRESETS {
        let link = share_link(ROOT, &scenario(preset.id));
        let expected = match preset.id {
            "opening" => ROOT.to_string(),
            id => format!("{ROOT}s/{id}/"),
        };
        assert_eq!(link, expected, "{}", preset.id);
    }
    // Moved, pinned or shown differently: the query keeps it, on the main page.
    let moved = AppState {
        params: scenario("chatgpt").params.with(Field::Brand, 0.5).0,
        ..AppState::default()
    };
    let mut pinned = scenario("chatgpt");
    pinned.pinned = Some(scenario("mlops").params);
    let mut dark = scenario("chatgpt");
    dark.view.theme = Theme::Dark;
    for state in [moved, pinned, dark] {
        let link = share_link(ROOT, &state);
        let query = link
            .strip_prefix(&format!("{ROOT}?"))
            .unwrap_or_else(|| panic!("{link} keeps its settings in the query"));
        let back = url::decode(query);
        assert_eq!(
            (back.params, back.pinned, back.view),
            (state.params, state.pinned, state.view)
        );
    }
}

#[test]
fn preview_tags_are_absolute_with_a_public_url_and_left_out_without_one() {
    let chatgpt = presets::by_id("chatgpt");
    let without = head_tags(chatgpt, "d", None);
    for tag in [
        "og:title",
        "og:description",
        "twitter:card",
        "summary_large_image",
    ] {
        assert!(without.contains(tag), "{tag} in {without}");
    }
    for tag in ["canonical", "og:image", "og:url"] {
        assert!(
            !without.contains(tag),
            "no {tag} without a public URL: {without}"
        );
    }
    let with = head_tags(chatgpt, "d", Some(ROOT));
    assert!(with.contains(&format!(
        "<link rel=\"canonical\" href=\"{ROOT}s/chatgpt/\">"
    )));
    assert!(with.contains(&format!(
        "<meta property=\"og:image\" content=\"{ROOT}s/chatgpt/preview.png\">"
    )));
    let (w, h) = PREVIEW_SIZE;
    assert!(with.contains(&format!("og:image:width\" content=\"{w}\"")));
    assert!(with.contains(&format!("og:image:height\" content=\"{h}\"")));
    // The main page's image is at the root.
    assert!(head_tags(None, "d", Some(ROOT)).contains(&format!("{ROOT}preview.png")));
    // Text is escaped.
    let hostile = head_tags(None, "\"><script>alert(1)</script>", None);
    assert!(!hostile.contains("<script>"));
    assert!(hostile.contains(&escape_html("\"><script>")));
}

#[test]
fn a_page_moved_into_its_folder_reaches_the_root_and_opens_in_its_scenario() {
    // As trunk writes it (minified: unquoted attributes), and as written by hand.
    let built = "<html><meta content=\"old\" name=description><title>Old</title>\
        <link href=./style.css rel=stylesheet><script data-base=./ src=./boot.js></script>\
        <link href=\"./favicon.svg\" rel=icon></head><body><div id=app><noscript>x</noscript></div>";
    let chatgpt = presets::by_id("chatgpt").unwrap();
    let moved = moved_to(built, Some(chatgpt));
    for address in [
        "href=../../style.css",
        "data-base=../../",
        "src=../../boot.js",
        "href=\"../../favicon.svg\"",
    ] {
        assert!(moved.contains(address), "{address} in {moved}");
    }
    assert!(!moved.contains("=./"));
    assert_eq!(
        moved_to(built, None),
        built,
        "the main page stays where it is"
    );
    let titled = with_title_and_description(&moved, "New & improved", "Its <own> words");
    assert!(titled.contains("<title>New &amp; improved</title>"));
    assert!(titled.contains("<meta name=\"description\" content=\"Its &lt;own&gt; words\">"));
    assert!(!titled.contains("old"));
    let opened = with_scenario(&titled, chatgpt);
    assert!(opened.contains("<div id=\"app\" data-scenario=\"chatgpt\">"));
    // Written again (another public URL), the tags are replaced, not repeated.
    let tagged = with_head_tags(&opened, &head_tags(Some(chatgpt), "d", None));
    let again = with_head_tags(&tagged, &head_tags(Some(chatgpt), "d", Some(ROOT)));
    assert_eq!(again.matches("og:title").count(), 1, "{again}");
    assert_eq!(again.matches("og:type").count(), 1, "{again}");
    assert!(again.contains("og:image") && !tagged.contains("og:image"));
    assert_eq!(
        with_head_tags(&again, &head_tags(Some(chatgpt), "d", Some(ROOT))),
        again
    );
    assert_eq!(page_path(Some(chatgpt)), "s/chatgpt/");
}

#[test]
fn the_prerendered_chart_is_the_pages_component_for_that_scenario() {
    for id in ["mlops", "chatgpt"] {
        let scene = explore(&presets::by_id(id).unwrap().params);
        let svg = adoption_svg(&scene);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("data-testid=\"rate-path\""), "{svg}");
        // Its text alternative is the model's own summary of that scene.
        assert!(
            svg.contains(&escape_html(&summary::adoption(&scene))),
            "{id}: {}",
            summary::adoption(&scene)
        );
        assert_eq!(
            svg.contains("data-testid=\"chasm-marker\""),
            scene.chasm.is_some(),
            "{id}"
        );
    }
}

#[test]
fn the_preview_styles_resolve_to_the_pages_light_colours() {
    let css = preview::chart_css(preview::PAGE_CSS);
    assert!(!css.contains("var("), "every variable resolved: {css}");
    assert!(!css.contains("light-dark"), "{css}");
    // The rate curve is drawn in the light theme's text colour, as on the page.
    let text = preview::PAGE_CSS
        .lines()
        .find_map(|l| l.trim().strip_prefix("--text: light-dark("))
        .and_then(|v| v.split(',').next())
        .expect("the page declares --text");
    assert!(
        css.contains(&format!(".chart .rate {{ stroke: {text}")),
        "{css}"
    );
    assert!(css.contains(".band-0 { fill: #cc79a7"), "{css}");
}

fn preview_of(id: &str) -> Pixmap {
    let scene = explore(&presets::by_id(id).unwrap().params);
    let card = preview::card_svg(&adoption_svg(&scene), id, "subtitle", preview::PAGE_CSS);
    let png = preview::png(&card, preview::PAGE_CSS, &preview::FONT_FILES).expect("a preview");
    Pixmap::decode_png(&png).expect("a PNG")
}

#[test]
fn a_preview_is_a_card_sized_png_of_its_own_scenario() {
    let (mlops, chatgpt) = (preview_of("mlops"), preview_of("chatgpt"));
    assert_eq!((mlops.width(), mlops.height()), PREVIEW_SIZE);
    // The corner is the page's light background.
    let bg = mlops.pixel(2, 2).unwrap();
    assert_eq!((bg.red(), bg.green(), bg.blue()), (0xfb, 0xfa, 0xf7));
    // Title ink: dark pixels in the title's band.
    let dark = (40..600)
        .flat_map(|x| (20..60).map(move |y| (x, y)))
        .filter(|&(x, y)| mlops.pixel(x, y).unwrap().red() < 80)
        .count();
    assert!(dark > 200, "the title is drawn ({dark} dark pixels)");
    // Two scenarios, two pictures.
    let differing = mlops
        .pixels()
        .iter()
        .zip(chatgpt.pixels())
        .filter(|(a, b)| a != b)
        .count();
    assert!(differing > 10_000, "{differing} pixels differ");
}

#[test]
fn a_missing_font_is_a_clear_error() {
    let err = preview::png(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "",
        &["/nonexistent.ttf"],
    )
    .unwrap_err();
    assert!(
        err.contains("/nonexistent.ttf") && err.contains("setup.sh"),
        "{err}"
    );
}

#[test]
fn the_whole_page_renders_natively_with_its_figures_and_every_section() {
    use chasm_explorer::components::page::{Page, PageProps};
    use chasm_explorer::prerender::render;
    use chasm_explorer::view::sections::Section;
    // Every component of the page renders at build time: none reaches for the browser while
    // rendering (that would panic here), so the page can be prerendered.
    let state = scenario("mlops");
    let html = render::<Page>(PageProps {
        initial: state.clone(),
        sync_url: false,
        explainer: Some(chasm_explorer::components::explainer::inline()),
    });
    let scene = explore(&state.params);
    for testid in [
        "adoption-chart",
        "moat-chart",
        "rate-path",
        "chasm-marker",
        "adoption-summary",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{testid}\"")),
            "{testid}"
        );
    }
    assert!(html.contains(&escape_html(&summary::adoption(&scene))));
    for section in Section::ALL {
        assert!(
            html.contains(&format!("id=\"{}\"", section.anchor())),
            "{section:?}"
        );
    }
    // The running text is there too, not just the frames.
    assert!(
        html.contains("Rogers described adoption"),
        "the opening of the explainer"
    );
}

#[test]
fn the_page_without_its_inline_explainer_leaves_an_empty_slot_for_the_live_one() {
    use chasm_explorer::components::page::{Page, PageProps};
    use chasm_explorer::prerender::render;
    // The built page's module mounts the page without the explainer (it comes from its own
    // module), so what the page draws itself ends at an empty slot.
    let html = render::<Page>(PageProps {
        initial: AppState::default(),
        sync_url: false,
        explainer: None,
    });
    assert!(html.contains("data-testid=\"adoption-chart\""));
    let slot = html
        .find("data-testid=\"explainer-slot\"")
        .expect("the explainer slot");
    let after = &html[slot..];
    assert!(
        after
            .split_once('>')
            .is_some_and(|(_, rest)| rest.starts_with("</div>")),
        "an empty slot: {}",
        &after[..after.len().min(200)]
    );
    assert!(!html.contains("Rogers described adoption"));
}

#[test]
fn the_prerendered_body_goes_into_the_app_after_its_noscript_once() {
    let page = "<!doctype html><body><div id=app><noscript>old</noscript></div></body></html>";
    let page = with_noscript(page, "No JavaScript: the opening scene.");
    let once = with_prerendered(page.as_str(), "<div class=\"chasm-app\">first</div>");
    assert!(
        once.contains("<noscript>No JavaScript: the opening scene.</noscript><!--prerendered--><div class=\"chasm-app\">first</div><!--/prerendered--></div>"),
        "{once}"
    );
    // Running the build step again replaces the body rather than adding a second.
    let twice = with_prerendered(&once, "<div class=\"chasm-app\">second</div>");
    assert_eq!(twice.matches("chasm-app").count(), 1, "{twice}");
    assert!(twice.contains(">second<"));
    // A page without an app root is left alone.
    assert_eq!(with_prerendered("<p>no app</p>", "x"), "<p>no app</p>");
}
