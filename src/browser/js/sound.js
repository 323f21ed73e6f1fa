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
