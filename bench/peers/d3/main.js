// d3 peer: what explorable authors write. Same model, same two figures and six sliders, using
// only the d3 modules it needs (bundled and tree-shaken by esbuild).
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
const bands = a.append('g').selectAll('rect').data(COLORS).join('rect').attr('fill', (c) => c).attr('fill-opacity', 0.22).attr('y', 24).attr('height', 216);
const yAxis = a.append('g');
const curve = (cls, color, dash, width = 2) => a.append('path').attr('class', cls).attr('fill', 'none').attr('stroke', color).attr('stroke-dasharray', dash).attr('stroke-width', width);
const cum = curve('cum', '#8f4a78', null, 1.6), early = curve('early', '#0072b2', '6 4'), main = curve('main', '#00795a', '2 3');
const rate = curve('rate', '#1b1d21', null, 2.6).attr('data-testid', 'rate-path');
const chasmLine = a.append('line').attr('stroke', '#b84a00').attr('stroke-width', 2);
const chasmLabel = a.append('text').attr('fill', '#b84a00');
const lead = m.append('path').attr('fill', 'none').attr('stroke', '#1b1d21').attr('stroke-width', 2.6);
const kept = m.append('path').attr('fill', 'none').attr('stroke', '#8f4a78').attr('stroke-width', 2);
const half = m.append('line').attr('stroke', '#b84a00').attr('stroke-dasharray', '5 3').attr('y1', 18).attr('y2', 204);

function render(p) {
  const s = explore(p);
  const tr = s.tr;
  const top = Math.max(...tr.rate) * 1.15;
  const y = scaleLinear().domain([0, top]).range([240, 24]);
  const pts = (ys, sy) => line().x((_, i) => x(tr.t[i])).y((v) => sy(v))(ys);
  bands.attr('x', (_, i) => x(Math.max(0, i === 0 ? 0 : s.groups.cuts[i - 1])))
    .attr('width', (_, i) => Math.max(0, x(Math.min(30, Math.max(0, i === 4 ? 30 : s.groups.cuts[i]))) - x(Math.max(0, i === 0 ? 0 : s.groups.cuts[i - 1]))));
  yAxis.selectAll('text').data(y.ticks(4)).join('text').attr('x', 40).attr('y', (v) => y(v) + 4).attr('text-anchor', 'end').text((v) => pct(v));
  cum.attr('d', pts(tr.cumulative, yc));
  early.attr('d', pts(tr.earlyRate, y));
  main.attr('d', pts(tr.mainRate, y));
  rate.attr('d', pts(tr.rate, y));
  if (s.chasm) {
    chasmLine.attr('x1', x(s.chasm.troughTime)).attr('x2', x(s.chasm.troughTime)).attr('y1', y(s.chasm.peakRate)).attr('y2', y(s.chasm.troughRate)).attr('display', null);
    chasmLabel.attr('x', x(s.chasm.peakTime)).attr('y', y(s.chasm.peakRate) - 8).text(`Chasm: rate falls ${pct(s.chasm.depth)}`).attr('display', null);
  } else { chasmLine.attr('display', 'none'); chasmLabel.attr('display', 'none'); }
  const mc = s.moatCurve;
  lead.attr('d', line().x((_, i) => xm(mc.t[i])).y((v) => ym(v))(mc.lead));
  kept.attr('d', line().x((_, i) => xm(mc.t[i])).y((v) => ym(v))(mc.kept));
  half.attr('x1', xm(Math.min(s.halfLife, 10))).attr('x2', xm(Math.min(s.halfLife, 10)));
  document.getElementById('readout').textContent = s.chasm ? `Chasm depth ${pct(s.chasm.depth)}` : 'No chasm';
  document.getElementById('moat-readout').textContent = `Half-life of the lead ${months(s.halfLife)}`;
}
const params = buildControls(document.getElementById('c1'), render);
for (const key of ['lag', 'switching', 'price']) document.getElementById('c2').appendChild(document.getElementById(`s-${key}`).parentElement);
render(params);
document.body.setAttribute('data-rendered', '1');
