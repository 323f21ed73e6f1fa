//! The browser glue, compiled for `wasm32` only: thin wrappers over browser APIs ([`api`]),
//! mounting and the panic hook ([`mount`]), and loading the fitting tool on demand ([`lazy`]).

pub mod api;
pub mod export;
pub mod fit_worker;
pub mod lazy;
pub mod mount;
pub mod sound;
