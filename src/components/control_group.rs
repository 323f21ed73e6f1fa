//! The sliders that drive one figure, placed directly under it.

use super::slider::Slider;
use crate::model::{Field, Params};
use crate::view::controls::{fields_of, Figure};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlGroupProps {
    pub figure: Figure,
    pub params: Params,
    pub id_prefix: AttrValue,
    pub onchange: Callback<(Field, f64)>,
}

#[function_component(ControlGroup)]
pub fn control_group(props: &ControlGroupProps) -> Html {
    html! {
        <div class="controls">
            { for fields_of(props.figure).into_iter().map(|field| html! {
                <Slider
                    key={field.spec().key}
                    {field}
                    params={props.params}
                    id_prefix={props.id_prefix.clone()}
                    onchange={props.onchange.clone()}
                />
            }) }
        </div>
    }
}
