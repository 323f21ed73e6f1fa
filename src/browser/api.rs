//! Thin wrappers over the browser APIs the components need: the page's address, the history,
//! the clipboard, and telling a parent page our height. Each returns quietly when an API is
//! missing (old browser, sandboxed frame), because none of them is essential to the explainer.

use wasm_bindgen::JsValue;

/// The page's address without query or fragment, e.g. `https://example.org/chasm/`.
pub fn page_base_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let loc = w.location();
            Some(format!("{}{}", loc.origin().ok()?, loc.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Where the embed loader script lives: `embed.js` next to the page.
pub fn loader_url() -> String {
    let base = page_base_url();
    web_sys::Url::new_with_base("embed.js", &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| "embed.js".into())
}

/// The current query string (with the `?`), or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replace the address bar's query without adding a history entry or reloading.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("?{query}{}", window.location().hash().unwrap_or_default());
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}

/// Scroll to the element the address's fragment names (`#lesson-7`), if there is one. The
/// browser only does this itself for elements present while the page loads, and the explainer
/// is rendered later by the app.
pub fn scroll_to_fragment() {
    let Some(window) = web_sys::window() else {
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
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// In an iframe, tell the parent how tall the widget is (see assets/embed.js). The message holds
/// only a type tag and a number, so posting it to any origin reveals nothing.
pub fn post_height(height: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return; // not framed
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"chasm-explorer:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, "*");
}

/// Put `class` on `<html>` (the embed's explicit theme), removing the other theme classes.
pub fn set_theme_class(class: Option<&str>) {
    let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let list = html.class_list();
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
