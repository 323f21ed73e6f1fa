// Starts the app. An external file (not trunk's inline loader) so the page runs under a strict
// Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval', no inline script. Trunk writes
// the hashed file names into this tag's data attributes (see Trunk.toml, pattern_script).
//
// Two modules: the page's, and the widget's (src/bin/widget.rs) for `?embed=1`, so neither
// carries the other's code. `embed` is read as the Rust side reads every yes/no option
// (src/app/url.rs, flag()): the last one counts; "", 1, true, yes, on mean yes. The end-to-end
// checks load both ways and see which module came.
const tag = document.getElementById('chasm-boot');
const embed = new URLSearchParams(location.search).getAll('embed').pop();
const widget = embed !== undefined && ['', '1', 'true', 'yes', 'on'].includes(embed.trim().toLowerCase());
const base = tag.dataset.base;
// The page arrives prerendered (src/bin/prerender.rs); a widget shows none of it.
if (widget) document.getElementById('app')?.replaceChildren();
// Addresses are relative to the page (a scenario's page, s/<id>/, reaches the files as ../../);
// import() would resolve them against this script instead, so they are made absolute first.
const [js, wasmUrl] = (widget ? [`${base}widget.js`, `${base}widget_bg.wasm`] : [tag.dataset.js, tag.dataset.wasm])
  .map((u) => new URL(u, document.baseURI).href);
// Fetch the wasm while the JS glue loads (there are no preload links: they would fetch the
// page's module into every widget).
const bytes = fetch(wasmUrl);
const { default: init } = await import(js);
const wasm = await init({ module_or_path: bytes });
// Lets measurement scripts read the module's memory without a global variable.
dispatchEvent(new CustomEvent('chasm-explorer:started', { detail: { wasm, widget } }));
