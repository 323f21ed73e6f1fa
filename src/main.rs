//! Entry point: on the web, mount the app; natively, print the opening scene's key figures.

fn main() {
    let scene = chasm_explorer::model::explore(&Default::default());
    println!("{:?}", scene.chasm);
}
