// The extras module's glue: figure downloads (src/browser/export.rs) and sound (sound.rs).
const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity',
  'stroke-linecap', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'visibility', 'display'];
export function save(name, type, content) {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
function figureSvg(from) {
  return from.closest('.panel, figure, .lesson')?.querySelector('svg.chart');
}
export function svg_text(from) {
  const svg = figureSvg(from);
  if (!svg) return '';
  const copy = svg.cloneNode(true);
  const a = [svg, ...svg.querySelectorAll('*')], b = [copy, ...copy.querySelectorAll('*')];
  a.forEach((el, i) => {
    const cs = getComputedStyle(el);
    b[i].setAttribute('style', PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
    b[i].removeAttribute('class');
  });
  copy.querySelectorAll('[data-testid=crosshair]').forEach((el) => el.remove());
  const box = svg.viewBox.baseVal;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', box.width);
  copy.setAttribute('height', box.height);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
  copy.insertBefore(bg, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}
export function save_png(name, text) {
  return new Promise((resolve, reject) => {
    const m = /width="([\d.]+)" height="([\d.]+)"/.exec(text.slice(0, 2000)) || [0, 600, 300];
    const img = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(m[1] * 2);
      canvas.height = Math.round(m[2] * 2);
      const ctx = canvas.getContext('2d');
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => blob ? (save(name, 'image/png', blob), resolve()) : reject(new Error('the browser made no PNG')), 'image/png');
    };
    img.onerror = () => { URL.revokeObjectURL(url); reject(new Error('the browser could not draw the SVG')); };
    img.src = url;
  });
}

export function schedule(ctx, live, pinned, seconds, low, high) {
  const top = Math.max(1e-9, ...live, ...pinned);
  const t0 = ctx.currentTime + 0.05;
  const voice = (values, pan) => {
    if (values.length < 2) return;
    const osc = ctx.createOscillator();
    osc.type = 'sine';
    osc.frequency.setValueCurveAtTime(Float32Array.from(values, (v) => low * Math.pow(high / low, Math.max(0, v) / top)), t0, seconds);
    const gain = ctx.createGain();
    gain.gain.setValueAtTime(0, t0);
    gain.gain.linearRampToValueAtTime(0.15, t0 + 0.05);
    gain.gain.setValueAtTime(0.15, t0 + seconds - 0.05);
    gain.gain.linearRampToValueAtTime(0, t0 + seconds);
    let out = gain;
    if (pan && ctx.createStereoPanner) {
      out = ctx.createStereoPanner();
      out.pan.value = pan;
      gain.connect(out);
    }
    osc.connect(gain);
    out.connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + seconds);
  };
  const both = pinned.length > 1;
  voice(live, both ? -1 : 0);
  if (both) voice(pinned, 1);
}
let playing = null;
export function stop() { if (playing) playing(); }
export function play(live, pinned, seconds, low, high, onstop) {
  stop();
  const Ctx = window.AudioContext || window.webkitAudioContext;
  if (!Ctx) throw new Error('this browser has no Web Audio');
  const ctx = new Ctx();
  try { schedule(ctx, live, pinned, seconds, low, high); } catch (e) { ctx.close(); throw e; }
  // A context made outside a user gesture may start suspended (Safari); this call is inside one.
  if (ctx.state === 'suspended') ctx.resume();
  const end = () => {
    if (playing !== end) return;
    playing = null;
    removeEventListener('keydown', onkey, true);
    clearTimeout(timer);
    ctx.close();
    onstop();
  };
  const onkey = (e) => { if (e.key === 'Escape') end(); };
  addEventListener('keydown', onkey, true);
  const timer = setTimeout(end, seconds * 1000 + 300);
  playing = end;
}
