//! Criterion benchmarks of the model at the page's step count: the whole recompute from
//! `&Params` to everything the page shows, and its parts. Run: `cargo bench --bench model`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use chasm_explorer::model::scene::{HORIZON_YEARS, STEPS};
    use chasm_explorer::model::{explore, mapping, Params};
    use chasm_explorer::view::summary;
    use criterion::{criterion_group, Criterion};
    use std::hint::black_box;

    fn model(c: &mut Criterion) {
        let params = Params::default();
        let market = mapping::market(&params);
        let trajectory = mapping::simulate(&params, HORIZON_YEARS, STEPS);
        let moat = mapping::moat(&params);
        c.bench_function("explore (full recompute)", |b| {
            b.iter(|| explore(black_box(&params)))
        });
        c.bench_function("simulate (600 RK4 steps)", |b| {
            b.iter(|| black_box(&market).simulate(HORIZON_YEARS, STEPS))
        });
        let climbing = params.with(chasm_explorer::model::Field::ClimbPace, 0.4).0;
        c.bench_function("simulate climbing the ladder (600 RK4 steps)", |b| {
            b.iter(|| mapping::simulate(black_box(&climbing), HORIZON_YEARS, STEPS))
        });
        c.bench_function("adopter groups", |b| {
            b.iter(|| black_box(&trajectory).adopter_groups(market.theta))
        });
        c.bench_function("chasm", |b| b.iter(|| black_box(&trajectory).chasm()));
        c.bench_function("moat curve", |b| {
            b.iter(|| black_box(&moat).curve(black_box(&trajectory)))
        });
        let moat_curve = moat.curve(&trajectory);
        c.bench_function("value captured", |b| {
            use chasm_explorer::model::value::{value_curve, Pricing};
            b.iter(|| {
                value_curve(
                    black_box(&trajectory),
                    market.theta,
                    black_box(&moat_curve),
                    Pricing::falling(params.price_decline()),
                )
            })
        });
        let scene = explore(&params);
        c.bench_function("summaries (text alternatives)", |b| {
            b.iter(|| {
                (
                    summary::adoption(black_box(&scene)),
                    summary::moat(black_box(&scene)),
                )
            })
        });
        c.bench_function("chart paths (4 adoption curves)", |b| {
            use chasm_explorer::view::chart::{line_path, Linear};
            let x = Linear::new((0.0, 30.0), (46.0, 594.0));
            let y = Linear::new((0.0, 0.1), (240.0, 24.0));
            let tr = &scene.trajectory;
            b.iter(|| {
                [&tr.rate, &tr.early_rate, &tr.main_rate, &tr.cumulative]
                    .map(|ys| line_path(&tr.t, ys, x, y))
            })
        });
        c.bench_function("explainer figures when the settings settle", |b| {
            // What the nine sections compute 200 ms after a drag: the brand and switching-cost
            // sweeps, the ladder, and the playbooks and advice applied to the settings.
            use chasm_explorer::app::lessons::*;
            use chasm_explorer::model::Field;
            b.iter(|| {
                let p = black_box(&params);
                let strong = p.with(Field::Brand, 0.9).0;
                (
                    sweep(p, Field::Brand, 41, depth_at),
                    sweep(p, Field::SwitchingCost, 21, half_life_at),
                    sweep(&strong, Field::SwitchingCost, 21, half_life_at),
                    ladder(p),
                    try_moves(p, &PLAYBOOKS),
                    try_moves(p, &TARPIT_ADVICE),
                )
            })
        });
    }

    criterion_group!(benches, model);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
