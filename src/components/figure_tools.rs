//! A figure's "Table and downloads" button. Opening it loads the extras module, which shows
//! the figure's description, table, downloads (and, for adoption, "Listen") beneath it
//! (`figure_panel`); while open, the panel follows the live numbers. The figure's data is made
//! here, where the figure's numbers are, and crosses as the CSV a download saves; nothing of it
//! is computed while the panel is closed.
//!
//! A hook and a plain function, not a component: the figure's own component holds the state,
//! because each component type costs the page's bundle its own lifecycle code (BENCHMARKS.md).

use crate::app::state::AppState;
use crate::model::Params;
use crate::view::figure_data::{file_stem, FigureData};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// One figure's tools: open or not, where the panel goes, what it was last sent.
#[derive(Clone)]
pub struct FigureTools {
    open: UseStateHandle<bool>,
    slot: NodeRef,
    sent: Rc<RefCell<String>>,
    problem: UseStateHandle<Option<String>>,
}

impl FigureTools {
    /// The panel is open: the figure should make its data.
    pub fn open(&self) -> bool {
        *self.open
    }
}

#[hook]
pub fn use_figure_tools() -> FigureTools {
    FigureTools {
        open: use_state(|| false),
        slot: use_node_ref(),
        sent: use_mut_ref(String::new),
        problem: use_state(|| None),
    }
}

/// The button and the panel's slot for the figure `name` (unique on the page; its files are
/// named after it) at `params`, with its `data` while the panel is open (the caller makes it
/// only when [`FigureTools::open`]). `id_prefix` keeps ids unique when several pages are
/// mounted. Not inlined: one copy serves every figure.
#[inline(never)]
pub fn figure_tools(
    tools: &FigureTools,
    id_prefix: &str,
    name: &str,
    params: &Params,
    sound: bool,
    data: Option<FigureData>,
) -> Html {
    let FigureTools {
        open,
        slot,
        sent,
        problem,
    } = tools;
    if let Some(data) = data {
        let link = format!(
            "{}?{}",
            crate::browser::api::page_base_url(),
            crate::app::url::encode(&AppState {
                params: *params,
                ..Default::default()
            })
        );
        let csv = data.to_csv(params, &link);
        // Hand the panel the new numbers (once per change, not per render).
        if *sent.borrow() != csv {
            if let Some(el) = slot.cast::<web_sys::Element>() {
                let (stem, problem, was) = (file_stem(name, params), problem.clone(), sent.clone());
                *sent.borrow_mut() = csv.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::browser::lazy::show_figure_panel(&el, &csv, &stem, sound);
                    if let Err(e) = loaded.await {
                        // Try again on the next render.
                        was.borrow_mut().clear();
                        problem.set(Some(format!(
                            "The table and downloads could not be loaded ({e}). Are you offline?"
                        )));
                    } else if problem.is_some() {
                        problem.set(None);
                    }
                });
            }
        }
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let label = match (**open, sound) {
        (true, _) => "Hide table and downloads",
        (false, true) => "Table, downloads and sound",
        (false, false) => "Table and downloads",
    };
    let id = format!("{id_prefix}-{name}-data");
    html! {
        <div class="figure-tools">
            <button type="button" aria-expanded={open.to_string()} aria-controls={id.clone()} onclick={ontoggle}
                    data-testid={format!("{name}-data-toggle")}>{ label }</button>
            <div id={id} ref={slot.clone()} hidden={!**open} data-testid={format!("{name}-data")}></div>
            if let Some(p) = &**problem { <p class="notice" role="alert">{ p.clone() }</p> }
        </div>
    }
}
