//! The pure model: two-segment diffusion, adopter groups, the chasm, moat erosion and the value
//! captured.
//!
//! Nothing in here knows about the browser: no yew, web-sys, gloo or js-sys. Every function is
//! deterministic and cheap enough to run on every slider `input` event, and the whole module is
//! tested natively with `cargo test`. The page, the embed and any notebook call [`explore`].

pub mod bass;
pub mod chasm;
pub mod diffusion;
pub mod fit;
pub mod groups;
pub mod mapping;
pub mod moat;
pub mod novelty;
pub mod params;
pub mod scene;
pub mod value;

pub use params::{Field, ParamError, Params};
pub use scene::{explore, Scene};
pub use value::{Pricing, ValueCurve};
