// Build the two benchmark peers into target/peers/{plotly,d3}: the Plotly page with
// plotly.js-dist-min as a classic script, the d3 page bundled and tree-shaken by esbuild.
// Both minified, so the byte comparison with our release build is fair.
import { build } from 'esbuild';
import { mkdirSync, copyFileSync } from 'node:fs';

const out = 'target/peers';
for (const peer of ['plotly', 'd3']) {
  mkdirSync(`${out}/${peer}`, { recursive: true });
  copyFileSync(`bench/peers/${peer}/index.html`, `${out}/${peer}/index.html`);
  await build({ entryPoints: [`bench/peers/${peer}/main.js`], bundle: true, minify: true, format: 'esm', outfile: `${out}/${peer}/main.js`, logLevel: 'warning' });
}
copyFileSync('node_modules/plotly.js-dist-min/plotly.min.js', `${out}/plotly/plotly.min.js`);
console.log(`peers built in ${out}`);
