//! Writes the share pages into a built site (native only; scripts/build.sh runs it after trunk):
//! `cargo run --bin prerender -- dist [PUBLIC_URL]`.
//!
//! - the main page gains its link-preview tags and `preview.png` (the opening scene);
//! - each scenario gets `s/<id>/index.html` (the page, opening in that scenario, with its own
//!   title, description, tags and a `<noscript>` that reads it out) and `s/<id>/preview.png`.
//!
//! The previews are the page's own adoption chart, server-rendered and rasterised
//! (`chasm_explorer::prerender`). With a public URL (`CHASM_PUBLIC_URL`, absolute, ending in /)
//! the pages also get a canonical link and absolute image tags; without one those are left out.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use chasm_explorer::app::oembed::{
        discovery_link, response_path, state_for, title_for, valid_base_url,
    };
    use chasm_explorer::app::presets::{by_id, Preset, PRESETS};
    use chasm_explorer::app::share_page::{
        head_tags, moved_to, page_path, page_title, with_head_tags, with_noscript,
        with_prerendered, with_scenario, with_title_and_description, OPENING, PREVIEW_FILE,
    };
    use chasm_explorer::app::state::AppState;
    use chasm_explorer::components::page::EXPLORER_ID;
    use chasm_explorer::model::{explore, Scene};
    use chasm_explorer::prerender::{self, adoption_svg, inline, preview};
    use chasm_explorer::view::summary;
    use std::path::Path;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dist, base) = match args.as_slice() {
        [dist] => (dist, None),
        [dist, base] if base.is_empty() => (dist, None),
        [dist, base] => (dist, Some(base.as_str())),
        _ => {
            eprintln!("usage: prerender DIST [PUBLIC_URL]");
            std::process::exit(2);
        }
    };
    if let Some(base) = base.filter(|b| !valid_base_url(b)) {
        eprintln!("prerender: {base:?} is not an absolute http(s) address ending in /");
        std::process::exit(2);
    }
    let dist = Path::new(dist);
    let index_path = dist.join("index.html");
    let index = std::fs::read_to_string(&index_path).expect("read dist/index.html");
    let fail = |what: String| -> ! {
        eprintln!("prerender: {what}");
        std::process::exit(1)
    };
    // The stylesheet and the loader, which every page carries inline (prerender::inline); none
    // when the pages were written before (a second run with another public URL).
    let linked = inline::linked_assets(&index);
    // Only files beside the page (trunk writes "./name"): anything else would be read, and
    // removed below, outside the built site.
    let beside = |name: &str| {
        name.strip_prefix("./")
            .filter(|n| !n.contains('/'))
            .map(|n| dist.join(n))
            .unwrap_or_else(|| fail(format!("{name}: not a file beside the page")))
    };
    let assets = linked.as_ref().map(|(css, boot)| {
        let read = |name: &str| {
            let path = beside(name);
            std::fs::read_to_string(&path)
                .unwrap_or_else(|e| fail(format!("{}: {e}", path.display())))
        };
        (read(css), read(boot))
    });
    // One page: its preview, then its HTML.
    let write_page = |preset: Option<&Preset>, scene: &Scene, description: &str, html: String| {
        let dir = dist.join(page_path(preset));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| fail(format!("{}: {e}", dir.display())));
        let subtitle = summary::adoption_headline(scene);
        // The card names the scenario; the main page's is the opening scene (its full title
        // is too long for the card).
        let named = preset.or_else(|| by_id(OPENING));
        let card = preview::card_svg(
            &adoption_svg(scene),
            &title_for(named),
            &subtitle,
            preview::PAGE_CSS,
        );
        let png = preview::png(&card, preview::PAGE_CSS, &preview::FONT_FILES)
            .unwrap_or_else(|e| fail(e));
        std::fs::write(dir.join(PREVIEW_FILE), png).unwrap_or_else(|e| fail(e.to_string()));
        let html = with_head_tags(&html, &head_tags(preset, description, base));
        // The page itself, in this scene: what readers see before the WebAssembly runs, and
        // all that readers without it, feed readers, search engines and printers get.
        let body = prerender::page(&AppState {
            params: scene.params,
            ..AppState::default()
        });
        let html = with_prerendered(&html, &body);
        let html = match &assets {
            Some((css, boot)) => {
                inline::with_inline_assets(&html, css, boot).unwrap_or_else(|e| fail(e))
            }
            None => html,
        };
        let html = inline::with_first_render_after(&html, EXPLORER_ID);
        inline::check_hashes(&html).unwrap_or_else(|e| fail(format!("{}: {e}", dir.display())));
        std::fs::write(dir.join("index.html"), html).unwrap_or_else(|e| fail(e.to_string()));
    };
    // The main page keeps its own description.
    // Readers without JavaScript read the scene as built; the controls need the WebAssembly.
    let no_script = "Without JavaScript this page shows its opening scene as the model computed it; moving the controls needs JavaScript and WebAssembly.";
    let index = with_noscript(&index, no_script);
    let description = index
        .split("content=\"")
        .find_map(|chunk| {
            let (value, rest) = chunk.split_once('"')?;
            rest.trim_start()
                .starts_with("name=description")
                .then(|| value.to_string())
        })
        .unwrap_or_default();
    write_page(
        None,
        &explore(&state_for(None).params),
        &description,
        index.clone(),
    );
    let mut pages = 1;
    for preset in PRESETS.iter().filter(|p| p.id != OPENING) {
        let scene = explore(&preset.params);
        // The scenario's reason and the model's reading of its curve, short enough to be shown
        // whole (about 200 characters).
        let description = format!("{} {}.", preset.reason, summary::adoption_headline(&scene));
        let html = moved_to(&index, Some(preset));
        // With oEmbed written (a public URL), the page names its own scenario's response.
        let html = match base {
            Some(base) => html.replace(
                &discovery_link(&format!("{base}{}", response_path(None)), &title_for(None)),
                &discovery_link(
                    &format!("{base}{}", response_path(Some(preset))),
                    &title_for(Some(preset)),
                ),
            ),
            None => html,
        };
        let html = with_title_and_description(&html, &page_title(Some(preset)), &description);
        let html = with_scenario(&html, preset);
        let html = with_noscript(&html, &format!("{description} {no_script}"));
        write_page(Some(preset), &scene, &description, html);
        pages += 1;
    }
    // Nothing loads them now: every page that did carries them.
    for name in linked.iter().flat_map(|(css, boot)| [css, boot]) {
        let path = beside(name);
        std::fs::remove_file(&path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
    }
    println!(
        "prerender: {pages} pages with previews in {}{}",
        dist.display(),
        base.map_or(
            " (no public URL: no canonical or image tags)".to_string(),
            |b| format!(" for {b}")
        )
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
