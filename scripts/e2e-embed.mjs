// End-to-end test of embedding: the widget is served from one localhost origin (under a subpath),
// a blog-like host
// page from another. The host page uses the snippet the app's own "Embed" dialog generates.
// Checks: the widget renders; the iframe's height follows the widget's content (also after a
// resize to phone width); a slider works inside it; the widget cannot reach the host page; no
// cookies; no request beyond the two origins; no console errors. Screenshots of the host page
// go to target/shots/. Usage: node scripts/e2e-embed.mjs [dist]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { serveDir, serveHtml, CHROMIUM_ARGS } from './lib/serve-static.mjs';

const dist = process.argv[2] ?? 'dist';
const WIDGET_PORT = 18181, HOST_PORT = 18182;
const widgetOrigin = `http://127.0.0.1:${WIDGET_PORT}`;
// Served under a subpath, as on a project site: the page must use relative URLs throughout.
const SUBPATH = '/tools/chasm/';
const widgetBase = `${widgetOrigin}${SUBPATH}`;
const hostOrigin = `http://127.0.0.1:${HOST_PORT}`;
const shots = 'target/shots';
mkdirSync(shots, { recursive: true });

let passed = 0, failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed++; console.log(`ok   ${name}`); }
  else { failed++; console.log(`FAIL ${name} ${detail}`); }
}

const widgetServer = await serveDir(dist, WIDGET_PORT, {}, SUBPATH);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const errors = [];
const requests = [];
const servers = [widgetServer];
try {
  // 1. Get the snippet from the page's Embed dialog, as a blogger would.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`page: ${m.text()}`); });
  await page.goto(`${widgetBase}?brand=0.3`);
  await page.click('[data-testid=open-embed]');
  const snippet = await page.inputValue('[data-testid=embed-code]');
  check('the dialog offers an iframe with the loader script', snippet.includes('<iframe') && snippet.includes('embed.js'), snippet);
  const element = await page.inputValue('[data-testid=embed-element]');
  check('the dialog also offers the <chasm-explorer> element with the loader and a fallback link',
    /^<chasm-explorer [^>]*brand="0.3"[^>]*><a href="[^"]+">[^<]+<\/a><\/chasm-explorer>\n<script src="[^"]+embed\.js" async><\/script>$/.test(element), element);
  await page.check('[data-testid=embed-flag-static]');
  await page.check('[data-testid=embed-flag-plain]');
  const flagged = await page.inputValue('[data-testid=embed-plain]');
  check('the render flags go into the snippets', /static=1/.test(await page.inputValue('[data-testid=embed-code]')) && /plain=1/.test(flagged) && /static="1"/.test(await page.inputValue('[data-testid=embed-element]')), flagged);
  await page.uncheck('[data-testid=embed-flag-static]');
  await page.uncheck('[data-testid=embed-flag-plain]');
  check('the snippet points at the address the page is served from', /src="[^"]*\?v=\d+&amp;/.test(snippet) && snippet.includes(`src="${widgetBase}?v=`) && snippet.includes(`${widgetBase}embed.js`), snippet);
  await context.close();

  // 2. A host page on another origin with that snippet pasted between paragraphs.
  const lorem = '<p>Some blog text around the widget. '.repeat(3) + '</p>';
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog post</title><link rel="icon" href="data:,">
    <style>body{font-family:Georgia,serif;max-width:760px;margin:24px auto;padding:0 12px;background:#fff;color:#222}</style>
    </head><body><h1>Why developer tools stall</h1>${lorem}${snippet}${lorem}<p id="end">The end.</p></body></html>`;
  servers.push(await serveHtml(host, HOST_PORT));

  const hostContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const hostPage = await hostContext.newPage();
  hostPage.on('console', (m) => { if (m.type() === 'error') errors.push(`host: ${m.text()}`); });
  hostPage.on('pageerror', (e) => errors.push(`host: ${e}`));
  hostPage.on('request', (r) => requests.push(r.url()));
  await hostPage.goto(`${hostOrigin}/`);
  const frameEl = await hostPage.waitForSelector('iframe[data-chasm-explorer]');
  const frame = await frameEl.contentFrame();
  await frame.waitForSelector('[data-testid=embed] [data-testid=adoption-chart]');
  check('the widget renders inside the iframe', true);

  const heights = async () => ({
    iframe: await frameEl.evaluate((f) => f.getBoundingClientRect().height),
    content: await frame.evaluate(() => document.querySelector('[data-testid=embed]').getBoundingClientRect().height),
  });
  const settle = async () => {
    // The widget reports through ResizeObserver + postMessage; give it a few frames.
    for (let i = 0; i < 40; i++) {
      const h = await heights();
      if (Math.abs(h.iframe - h.content) <= 4) return h;
      await hostPage.waitForTimeout(50);
    }
    return heights();
  };
  let h = await settle();
  check('iframe height follows the content at 1280 px', Math.abs(h.iframe - h.content) <= 4, JSON.stringify(h));
  await hostPage.screenshot({ path: `${shots}/host-desktop.png`, fullPage: true });

  // 3. A slider inside the iframe, by keyboard.
  const before = await frame.textContent('[data-testid=chasm-depth]');
  await frame.focus('[data-testid=slider-brand]');
  for (let i = 0; i < 30; i++) await hostPage.keyboard.press('ArrowRight');
  const after = await frame.textContent('[data-testid=chasm-depth]');
  const brand = await frame.textContent('[data-testid=value-brand]');
  check('a slider works inside the iframe', before !== after && brand === '60 %', `${before} -> ${after}, brand ${brand}`);

  // 4. Narrow the host page: the widget reflows taller and the iframe follows.
  await hostPage.setViewportSize({ width: 390, height: 844 });
  const wide = h.content;
  h = await settle();
  check('iframe height follows the content at 390 px', Math.abs(h.iframe - h.content) <= 4 && h.content > wide, JSON.stringify({ ...h, wide }));
  await hostPage.screenshot({ path: `${shots}/host-phone.png`, fullPage: true });

  // 4b. The widget's iframe loaded the widget's own module, not the page's.
  const modules = requests.filter((u) => u.startsWith(widgetOrigin) && /\.(wasm|js)$/.test(new URL(u).pathname)).map((u) => new URL(u).pathname.split('/').pop());
  check('the widget loads its own module and not the page\'s', modules.includes('widget_bg.wasm') && !modules.some((m) => m.startsWith('chasm-explorer-')), modules.join(' '));

  // 5. Isolation and privacy.
  const reach = await frame.evaluate(() => { try { return String(window.parent.document.title); } catch { return 'blocked'; } });
  check('the widget cannot read the host page', reach === 'blocked', reach);
  const cookies = await hostContext.cookies();
  check('no cookies are set', cookies.length === 0, JSON.stringify(cookies));
  const foreign = requests.filter((u) => !u.startsWith(widgetOrigin) && !u.startsWith(hostOrigin));
  check('no request beyond the two origins', foreign.length === 0, foreign.join(' '));
  // A forged height message from the host's own window must be ignored.
  const forged = await hostPage.evaluate(async () => {
    const f = document.querySelector('iframe[data-chasm-explorer]');
    const was = f.style.height;
    window.postMessage({ type: 'chasm-explorer:height', height: 5 }, '*');
    await new Promise((r) => setTimeout(r, 100));
    return f.style.height === was;
  });
  check('height messages from other windows are ignored', forged);
  await hostContext.close();
  // 6. boot.js reads `embed` as the Rust side reads every yes/no option (src/app/url.rs).
  {
    const ctx = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await ctx.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`boot: ${m.text()}`); });
    for (const [query, widget] of [['embed=YES', true], ['embed', true], ['embed=on&x=1', true], ['embed=0', false], ['embed=1&embed=off', false], ['embed=maybe', false]]) {
      await page.goto(`${widgetBase}?${query}`);
      const which = await page.waitForSelector('[data-testid=embed], [data-testid=app]').then((e) => e.getAttribute('data-testid'));
      check(`?${query} loads the ${widget ? 'widget' : 'page'}`, which === (widget ? 'embed' : 'app'), which);
    }
    await ctx.close();
  }
} catch (e) {
  check('the run completed', false, String(e && e.stack || e));
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
check('no console errors', errors.length === 0, errors.join('\n'));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
