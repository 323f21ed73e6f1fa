//! "Listen": the adoption rate played as pitch with Web Audio (no audio files), so the dip of
//! the chasm is heard as a falling then rising tone. A pinned run plays at once in the other
//! ear. A higher rate is a higher note, on one scale shared by both runs. [`schedule`] writes
//! the tones into any `BaseAudioContext`, so a test can render them offline and measure them.

use wasm_bindgen::prelude::*;

/// How long the whole curve takes to play (seconds).
pub const SECONDS: f64 = 4.0;
/// The pitch of a zero rate, and of the highest rate (Hz): two octaves apart.
pub const LOW_HZ: f64 = 220.0;
pub const HIGH_HZ: f64 = 880.0;

#[wasm_bindgen(inline_js = r#"
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
"#)]
extern "C" {
    /// Write the tones for `live` (and `pinned`, if it has values) into `ctx`: `seconds` long,
    /// a rate of 0 at `low` Hz and the highest rate at `high` Hz.
    #[wasm_bindgen(js_name = schedule)]
    pub fn schedule_raw(
        ctx: &JsValue,
        live: &[f64],
        pinned: &[f64],
        seconds: f64,
        low: f64,
        high: f64,
    );
    /// Play (stopping what plays); Escape stops it too, and `onstop` is called however it
    /// ends.
    #[wasm_bindgen(catch, js_name = play)]
    fn play_raw(
        live: &[f64],
        pinned: &[f64],
        seconds: f64,
        low: f64,
        high: f64,
        onstop: &JsValue,
    ) -> Result<(), JsValue>;
    /// Stop what is playing, if anything (its `onstop` runs).
    pub fn stop();
}

/// Schedule the curve (and the pinned one, if not empty) on `ctx` at this module's scale.
pub fn schedule(ctx: &JsValue, live: &[f64], pinned: &[f64]) {
    schedule_raw(ctx, live, pinned, SECONDS, LOW_HZ, HIGH_HZ)
}

/// Play the curve (and the pinned one). `onstop` runs when it ends, is stopped, or Escape is
/// pressed.
pub fn play(live: &[f64], pinned: &[f64], onstop: impl FnOnce() + 'static) -> Result<(), String> {
    let onstop = wasm_bindgen::closure::Closure::once_into_js(onstop);
    play_raw(live, pinned, SECONDS, LOW_HZ, HIGH_HZ, &onstop).map_err(|e| {
        use wasm_bindgen::JsCast;
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "no Web Audio".into())
    })
}
