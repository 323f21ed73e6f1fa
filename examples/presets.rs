//! Print each preset's key outcomes and the calibration numbers: `cargo run --example presets`.
use chasm_explorer::app::presets::PRESETS;
use chasm_explorer::model::{explore, Params};
use chasm_explorer::view::format::{duration, market_years, percent, year};

fn main() {
    let s = explore(&Params::default());
    if let Some(c) = s.chasm {
        println!(
            "Opening scene: depth {}, peak {} (F {}), trough {}, recovery {}, 50% by {}",
            percent(c.depth),
            year(c.peak_time),
            percent(c.peak_cumulative),
            year(c.trough_time),
            c.recovery_time.map_or("never".into(), year),
            s.half_adoption_time.map_or("never".into(), year),
        );
    }
    for preset in PRESETS {
        let s = explore(&preset.params);
        let chasm = s.chasm.map_or("no chasm".to_string(), |c| {
            format!(
                "depth {} from {} to {}",
                percent(c.depth),
                year(c.peak_time),
                c.recovery_time.map_or("never".into(), year)
            )
        });
        println!(
            "{:<22} {:<36} 50% by {:<10} half-life {:<10} floor {} kept@10y {} value {}",
            preset.name,
            chasm,
            s.half_adoption_time.map_or("never".into(), year),
            s.half_life.map_or("-".into(), duration),
            percent(s.moat.floor),
            percent(s.kept_at_horizon),
            market_years(s.value_captured)
        );
    }
}
