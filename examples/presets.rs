//! Print each preset's key outcomes: `cargo run --example presets`.
use chasm_explorer::app::presets::PRESETS;
use chasm_explorer::model::explore;
use chasm_explorer::view::format::{duration, percent, year};

fn main() {
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
            "{:<34} {:<40} 50% by {:<10} half-life {:<10} floor {} kept@10y {}",
            preset.name,
            chasm,
            s.half_adoption_time.map_or("never".into(), year),
            s.half_life.map_or("-".into(), duration),
            percent(s.moat.floor),
            percent(s.kept_at_horizon)
        );
    }
}
