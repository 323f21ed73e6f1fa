//! "Pin this run": keep the current curves as a ghost and show what changed since.

use crate::model::Scene;
use crate::view::format::{duration, percent, year};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct PinCompareProps {
    pub scene: Rc<Scene>,
    pub ghost: Option<Rc<Scene>>,
    pub onpin: Callback<()>,
    pub onclear: Callback<()>,
}

fn depth(s: &Scene) -> String {
    s.chasm.map_or("no chasm".into(), |c| percent(c.depth))
}
fn half(s: &Scene) -> String {
    s.half_adoption_time.map_or("never".into(), year)
}
fn half_life(s: &Scene) -> String {
    s.half_life.map_or("none".into(), duration)
}

/// A plain function, not a component: it holds no state (a component costs lifecycle code in
/// the bundle, and the page is on a byte budget).
pub fn pin_compare(props: &PinCompareProps) -> Html {
    let onpin = props.onpin.reform(|_: MouseEvent| ());
    let onclear = props.onclear.reform(|_: MouseEvent| ());
    let Some(ghost) = &props.ghost else {
        return html! {
            <div class="compare">
                <button type="button" data-testid="pin" onclick={onpin}>{ "Pin this run" }</button>
                <span class="muted">{ "keeps these curves as a dotted ghost to compare against" }</span>
            </div>
        };
    };
    let s = &props.scene;
    let rows = [
        ("Chasm depth", depth(ghost), depth(s), "cmp-depth"),
        ("50 % adopted", half(ghost), half(s), "cmp-half"),
        (
            "Half-life of the lead",
            half_life(ghost),
            half_life(s),
            "cmp-half-life",
        ),
    ];
    html! {
        <div class="compare" data-testid="compare">
            <span class="compare-label">{ "Pinned → now:" }</span>
            <ul class="compare-list">
                { for rows.into_iter().map(|(label, then, now, id)| {
                    let changed = then != now;
                    html! {
                        <li data-testid={id} class={classes!(changed.then_some("changed"))}>
                            { label }{ ": " }<span class="then">{ then }</span>{ " → " }<strong class="now">{ now }</strong>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" data-testid="pin" onclick={onpin}>{ "Pin current" }</button>
            <button type="button" data-testid="clear-pin" onclick={onclear}>{ "Clear ghost" }</button>
        </div>
    }
}
