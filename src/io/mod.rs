//! Reading and writing: decimal numbers without core's float formatting ([`number`]) and the
//! CSV reader of the fitting tool ([`csv`]). Pure, fuzzed natively.

pub mod csv;
pub mod number;
