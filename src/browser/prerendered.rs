//! The explainer the built page arrived with (`src/bin/prerender.rs`): set aside while the
//! page's module mounts over `#app` (`browser::mount::start`), then shown in the page's
//! explainer slot until the live explainer replaces it (`components::explainer_slot`).

/// Keep the prerendered explainer `copy` (already taken out of the page) and the settings it
/// was rendered in.
pub fn keep_explainer(copy: web_sys::Element, params: crate::model::Params) {
    PRERENDERED.with(|p| *p.borrow_mut() = (Some(copy), Some(params)));
}

thread_local! {
    /// The explainer the built page arrived with (`src/bin/prerender.rs`), kept aside while the
    /// page mounts over it, and the settings it was rendered in.
    static PRERENDERED: std::cell::RefCell<(Option<web_sys::Element>, Option<crate::model::Params>)> =
        const { std::cell::RefCell::new((None, None)) };
}

/// The settings the page's prerendered explainer shows, if the page arrived with one.
pub fn params() -> Option<crate::model::Params> {
    PRERENDERED.with(|p| p.borrow().1)
}

thread_local! {
    /// Whether the page hydrates the markup it arrived with.
    static HYDRATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the page hydrates the markup it arrived with (`browser::mount::start`), rather than
/// drawing anew: its components' first render must then equal the build's.
pub fn hydrated() -> bool {
    HYDRATED.with(|h| h.get())
}

/// Say whether the page hydrates the markup it arrived with: `browser::mount::start`, and
/// browser tests that play such a page.
#[doc(hidden)]
pub fn set_hydrated(on: bool) {
    HYDRATED.with(|h| h.set(on));
}

/// Put the prerendered explainer into `slot`, inert (its controls only work once the live
/// explainer replaces it); `false` if the page arrived without one.
pub fn adopt_explainer(slot: &web_sys::Element) -> bool {
    let Some(copy) = PRERENDERED.with(|p| p.borrow_mut().0.take()) else {
        return false;
    };
    let _ = copy.set_attribute("inert", "");
    // The height the slot kept for it while the page hydrated (browser::mount::start).
    let _ = slot.remove_attribute("style");
    slot.append_child(&copy).is_ok()
}

/// The live explainer could not be loaded: let the prerendered copy in `slot` be read and
/// selected like any text (its controls still do nothing).
pub fn release_explainer(slot: &web_sys::Element) {
    if let Some(copy) = slot.first_element_child() {
        let _ = copy.remove_attribute("inert");
    }
}
