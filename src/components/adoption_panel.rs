//! The adoption figure with the sliders that drive it directly beneath, and its readout.

use super::adoption_chart::AdoptionChart;
use super::adoption_legend::{adoption_legend, AdoptionLegendProps};
use super::adoption_readout::{adoption_readout, AdoptionReadoutProps};
use super::control_group::{control_group, ControlGroupProps};
use crate::model::{Field, Scene};
use crate::view::controls::Figure;
use crate::view::summary;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct PanelProps {
    pub scene: Rc<Scene>,
    pub ghost: Option<Rc<Scene>>,
    pub id_prefix: AttrValue,
    /// Show the sliders (an embed may hide them).
    pub controls: bool,
    /// Each figure's "Table and downloads" (`figure_tools`), made by the page; the widget has
    /// none (it links to the page), so it does not carry their code.
    pub tools: [Html; 2],
    pub onchange: Callback<(Field, f64)>,
}

/// A plain function, not a component: it holds no state (a component costs lifecycle code in
/// the bundle, and the page is on a byte budget).
pub fn adoption_panel(props: &PanelProps) -> Html {
    let heading = format!("{}-adoption-h", props.id_prefix);
    html! {
        <section class="panel" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ "Who adopts, and when" }</h2>
            { adoption_readout(&AdoptionReadoutProps { scene: props.scene.clone() }) }
            <AdoptionChart scene={props.scene.clone()} ghost={props.ghost.clone()} id_prefix={props.id_prefix.clone()} />
            { adoption_legend(&AdoptionLegendProps { scene: props.scene.clone() }) }
            if props.controls {
                { control_group(&ControlGroupProps { figure: Figure::Adoption, params: props.scene.params, id_prefix: props.id_prefix.clone(), onchange: props.onchange.clone() }) }
            }
            <p class="summary" data-testid="adoption-summary">{ summary::adoption(&props.scene) }</p>
            { props.tools[0].clone() }
        </section>
    }
}
