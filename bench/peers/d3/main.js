// d3 peer: what explorable authors write. Same model, same two figures and six sliders, using
// only the d3 modules it needs (bundled and tree-shaken by esbuild). It draws what our page draws
// around the curves too (axes with grid and tick labels, band labels, the chasm and half-life
// markers, the floor, legends with shares, readouts and a one-line summary per figure), so the
// rendering work per frame is comparable.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { select } from 'd3-selection';
import { explore, buildControls, pct, months } from '../model.js';

const COLORS = ['#cc79a7', '#e69f00', '#009e73', '#56b4e9', '#f0e442'];
const a = select('#adoption'), m = select('#moat');
const x = scaleLinear().domain([0, 30]).range([46, 594]);
const yc = scaleLinear().domain([0, 1]).range([240, 24]);
const xm = scaleLinear().domain([0, 10]).range([46, 610]);
const ym = scaleLinear().domain([0, 1]).range([204, 18]);
const GROUPS = ['Innovators', 'Early adopters', 'Early majority', 'Late majority', 'Laggards'];
const SHORT = ['Inn.', 'EA', 'EM', 'Late majority', 'Laggards'];
// Static axes: x ticks and titles, the cumulative axis on the right, the moat's grid.
const text = (g, x, y, t, anchor = 'middle') => g.append('text').attr('x', x).attr('y', y).attr('text-anchor', anchor).attr('font-size', 10).text(t);
for (const v of [0, 5, 10, 15, 20, 25, 30]) text(a, x(v), 255, v);
text(a, 320, 272, 'years after launch');
for (const v of [0, 0.5, 1]) text(a, 600, yc(v) + 4, pct(v), 'start');
text(a, 2, 14, 'adopting per year', 'start');
for (const v of [0, 2, 4, 6, 8, 10]) text(m, xm(v), 220, v);
text(m, 328, 236, 'years after launch');
for (const v of [0, 0.25, 0.5, 0.75, 1]) {
  m.append('line').attr('x1', 46).attr('x2', 610).attr('y1', ym(v)).attr('y2', ym(v)).attr('stroke', '#ddd');
  text(m, 40, ym(v) + 4, pct(v), 'end');
}
const copyLag = m.append('rect').attr('y', 18).attr('height', 186).attr('fill', '#56b4e9').attr('fill-opacity', 0.2).attr('x', 46);
const floorLine = m.append('line').attr('x1', 46).attr('x2', 610).attr('stroke', '#888').attr('stroke-dasharray', '3 3');
const floorLabel = text(m, 606, 0, '', 'end');
const bands = a.append('g').selectAll('rect').data(COLORS).join('rect').attr('fill', (c) => c).attr('fill-opacity', 0.22).attr('y', 24).attr('height', 216);
const yAxis = a.append('g');
const bandLabels = a.append('g').selectAll('text').data(SHORT).join('text').attr('y', 37).attr('text-anchor', 'middle').attr('font-size', 10).text((t) => t);
const chasmSpan = a.append('rect').attr('fill', '#b84a00').attr('fill-opacity', 0.08).attr('y', 24).attr('height', 216);
const chasmLevel = a.append('line').attr('stroke', '#b84a00').attr('stroke-dasharray', '4 3');
const chasmDots = a.append('g').selectAll('circle').data([0, 1]).join('circle').attr('r', 3.5).attr('fill', '#b84a00');
const curve = (cls, color, dash, width = 2) => a.append('path').attr('class', cls).attr('fill', 'none').attr('stroke', color).attr('stroke-dasharray', dash).attr('stroke-width', width);
const cum = curve('cum', '#8f4a78', null, 1.6), early = curve('early', '#0072b2', '6 4'), main = curve('main', '#00795a', '2 3');
const rate = curve('rate', '#1b1d21', null, 2.6).attr('data-testid', 'rate-path');
const chasmLine = a.append('line').attr('stroke', '#b84a00').attr('stroke-width', 2);
const chasmLabel = a.append('text').attr('fill', '#b84a00');
const lead = m.append('path').attr('fill', 'none').attr('stroke', '#1b1d21').attr('stroke-width', 2.6);
const kept = m.append('path').attr('fill', 'none').attr('stroke', '#8f4a78').attr('stroke-width', 2);
const half = m.append('line').attr('stroke', '#b84a00').attr('stroke-dasharray', '5 3').attr('y1', 18).attr('y2', 204);
const halfDot = m.append('circle').attr('r', 3.5).attr('fill', '#b84a00');
const halfLabel = text(m, 0, 30, '', 'start').attr('fill', '#b84a00');
// Legends and readouts under each figure, as on our page.
const legend = select(document.getElementById('readout').parentElement).insert('ul', '#readout')
  .selectAll('li').data(GROUPS).join('li').style('display', 'inline-block').style('margin-right', '10px');
legend.append('span').text((g) => `${g} `);
const shares = legend.append('strong');
const dl = (host, labels) => { const d = select(host).insert('dl', ':first-child'); return labels.map((l) => { d.append('dt').text(l); return d.append('dd'); }); };
const [rDepth, rFalls, rClimbs, rHalf] = dl(document.getElementById('readout').parentElement, ['Chasm depth', 'Falls in', 'Climbs out', '50 % adopted']);
const [rHalfLife, rFloor, rKept] = dl(document.getElementById('moat-readout').parentElement, ['Half-life of the lead', 'Lead that lasts', 'Market you hold at 10 years']);
const yr = (t) => t == null ? 'never' : `year ${t.toFixed(1)}`;

function render(p) {
  const s = explore(p);
  const tr = s.tr;
  const top = Math.max(...tr.rate) * 1.15;
  const y = scaleLinear().domain([0, top]).range([240, 24]);
  const pts = (ys, sy) => line().x((_, i) => x(tr.t[i])).y((v) => sy(v))(ys);
  bands.attr('x', (_, i) => x(Math.max(0, i === 0 ? 0 : s.groups.cuts[i - 1])))
    .attr('width', (_, i) => Math.max(0, x(Math.min(30, Math.max(0, i === 4 ? 30 : s.groups.cuts[i]))) - x(Math.max(0, i === 0 ? 0 : s.groups.cuts[i - 1]))));
  yAxis.selectAll('text').data(y.ticks(4)).join('text').attr('x', 40).attr('y', (v) => y(v) + 4).attr('text-anchor', 'end').text((v) => pct(v));
  yAxis.selectAll('line').data(y.ticks(4)).join('line').attr('x1', 46).attr('x2', 594).attr('y1', (v) => y(v)).attr('y2', (v) => y(v)).attr('stroke', '#ddd');
  const edge = (i) => x(Math.min(30, Math.max(0, i < 0 ? 0 : i > 3 ? 30 : s.groups.cuts[i])));
  bandLabels.attr('x', (_, i) => (edge(i - 1) + edge(i)) / 2).attr('display', (_, i) => edge(i) - edge(i - 1) > 24 ? null : 'none');
  shares.text((_, i) => pct(s.groups.shares[i]));
  cum.attr('d', pts(tr.cumulative, yc));
  early.attr('d', pts(tr.earlyRate, y));
  main.attr('d', pts(tr.mainRate, y));
  rate.attr('d', pts(tr.rate, y));
  if (s.chasm) {
    chasmLine.attr('x1', x(s.chasm.troughTime)).attr('x2', x(s.chasm.troughTime)).attr('y1', y(s.chasm.peakRate)).attr('y2', y(s.chasm.troughRate)).attr('display', null);
    chasmLabel.attr('x', x(s.chasm.peakTime)).attr('y', y(s.chasm.peakRate) - 8).text(`Chasm: rate falls ${pct(s.chasm.depth)}`).attr('display', null);
    chasmSpan.attr('x', x(s.chasm.peakTime)).attr('width', x(s.chasm.recovery ?? 30) - x(s.chasm.peakTime)).attr('display', null);
    chasmLevel.attr('x1', x(s.chasm.peakTime)).attr('x2', x(s.chasm.troughTime)).attr('y1', y(s.chasm.peakRate)).attr('y2', y(s.chasm.peakRate)).attr('display', null);
    chasmDots.attr('cx', (k) => x(k ? s.chasm.troughTime : s.chasm.peakTime)).attr('cy', (k) => y(k ? s.chasm.troughRate : s.chasm.peakRate)).attr('display', null);
  } else { for (const e of [chasmLine, chasmLabel, chasmSpan, chasmLevel, chasmDots]) e.attr('display', 'none'); }
  rDepth.text(s.chasm ? pct(s.chasm.depth) : 'no chasm');
  rFalls.text(s.chasm ? `${yr(s.chasm.peakTime)} (${pct(s.chasm.peakCumulative)} adopted)` : '–');
  rClimbs.text(s.chasm ? yr(s.chasm.recovery) : '–');
  rHalf.text(yr(s.halfAdoption));
  const mc = s.moatCurve;
  lead.attr('d', line().x((_, i) => xm(mc.t[i])).y((v) => ym(v))(mc.lead));
  kept.attr('d', line().x((_, i) => xm(mc.t[i])).y((v) => ym(v))(mc.kept));
  half.attr('x1', xm(Math.min(s.halfLife, 10))).attr('x2', xm(Math.min(s.halfLife, 10)));
  halfDot.attr('cx', xm(Math.min(s.halfLife, 10))).attr('cy', ym(0.5 + s.moat.floor / 2));
  halfLabel.attr('x', xm(Math.min(s.halfLife, 10)) + 6).text(`half-life ${months(s.halfLife)}`);
  copyLag.attr('width', xm(Math.min(s.moat.lag, 10)) - 46);
  floorLine.attr('y1', ym(s.moat.floor)).attr('y2', ym(s.moat.floor));
  floorLabel.attr('y', ym(s.moat.floor) - 5).text(`lead that lasts: ${pct(s.moat.floor)}`);
  const kept10 = mc.kept[mc.kept.length - 1];
  rHalfLife.text(months(s.halfLife)); rFloor.text(pct(s.moat.floor)); rKept.text(pct(kept10));
  document.getElementById('readout').textContent = s.chasm
    ? `Chasm: adoption peaks in ${yr(s.chasm.peakTime)} with ${pct(s.chasm.peakCumulative)} adopted, then the rate falls ${pct(s.chasm.depth)} to a trough in ${yr(s.chasm.troughTime)}. It climbs back to that peak in ${yr(s.chasm.recovery)}. Half of the market has adopted by ${yr(s.halfAdoption)}.`
    : `No chasm: the adoption rate rises and falls in a single wave. Half of the market has adopted by ${yr(s.halfAdoption)}.`;
  document.getElementById('moat-readout').textContent = `Copycats arrive after ${months(s.moat.lag)} and half of your lead is gone ${months(s.halfLife)} after launch. In the long run you keep ${pct(s.moat.floor)} of your lead; after 10 years you hold ${pct(kept10)} of the whole market.`;
}
const params = buildControls(document.getElementById('c1'), render);
for (const key of ['lag', 'switching', 'price']) document.getElementById('c2').appendChild(document.getElementById(`s-${key}`).parentElement);
render(params);
document.body.setAttribute('data-rendered', '1');
