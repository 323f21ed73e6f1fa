//! A compact, sticky line at the top of the explainer: the settings the sections follow and
//! their key numbers, so a "try this" button shows its effect where the reader is, instead of
//! scrolling them back up to the explorer. It links back to the explorer for the full figures.

use super::context::use_explorer;
use crate::model::Field;
use crate::view::controls::value_text;
use crate::view::format::{adoption_horizon, duration, percent, year};
use crate::view::labels;
use yew::prelude::*;

#[function_component(ExplorerStrip)]
pub fn explorer_strip() -> Html {
    let explorer = use_explorer();
    let scene = &explorer.scene;
    let p = &scene.params;
    let settings = Field::ALL
        .iter()
        .map(|&f| format!("{} {}", labels::field(f), value_text(p, f)))
        .collect::<Vec<_>>()
        .join(" · ");
    let chasm = scene.chasm.map_or("no chasm".to_string(), |c| {
        format!("chasm {}", percent(c.depth))
    });
    let half = scene
        .half_adoption_time
        .map_or(format!("50 % not within {}", adoption_horizon()), |t| {
            format!("50 % adopted by {}", year(t))
        });
    let lead = scene
        .half_life
        .map_or("lead never halves".to_string(), |h| {
            format!("lead half-life {}", duration(h))
        });
    html! {
        <aside class="explorer-strip" aria-label="Current settings and results" data-testid="explorer-strip">
            <p class="strip-numbers">
                <strong data-testid="strip-chasm">{ chasm }</strong>{ " · " }
                <span data-testid="strip-half">{ half }</span>{ " · " }
                <span data-testid="strip-lead">{ lead }</span>
                <a class="strip-back" href={super::page::EXPLORER_LINK}>{ "↑ Explorer" }</a>
            </p>
            <p class="strip-settings muted">{ settings }</p>
        </aside>
    }
}
