// Starts the app. Not trunk's inline loader, so the page runs under a strict
// Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval' and this script's own hash, no
// other inline script. Trunk writes the hashed file names into this tag's data attributes (see
// Trunk.toml, pattern_script); the release build then writes this text into the tag and its
// hash into the policy (src/prerender/inline.rs), so the first paint waits for no request.
//
// Two modules: the page's, and the widget's (src/bin/widget.rs) for `?embed=1`, so neither
// carries the other's code. `embed` is read as the Rust side reads every yes/no option
// (src/app/url.rs, flag()): the last one counts; "", 1, true, yes, on mean yes. The end-to-end
// checks load both ways and see which module came.
const tag = document.getElementById('chasm-boot');
const embed = new URLSearchParams(location.search).getAll('embed').pop();
const widget = embed !== undefined && ['', '1', 'true', 'yes', 'on'].includes(embed.trim().toLowerCase());
// The site's address, made absolute here for the modules too (src/browser/api.rs, page_base_url).
const base = (tag.dataset.base = new URL(tag.dataset.base, document.baseURI).href);
// The page arrives prerendered (src/bin/prerender.rs); a widget shows none of it.
if (widget) document.getElementById('app')?.replaceChildren();
// Addresses are relative to the page (a scenario's page, s/<id>/, reaches the files as ../../);
// import() would resolve them against this script instead, so they are made absolute first.
const [js, wasmUrl] = (widget ? [`${base}widget.js`, `${base}widget_bg.wasm`] : [tag.dataset.js, tag.dataset.wasm])
  .map((u) => new URL(u, document.baseURI).href);
// A button pressed before the page is live (the prerendered page shows them at once) is
// pressed again once it is, so that early press is not lost.
let pressed = null;
const remember = (event) => { pressed = event.target.closest?.('button[data-testid]')?.dataset.testid ?? pressed; };
const app = document.getElementById('app');
if (!widget) app?.addEventListener('click', remember, true);
// The page is on screen before its module is fetched: the prerendered page paints first, and
// the module's bytes do not compete with the page and its stylesheet for a slow connection
// (BENCHMARKS.md: largest contentful paint). A page that is not painted (a background tab,
// or one sent there before its first paint) or a browser without paint timing does not wait,
// nor does one whose paint goes unreported for three seconds. (Headless Chromium sometimes
// reports a paint made at 0.2 s at about 1.2 s; with a shorter wait the module was fetched
// first in those runs, and Lighthouse's simulation then put the paint after its download.)
if (!widget) await firstPaint();
// Fetch the wasm while the JS glue loads (there are no preload links: they would fetch the
// page's module into every widget).
const bytes = fetch(wasmUrl);
const glue = await import(js);
const wasm = await glue.default({ module_or_path: bytes });
// The page's module starts one task later (src/main.rs): compiling it and hydrating the page
// are then separate tasks, and input and paint can run between them. The widget's starts
// itself.
if (typeof glue.start_page === 'function') {
  // The page says when it is live: hydrated, its controls working (src/browser/api.rs,
  // page_live). Hydration yields to the browser between its parts, so that is some tasks later.
  const live = new Promise((resolve) => addEventListener('chasm-explorer:live', resolve, { once: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
  glue.start_page();
  await live;
  app?.removeEventListener('click', remember, true);
  if (pressed) app?.querySelector(`[data-testid="${CSS.escape(pressed)}"]`)?.click();
}
// Lets measurement scripts read the module's memory without a global variable; for the page,
// once it is live.
dispatchEvent(new CustomEvent('chasm-explorer:started', { detail: { wasm, widget } }));

function firstPaint() {
  return new Promise((resolve) => {
    const types = globalThis.PerformanceObserver?.supportedEntryTypes ?? [];
    if (document.visibilityState === 'hidden' || !types.includes('paint')) return resolve();
    setTimeout(resolve, 3000);
    document.addEventListener('visibilitychange', resolve, { once: true });
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
}
