// Headless-Chromium measurement of the release build against two peers (Plotly; d3 + esbuild)
// that draw the same two figures with the same model. Reports bytes per file (raw, gzip,
// brotli), time to the first complete render, input-to-next-paint latency for 300 real keyboard
// inputs on each slider (normal speed and 4x CPU throttling), long tasks, memory, and 20
// embedded copies on one page. Writes BENCHMARKS.md. Run scripts/bench.sh (it builds first).
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { execSync } from 'node:child_process';
import { serveDir, serveHtml, CHROMIUM_ARGS } from './lib/serve-static.mjs';

const EVENTS_PER_SLIDER = Number(process.env.EVENTS ?? 300);
const LOADS = Number(process.env.LOADS ?? 5);
const KEYS = ['innovators', 'abstraction', 'brand', 'lag', 'switching', 'price'];
// Both figures drawn, inside `scope`: the page's live <html>, or the widget's root.
const drawnIn = (scope) => `(() => { const r = document.querySelector('${scope} [data-testid=rate-path]'); const l = document.querySelector('${scope} [data-testid=lead-path]');
             return !!(r && r.getAttribute('d') && l && l.getAttribute('d')); })()`;
const impls = [
  { name: 'chasm-explorer (Rust + Yew, wasm)', short: 'ours', dir: 'dist', port: 18301, query: '',
    // Live, not just drawn: the page arrives prerendered, so its figures are there before the
    // wasm runs; <html> gets .chasm-live once the page has hydrated (src/browser/api.rs).
    ready: drawnIn('html.chasm-live'),
    // The widget is drawn, not hydrated: live once the module has drawn into its root.
    embedReady: drawnIn('.chasm-root') },
  { name: 'Plotly peer (plotly.js-dist-min)', short: 'plotly', dir: 'target/peers/plotly', port: 18302, query: '',
    ready: `document.querySelectorAll('#adoption .scatterlayer path.js-line').length >= 4 && document.querySelectorAll('#moat .scatterlayer path.js-line').length >= 2` },
  { name: 'd3 peer (d3 modules + esbuild)', short: 'd3', dir: 'target/peers/d3', port: 18303, query: '',
    ready: `(() => { const r = document.querySelector('[data-testid=rate-path]'); return !!(r && r.getAttribute('d')); })()` },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const servers = [];
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))] : NaN; };

// In every page: when the figures are first complete (checked each frame), input-to-next-paint
// latency (input event -> the task after the next rendering opportunity), and long tasks.
const probe = (ready) => `
  window.__lat = []; window.__work = []; window.__render = []; window.__long = []; window.__readyAt = null;
  addEventListener('chasm-explorer:started', (e) => { window.__wasm = e.detail.wasm; });
  // Offscreen iframes get no animation frames, so they poll by timer; the page itself by frame.
  const next = window === top ? requestAnimationFrame : (f) => setTimeout(f, 10);
  (function poll() { try { if (${ready}) { window.__readyAt = performance.now(); return; } } catch (e) {} next(poll); })();
  // Where the time goes: the app's own work for the input (up to the end of bubbling, which
  // includes microtasks such as yew's render), then the frame (rAF to the task after it:
  // style, layout, paint).
  document.addEventListener('input', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => {
      const tf = performance.now();
      const c = new MessageChannel();
      c.port1.onmessage = () => { const t = performance.now(); window.__lat.push(t - t0); window.__render.push(t - tf); };
      c.port2.postMessage(0);
    });
  }, true);
  addEventListener('input', (e) => window.__work.push(performance.now() - e.timeStamp));
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
`;

async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const js = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasm = await page.evaluate(() => window.__wasm ? window.__wasm.memory.buffer.byteLength : 0);
  return js + wasm;
}

/** 300 inputs on one slider, one per frame; what the probe recorded for them. */
async function dragSlider(page, key) {
  const sel = `[data-testid=slider-${key}]`;
  await page.focus(sel);
  await page.keyboard.press('Home');
  const steps = await page.$eval(sel, (el) => Math.round((el.max - el.min) / el.step));
  const run = Math.min(10, steps);
  await page.waitForTimeout(300); // let the Home press and any settling finish before timing
  await page.evaluate(() => { window.__lat = []; window.__work = []; window.__render = []; window.__long = []; });
  for (let i = 0; i < EVENTS_PER_SLIDER; i++) {
    await page.keyboard.press(Math.floor(i / run) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    // One input per frame, as a hand on a slider produces.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  await page.waitForTimeout(100);
  return page.evaluate(() => ({ lat: window.__lat.slice(), work: window.__work.slice(), render: window.__render.slice(), long: window.__long.filter((d) => d > 50).length }));
}

function summarise(results) {
  const all = (k) => results.flatMap((r) => r[k]);
  const lat = all('lat');
  return {
    n: lat.length, p50: pct(lat, 50), p95: pct(lat, 95), max: Math.max(...lat),
    work50: pct(all('work'), 50), render50: pct(all('render'), 50),
    long: results.reduce((s, r) => s + r.long, 0),
  };
}

// The three implementations are measured interleaved (load by load, slider by slider), so a
// change in the machine's speed during the run (a shared 2-core VM drifts by tens of percent
// over minutes) affects all three alike instead of whichever happened to run then.
const rows = {};
const open = {};
for (const impl of impls) {
  servers.push(await serveDir(impl.dir, impl.port));
  rows[impl.short] = { name: impl.name, renders: [] };
}
const base = (impl) => `http://127.0.0.1:${impl.port}/`;

// Bytes (first load) and first complete render (median of LOADS fresh loads, cold cache).
for (let round = 0; round < LOADS; round++) {
  for (const impl of impls) {
    const r = rows[impl.short];
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const files = [];
    if (round === 0) {
      context.on('response', async (resp) => { try { const b = await resp.body(); files.push({ url: resp.url().replace(base(impl), ''), raw: b.length, gz: gzipSync(b, { level: 9 }).length, br: brotli(b) }); } catch {} });
    }
    await context.addInitScript(probe(impl.ready));
    const page = await context.newPage();
    await page.goto(base(impl) + impl.query);
    await page.waitForFunction(() => window.__readyAt !== null, null, { timeout: 30000 });
    await page.waitForLoadState('networkidle');
    r.renders.push(await page.evaluate(() => window.__readyAt));
    if (round === 0) {
      r.files = files;
      r.total = files.reduce((s, f) => ({ raw: s.raw + f.raw, gz: s.gz + f.gz, br: s.br + f.br }), { raw: 0, gz: 0, br: 0 });
    }
    if (round === LOADS - 1) {
      open[impl.short] = { context, page, cdp: await context.newCDPSession(page) };
    } else {
      await context.close();
    }
  }
}
for (const impl of impls) {
  const r = rows[impl.short];
  r.firstRender = pct(r.renders, 50);
  r.memLoad = await memory(open[impl.short].page, open[impl.short].cdp);
}

// Drags: for each speed and slider, each implementation in turn.
for (const [rate, field] of [[1, 'drag1'], [4, 'drag4']]) {
  const results = Object.fromEntries(impls.map((i) => [i.short, []]));
  for (const key of KEYS) {
    for (const impl of impls) {
      const { page, cdp } = open[impl.short];
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      results[impl.short].push(await dragSlider(page, key));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  }
  for (const impl of impls) rows[impl.short][field] = summarise(results[impl.short]);
  if (rate === 1) {
    for (const impl of impls) rows[impl.short].memDrag = await memory(open[impl.short].page, open[impl.short].cdp);
  }
}
for (const impl of impls) await open[impl.short].context.close();

for (const impl of impls) {
  const r = rows[impl.short];
  // Twenty copies on one host page (iframes, as embedded in a blog post).
  const src = impl.short === 'ours' ? `${base(impl)}?embed=1` : base(impl);
  const hostPort = impl.port + 100;
  servers.push(await serveHtml(`<!doctype html><html><head><meta charset="utf-8"><title>20</title><link rel="icon" href="data:,"></head><body>
    ${Array.from({ length: 20 }, (_, i) => `<iframe src="${src}" style="width:100%;height:700px;border:0" title="copy ${i}"></iframe>`).join('')}</body></html>`, hostPort));
  const hostContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await hostContext.addInitScript(probe(impl.embedReady ?? impl.ready));
  const host = await hostContext.newPage();
  const t0 = Date.now();
  await host.goto(`http://127.0.0.1:${hostPort}/`, { waitUntil: 'load' });
  for (const f of host.frames().slice(1)) await f.waitForFunction(() => window.__readyAt !== null, null, { timeout: 60000 });
  r.embedLoad = Date.now() - t0;
  const hcdp = await hostContext.newCDPSession(host);
  await hcdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries((await hcdp.send('Performance.enable').then(() => hcdp.send('Performance.getMetrics'))).metrics.map((m) => [m.name, m.value]));
  const wasm = (await Promise.all(host.frames().slice(1).map((f) => f.evaluate(() => window.__wasm ? window.__wasm.memory.buffer.byteLength : 0)))).reduce((a, b) => a + b, 0);
  r.embedMem = metrics.JSHeapUsedSize + wasm;
  await hostContext.close();
  console.error(`measured ${impl.short}`);
}
await browser.close();
for (const s of servers) s.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const o = rows.ours, p = rows.plotly, d = rows.d3;
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
const table = (label, f, fmt) => `| ${label} | ${fmt(f(o))} | ${fmt(f(p))} | ${fmt(f(d))} | ${ratio(f(p), f(o))} | ${ratio(f(d), f(o))} |`;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${execSync('/usr/bin/chromium --version', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()} headless`;
const md = `# Benchmarks

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`scripts/bench.sh\` (which builds the
release bundle and both peers, runs \`cargo bench --bench model\`, then \`node scripts/measure.mjs\`).
All three implementations were measured by the same script in the same run, served from localhost.

The peers draw the same two figures (adoption with Rogers' bands, early/main/total rates, the
S-curve and the chasm marker; the moat with lead, users kept and half-life) with the same six
sliders and the same model, ported line for line to JavaScript (\`bench/peers/model.js\`; it
reproduces the Rust figures exactly). The d3 peer also draws what our page shows around the
curves and updates it on every input (axes with grid and tick labels, band labels, the chasm and
half-life markers, the floor, legends with shares, readouts, a summary line per figure); Plotly
draws its own axes and legend. They do not include the explainer's prose and section figures,
the scenarios, pinning, sharing and embedding that our bundle carries.

## Browser

| | ours | Plotly | d3 | Plotly / ours | d3 / ours |
|---|---|---|---|---|---|
${table('bytes, raw', (r) => r.total.raw, kb)}
${table('bytes, gzip', (r) => r.total.gz, kb)}
${table('bytes, brotli', (r) => r.total.br, kb)}
${table(`first complete render (median of ${LOADS} loads)`, (r) => r.firstRender, ms)}
${table('drag latency p50 (1× CPU)', (r) => r.drag1.p50, ms)}
${table('drag latency p95 (1× CPU)', (r) => r.drag1.p95, ms)}
${table('drag latency max (1× CPU)', (r) => r.drag1.max, ms)}
${table('drag latency p50 (4× throttled)', (r) => r.drag4.p50, ms)}
${table('drag latency p95 (4× throttled)', (r) => r.drag4.p95, ms)}
${table('drag latency max (4× throttled)', (r) => r.drag4.max, ms)}
${table('… of which the app\'s work per input, p50 (4×)', (r) => r.drag4.work50, ms)}
${table('… and the next frame\'s rendering, p50 (4×)', (r) => r.drag4.render50, ms)}
| long tasks > 50 ms while dragging (1× / 4×) | ${o.drag1.long} / ${o.drag4.long} | ${p.drag1.long} / ${p.drag4.long} | ${d.drag1.long} / ${d.drag4.long} | | |
${table('memory after load (JS heap + wasm)', (r) => r.memLoad, mb)}
${table('memory after the drags', (r) => r.memDrag, mb)}
${table('20 embedded copies: time until all rendered', (r) => r.embedLoad, (n) => `${n} ms`)}
${table('20 embedded copies: memory (JS heap + wasm)', (r) => r.embedMem, mb)}

Drag latency: ${o.drag1.n} input events per implementation and speed (${EVENTS_PER_SLIDER} real keyboard
inputs on each of the six sliders, one per frame), each timed in the page from the \`input\` event's
timestamp to the task right after the next rendering opportunity (requestAnimationFrame, then a
message-channel task). Event Timing (INP) records no \`input\` events during a drag, hence this
in-page measure. 4× throttling is CDP \`Emulation.setCPUThrottlingRate\`. Each slider's drag starts
from a settled page. The three implementations are measured interleaved, one slider (or one load)
each in turn, so drift in the machine's speed during the run falls on all three alike.

### Files

| implementation | file | raw | gzip | brotli |
|---|---|---|---|---|
${Object.values(rows).flatMap((r) => r.files.map((f) => `| ${r.name} | ${f.url || '(page)'} | ${kb(f.raw)} | ${kb(f.gz)} | ${kb(f.br)} |`)).join('\n')}
`;

writeFileSync('target/measure.json', JSON.stringify(rows, null, 1));
console.log(md);
