// Screenshots of every explainer section (and the explorer) at 1280 and 390 px, light and dark,
// each element on its own. Usage: node scripts/sections.mjs URL OUT-DIR
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS } from './lib/serve-static.mjs';

const [url = 'http://127.0.0.1:8765/', out = 'target/shots/sections'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const errors = [];
for (const scheme of ['light', 'dark']) {
  for (const [label, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-testid=how-it-works]');
    const ids = ['explorer', ...Array.from({ length: 9 }, (_, i) => `lesson-${i + 1}`), 'how-it-works'];
    for (const id of ids) {
      await page.locator(`#${id}`).screenshot({ path: `${out}/${id}-${label}-${scheme}.png` });
    }
    // Section 9 again with its tool opened, the chasm sample fitted.
    await page.click('[data-testid=fit-open]');
    await page.click('[data-testid=fit-sample-chasm]');
    await page.click('[data-testid=fit-run]');
    await page.waitForSelector('[data-testid=fit-verdict]', { timeout: 20000 });
    await page.locator('#lesson-9').screenshot({ path: `${out}/lesson-9-open-${label}-${scheme}.png` });
    await page.close();
  }
}
await browser.close();
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log(`sections in ${out}`);
