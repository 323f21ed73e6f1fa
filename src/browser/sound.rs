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

#[wasm_bindgen(module = "/src/browser/js/extras_glue.js")]
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
