//! A piece of the page that yew hydrates on its own.
//!
//! yew hydrates a prerendered page a component at a time, and the page's explorer is mostly
//! plain functions inside one component (`Page`: each component costs lifecycle code, and the
//! page is on a byte budget). Hydrating that one component was a single task of about 40 ms on
//! this machine, four times that on the slow phone Lighthouse simulates. Each piece wrapped in a
//! `HydrationPart` is hydrated by a component of its own, and the scheduler (yew as patched in
//! `vendor/yew`, see its PATCH.md) may let the browser in between them.
//!
//! The wrapper is yew's context provider for the explorer's settled scene: a component that
//! draws only its children, re-rendering when they change, whose code the page carries anyway
//! (it hands the scene to the live explainer). A component type of its own would add about
//! 2.5 KB brotli to the page's module, and the page would be over its 150 KB budget. What it
//! provides is true where it wraps: these pieces are the explorer's.

use super::context::Explorer;
use yew::ContextProvider;

pub type HydrationPart = ContextProvider<Explorer>;
