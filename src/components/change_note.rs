//! "What changed": one polite announcement per settled change (never per input event, so they
//! never pile up while a slider is dragged), in the words of `view::change`. The page and the
//! widget each hold one; the summaries under the figures are not live regions.

use crate::model::{Params, Scene};
use std::rc::Rc;
use yew::prelude::*;

/// The announcement for the settings `settled` (those of `scene`, once a drag has stopped),
/// compared with the settled state before and with the pinned run, if any.
#[hook]
pub fn use_change_note(settled: Params, scene: Rc<Scene>, pinned: Option<Rc<Scene>>) -> String {
    let said = use_state(String::new);
    let before = use_mut_ref(|| scene.clone());
    {
        let said = said.clone();
        use_effect_with(settled, move |_| {
            let was = std::mem::replace(&mut *before.borrow_mut(), scene.clone());
            if let Some(text) = crate::view::change::describe(&was, &scene, pinned.as_deref()) {
                said.set(text);
            }
        });
    }
    (*said).clone()
}

/// The live region itself; `hidden` keeps it for screen readers only (the compact widget).
pub fn change_note(text: String, hidden: bool) -> Html {
    html! {
        <p class={classes!("change-note", "muted", hidden.then_some("visually-hidden"))} role="status" data-testid="change-announcement">{ text }</p>
    }
}
