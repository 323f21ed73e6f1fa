// Print each file of a built site with its raw, gzip and brotli size, and the totals.
// Usage: node scripts/size.mjs dist [--budget-kb N]  (fails when the brotli total exceeds N KB)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const b = process.argv.indexOf('--budget-kb');
const budgetKb = b > 0 ? Number(process.argv[b + 1]) : null;
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(dir);
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
let total = { raw: 0, gz: 0, br: 0 };
console.log('file'.padEnd(48), '     raw', '    gzip', '  brotli');
for (const f of files.sort()) {
  const buf = readFileSync(f);
  const s = {
    raw: buf.length,
    gz: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const k in total) total[k] += s[k];
  console.log(relative(dir, f).padEnd(48), kb(s.raw), kb(s.gz), kb(s.br));
}
console.log('total'.padEnd(48), kb(total.raw), kb(total.gz), kb(total.br));
if (budgetKb !== null) {
  const kbTotal = total.br / 1024;
  if (!(kbTotal <= budgetKb)) {
    console.error(`size budget exceeded: ${kbTotal.toFixed(1)} KB brotli > ${budgetKb} KB (see BENCHMARKS.md)`);
    process.exit(1);
  }
  console.log(`size budget: ${kbTotal.toFixed(1)} KB brotli <= ${budgetKb} KB`);
}
