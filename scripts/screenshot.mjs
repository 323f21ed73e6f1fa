// Headless-Chromium screenshots of a served page at desktop and phone widths, in both colour
// schemes, for looking at what we build. Usage:
//   node scripts/screenshot.mjs http://127.0.0.1:8080/ out-dir [name]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [url = 'http://127.0.0.1:8080/', out = 'target/shots', name = 'page'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
         '--disable-component-update', '--disable-sync', '--disable-quic'],
});
const sizes = [['desktop', 1280, 800], ['phone', 390, 844]];
const errors = [];
for (const scheme of ['light', 'dark']) {
  for (const [label, width, height] of sizes) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme,
                                         deviceScaleFactor: label === 'phone' ? 2 : 1 });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-testid=adoption-chart]');
    await page.screenshot({ path: `${out}/${name}-${label}-${scheme}.png` });
    await page.screenshot({ path: `${out}/${name}-${label}-${scheme}-full.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
if (errors.length) { console.error('console errors:\n' + errors.join('\n')); process.exit(1); }
console.log(`screenshots in ${out}`);
