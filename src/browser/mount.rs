//! Mounting into the browser, and the panic hook that turns a crash into a readable message.

use crate::app::url;
use crate::components::{App, AppProps};
use wasm_bindgen::JsCast;

/// Class on every element an app is mounted in; the page's panic hook finds them by it.
pub const ROOT_CLASS: &str = "chasm-root";
/// Class on the element the fitting tool is mounted in; the tool's panic hook finds it by it.
pub const TOOL_ROOT_CLASS: &str = "fit-tool-root";
/// Class on the element the live explainer is mounted in (its own module, its own hook).
pub const EXPLAINER_ROOT_CLASS: &str = "explainer-root";

/// Which widgets a module's panic hook replaces: its own, never the other module's (the page
/// and the fitting tool are two WebAssembly modules, each with its own hook).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanicScope {
    /// Every explorer on the page (the page's module).
    Page,
    /// The fitting tool only (its own module): a crash there leaves the explorer working.
    FitTool,
    /// The live explainer only (its own module): a crash there leaves the explorer working.
    Explainer,
}

impl PanicScope {
    fn class(self) -> &'static str {
        match self {
            PanicScope::Page => ROOT_CLASS,
            PanicScope::FitTool => TOOL_ROOT_CLASS,
            PanicScope::Explainer => EXPLAINER_ROOT_CLASS,
        }
    }

    fn message(self) -> &'static str {
        match self {
            PanicScope::Page => {
                "Sorry: the explorer hit a bug and stopped. Reloading the page usually fixes it."
            }
            PanicScope::FitTool => {
                "Sorry: the fitting tool hit a bug and stopped. The explorer still works; reload the page to try the tool again."
            }
            PanicScope::Explainer => {
                "Sorry: the explainer hit a bug and stopped. The explorer above still works; reloading the page usually fixes it."
            }
        }
    }
}

/// Mount the explorer into `element` (which is marked as a root for the panic hook), configured
/// by a query string such as `?brand=0.6&embed=1`. Tests mount several, so they pass
/// `sync_url = false` to keep the address bar alone.
pub fn mount_with(element: web_sys::Element, query: &str, sync_url: bool) -> yew::AppHandle<App> {
    let _ = element.class_list().add_1(ROOT_CLASS);
    yew::Renderer::<App>::with_root_and_props(
        element,
        AppProps {
            initial: url::decode(query),
            sync_url,
        },
    )
    .render()
}

/// Mount the opening scene into `element` (no address-bar syncing).
pub fn mount(element: web_sys::Element) -> yew::AppHandle<App> {
    mount_with(element, "", false)
}

/// Mount the fitting tool into `element`: what the separately loaded `fit-tool` module exports
/// (see `crate::browser::lazy`). A carried fit calls `on_carry(query)` with the fitted settings
/// written by the link codec (`app::url::encode`), which the page reads back with
/// `app::url::decode`: one typed codec on both sides of the boundary, not positional numbers.
pub fn mount_fit_tool(element: web_sys::Element, on_carry: js_sys::Function) {
    let _ = element.class_list().add_1(TOOL_ROOT_CLASS);
    use crate::components::fit_tool::{FitTool, FitToolProps};
    let oncarry = yew::Callback::from(move |params: crate::model::Params| {
        let query = url::encode_params(params);
        let _ = on_carry.call1(&wasm_bindgen::JsValue::NULL, &query.into());
    });
    // The tool lives as long as the page, so its handle is never needed.
    std::mem::forget(
        yew::Renderer::<FitTool>::with_root_and_props(element, FitToolProps { oncarry }).render(),
    );
}

thread_local! {
    /// The embed dialog, once opened (in the on-demand module; see `open_embed_dialog`).
    static EMBED_DIALOG: std::cell::RefCell<Option<yew::AppHandle<crate::components::embed_dialog::EmbedDialog>>> =
        const { std::cell::RefCell::new(None) };
}

/// Open the embed dialog in `element` for the state the link `query` describes (the state
/// crosses the module boundary through the link codec). Reopening reuses the mounted dialog.
pub fn open_embed_dialog(element: web_sys::Element, query: &str) {
    use crate::components::embed_dialog::{EmbedDialog, EmbedDialogProps};
    let _ = element.class_list().add_1(TOOL_ROOT_CLASS);
    let props = |open: bool, state: crate::app::state::AppState| EmbedDialogProps {
        state,
        open,
        onclose: yew::Callback::from(|_| close_embed_dialog()),
        id_prefix: "embed".into(),
    };
    let state = url::decode(query);
    EMBED_DIALOG.with(|slot| {
        let mut slot = slot.borrow_mut();
        match slot.as_mut() {
            Some(handle) => handle.update(props(true, state)),
            None => {
                *slot = Some(
                    yew::Renderer::<EmbedDialog>::with_root_and_props(element, props(true, state))
                        .render(),
                )
            }
        }
    });
}

fn close_embed_dialog() {
    use crate::components::embed_dialog::EmbedDialogProps;
    // Deferred: the close event is being handled inside the dialog's own render tree.
    gloo::timers::callback::Timeout::new(0, || {
        EMBED_DIALOG.with(|slot| {
            if let Some(handle) = slot.borrow_mut().as_mut() {
                handle.update(EmbedDialogProps {
                    state: Default::default(),
                    open: false,
                    onclose: yew::Callback::noop(),
                    id_prefix: "embed".into(),
                });
            }
        })
    })
    .forget();
}

thread_local! {
    /// The prediction exercise, once shown (in the extras module).
    static PREDICTION: std::cell::RefCell<Option<yew::AppHandle<crate::components::prediction::PredictionRoot>>> =
        const { std::cell::RefCell::new(None) };
}

/// Show the prediction exercise in `element` for the settings the link `query` describes; a
/// second call updates the settings it follows.
pub fn show_prediction(element: web_sys::Element, query: &str) {
    use crate::components::prediction::{PredictionRoot, PredictionRootProps};
    let props = PredictionRootProps {
        params: url::decode(query).params,
    };
    PREDICTION.with(|slot| {
        let mut slot = slot.borrow_mut();
        match slot.as_mut() {
            Some(handle) => handle.update(props),
            None => {
                let _ = element.class_list().add_1(TOOL_ROOT_CLASS);
                *slot = Some(
                    yew::Renderer::<PredictionRoot>::with_root_and_props(element, props).render(),
                )
            }
        }
    });
}

thread_local! {
    /// The live explainer, once mounted (in its own module), with where its choices go.
    static EXPLAINER: std::cell::RefCell<Option<(yew::AppHandle<crate::components::explainer_root::ExplainerRoot>, yew::Callback<crate::model::Params>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Mount the live explainer into `element` (the page's explainer slot) for the settings the
/// link `query` describes; `on_apply(query)` receives the settings its sections choose, written
/// by the same link codec.
pub fn mount_explainer(element: web_sys::Element, query: &str, on_apply: js_sys::Function) {
    use crate::components::explainer_root::{ExplainerRoot, ExplainerRootProps};
    install_panic_hook(PanicScope::Explainer);
    let _ = element.class_list().add_1(EXPLAINER_ROOT_CLASS);
    // This module counts its id prefixes from zero too; the page's already hold the first.
    crate::components::hooks::ID_MOUNTS.store(1000, std::sync::atomic::Ordering::Relaxed);
    let onapply = yew::Callback::from(move |params: crate::model::Params| {
        let query = url::encode_params(params);
        let _ = on_apply.call1(&wasm_bindgen::JsValue::NULL, &query.into());
    });
    let props = ExplainerRootProps {
        params: url::decode(query).params,
        onapply: onapply.clone(),
    };
    let handle = yew::Renderer::<ExplainerRoot>::with_root_and_props(element, props).render();
    EXPLAINER.with(|slot| *slot.borrow_mut() = Some((handle, onapply)));
}

/// Give the live explainer the page's new settled settings.
pub fn update_explainer(query: &str) {
    use crate::components::explainer_root::ExplainerRootProps;
    EXPLAINER.with(|slot| {
        if let Some((handle, onapply)) = slot.borrow_mut().as_mut() {
            handle.update(ExplainerRootProps {
                params: url::decode(query).params,
                onapply: onapply.clone(),
            });
        }
    });
}

/// Mount "How the model works" (its body) into `element`, in the on-demand module.
pub fn mount_how_it_works(element: web_sys::Element) {
    use crate::components::explainer::how_it_works::HowItWorks;
    let _ = element.class_list().add_1(TOOL_ROOT_CLASS);
    // It stays as long as the page.
    std::mem::forget(yew::Renderer::<HowItWorks>::with_root(element).render());
}

/// Replace this module's widgets with a short message and a reload button when Rust panics, so
/// the reader sees what happened instead of a frozen widget. Text is set with `text_content`,
/// never as markup, so a panic message cannot inject anything.
pub fn install_panic_hook(scope: PanicScope) {
    std::panic::set_hook(Box::new(move |info| report_panic(scope, &info.to_string())));
}

/// What the panic hook does: log the message and replace the scope's widgets with the crash
/// notice. Public so it can be tested without crashing the test runner.
pub fn report_panic(scope: PanicScope, message: &str) {
    web_sys::console::error_1(&message.into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(roots) = document.query_selector_all(&format!(".{}", scope.class())) else {
        return;
    };
    for i in 0..roots.length() {
        if let Some(root) = roots
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            show_crash(&document, &root, scope.message(), message);
        }
    }
}

fn show_crash(document: &web_sys::Document, root: &web_sys::Element, sorry: &str, message: &str) {
    root.set_inner_html("");
    let make = |tag: &str, text: &str| {
        document
            .create_element(tag)
            .ok()
            .inspect(|el| el.set_text_content(Some(text)))
    };
    let Some(box_) = make("div", "") else { return };
    box_.set_class_name("crash");
    let _ = box_.set_attribute("role", "alert");
    let _ = box_.set_attribute("data-testid", "crash");
    for el in [make("p", sorry), make("pre", message)]
        .into_iter()
        .flatten()
    {
        let _ = box_.append_child(&el);
    }
    if let Some(button) = make("button", "Reload") {
        let _ = button.set_attribute("type", "button");
        // A Rust closure, not an onclick attribute: inline handlers are blocked by our CSP.
        let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget(); // lives as long as the button; a crash happens at most once
        let _ = box_.append_child(&button);
    }
    let _ = root.append_child(&box_);
}

/// Where the page's module mounts: `#app`, or `<body>`.
fn app_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let root = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))?;
    let _ = root.class_list().add_1(ROOT_CLASS);
    Some(root)
}

/// Entry point for the page's module: install the hook and mount the page into `#app`. Only
/// the page: the widget is its own module (`src/bin/widget.rs`, chosen by assets/boot.js), so
/// neither carries the other's code.
pub fn start() {
    use crate::components::page::{Page, PageProps};
    install_panic_hook(PanicScope::Page);
    if let Some(root) = app_root() {
        // A scenario's own page (s/<id>/) says so on its root (app::share_page::with_scenario)
        // and opens in it, unless its address has settings of its own.
        let scenario = root
            .get_attribute("data-scenario")
            .map(|id| "preset=".to_owned() + &id)
            .unwrap_or_default();
        let mut query = crate::browser::api::current_query();
        if query.len() < 2 {
            query = scenario.clone();
        }
        let initial = url::decode(&query);
        // The built page arrives rendered (src/bin/prerender.rs). Its explainer stays on screen
        // until the live one, loaded on demand, takes its place (components::explainer_slot);
        // it is set aside first, as the page's own components draw an empty slot.
        let built = url::decode(&scenario);
        let prerendered = match root.query_selector(".explainer-slot > .explainer") {
            Ok(Some(copy)) => {
                // Hydration yields to the browser between the page's parts, and the copy comes
                // back only once the slot has hydrated: meanwhile the slot keeps the copy's
                // height, so nothing below it moves (prerendered::adopt_explainer lets go).
                if let Some(slot) = copy.parent_element() {
                    let height = copy.get_bounding_client_rect().height();
                    let _ = slot.set_attribute(
                        "style",
                        &format!("min-height:{}px", crate::io::number::fixed(height, 1)),
                    );
                }
                copy.remove();
                crate::browser::prerendered::keep_explainer(copy, built.params);
                true
            }
            _ => false,
        };
        // The explorer lives on; the handle would only be needed to unmount it.
        let renderer = yew::Renderer::<Page>::with_root_and_props(
            root.clone(),
            PageProps {
                initial: initial.clone(),
                sync_url: true,
                explainer: None,
            },
        );
        // In the state it was built in, the page hydrates what is there (yew's hydration: the
        // same nodes, their listeners attached); a link with other settings draws anew.
        #[cfg(feature = "hydrate")]
        if prerendered && initial == built {
            // Hydration reads the root's children as the renderer wrote them: the <noscript>
            // and the build step's marks around them go first.
            let children = root.child_nodes();
            for i in (0..children.length()).rev() {
                if let Some(node) = children.item(i) {
                    let mark = node.node_type() == web_sys::Node::COMMENT_NODE
                        && node
                            .node_value()
                            .is_some_and(|v| v.ends_with("prerendered"));
                    if mark || node.node_name().eq_ignore_ascii_case("noscript") {
                        let _ = root.remove_child(&node);
                    }
                }
            }
            crate::browser::prerendered::set_hydrated(true);
            // In a task of its own: the one that called this (boot.js, start_page) is then short,
            // and hydration itself yields between its parts (components::hydration_part).
            gloo::timers::callback::Timeout::new(0, move || {
                std::mem::forget(renderer.hydrate());
            })
            .forget();
            return;
        }
        // Without the feature (a module built without hydration) every page is drawn anew.
        let _ = (prerendered, built);
        std::mem::forget(renderer.render());
    }
}

/// Entry point for the widget's module (`?embed=1`): the same, with the widget.
pub fn start_widget() {
    use crate::components::embed::{Embed, EmbedProps};
    install_panic_hook(PanicScope::Page);
    if let Some(root) = app_root() {
        let initial = url::decode(&crate::browser::api::current_query());
        std::mem::forget(
            yew::Renderer::<Embed>::with_root_and_props(root, EmbedProps { initial }).render(),
        );
    }
}

thread_local! {
    /// Each figure's data panel, once opened (in the extras module), by its slot's id.
    static FIGURE_PANELS: std::cell::RefCell<std::collections::HashMap<String, yew::AppHandle<crate::components::figure_panel::FigurePanel>>> =
        std::cell::RefCell::new(Default::default());
}

/// Show a figure's data panel in `element` (which has an id) for the figure's `csv`; a second
/// call with the same element updates it.
pub fn show_figure_panel(element: web_sys::Element, csv: &str, stem: &str, sound: bool) {
    use crate::components::figure_panel::{FigurePanel, FigurePanelProps};
    let props = FigurePanelProps {
        csv: csv.to_string().into(),
        stem: stem.to_string().into(),
        sound,
    };
    FIGURE_PANELS.with(|panels| {
        let mut panels = panels.borrow_mut();
        match panels.get_mut(&element.id()) {
            Some(handle) => handle.update(props),
            None => {
                let key = element.id();
                let _ = element.class_list().add_1(TOOL_ROOT_CLASS);
                panels.insert(
                    key,
                    yew::Renderer::<FigurePanel>::with_root_and_props(element, props).render(),
                );
            }
        }
    });
}
