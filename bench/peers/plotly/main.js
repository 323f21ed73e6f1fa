// Plotly peer: what a blogger would embed. Same model, same two figures and six sliders.
import { explore, buildControls, pct, months } from '../model.js';

const COLORS = ['#cc79a7', '#e69f00', '#009e73', '#56b4e9', '#f0e442'];
function render(p) {
  const s = explore(p);
  const tr = s.tr;
  const shapes = s.groups.cuts.concat([30]).map((end, i) => {
    const start = i === 0 ? 0 : s.groups.cuts[i - 1];
    return { type: 'rect', xref: 'x', yref: 'paper', x0: Math.max(0, start), x1: Math.min(30, Math.max(0, end)), y0: 0, y1: 1, fillcolor: COLORS[i], opacity: 0.22, line: { width: 0 } };
  });
  const annotations = [];
  if (s.chasm) {
    shapes.push({ type: 'line', x0: s.chasm.troughTime, x1: s.chasm.troughTime, y0: s.chasm.troughRate, y1: s.chasm.peakRate, line: { color: '#b84a00', width: 2 } });
    annotations.push({ x: s.chasm.troughTime, y: s.chasm.peakRate, text: `Chasm: rate falls ${pct(s.chasm.depth)}`, showarrow: false, yshift: 12, font: { color: '#b84a00' } });
  }
  Plotly.react('adoption', [
    { x: tr.t, y: tr.rate, name: 'all adopters', line: { color: '#1b1d21', width: 2.6 } },
    { x: tr.t, y: tr.earlyRate, name: 'early market', line: { color: '#0072b2', dash: 'dash' } },
    { x: tr.t, y: tr.mainRate, name: 'main market', line: { color: '#00795a', dash: 'dot' } },
    { x: tr.t, y: tr.cumulative, name: 'adopted so far', yaxis: 'y2', line: { color: '#8f4a78' } },
  ], { margin: { l: 40, r: 40, t: 10, b: 30 }, shapes, annotations, showlegend: false, yaxis: { tickformat: '.0%' }, yaxis2: { overlaying: 'y', side: 'right', range: [0, 1], tickformat: '.0%' } }, { staticPlot: false, displayModeBar: false });
  const m = s.moatCurve;
  Plotly.react('moat', [
    { x: m.t, y: m.lead, name: 'your lead', line: { color: '#1b1d21', width: 2.6 } },
    { x: m.t, y: m.kept, name: 'users you keep', line: { color: '#8f4a78' } },
  ], { margin: { l: 40, r: 10, t: 10, b: 30 }, showlegend: false, yaxis: { range: [0, 1], tickformat: '.0%' },
       shapes: [{ type: 'line', x0: s.halfLife, x1: s.halfLife, y0: 0, y1: 1, line: { color: '#b84a00', dash: 'dash' } }] }, { displayModeBar: false });
  document.getElementById('readout').textContent = s.chasm ? `Chasm depth ${pct(s.chasm.depth)}` : 'No chasm';
  document.getElementById('moat-readout').textContent = `Half-life of the lead ${months(s.halfLife)}`;
  document.getElementById('adoption').setAttribute('data-testid', 'adoption-chart');
}
const params = buildControls(document.getElementById('c1'), render);
// Move the moat sliders under the moat figure.
for (const key of ['lag', 'switching', 'price']) document.getElementById('c2').appendChild(document.getElementById(`s-${key}`).parentElement);
render(params);
document.body.setAttribute('data-rendered', '1');
