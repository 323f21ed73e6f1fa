//! One button per scenario from the essays; the matching one is pressed and its reason shown,
//! so the reader sees why those numbers.

use crate::app::presets::{matching, PRESETS};
use crate::model::Params;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct ScenarioPickerProps {
    pub params: Params,
    pub onpick: Callback<&'static str>,
    /// Shown on the same row as the scenario's reason (the pin controls).
    pub children: Html,
}

/// A plain function, not a component: it holds no state (a component costs lifecycle code in
/// the bundle, and the page is on a byte budget).
pub fn scenario_picker(props: &ScenarioPickerProps) -> Html {
    let current = matching(&props.params);
    html! {
        <div class="scenarios" role="group" aria-label="Scenarios from the essays">
            <span class="scenarios-label">{ "Scenarios:" }</span>
            { for PRESETS.iter().map(|p| {
                let onpick = props.onpick.clone();
                let id = p.id;
                let pressed = current.is_some_and(|c| c.id == id);
                html! {
                    <button type="button" class="chip" aria-pressed={pressed.to_string()}
                            data-testid={format!("preset-{id}")} onclick={move |_| onpick.emit(id)}>{ p.name }</button>
                }
            }) }
            <div class="toolbar-row">
            <p class="scenario-reason" data-testid="scenario-reason">{
                match current {
                    Some(p) => html! { <>{ p.reason }<span class="muted">{ format!(" (from “{}”)", p.source) }</span></> },
                    None => html! { <span class="muted">{ "Your own settings. Pick a scenario to see the essays' cases." }</span> },
                }
            }</p>
            { props.children.clone() }
            </div>
        </div>
    }
}
