// Lighthouse (mobile profile: its default simulated slow 4G and 4× CPU slowdown) on the built
// site served with gzip, three runs each of the main page and one scenario's page; prints the
// median of each figure as markdown and writes them as JSON. Figures to read, not a pass/fail
// test. Usage:
//   node scripts/lighthouse.mjs dist target/lighthouse.json
// Needs the lighthouse CLI (scripts/bench.sh installs it, pinned by bench/lighthouse/package-lock.json)
// and Debian's chromium.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serveDir } from './lib/serve-static.mjs';

const [dist = 'dist', out = 'target/lighthouse.json'] = process.argv.slice(2);
const cli = ['bench/lighthouse/node_modules/.bin/lighthouse'].find(existsSync);
if (!cli) { console.error('lighthouse: not installed (scripts/bench.sh installs it)'); process.exit(2); }
const PORT = 18195, RUNS = 3;
const server = await serveDir(dist, PORT, {}, '/', { gzip: true });
const pages = [['main page', `http://127.0.0.1:${PORT}/`], ['a scenario page (s/mlops/)', `http://127.0.0.1:${PORT}/s/mlops/`]];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
try {
  for (const [name, url] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'lh-'));
      const file = join(dir, 'report.json');
      // Asynchronously: the server answering Lighthouse runs in this same process.
      await promisify(execFile)(cli, [url, '--quiet', '--output=json', `--output-path=${file}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir=${join(dir, 'profile')}`],
        { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
      const r = JSON.parse(readFileSync(file, 'utf8'));
      rmSync(dir, { recursive: true, force: true });
      const a = r.audits, c = r.categories;
      runs.push({
        lcp: a['largest-contentful-paint'].numericValue, fcp: a['first-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue,
        si: a['speed-index'].numericValue,
        performance: c.performance.score * 100, accessibility: c.accessibility.score * 100,
        bestPractices: c['best-practices'].score * 100, seo: c.seo.score * 100,
      });
    }
    results[name] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
    results[name].runs = runs;
  }
} finally {
  server.close();
}
writeFileSync(out, JSON.stringify({ measured: new Date().toISOString().slice(0, 10), lighthouse: JSON.parse(readFileSync(cli.replace(/\.bin\/lighthouse$/, 'lighthouse/package.json'), 'utf8')).version, results }, null, 2));
console.log(`| page | LCP | FCP | TBT | CLS | Speed Index | performance | accessibility | best practices | SEO |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|`);
for (const [name, m] of Object.entries(results)) {
  console.log(`| ${name} | ${(m.lcp / 1000).toFixed(2)} s | ${(m.fcp / 1000).toFixed(2)} s | ${m.tbt.toFixed(0)} ms | ${m.cls.toFixed(3)} | ${(m.si / 1000).toFixed(2)} s | ${m.performance} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} |`);
}
