//! Small browser hooks shared by components.

use gloo::events::EventListener;
use yew::prelude::*;

/// Below this width charts use their compact frame (the same breakpoint as the CSS).
pub const COMPACT_QUERY: &str = "(max-width: 700px)";

/// Whether a CSS media query matches, kept up to date as the window changes.
#[hook]
pub fn use_media_query(query: &'static str) -> bool {
    let list = use_memo((), move |_| {
        web_sys::window().and_then(|w| w.match_media(query).ok().flatten())
    });
    let matches = use_state(|| list.as_ref().as_ref().is_some_and(|l| l.matches()));
    {
        let matches = matches.clone();
        use_effect_with(list, move |list| {
            let listener = list.as_ref().as_ref().map(|l| {
                let l2 = l.clone();
                EventListener::new(l, "change", move |_| matches.set(l2.matches()))
            });
            move || drop(listener)
        });
    }
    *matches
}
