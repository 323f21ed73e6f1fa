//! Writes the oEmbed responses and their discovery link into a built site, and names the public
//! origin in its Content-Security-Policy (native only):
//! `cargo run --bin oembed -- dist https://example.org/chasm/`. scripts/build.sh runs it when
//! `CHASM_PUBLIC_URL` is set; without a public address the responses would need absolute URLs
//! we cannot know, so nothing is written rather than something wrong (see `app::oembed`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use chasm_explorer::app::oembed::{
        csp_with_origin, discovery_link, origin_of, response, response_path, title_for,
        valid_base_url,
    };
    use chasm_explorer::app::presets::PRESETS;
    use std::path::Path;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, base] = args.as_slice() else {
        eprintln!("usage: oembed DIST PUBLIC_URL (absolute, ending in /)");
        std::process::exit(2);
    };
    if !valid_base_url(base) {
        eprintln!("oembed: {base:?} is not an absolute http(s) address ending in /");
        std::process::exit(2);
    }
    let dist = Path::new(dist);
    let write = |path: &str, text: &str| {
        let path = dist.join(path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("create the oembed folder");
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    };
    write(&response_path(None), &response(base, None));
    for preset in &PRESETS {
        write(&response_path(Some(preset)), &response(base, Some(preset)));
    }
    // The page links to the opening scene's response.
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).expect("read dist/index.html");
    let link = discovery_link(&format!("{base}{}", response_path(None)), &title_for(None));
    let html = match html.find("<link rel=\"alternate\" type=\"application/json+oembed\"") {
        Some(_) => html, // written already (the script is run again on the same dist)
        None => html.replacen("</head>", &format!("{link}\n</head>"), 1),
    };
    // The public origin beside 'self' in the policy, for sandboxed frames (see csp_with_origin).
    let html = csp_with_origin(&html, origin_of(base));
    std::fs::write(&index, html).expect("write dist/index.html");
    println!(
        "oembed: {} responses for {base} in {}",
        PRESETS.len() + 1,
        dist.display()
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
