// Print each file of a built site with its raw, gzip and brotli size, grouped by when a browser
// fetches it: with the page; with an embedded widget (its own module, plus the page's HTML, which
// carries the stylesheet and boot.js); on demand (the fitting tool and the extras, only when a reader opens them; the
// live explainer, when a reader nears the prerendered one, follows a link to it or changes a setting); or
// by host pages (the embed loader). A scenario's page (s/<id>/index.html) stands in for the main
// page's HTML; the share previews (preview.png) are fetched by link-preview services, never by a
// page. Usage:
//   node scripts/size.mjs dist [--budget-kb N] [--on-demand-budget-kb M] [--explainer-budget-kb E]
// fails when what the page or a widget loads exceeds N KB brotli, an on-demand module M KB, or
// the live explainer's module E KB (M if not given).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : null;
};
const budgetKb = arg('--budget-kb');
const onDemandBudgetKb = arg('--on-demand-budget-kb');
// The live explainer is what the page's own module used to carry (BENCHMARKS.md); its budget
// is its own.
const explainerBudgetKb = arg('--explainer-budget-kb') ?? onDemandBudgetKb;
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(dir);
// Which group a file belongs to (src/browser/lazy.rs loads fit-tool*, the tool starts fit-worker.js;
// embed.js is for host pages; _headers is read by static hosts and oembed*.json by oEmbed
// consumers, never by the page).
// Each on-demand module (with its JS glue and, for the tool, its worker script) has its own budget.
const byName = (name) => (name.endsWith('preview.png') ? 'share previews'
  : /^s\/[^/]+\/index\.html$/.test(name) ? 'scenario pages'
  : name.startsWith('fit-') ? 'on demand: fitting tool'
  : name.startsWith('extras') ? 'on demand: extras'
  : name.startsWith('explainer') ? 'on demand: explainer'
  : name.startsWith('widget') ? 'widget module'
  : name === 'embed.js' || name === '_headers' || name.startsWith('oembed') ? 'host pages' : 'page');
// A JS snippet (src/browser/js/, imported by src/browser/*.rs) belongs to each module whose glue imports it: every
// module's glue names its own snippets, and the browser fetches only those.
const glue = files.map((f) => relative(dir, f)).filter((n) => /^[^/]*\.js$/.test(n) && /_bg\.wasm|snippets\//.test(readFileSync(join(dir, n), 'utf8')));
const importers = (name) => glue.filter((g) => readFileSync(join(dir, g), 'utf8').includes(name)).map(byName);
const groups = (name) => {
  if (!name.startsWith('snippets/')) return [byName(name)];
  const g = [...new Set(importers(name))];
  return g.length ? g : ['page'];
};
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const totals = {};
console.log('file'.padEnd(48), '     raw', '    gzip', '  brotli', '  loaded');
for (const f of files.sort()) {
  const buf = readFileSync(f);
  const s = {
    raw: buf.length,
    gz: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  const name = relative(dir, f);
  const gs = groups(name);
  for (const g of gs) {
    totals[g] ??= { raw: 0, gz: 0, br: 0 };
    for (const k in s) totals[g][k] += s[k];
  }
  console.log(name.padEnd(48), kb(s.raw), kb(s.gz), kb(s.br), ` ${gs.join(', ')}`);
}
for (const [g, t] of Object.entries(totals)) {
  console.log(`total: ${g === 'page' ? 'what the page loads' : g}`.padEnd(48), kb(t.raw), kb(t.gz), kb(t.br));
}
// What an embedded widget loads: its own module, plus the page's HTML (stylesheet and loader
// inline) and icon.
const shared = ['page'].map((g) => totals[g]).filter(Boolean);
// Less the page's own module and its snippets (the widget's are in the widget module's total).
const pageOnly = files.map((f) => relative(dir, f)).filter((n) => /^chasm-explorer-.*\.(js|wasm)$/.test(n) || n.startsWith('snippets/'))
  .filter((n) => groups(n).includes('page'));
let widgetBr = (totals['widget module']?.br ?? 0) + (shared[0]?.br ?? 0);
for (const n of pageOnly) widgetBr -= brotliCompressSync(readFileSync(join(dir, n)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
if (totals['widget module']) console.log('total: what an embedded widget loads'.padEnd(48), ' '.repeat(20), kb(widgetBr));
// What the heaviest scenario page loads: the page's files with its own HTML for the main page's.
const brOf = (n) => brotliCompressSync(readFileSync(join(dir, n)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const scenarioHtml = files.map((f) => relative(dir, f)).filter((n) => byName(n) === 'scenario pages');
const scenarioBr = scenarioHtml.length && (totals.page?.br ?? 0) - brOf('index.html') + Math.max(...scenarioHtml.map(brOf));
if (scenarioHtml.length) console.log('total: what a scenario page loads (heaviest)'.padEnd(48), ' '.repeat(20), kb(scenarioBr));
let failed = false;
for (const [g, budget] of [['page', budgetKb], ['widget', budgetKb], ['scenario page', scenarioHtml.length ? budgetKb : null], ['on demand: fitting tool', onDemandBudgetKb], ['on demand: extras', onDemandBudgetKb], ['on demand: explainer', explainerBudgetKb]]) {
  if (budget === null) continue;
  const used = (g === 'widget' ? widgetBr : g === 'scenario page' ? scenarioBr : (totals[g]?.br ?? 0)) / 1024;
  if (!(used <= budget)) {
    console.error(`size budget exceeded (${g}): ${used.toFixed(1)} KB brotli > ${budget} KB (see BENCHMARKS.md)`);
    failed = true;
  } else {
    console.log(`size budget (${g}): ${used.toFixed(1)} KB brotli <= ${budget} KB`);
  }
}
process.exit(failed ? 1 : 0);
