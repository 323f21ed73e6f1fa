//! Thin wrappers over the browser APIs the components need: the page's address, the history,
//! the clipboard, and telling a parent page our height. Each returns quietly when an API is
//! missing (old browser, sandboxed frame), because none of them is essential to the explainer.

use wasm_bindgen::JsValue;

/// The browser window; `None` when the components render natively at build time (there is
/// none, and touching one would panic), so every caller already has its no-window answer.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The site's address without query or fragment, ending in `/`, e.g. `https://example.org/chasm/`: what
/// shared links, embeds and the loader start from. A scenario's page (`s/<id>/`) reaches it
/// through the boot script's `data-base` (`../../`, made absolute by the script); a page without
/// one (the browser tests) is its own root.
pub fn page_base_url() -> String {
    let Some(w) = window() else {
        return String::new();
    };
    // The loader is written into the page (src/prerender/inline.rs) and has no `src`: its
    // `data-base` says where the site's files are, and it makes that address absolute before it
    // starts a module (assets/boot.js).
    let root = w
        .document()
        .and_then(|d| d.get_element_by_id("chasm-boot"))
        .and_then(|tag| tag.get_attribute("data-base"))
        // Only an absolute one (a relative one starts with "."): char patterns, as a string
        // pattern would bring core's substring search into every module (~0.5 KB brotli).
        .filter(|base| !base.starts_with('.') && base.ends_with('/'));
    match root {
        Some(root) => root,
        None => {
            // The folder the page is in (always ending in /, so a file name can follow).
            let loc = w.location();
            let path = loc.pathname().unwrap_or_default();
            let folder = path.rfind('/').map_or("/", |i| &path[..=i]);
            loc.origin().unwrap_or_default() + folder
        }
    }
}

/// Where the site's file `name` is (the embed loader, an on-demand module, the worker): the
/// site's address ends in `/`, so it is that address and the name.
pub fn site_file(name: &str) -> String {
    page_base_url() + name
}

/// Where the embed loader script lives: `embed.js` at the site's root.
pub fn loader_url() -> String {
    site_file("embed.js")
}

/// The current query string (with the `?`), or empty.
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replace the address bar's query without adding a history entry or reloading.
pub fn replace_query(query: &str) {
    let Some(window) = window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("?{query}{}", window.location().hash().unwrap_or_default());
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}

/// Undo and history glue, in JavaScript because it is all calls into the browser (the same in
/// Rust cost the page about 1 KB brotli of imports and glue).
pub mod undo_glue {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen(module = "/src/browser/js/page.js")]
    extern "C" {
        /// Make `query` the address bar's as a new history entry (Back returns to the one
        /// before), unless the address already carries it (a state just restored, say).
        pub fn push_query(query: &str);
        /// Call `step(false)` on Ctrl/Cmd+Z and `step(true)` on Shift+Ctrl/Cmd+Z or Ctrl+Y,
        /// anywhere but in a text field (which keeps its own undo); call `restore` (when given)
        /// with the query when Back or Forward lands on one of our entries. Returns the
        /// function that stops both.
        pub fn watch(
            step: &Closure<dyn Fn(bool)>,
            restore: Option<&Closure<dyn Fn(String)>>,
        ) -> js_sys::Function;
    }
}

/// Scroll to the element the address's fragment names (`#lesson-7`), if there is one. The
/// browser only does this itself for elements present while the page loads, and the explainer
/// is rendered later by the app.
pub fn scroll_to_fragment() {
    let Some(window) = window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    if let Some(el) = window.document().and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view();
    }
}

/// Copy text to the clipboard; `false` if the browser refused (the caller then shows the text).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// In an iframe, tell the parent how tall the widget is, in every host's words: ours
/// (`{type: "chasm-explorer:height", height}`, read by assets/embed.js); WordPress's `wp-embed`
/// (`{message: "height", value, secret}`, only when WordPress put its secret in our address as
/// `#?secret=…`: letters and digits, as its host script demands); Embedly's `iframe.resize` (the
/// JSON text `{"src", "context", "height"}`; Embedly finds the frame by `src`); and the
/// frame-sizing proposal's `window.requestResize()` where a browser has it (a no-op elsewhere).
/// Each message holds the height and what routes it, nothing else, so posting it to any origin
/// reveals nothing. Written in JavaScript because it is all calls into the browser: the same in
/// Rust cost the page 1.7 KB of wasm. scripts/e2e-hosts.mjs checks each protocol against its
/// host (WordPress's own wp-embed.js among them) in three engines.
pub fn post_height(height: f64) {
    host_protocols::post_height(height);
}

mod host_protocols {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen(module = "/src/browser/js/host.js")]
    extern "C" {
        pub fn post_height(height: f64);
        pub fn listen(on: &Closure<dyn Fn(String, String)>) -> js_sys::Function;
    }
}

/// Listen for what the page that frames us asks, and only from it: `on("height", "")` when a
/// host script that started after our first report says hello (our loader's
/// `chasm-explorer:hello`, WordPress's `ready`), `on("theme", key)` for a
/// `{type: "chasm-explorer:theme", theme}` message. Dropping the handle stops listening.
pub fn listen_to_parent(on: impl Fn(String, String) + 'static) -> ParentListener {
    let on = wasm_bindgen::closure::Closure::<dyn Fn(String, String)>::new(on);
    ParentListener {
        stop: host_protocols::listen(&on),
        _on: on,
    }
}

/// See [`listen_to_parent`].
pub struct ParentListener {
    stop: js_sys::Function,
    _on: wasm_bindgen::closure::Closure<dyn Fn(String, String)>,
}

impl Drop for ParentListener {
    fn drop(&mut self) {
        let _ = self.stop.call0(&JsValue::NULL);
    }
}

/// The class list of `<html>`, where the widget's theme and flags are set.
fn root_classes() -> Option<web_sys::DomTokenList> {
    let html = window()?.document()?.document_element()?;
    Some(html.class_list())
}

/// The class `<html>` gets once the page is live ([`page_live`]): for checks that look at the
/// page rather than listen to it (the end-to-end checks in every engine, `measure.mjs`).
pub const LIVE_CLASS: &str = "chasm-live";

/// The page is live (hydrated or drawn, its controls working): say so on `<html>`
/// ([`LIVE_CLASS`]) and tell the loader (assets/boot.js), which replays a button pressed
/// before and then announces the start.
pub fn page_live() {
    set_root_class(LIVE_CLASS, true);
    if let (Some(w), Ok(event)) = (window(), web_sys::Event::new("chasm-explorer:live")) {
        let _ = w.dispatch_event(&event);
    }
}

/// Add or remove one class on `<html>` (the widget's `transparent` flag).
pub fn set_root_class(class: &str, on: bool) {
    if let Some(list) = root_classes() {
        let _ = list.toggle_with_force(class, on);
    }
}

/// Put `class` on `<html>` (the embed's explicit theme), removing the other theme classes.
pub fn set_theme_class(class: Option<&str>) {
    let Some(list) = root_classes() else {
        return;
    };
    let _ = list.remove_2("theme-light", "theme-dark");
    if let Some(class) = class {
        let _ = list.add_1(class);
    }
}

/// A `ResizeObserver` watching one element; dropping it disconnects the observer (and frees the
/// callback it holds).
pub struct ResizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Call `onresize` with `el`'s observed entry each time its size changes; `None` where the
/// browser has no `ResizeObserver`.
pub fn watch_resize(
    el: &web_sys::Element,
    mut onresize: impl FnMut(&web_sys::ResizeObserverEntry) + 'static,
) -> Option<ResizeWatch> {
    use wasm_bindgen::JsCast;
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
                onresize(&entry);
            }
        },
    );
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(ResizeWatch {
        observer,
        _callback: callback,
    })
}

/// The address's fragment without its `#` (`lesson-7`), if it has one.
pub fn fragment() -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    Some(hash.strip_prefix('#')?.to_string()).filter(|id| !id.is_empty())
}

/// Watches one element until it comes near the viewport; dropping it stops watching (and
/// frees the callback).
pub struct NearWatch {
    stop: js_sys::Function,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for NearWatch {
    fn drop(&mut self) {
        let _ = self.stop.call0(&JsValue::NULL);
    }
}

/// Call `onnear` once, when `el` comes within a quarter of a screen's height below the viewport
/// or is in it (at once where the browser has no `IntersectionObserver`). Not a
/// whole screen: on a desktop screen the explainer starts within one, and its module would be
/// fetched with the page (over its byte budget).
pub fn when_near(el: &web_sys::Element, onnear: impl FnMut() + 'static) -> Option<NearWatch> {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(onnear);
    let stop = near_glue::when_near(el, &callback);
    Some(NearWatch {
        stop,
        _callback: callback,
    })
}

/// In JavaScript because it is all calls into the browser (as `undo_glue`).
mod near_glue {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen(module = "/src/browser/js/page.js")]
    extern "C" {
        pub fn when_near(el: &web_sys::Element, cb: &Closure<dyn FnMut()>) -> js_sys::Function;
    }
}
