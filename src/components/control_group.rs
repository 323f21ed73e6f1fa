//! The sliders that drive one figure, placed directly under it.

use super::slider::{slider, SliderProps};
use crate::model::{Field, Params};
use crate::view::controls::{fields_of, Figure};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct ControlGroupProps {
    pub figure: Figure,
    pub params: Params,
    pub id_prefix: AttrValue,
    pub onchange: Callback<(Field, f64)>,
}

/// A plain function, not a component: it holds no state (a component costs lifecycle code in
/// the bundle, and the page is on a byte budget).
pub fn control_group(props: &ControlGroupProps) -> Html {
    html! {
        <div class="controls">
            { for fields_of(props.figure).into_iter().map(|field| html! {
                { slider(&SliderProps { field, params: props.params, id_prefix: props.id_prefix.clone(), onchange: props.onchange.clone() }) }
            }) }
        </div>
    }
}
