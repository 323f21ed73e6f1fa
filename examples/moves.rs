//! Print the playbooks and the tarpit advice from each scenario: `cargo run --example moves`.
use chasm_explorer::app::lessons::{try_moves, PLAYBOOKS, TARPIT_ADVICE};
use chasm_explorer::app::presets::PRESETS;
use chasm_explorer::view::format::{duration, market_years, percent, year};

fn main() {
    for preset in PRESETS {
        let (now, after) = try_moves(&preset.params, &PLAYBOOKS);
        println!(
            "{} (depth {}, 50% {:?}, value {})",
            preset.name,
            percent(now.depth),
            now.half_time.map(year),
            market_years(now.value)
        );
        for (m, o) in PLAYBOOKS.iter().zip(&after) {
            println!(
                "   {:<40} depth {:<8} 50% {:<16} value {}",
                m.name,
                percent(o.depth),
                format!("{:?}", o.half_time.map(year)),
                market_years(o.value)
            );
        }
        let (now, after) = try_moves(&preset.params, &TARPIT_ADVICE);
        for (m, o) in TARPIT_ADVICE.iter().zip(&after) {
            println!(
                "   {:<40} half-life {} (was {}), value {} (was {})",
                m.name,
                o.half_life.map_or("-".into(), duration),
                now.half_life.map_or("-".into(), duration),
                market_years(o.value),
                market_years(now.value)
            );
        }
    }
}
