//! One labelled range input for one model field: a real `<label for>`, the value beside it,
//! `aria-valuetext` in words, and a hint. Keyboard steps come from the native range input
//! (arrows, PageUp/PageDown, Home/End); it updates on `input`, so dragging is live.

use crate::model::{Field, Params};
use crate::view::controls;
use crate::view::labels::{self, RUNGS};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct SliderProps {
    pub field: Field,
    /// The current settings (the slider shows `field` of them).
    pub params: Params,
    /// Prefix that makes element ids unique when several widgets share a page.
    pub id_prefix: AttrValue,
    pub onchange: Callback<(Field, f64)>,
}

/// A plain function, not a component: it holds no state (a component costs lifecycle code in
/// the bundle, and the page is on a byte budget).
pub fn slider(props: &SliderProps) -> Html {
    let spec = props.field.spec();
    let id = format!("{}-{}", props.id_prefix, spec.key);
    let hint_id = format!("{id}-hint");
    let value = props.params.get(props.field);
    let text = controls::value_text(&props.params, props.field);
    let oninput = {
        let onchange = props.onchange.clone();
        let field = props.field;
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            // value_as_number is NaN for an empty value; `Params::set` turns that into the
            // default, with a notice, instead of a panic.
            onchange.emit((field, input.value_as_number()));
        })
    };
    let ladder = (props.field == Field::Abstraction).then(|| {
        let current = props.params.rung();
        html! {
            <ol class="ladder" aria-hidden="true">
                { for RUNGS.iter().enumerate().map(|(i, rung)| html! {
                    <li class={classes!((i == current).then_some("current"))}>{ rung.interface }</li>
                }) }
            </ol>
        }
    });
    html! {
        <div class="slider" key={spec.key} data-field={spec.key}>
            <div class="slider-head">
                <label for={id.clone()}>{ labels::field(props.field) }</label>
                <output for={id.clone()} data-testid={format!("value-{}", spec.key)}>{ text.clone() }</output>
            </div>
            <input
                type="range"
                id={id}
                data-testid={format!("slider-{}", spec.key)}
                min={crate::io::number::plain(spec.min)}
                max={crate::io::number::plain(spec.max)}
                step={crate::io::number::plain(spec.step)}
                value={crate::io::number::plain(value)}
                aria-valuetext={text}
                aria-describedby={hint_id.clone()}
                {oninput}
            />
            { for ladder }
            <p class="hint" id={hint_id}>{ controls::hint(&props.params, props.field) }</p>
        </div>
    }
}
