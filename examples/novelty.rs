//! Explore the novelty model on a hype-speed launch: `cargo run --example novelty`.
use chasm_explorer::model::diffusion::Market;
use chasm_explorer::model::novelty::active_users;

fn main() {
    for (p, q) in [(0.5, 4.0), (1.0, 3.0), (0.3, 6.0)] {
        let m = Market {
            theta: 0.5,
            p_early: p,
            q_early: q,
            p_main: p,
            q_main: q,
            cross: 0.0,
        };
        let tr = m.simulate(3.0, 360);
        for k in [0.4, 0.6, 0.8] {
            for months in [2.0, 4.0, 6.0] {
                let n = active_users(&tr, k, months / 12.0);
                let i =
                    n.t.iter()
                        .position(|&t| t >= n.peak_time + 0.25)
                        .unwrap_or(n.t.len() - 1);
                println!("p={p} q={q} k={k} span={months}m peak {:.3} at {:.2}y, -{:.0} % after 3 months, total fall {:.0} %", n.peak_active, n.peak_time, (1.0 - n.active[i] / n.peak_active) * 100.0, n.fall * 100.0);
            }
        }
    }
}
