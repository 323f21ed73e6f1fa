//! chasm-explorer: an interactive explainer of technology adoption, the chasm between early
//! adopters and the mainstream, and how long a lead lasts once copycats arrive.
//!
//! [`model`] is pure Rust and usable on its own (notebooks, static figures, tests). The web
//! front end (components, state, charts) compiles only for `wasm32`, where [`start`] mounts it.

pub mod model;
