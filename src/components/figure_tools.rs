//! A figure's "Table and downloads" button. Opening it loads the extras module, which shows
//! the figure's description, table, downloads (and, for adoption, "Listen") beneath it
//! (`figure_panel`); while open, the panel follows the live numbers. The figure's data is made
//! here, where the figure's numbers are, and crosses as the CSV a download saves; nothing of it
//! is computed while the panel is closed.
//!
//! A hook and a plain function, not a component: the figure's own component holds the state,
//! because each component type costs the page's bundle its own lifecycle code (BENCHMARKS.md).

use super::hooks::use_id_prefix;
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
    /// Keeps ids unique when several pages are mounted.
    id_prefix: AttrValue,
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
        id_prefix: use_id_prefix(),
    }
}

/// The address that reproduces `params` (nothing pinned): a section figure's link.
pub fn link_for(params: &Params) -> String {
    crate::app::snippet::page_url_for(
        &crate::browser::api::page_base_url(),
        &AppState {
            params: *params,
            ..Default::default()
        },
    )
}

/// The button and the panel's slot for the figure `name` (unique on the page; its files are
/// named after it) titled `title` (the button's accessible name adds it, so that the many
/// buttons of one section differ), whose `link` reproduces it, with its `data` while the panel is
/// open (the caller makes it only when [`FigureTools::open`]). Not inlined: one copy serves
/// every figure.
#[inline(never)]
pub fn figure_tools(
    tools: &FigureTools,
    name: &str,
    title: &str,
    params: &Params,
    link: &str,
    sound: bool,
    data: Option<FigureData>,
) -> Html {
    let FigureTools {
        open,
        slot,
        sent,
        problem,
        id_prefix,
    } = tools;
    if let Some(data) = data {
        let csv = data.to_csv(params, link);
        // Hand the panel the new numbers (once per change, not per render).
        if *sent.borrow() != csv {
            if let Some(el) = slot.cast::<web_sys::Element>() {
                let (stem, problem) = (file_stem(name, params), problem.clone());
                *sent.borrow_mut() = csv.clone();
                // A failure is said once; closing and opening again tries again (see below).
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::browser::lazy::show_figure_panel(&el, &csv, &stem, sound);
                    problem.set(loaded.await.err().map(|e| {
                        format!(
                            "The table and downloads could not be loaded ({e}). Are you offline?"
                        )
                    }));
                });
            }
        }
    }
    let ontoggle = {
        let (open, sent) = (open.clone(), sent.clone());
        Callback::from(move |_: MouseEvent| {
            // Opening sends the numbers afresh, so a panel that failed to load is tried again.
            sent.borrow_mut().clear();
            open.set(!*open)
        })
    };
    // One label; aria-expanded says whether it is open.
    let label = if sound {
        "Table, downloads and sound"
    } else {
        "Table and downloads"
    };
    let id = format!("{id_prefix}-{name}-data");
    html! {
        <div class="figure-tools">
            <button type="button" aria-expanded={open.to_string()} aria-controls={id.clone()} onclick={ontoggle}
                    aria-label={format!("{label}: {title}")}
                    data-testid={format!("{name}-data-toggle")}>{ label }</button>
            <div id={id} ref={slot.clone()} hidden={!**open} data-testid={format!("{name}-data")}></div>
            if let Some(p) = &**problem { <p class="notice" role="alert">{ p.clone() }</p> }
        </div>
    }
}
