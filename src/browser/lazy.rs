//! Loading the on-demand modules on first use: the fitting tool (`src/bin/fit_tool.rs`, built by
//! trunk next to the page as `fit-tool.js` + `fit-tool_bg.wasm`) and the extras
//! (`src/bin/extras.rs`: the embed dialog, how the model works, the prediction exercise), and
//! the live explainer (`src/bin/explainer.rs`). Keeping them out of the page's own module is
//! what keeps the page under its byte budget (BENCHMARKS.md).

use crate::model::Params;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// The fitting tool's module, next to the page.
pub const FIT_TOOL_MODULE: &str = "fit-tool.js";
/// The second on-demand module: the embed dialog, how the model works, the prediction.
pub const EXTRAS_MODULE: &str = "extras.js";
/// The live explainer's module (`src/bin/explainer.rs`), loaded as the reader nears it.
pub const EXPLAINER_MODULE: &str = "explainer.js";

// `import()` must be written in JavaScript; a module file (not eval) keeps our CSP intact.
#[wasm_bindgen(module = "/src/browser/js/page.js")]
extern "C" {
    fn import_module(url: &str) -> Promise;
}

/// What a failure says: the browser's own message where there is one.
fn describe(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

fn function(module: &JsValue, name: &str) -> Result<Function, String> {
    Reflect::get(module, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| format!("the module has no {name}"))
}

/// Import the module and start it (once: a second import returns the same, started module).
async fn started_module(file: &str) -> Result<JsValue, String> {
    let url = crate::browser::api::site_file(file);
    let module = JsFuture::from(import_module(&url))
        .await
        .map_err(describe)?;
    let init = function(&module, "default")?
        .call0(&JsValue::NULL)
        .map_err(describe)?;
    JsFuture::from(Promise::resolve(&init))
        .await
        .map_err(describe)?;
    Ok(module)
}

/// Import the module, start it and mount the tool into `el`; `oncarry` receives the settings
/// of a fit the reader carries into the explorer.
pub async fn load_fit_tool(el: &web_sys::Element, oncarry: Callback<Params>) -> Result<(), String> {
    let module = started_module(FIT_TOOL_MODULE).await?;
    // The fit crosses as a link query (see `mount::mount_fit_tool`), read by the same codec.
    let carry = Closure::<dyn Fn(String)>::new(move |query: String| {
        oncarry.emit(crate::app::url::decode(&query).params)
    });
    function(&module, "mount_fit_tool")?
        .call2(&JsValue::NULL, el, carry.as_ref())
        .map_err(describe)?;
    carry.forget(); // lives as long as the tool, which lives as long as the page
    Ok(())
}

/// Open the embed dialog (also in the on-demand module: few readers open it) in `el`, for the
/// state a link query describes.
pub async fn open_embed_dialog(el: &web_sys::Element, query: &str) -> Result<(), String> {
    let module = started_module(EXTRAS_MODULE).await?;
    function(&module, "open_embed_dialog")?
        .call2(&JsValue::NULL, el, &query.into())
        .map_err(describe)?;
    Ok(())
}

/// Show "How the model works" (in the on-demand module too) in `el`.
pub async fn open_how_it_works(el: &web_sys::Element) -> Result<(), String> {
    let module = started_module(EXTRAS_MODULE).await?;
    function(&module, "mount_how_it_works")?
        .call1(&JsValue::NULL, el)
        .map_err(describe)?;
    Ok(())
}

/// Show the prediction exercise in `el` for the settings `query` describes (again with new
/// settings: it follows them).
pub async fn show_prediction(el: &web_sys::Element, query: &str) -> Result<(), String> {
    let module = started_module(EXTRAS_MODULE).await?;
    function(&module, "show_prediction")?
        .call2(&JsValue::NULL, el, &query.into())
        .map_err(describe)?;
    Ok(())
}

/// Show a figure's data panel (the extras module) in `el` for the figure's `csv`; again with
/// new numbers, it follows them.
pub async fn show_figure_panel(
    el: &web_sys::Element,
    csv: &str,
    stem: &str,
    sound: bool,
) -> Result<(), String> {
    let module = started_module(EXTRAS_MODULE).await?;
    function(&module, "show_figure_panel")?
        .apply(
            &JsValue::NULL,
            &js_sys::Array::of4(el, &csv.into(), &stem.into(), &sound.into()),
        )
        .map_err(describe)?;
    Ok(())
}

/// Import the explainer's module and mount the live explainer into `el` (the page's slot) for
/// the settings `query` describes; `onapply` receives the settings its sections choose.
pub async fn mount_explainer(
    el: &web_sys::Element,
    query: &str,
    onapply: Callback<Params>,
) -> Result<(), String> {
    let module = started_module(EXPLAINER_MODULE).await?;
    let apply = Closure::<dyn Fn(String)>::new(move |query: String| {
        onapply.emit(crate::app::url::decode(&query).params)
    });
    function(&module, "mount_explainer")?
        .call3(&JsValue::NULL, el, &query.into(), apply.as_ref())
        .map_err(describe)?;
    apply.forget(); // lives as long as the explainer, which lives as long as the page
    Ok(())
}

/// Hand the mounted live explainer the page's new settled settings.
pub async fn update_explainer(query: &str) -> Result<(), String> {
    let module = started_module(EXPLAINER_MODULE).await?;
    function(&module, "update_explainer")?
        .call1(&JsValue::NULL, &query.into())
        .map_err(describe)?;
    Ok(())
}
