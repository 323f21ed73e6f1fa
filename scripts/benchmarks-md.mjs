// Assemble BENCHMARKS.md from criterion's output, the headless measurement (markdown and JSON)
// and the written findings; judge each target from the measured numbers.
// Usage: node scripts/benchmarks-md.mjs target/criterion.txt target/measure.md target/measure.json [target/lighthouse.json]
import { readFileSync, existsSync } from 'node:fs';

const [critFile, measureFile, jsonFile, lighthouseFile] = process.argv.slice(2);
const crit = readFileSync(critFile, 'utf8');
const measure = readFileSync(measureFile, 'utf8');
const rows = JSON.parse(readFileSync(jsonFile, 'utf8'));
const findings = readFileSync('bench/findings.md', 'utf8');

const bench = [];
const lines = crit.split('\n');
let exploreUs = NaN;
for (let i = 0; i < lines.length; i++) {
  const m = lines[i].match(/time:\s+\[(\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\]/);
  if (!m) continue;
  const name = lines[i].split('time:')[0].trim() || lines[i - 1].trim();
  bench.push(`| ${name} | ${m[3]} ${m[4]} | ${m[1]} ${m[2]} – ${m[5]} ${m[6]} |`);
  if (name.startsWith('explore')) exploreUs = Number(m[3]) * { ns: 0.001, 'µs': 1, ms: 1000 }[m[4]];
}
const { ours: o, plotly: p, d3: d } = rows;
const yes = (ok) => (ok ? 'met' : '**missed**');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const targets = [
  ['Full recompute natively ≤ 100 µs', `${exploreUs.toFixed(1)} µs`, exploreUs <= 100],
  ['p95 input-to-paint ≤ 16 ms under 4× throttling', `${o.drag4.p95.toFixed(1)} ms (d3 ${d.drag4.p95.toFixed(1)}, Plotly ${p.drag4.p95.toFixed(1)})`, o.drag4.p95 <= 16],
  ['No long task while dragging', `${o.drag1.long} at 1×, ${o.drag4.long} at 4×`, o.drag1.long + o.drag4.long === 0],
  ['Everything the page loads ≤ 150 KB brotli', kb(o.total.br), o.total.br <= 150 * 1024],
  ['At least 7× lighter than the Plotly peer', `${(p.total.br / o.total.br).toFixed(1)}×`, p.total.br / o.total.br >= 7],
  ['Drag latency no worse than the d3 peer at every percentile (1×)', ['p50', 'p95', 'max'].map((k) => `${o.drag1[k].toFixed(1)} vs ${d.drag1[k].toFixed(1)}`).join(', '), ['p50', 'p95', 'max'].every((k) => o.drag1[k] <= d.drag1[k])],
  ['… and under 4× throttling', ['p50', 'p95', 'max'].map((k) => `${o.drag4[k].toFixed(1)} vs ${d.drag4[k].toFixed(1)}`).join(', '), ['p50', 'p95', 'max'].every((k) => o.drag4[k] <= d.drag4[k])],
  ['First complete render ≤ 300 ms (localhost, no throttling)', `${o.firstRender.toFixed(0)} ms`, o.firstRender <= 300],
];
// Lighthouse, mobile profile, on the main page served with gzip (scripts/lighthouse.mjs).
const lh = lighthouseFile && existsSync(lighthouseFile) ? JSON.parse(readFileSync(lighthouseFile, 'utf8')) : null;
const main = lh?.results['main page'];
if (main) {
  targets.push(
    ['Lighthouse mobile: largest contentful paint ≤ 1.2 s', `${(main.lcp / 1000).toFixed(2)} s`, main.lcp <= 1200],
    ['Lighthouse mobile: total blocking time ≤ 100 ms', `${main.tbt.toFixed(0)} ms`, main.tbt <= 100],
    ['Lighthouse mobile: performance ≥ 99', `${main.performance}`, main.performance >= 99],
    ['Lighthouse: accessibility, best practices and SEO at 100', `${main.accessibility}, ${main.bestPractices}, ${main.seo}`, main.accessibility === 100 && main.bestPractices === 100 && main.seo === 100],
  );
}
const lighthouseSection = lh ? `## Lighthouse

Measured ${lh.measured}. Lighthouse ${lh.lighthouse}, its default mobile profile (simulated slow 4G, 4× CPU slowdown), on the
built site served with gzip from localhost by \`scripts/lighthouse.mjs\`, Debian's Chromium.
Median of ${lh.results['main page'].runs.length} runs each.

| page | LCP | FCP | TBT | CLS | Speed Index | performance | accessibility | best practices | SEO |
|---|---|---|---|---|---|---|---|---|---|
${Object.entries(lh.results).map(([name, m]) => `| ${name} | ${(m.lcp / 1000).toFixed(2)} s | ${(m.fcp / 1000).toFixed(2)} s | ${m.tbt.toFixed(0)} ms | ${m.cls.toFixed(3)} | ${(m.si / 1000).toFixed(2)} s | ${m.performance} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} |`).join('\n')}

` : '';
const [head, ...rest] = measure.split('\n## Browser');
console.log(`${head.trimEnd()}

## Targets

| target | measured | |
|---|---|---|
${targets.map(([t, m, ok]) => `| ${t} | ${m} | ${yes(ok)} |`).join('\n')}

Against the d3 peer: it loads ${(o.total.br / d.total.br).toFixed(1)}× fewer bytes (${kb(d.total.br)}) because it is only the
two figures and six sliders. Our bundle also carries the nine-section explainer with its live
figures, seven scenarios, pinning, shareable URLs, the embed dialog and loader, data fitting, the
text alternatives and the crash screen, and the model's tests run against the same Rust code the
page runs.

${findings.trim()}

${lighthouseSection}## Model (native, criterion)

The release profile the page ships (\`opt-level = "z"\`), x86-64, \`cargo bench --bench model\`.

| benchmark | median | 95 % interval |
|---|---|---|
${bench.join('\n')}

## Browser${rest.join('\n## Browser')}`);
