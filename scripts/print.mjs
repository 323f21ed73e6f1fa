// The page as printed: a print-media screenshot and a PDF (Chromium's print-to-PDF), in the light
// and the dark colour scheme (both must print dark on light), for looking at. Usage:
//   node scripts/print.mjs http://127.0.0.1:8080/ out-dir
// Then e.g. `pdftoppm -r 50 -png out-dir/page-dark.pdf out-dir/pdf-dark` to see its pages.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [url = 'http://127.0.0.1:8080/', out = 'target/print'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
         '--disable-component-update', '--disable-sync', '--disable-quic'],
});
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 800, height: 1100 }, colorScheme: scheme });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-testid=lesson-9]');
  await page.emulateMedia({ media: 'print', colorScheme: scheme });
  await page.screenshot({ path: `${out}/page-print-${scheme}.png`, fullPage: true });
  await page.pdf({ path: `${out}/page-${scheme}.pdf`, format: 'A4', printBackground: true });
  await page.close();
}
await browser.close();
console.log(`print: ${out}/page-print-{light,dark}.png and page-{light,dark}.pdf`);
