//! Entry point. In the browser: install the panic hook and mount the explorer. Natively: print
//! the opening scene's key figures (handy when calibrating the model).

#[cfg(target_arch = "wasm32")]
fn main() {
    chasm_explorer::browser::mount::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let scene = chasm_explorer::model::explore(&Default::default());
    println!("{}", chasm_explorer::view::summary::adoption(&scene));
    println!("{}", chasm_explorer::view::summary::moat(&scene));
}
