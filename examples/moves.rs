//! Print the playbooks and the tarpit advice from each scenario: `cargo run --example moves`.
use chasm_explorer::app::lessons::{try_moves, PLAYBOOKS, TARPIT_ADVICE};
use chasm_explorer::app::presets::PRESETS;
use chasm_explorer::view::format::{duration, percent, year};

fn main() {
    for preset in PRESETS {
        let (now, after) = try_moves(&preset.params, &PLAYBOOKS);
        println!(
            "{} (depth {}, 50% {:?})",
            preset.name,
            percent(now.depth),
            now.half_time.map(year)
        );
        for (m, o) in PLAYBOOKS.iter().zip(&after) {
            println!(
                "   {:<40} depth {:<8} 50% {:?}",
                m.name,
                percent(o.depth),
                o.half_time.map(year)
            );
        }
        let (now, after) = try_moves(&preset.params, &TARPIT_ADVICE);
        for (m, o) in TARPIT_ADVICE.iter().zip(&after) {
            println!(
                "   {:<40} half-life {} (was {})",
                m.name,
                o.half_life.map_or("-".into(), duration),
                now.half_life.map_or("-".into(), duration)
            );
        }
    }
}
