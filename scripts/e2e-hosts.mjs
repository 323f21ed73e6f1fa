// End-to-end checks of the page and of the widget on every kind of host, in one engine:
//   node scripts/e2e-hosts.mjs chromium|firefox|webkit [dist]   (webkit: under xvfb-run)
//
// The widget is served from one origin under a subpath, with the CORS header a static host must
// send (Access-Control-Allow-Origin: *), and with oEmbed responses written for that address by
// the oembed tool. Host pages come from a second origin:
//   /loader     the Embed dialog's iframe with the loader script: renders, resizes at 1280 and
//               390 px, a slider works by keyboard;
//   /oembed     the `html` that an oEmbed consumer (@extractus/oembed-extractor, which does
//               link discovery) found for the page, pasted as is;
//   /wordpress  what WordPress makes of that html for a provider it does not trust (its
//               wp_filter_oembed_result: a blockquote and the iframe, sandbox="allow-scripts",
//               a secret in the address), with WordPress's own wp-embed.js host script from
//               Debian's wordpress package: the null-origin widget works and resizes;
//   /embedly    an Embedly-style listener (JSON text, context "iframe.resize", frame by src);
//   /element    <chasm-explorer> from the loader, once with hostile attributes, once driven by
//               the host page's theme switch;
//   /flags      static=1, transparent=1, plain=1.
// And the page itself: keyboard use, the fitting tool, no console errors. Screenshots go to
// target/shots/<engine>-*.png.
import { launch, ENGINES } from './lib/engines.mjs';
import { serveDir, serveRoutes } from './lib/serve-static.mjs';
import { extract } from '@extractus/oembed-extractor';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const engine = process.argv[2];
const dist = process.argv[3] ?? 'dist';
if (!ENGINES.includes(engine)) { console.error(`usage: e2e-hosts.mjs ${ENGINES.join('|')} [dist]`); process.exit(2); }
const ports = { chromium: [18301, 18302], firefox: [18311, 18312], webkit: [18321, 18322] }[engine];
const SUBPATH = '/tools/chasm/';
const widgetBase = `http://127.0.0.1:${ports[0]}${SUBPATH}`;
const hostOrigin = `http://127.0.0.1:${ports[1]}`;
const shots = 'target/shots';
const WP_EMBED = 'target/wordpress/wp-embed.js';
mkdirSync(shots, { recursive: true });

let passed = 0, failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed++; console.log(`ok   [${engine}] ${name}`); }
  else { failed++; console.log(`FAIL [${engine}] ${name} ${detail}`); }
}

// The site as deployed at widgetBase: a copy of dist with oEmbed responses for that address.
const site = `target/e2e-site-${engine}`;
rmSync(site, { recursive: true, force: true });
cpSync(dist, site, { recursive: true });
execFileSync('cargo', ['run', '--quiet', '--bin', 'oembed', '--', site, widgetBase], { stdio: 'inherit' });

// What WordPress's wp_filter_oembed_result (wp-includes/embed.php) does to an untrusted
// provider's html: keep a blockquote and the last iframe with kses's few attributes, put
// `#?secret=` + 10 letters and digits on the iframe's src and data-secret on both, hide the
// iframe until it speaks, and sandbox it with allow-scripts only.
function wordpressFilter(html, secret) {
  const quote = /<blockquote[^>]*>([\s\S]*?)<\/blockquote>/.exec(html);
  const frame = /<iframe[^>]*><\/iframe>/.exec(html);
  const attr = (name) => (new RegExp(`\\s${name}="([^"]*)"`).exec(frame[0]) || [])[1];
  const keep = ['width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling']
    .filter((a) => attr(a) !== undefined).map((a) => ` ${a}="${attr(a)}"`).join('');
  const link = quote ? `<blockquote data-secret="${secret}" class="wp-embedded-content">${quote[1].replace(/<(?!\/?a\b)[^>]*>/g, '')}</blockquote>` : '';
  return `${link}<iframe title="${attr('title')}" src="${attr('src')}#?secret=${secret}" data-secret="${secret}"${keep} style="position: absolute; visibility: hidden;" class="wp-embedded-content" sandbox="allow-scripts" security="restricted"></iframe>`;
}

const page = (title, body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,">
  <style>body{font-family:Georgia,serif;max-width:760px;margin:24px auto;padding:0 12px;background:#fff;color:#222}
  body.dark{background:#111;color:#eee}</style>${head}</head><body><h1>${title}</h1><p>Text before the widget.</p>${body}<p>Text after.</p></body></html>`;

const servers = [];
let browser;
try {
  servers.push(await serveDir(site, ports[0], { 'access-control-allow-origin': '*' }, SUBPATH));

  // oEmbed discovery, by a maintained consumer, from the page's address alone.
  const found = await extract(widgetBase).catch((e) => ({ error: String(e) }));
  check('oEmbed: a consumer discovers the page\'s response (type rich, with html)',
    found && found.type === 'rich' && /<iframe /.test(found.html || '') && found.provider_url === widgetBase, JSON.stringify(found).slice(0, 300));
  const oembedHtml = found.html || '';
  const iframeSnippet = (/<iframe[^>]*><\/iframe>/.exec(oembedHtml) || [''])[0];
  const withLoader = `${iframeSnippet}\n<script src="${widgetBase}embed.js" async></script>`;
  const srcOf = (html) => (/src="([^"]*)"/.exec(html) || [])[1]?.replaceAll('&amp;', '&');
  const widgetUrl = (query) => `${widgetBase}?v=2&embed=1&${query}`;
  const flagFrame = (id, query) => `<iframe id="${id}" src="${widgetUrl(query)}" title="Chasm explorer (${id})" style="width:100%;border:0" sandbox="allow-scripts allow-same-origin allow-popups" data-chasm-explorer></iframe>`;
  const wpSecret = 'aB3dE5gH7j';
  const routes = {
    '/loader': { body: page('Loader host', withLoader) },
    '/oembed': { body: page('oEmbed host', oembedHtml) },
    '/wordpress': { body: page('WordPress host', wordpressFilter(oembedHtml, wpSecret), '<script src="/wp-embed.js" async></script>') },
    '/wp-embed.js': { body: existsSync(WP_EMBED) ? readFileSync(WP_EMBED) : '', type: 'text/javascript' },
    '/embedly': {
      body: page('Embedly-style host', iframeSnippet.replace('<iframe ', '<iframe id="embedly" '), '<script src="/embedly.js"></script>'),
    },
    // As the Embedly/Infogram listeners do: JSON text, context iframe.resize, the frame by src.
    '/embedly.js': {
      type: 'text/javascript',
      body: `window.addEventListener('message', function (e) {
        var data; try { data = JSON.parse(e.data); } catch (_) { return; }
        if (!data || data.context !== 'iframe.resize' || !data.src) return;
        var frames = document.querySelectorAll('iframe');
        for (var i = 0; i < frames.length; i++) {
          if (frames[i].src === data.src && frames[i].contentWindow === e.source) frames[i].style.height = data.height + 'px';
        }
      });`,
    },
    '/element': {
      body: page('Element host', `
        <chasm-explorer id="hostile" preset='"><img src=x onerror="window.__pwned=1">' fig="<script>window.__pwned=2</script>" brand="javascript:alert(1)" theme="&quot;><b>x" controls="0"><a href="${widgetBase}">Chasm explorer</a></chasm-explorer>
        <chasm-explorer id="themed" preset="chatgpt" fig="adoption" controls="0" theme="light"></chasm-explorer>
        <script src="${widgetBase}embed.js"></script>`),
    },
    '/flags': {
      body: page('Render flags', `${flagFrame('static', 'static=1')}${flagFrame('transparent', 'transparent=1&fig=adoption')}${flagFrame('plain', 'plain=1&fig=moat')}<script src="${widgetBase}embed.js" async></script>`),
    },
  };
  servers.push(await serveRoutes(routes, ports[1]));
  browser = await launch(engine);

  // 1. The page: keyboard, the fitting tool, no errors.
  {
    const p = await browser.newPage(1280, 900);
    await p.goto(widgetBase);
    // The page arrives prerendered and hydrates over several tasks; <html> gets .chasm-live once
    // it is live (src/browser/api.rs, page_live). Its figures are there long before.
    await p.waitFor(() => !!document.querySelector('html.chasm-live [data-testid=adoption-chart] path'));
    const before = await p.eval(() => document.querySelector('[data-testid=value-brand]').textContent);
    await p.pressOn('[data-testid=slider-brand]', 'ArrowRight', 5);
    const after = await p.eval(() => document.querySelector('[data-testid=value-brand]').textContent);
    check('page: a slider moves by keyboard and its readout follows', before !== after && /%/.test(after), `${before} -> ${after}`);
    const focusRing = await p.eval(() => getComputedStyle(document.activeElement).outlineStyle);
    check('page: the focused slider has a visible focus ring', focusRing !== 'none', focusRing);
    // The live explainer (its own module) loads as the reader nears it.
    await p.eval(() => document.getElementById('lesson-9').scrollIntoView());
    await p.waitFor(() => !!document.querySelector('[data-testid=explainer-slot][data-live=true] [data-testid=fit-open]'), 30000);
    await p.eval(() => document.querySelector('[data-testid=fit-open]').click());
    await p.waitFor(() => !!document.querySelector('[data-testid=fit-sample-chasm]'), 30000);
    await p.eval(() => document.querySelector('[data-testid=fit-sample-chasm]').click());
    await p.eval(() => document.querySelector('[data-testid=fit-run]').click());
    const verdict = await p.waitFor(() => document.querySelector('[data-testid=fit-verdict]')?.textContent, 30000).catch(() => '');
    check('page: the fitting tool fits the chasm sample (in its worker)', /chasm/.test(verdict), verdict);
    await p.eval(() => window.scrollTo(0, 0));
    await p.screenshot(`${shots}/${engine}-page-1280.png`);
    await p.resize(390, 844);
    await p.eval(() => window.scrollTo(0, 0));
    await p.screenshot(`${shots}/${engine}-page-390.png`);
    const errors = await p.errors();
    check('page: no console errors', errors.length === 0, errors.join(' | '));
    await p.close();
  }

  // Waits until the iframe `selector` on the host is as tall as the widget inside it.
  const heights = async (p, selector) => ({
    frame: await p.eval((s) => document.querySelector(s).getBoundingClientRect().height, selector),
    content: await p.frame(selector).eval(() => document.querySelector('[data-testid=embed]').getBoundingClientRect().height),
  });
  const settled = async (p, selector, tolerance = 4) => {
    // Browsers pause rendering in cross-origin frames scrolled out of view (so their resize
    // reports wait too, as they should): look at the frame, as a reader would.
    await p.eval((s) => document.querySelector(s).scrollIntoView(), selector);
    let h;
    for (let i = 0; i < 60; i++) {
      h = await heights(p, selector);
      if (Math.abs(h.frame - h.content) <= tolerance) return { ...h, ok: true };
      await new Promise((r) => setTimeout(r, 100));
    }
    return { ...h, ok: false };
  };
  const rendered = (p, selector) => p.frame(selector).waitFor(() => !!document.querySelector('[data-testid=embed] [data-testid=adoption-chart] path, [data-testid=embed] [data-testid=moat-chart] path'), 30000).then(() => true).catch(() => false);

  // 2. The dialog's snippet with the loader: renders, resizes, a slider works.
  {
    const p = await browser.newPage(1280, 900);
    await p.goto(`${hostOrigin}/loader`);
    const frame = 'iframe[data-chasm-explorer]';
    check('loader host: the widget renders cross-origin', await rendered(p, frame));
    let h = await settled(p, frame);
    check('loader host: the iframe is as tall as the widget at 1280 px', h.ok, JSON.stringify(h));
    await p.screenshot(`${shots}/${engine}-host-1280.png`);
    const f = p.frame(frame);
    const before = await f.eval(() => document.querySelector('[data-testid=chasm-depth]').textContent);
    await f.pressOn('[data-testid=slider-brand]', 'ArrowRight', 20);
    const after = await f.eval(() => [document.querySelector('[data-testid=chasm-depth]').textContent, document.querySelector('[data-testid=value-brand]').textContent]);
    check('loader host: a slider inside the iframe works by keyboard', after[0] !== before && after[1] === '45 %', `${before} -> ${after}`);
    const wide = h.content;
    await p.resize(390, 844);
    h = await settled(p, frame);
    // WebKitGTK's MiniBrowser keeps its window at least 447 px wide (its toolbar); the widget
    // still reflows there, and the frame must follow whichever way its height goes.
    const narrow = await p.eval(() => innerWidth);
    check(`loader host: at ${narrow} px the widget reflows and the iframe follows`, h.ok && Math.abs(h.content - wide) > 4 && narrow < 460, JSON.stringify({ ...h, wide, narrow }));
    await p.screenshot(`${shots}/${engine}-host-390.png`);
    const reach = await f.eval(() => { try { return String(window.parent.document.title); } catch { return 'blocked'; } });
    check('loader host: the widget cannot read the host page', reach === 'blocked', reach);
    const errors = await p.errors();
    check('loader host: no console errors', errors.length === 0, errors.join(' | '));
    await p.close();
  }

  // 3. The discovered oEmbed html, pasted as is.
  {
    const p = await browser.newPage(1280, 900);
    await p.goto(`${hostOrigin}/oembed`);
    check('oEmbed host: the discovered html shows the widget', await rendered(p, 'iframe'));
    const hidden = await p.eval(() => { const q = document.querySelector('blockquote'); return !q || q.getBoundingClientRect().height === 0; });
    check('oEmbed host: the WordPress link beside it stays hidden elsewhere', hidden);
    const errors = await p.errors();
    check('oEmbed host: no console errors', errors.length === 0, errors.join(' | '));
    await p.close();
  }

  // 4. WordPress: sandbox="allow-scripts" (a null origin), resized by wp-embed.js.
  {
    check('WordPress host: wp-embed.js from Debian\'s wordpress package is there', existsSync(WP_EMBED), WP_EMBED);
    const p = await browser.newPage(1280, 900);
    await p.goto(`${hostOrigin}/wordpress`);
    const frame = 'iframe.wp-embedded-content';
    check('WordPress host: the widget renders in a sandbox without allow-same-origin', await rendered(p, frame));
    const origin = await p.frame(frame).eval(() => String(self.origin));
    check('WordPress host: the frame really has a null origin', origin === 'null', origin);
    const styled = await p.frame(frame).eval(() => getComputedStyle(document.querySelector('.panel')).borderTopLeftRadius);
    check('WordPress host: its stylesheet loads there too', styled === '10px', styled);
    const state = await p.waitFor((s) => {
      const f = document.querySelector(s);
      const q = document.querySelector('blockquote.wp-embedded-content');
      // wp-embed.js shows the frame (drops its hiding style), hides the quote, sets the height.
      return !f.hasAttribute('style') && q.style.display === 'none' && Number(f.getAttribute('height')) !== 720 && { height: Number(f.getAttribute('height')) };
    }, 20000, frame).catch(() => null);
    const content = await p.frame(frame).eval(() => document.querySelector('[data-testid=embed]').getBoundingClientRect().height);
    const expected = Math.min(1000, Math.max(200, Math.ceil(content)));
    check('WordPress host: wp-embed.js sizes the frame from our height message', state && Math.abs(state.height - expected) <= 2, JSON.stringify({ state, content }));
    const f = p.frame(frame);
    const was = await f.eval(() => document.querySelector('[data-testid=value-brand]').textContent);
    await f.pressOn('[data-testid=slider-brand]', 'ArrowRight', 10);
    const brand = await f.eval(() => document.querySelector('[data-testid=value-brand]').textContent);
    check('WordPress host: the sandboxed widget works (a slider by keyboard)', brand !== was, `${was} -> ${brand}`);
    const errors = await p.errors();
    check('WordPress host: nothing throws (no storage, no cookies needed)', errors.length === 0, errors.join(' | '));
    await p.screenshot(`${shots}/${engine}-wordpress-1280.png`);
    await p.close();
  }

  // 5. Embedly's listener.
  {
    const p = await browser.newPage(1280, 900);
    await p.goto(`${hostOrigin}/embedly`);
    check('Embedly host: the widget renders', await rendered(p, '#embedly'));
    const h = await settled(p, '#embedly');
    check('Embedly host: its iframe.resize listener sizes the frame', h.ok, JSON.stringify(h));
    await p.close();
  }

  // 6. The custom element: hostile attributes, and the host switching the theme.
  {
    const p = await browser.newPage(1280, 900);
    await p.goto(`${hostOrigin}/element`);
    const hostile = '#hostile iframe', themed = '#themed iframe';
    check('element: <chasm-explorer> makes a sandboxed iframe', await p.eval(() => {
      const f = document.querySelector('#themed iframe');
      return !!f && f.getAttribute('sandbox') === 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
    }));
    check('element: with hostile attributes the widget still renders', await rendered(p, hostile));
    const notices = await p.frame(hostile).eval(() => [...document.querySelectorAll('[data-testid=notice] li')].map((li) => li.textContent).join(' | '));
    const injected = await p.frame(hostile).eval(() => document.querySelectorAll('[data-testid=embed] img, [data-testid=embed] script, [data-testid=embed] b').length);
    check('element: each hostile value is named as text in a notice, never markup', /Unknown scenario/.test(notices) && /Unknown figure/.test(notices) && /img src=x/.test(notices) && injected === 0, `${notices} / injected ${injected}`);
    const pwned = await p.eval(() => [typeof window.__pwned, document.querySelectorAll('img').length, document.querySelector('#hostile').children.length]);
    check('element: nothing runs or lands on the host page (one iframe in the element)', pwned[0] === 'undefined' && pwned[1] === 0 && pwned[2] === 1, JSON.stringify(pwned));
    check('element: the themed element renders', await rendered(p, themed));
    const scheme = () => p.frame(themed).eval(() => [document.documentElement.className, getComputedStyle(document.body).backgroundColor]);
    const light = await scheme();
    await p.eval(() => { document.body.classList.add('dark'); document.querySelector('#themed').setAttribute('theme', 'dark'); });
    const dark = await p.frame(themed).waitFor(() => document.documentElement.classList.contains('theme-dark') && getComputedStyle(document.body).backgroundColor, 10000).catch(() => null);
    const lum = (rgb) => (String(rgb).match(/\d+/g) || [0, 0, 0]).slice(0, 3).reduce((a, b) => a + Number(b), 0);
    check('element: the host switches the widget to dark at run time', light[0].includes('theme-light') && dark && lum(dark) < lum(light[1]), JSON.stringify({ light, dark }));
    await p.eval(() => document.querySelector('#themed').scrollIntoView());
    await p.screenshot(`${shots}/${engine}-element-dark-1280.png`);
    await p.eval(() => { document.body.classList.remove('dark'); document.querySelector('#themed').setAttribute('theme', 'light'); });
    const back = await p.frame(themed).waitFor(() => document.documentElement.classList.contains('theme-light'), 10000).catch(() => false);
    check('element: and back to light', back);
    const errors = await p.errors();
    check('element: no console errors', errors.length === 0, errors.join(' | '));
    await p.close();
  }

  // 7. Render flags.
  {
    const p = await browser.newPage(1280, 900);
    await p.goto(`${hostOrigin}/flags`);
    for (const id of ['static', 'transparent', 'plain']) check(`flags: the ${id} widget renders`, await rendered(p, `#${id}`));
    const still = await p.frame('#static').eval(() => ({
      sliders: document.querySelectorAll('input, button, select, textarea').length,
      figures: document.querySelectorAll('[data-testid=adoption-chart], [data-testid=moat-chart]').length,
      pointer: getComputedStyle(document.querySelector('[data-testid=adoption-chart]')).pointerEvents,
    }));
    check('static=1: both figures, no controls at all, and the chart ignores the pointer', still.sliders === 0 && still.figures === 2 && still.pointer === 'none', JSON.stringify(still));
    const clear = await p.frame('#transparent').eval(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.querySelector('.panel')).backgroundColor]);
    check('transparent=1: no background of its own', clear.every((c) => c === 'rgba(0, 0, 0, 0)' || c === 'transparent'), JSON.stringify(clear));
    const plain = await p.frame('#plain').eval(() => ({
      footer: !!document.querySelector('.embed-foot'),
      heading: document.querySelector('.panel h2')?.getBoundingClientRect().height,
      named: !!document.querySelector('.panel h2')?.textContent,
    }));
    check('plain=1: no footer, headings not drawn but still naming the figure', !plain.footer && plain.heading <= 1 && plain.named, JSON.stringify(plain));
    const h = await settled(p, '#plain');
    check('flags: the loader sizes these frames too', h.ok, JSON.stringify(h));
    await p.screenshot(`${shots}/${engine}-flags-1280.png`);
    const errors = await p.errors();
    check('flags: no console errors', errors.length === 0, errors.join(' | '));
    await p.close();
  }
} catch (e) {
  check('the run completed', false, String(e && e.stack || e));
} finally {
  if (browser) await browser.close().catch(() => {});
  for (const s of servers) s.close();
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
