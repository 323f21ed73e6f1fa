// Assemble BENCHMARKS.md from criterion's output and the headless measurement.
// Usage: node scripts/benchmarks-md.mjs target/criterion.txt target/measure.md
import { readFileSync } from 'node:fs';

const [crit, measure] = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'));
const rows = [];
const lines = crit.split('\n');
for (let i = 0; i < lines.length; i++) {
  const m = lines[i].match(/time:\s+\[(\S+ \S+) (\S+ \S+) (\S+ \S+)\]/);
  if (!m) continue;
  const name = (lines[i].split('time:')[0].trim() || lines[i - 1].trim());
  rows.push(`| ${name} | ${m[2]} | ${m[1]} – ${m[3]} |`);
}
const [head, ...rest] = measure.split('\n## Browser');
console.log(`${head.trimEnd()}

## Model (native, criterion)

The release profile the page ships (\`opt-level = "z"\`), x86-64, \`cargo bench --bench model\`.

| benchmark | median | 95 % interval |
|---|---|---|
${rows.join('\n')}

## Browser${rest.join('\n## Browser')}`);
