//! The browser glue: thin wrappers over browser APIs ([`api`]), mounting and the panic hook
//! ([`mount`], `wasm32` only), and loading the fitting tool on demand ([`lazy`]). It builds
//! natively too, so the components that use it render to HTML at build time; there, only
//! effects and event handlers (which never run) reach the browser.

pub mod api;
pub mod export;
pub mod fit_worker;
pub mod lazy;
#[cfg(target_arch = "wasm32")]
pub mod mount;
pub mod prerendered;
pub mod sound;
