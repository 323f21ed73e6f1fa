//! The moat figure with the sliders that drive it directly beneath, and its readout.

use super::adoption_panel::PanelProps;
use super::control_group::{control_group, ControlGroupProps};
use super::moat_chart::MoatChart;
use super::moat_legend::moat_legend;
use super::moat_readout::{moat_readout, MoatReadoutProps};
use crate::view::controls::Figure;
use crate::view::summary;
use yew::prelude::*;

/// A plain function, not a component: it holds no state (a component costs lifecycle code in
/// the bundle, and the page is on a byte budget).
pub fn moat_panel(props: &PanelProps) -> Html {
    let heading = format!("{}-moat-h", props.id_prefix);
    html! {
        <section class="panel" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ "How long your lead lasts" }</h2>
            { moat_readout(&MoatReadoutProps { scene: props.scene.clone() }) }
            <MoatChart scene={props.scene.clone()} ghost={props.ghost.clone()} id_prefix={props.id_prefix.clone()} />
            { moat_legend() }
            if props.controls {
                { control_group(&ControlGroupProps { figure: Figure::Moat, params: props.scene.params, id_prefix: props.id_prefix.clone(), onchange: props.onchange.clone() }) }
            }
            <p class="summary" data-testid="moat-summary">{ summary::moat(&props.scene) }</p>
            { props.tools[1].clone() }
        </section>
    }
}
