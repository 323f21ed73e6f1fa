// The chasm-explorer model ported line for line from src/model/ (Rust) to plain JavaScript, for
// the benchmark peers only. Same constants, same RK4 step count, same chasm and group rules.

export const HORIZON = 30, STEPS = 600, MOAT_HORIZON = 10, MOAT_STEPS = 240;
const EARLY_P = 0.06, EARLY_Q = 1.1;
export const LADDER = [
  ['RDDs in Scala', 0.0002, 0.30], ['Python API', 0.001, 0.36], ['DataFrames', 0.003, 0.42],
  ['SQL', 0.007, 0.50], ['pandas API', 0.015, 0.58], ['Plain English', 0.03, 0.66],
];
const CROSS_MIN = 0.002, CROSS_RANGE = 0.11, CROSS_EXPONENT = 1.5;
const EROSION_BASE = 0.5, BRAND_SLOWDOWN = 0.7, COMPOSABILITY_SPEEDUP = 1.0, PRICE_SPEEDUP = 0.5;
const LINDY_NO_BRAND = 8, LINDY_FULL_BRAND = 1, FLOOR_BASE = 0.05, FLOOR_BRAND = 0.35;
const MIN_DEPTH = 0.005;

export const FIELDS = [
  { key: 'innovators', label: 'Innovator share', min: 0.025, max: 0.5, step: 0.005, value: 0.16 },
  { key: 'abstraction', label: 'Abstraction level', min: 0, max: 5, step: 1, value: 1 },
  { key: 'brand', label: 'Brand strength', min: 0, max: 1, step: 0.01, value: 0.25 },
  { key: 'lag', label: 'Copy lag', min: 0, max: 24, step: 0.5, value: 2 },
  { key: 'switching', label: 'Switching cost', min: 0, max: 1, step: 0.01, value: 0.2 },
  { key: 'price', label: 'Price decline', min: 1, max: 20, step: 0.5, value: 10 },
];

function simulate(m) {
  const dt = HORIZON / STEPS;
  const out = { t: [], cumulative: [], rate: [], earlyRate: [], mainRate: [] };
  const deriv = (e, mm) => {
    e = Math.min(Math.max(e, 0), 1); mm = Math.min(Math.max(mm, 0), 1);
    return [Math.max((m.pe + m.qe * e) * (1 - e), 0), Math.max((m.pm + m.qm * mm + m.c * e) * (1 - mm), 0)];
  };
  let e = 0, mm = 0;
  for (let i = 0; i <= STEPS; i++) {
    const [de, dm] = deriv(e, mm);
    out.t.push(i * dt);
    out.cumulative.push(Math.min(Math.max(m.theta * e + (1 - m.theta) * mm, 0), 1));
    out.earlyRate.push(m.theta * de);
    out.mainRate.push((1 - m.theta) * dm);
    out.rate.push(m.theta * de + (1 - m.theta) * dm);
    if (i === STEPS) break;
    const k2 = deriv(e + 0.5 * dt * de, mm + 0.5 * dt * dm);
    const k3 = deriv(e + 0.5 * dt * k2[0], mm + 0.5 * dt * k2[1]);
    const k4 = deriv(e + dt * k3[0], mm + dt * k3[1]);
    const ne = e + dt / 6 * (de + 2 * k2[0] + 2 * k3[0] + k4[0]);
    const nm = mm + dt / 6 * (dm + 2 * k2[1] + 2 * k3[1] + k4[1]);
    e = Math.min(Math.max(ne, e), 1); mm = Math.min(Math.max(nm, mm), 1);
  }
  return out;
}

function interpolate(xs, ys, x) {
  if (x < xs[0]) return 0;
  if (x >= xs[xs.length - 1]) return ys[ys.length - 1];
  let lo = 0, hi = xs.length - 1;
  while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (xs[mid] <= x) lo = mid; else hi = mid; }
  return ys[lo] + (ys[hi] - ys[lo]) * (x - xs[lo]) / (xs[hi] - xs[lo]);
}

function chasm(t, rate, cum) {
  const n = t.length;
  let i = 1;
  while (i + 1 < n) {
    if (!(rate[i] > rate[i - 1] && rate[i] >= rate[i + 1])) { i++; continue; }
    const peak = i; let trough = peak;
    while (trough + 1 < n && rate[trough + 1] <= rate[trough]) trough++;
    if (trough + 1 >= n) return null;
    const depth = rate[peak] > 0 ? (rate[peak] - rate[trough]) / rate[peak] : 0;
    if (depth < MIN_DEPTH) { i = trough + 1; continue; }
    let recovery = null;
    for (let k = trough + 1; k < n; k++) {
      if (rate[k] >= rate[peak]) {
        const w = rate[k] > rate[k - 1] ? (rate[peak] - rate[k - 1]) / (rate[k] - rate[k - 1]) : 1;
        recovery = t[k - 1] + Math.min(Math.max(w, 0), 1) * (t[k] - t[k - 1]);
        break;
      }
    }
    return { peakTime: t[peak], peakRate: rate[peak], peakCumulative: cum[peak], troughTime: t[trough], troughRate: rate[trough], depth, recovery };
  }
  return null;
}

function groups(tr) {
  const n = tr.t.length;
  let w = 0, s = 0;
  for (let i = 1; i < n; i++) {
    const wi = 0.5 * (tr.rate[i] + tr.rate[i - 1]) * (tr.t[i] - tr.t[i - 1]);
    w += wi; s += wi * 0.5 * (tr.t[i] + tr.t[i - 1]);
  }
  const mean = s / w;
  let v = 0;
  for (let i = 1; i < n; i++) {
    const wi = 0.5 * (tr.rate[i] + tr.rate[i - 1]) * (tr.t[i] - tr.t[i - 1]);
    v += wi * (0.5 * (tr.t[i] + tr.t[i - 1]) - mean) ** 2;
  }
  const sd = Math.sqrt(v / w);
  const cuts = [mean - 2 * sd, mean - sd, mean, mean + sd];
  const start = tr.cumulative[0], total = tr.cumulative[n - 1] - start;
  const c = cuts.map((x) => Math.min(Math.max((Math.max(interpolate(tr.t, tr.cumulative, x), start) - start) / total, 0), 1));
  return { cuts, shares: [c[0], c[1] - c[0], c[2] - c[1], c[3] - c[2], 1 - c[3]] };
}

export function explore(p) {
  const [, pm, qm] = LADDER[Math.round(p.abstraction)];
  const market = { theta: p.innovators, pe: EARLY_P, qe: EARLY_Q, pm, qm, c: CROSS_MIN + CROSS_RANGE * p.brand ** CROSS_EXPONENT };
  const tr = simulate(market);
  const moat = {
    lag: p.lag / 12,
    rate: EROSION_BASE * (1 - BRAND_SLOWDOWN * p.brand) * (1 + COMPOSABILITY_SPEEDUP * (1 - p.switching)) * (1 + PRICE_SPEEDUP * Math.log10(p.price)),
    shape: LINDY_NO_BRAND + (LINDY_FULL_BRAND - LINDY_NO_BRAND) * p.brand,
    floor: FLOOR_BASE + FLOOR_BRAND * p.brand,
  };
  const lead = (t) => t < moat.lag ? 1 : moat.floor + (1 - moat.floor) * (1 + moat.rate * (t - moat.lag) / moat.shape) ** -moat.shape;
  const mt = [], ml = [], mk = [];
  for (let i = 0; i <= MOAT_STEPS; i++) {
    const t = i * MOAT_HORIZON / MOAT_STEPS;
    mt.push(t); ml.push(lead(t)); mk.push(interpolate(tr.t, tr.cumulative, t) * lead(t));
  }
  const halfLife = moat.lag + moat.shape / moat.rate * (2 ** (1 / moat.shape) - 1);
  const halfIdx = tr.cumulative.findIndex((f) => f >= 0.5);
  return { tr, chasm: chasm(tr.t, tr.rate, tr.cumulative), groups: groups(tr), moat, moatCurve: { t: mt, lead: ml, kept: mk }, halfLife, halfAdoption: halfIdx < 0 ? null : tr.t[halfIdx] };
}

export const pct = (x) => `${Math.round(x * 100)} %`;
export const months = (y) => y * 12 < 23.5 ? `${Math.round(y * 12)} months` : `${y.toFixed(1)} years`;

/** The shared page skeleton: sliders with labels and values, two figure hosts, readouts. */
export function buildControls(container, onInput) {
  const params = Object.fromEntries(FIELDS.map((f) => [f.key, f.value]));
  for (const f of FIELDS) {
    const row = document.createElement('div');
    row.className = 'slider';
    row.innerHTML = `<label for="s-${f.key}">${f.label}</label> <output id="o-${f.key}"></output>
      <input type="range" id="s-${f.key}" data-testid="slider-${f.key}" min="${f.min}" max="${f.max}" step="${f.step}" value="${f.value}">`;
    const input = row.querySelector('input'), out = row.querySelector('output');
    out.textContent = String(f.value);
    input.addEventListener('input', () => { params[f.key] = input.valueAsNumber; out.textContent = input.value; onInput(params); });
    container.appendChild(row);
  }
  return params;
}
