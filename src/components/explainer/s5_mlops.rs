//! Section 5: why MLOps stalled and LLMs did not, and the playbooks that fail. Figure: each
//! playbook applied to your current settings.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::lessons::{try_moves, PLAYBOOKS};
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::view::format::{percent, year};
use crate::view::sections::Section;
use yew::prelude::*;

#[function_component(WhyMlopsStalled)]
pub fn why_mlops_stalled() -> Html {
    let explorer = use_explorer();
    let params = explorer.scene.params;
    let outcomes = use_memo(params, |p| try_moves(p, &PLAYBOOKS));
    let (now, after) = &*outcomes;
    let depth = |d: f64| {
        if d > 0.0 {
            percent(d)
        } else {
            "none".to_string()
        }
    };
    let half = |t: Option<f64>| {
        t.map(year)
            .unwrap_or_else(|| format!("not within {}", crate::view::format::adoption_horizon()))
    };
    let load = {
        let ondo = explorer.dispatch.clone();
        move |_| ondo.emit(Action::LoadPreset("mlops"))
    };
    html! {
        { lesson_with(Section::WhyMlopsStalled, "Why MLOps stalled and LLMs did not", Binding::Explorer, html! { <>
            <p>{ "Machine-learning operations tools never settled on a standard design or grew a simpler form. Running them \
                still takes data engineers, data scientists and ML engineers, a mix only the most advanced companies have, \
                and those teams would rather use open source than pay a vendor. The buyers who would pay default to their \
                cloud provider, which gives its ML platform away to sell storage and compute. The market stayed with its \
                enthusiasts." }</p>
            <p>{ "Language models arrived the other way round: a chat window first, the machinery out of sight. The table \
                applies the usual playbooks for commercialising an open-source project to your current settings. Load the \
                MLOps scenario first to see why the first three disappoint: upselling experts who prefer to build their own, \
                hosting the same hard product for a mainstream that cannot use it, and patching the gaps with consultants." }</p>
            <figure class="bars" data-testid="playbooks-figure">
                <table>
                    <caption>{ "Each playbook applied to your current settings" }</caption>
                    <thead><tr><th scope="col">{ "Playbook" }</th><th scope="col">{ "What it changes" }</th><th scope="col">{ "Chasm depth" }</th><th scope="col">{ "50 % adopted" }</th><th scope="col"><span class="visually-hidden">{ "Apply" }</span></th></tr></thead>
                    <tbody>
                        <tr class="current">
                            <th scope="row">{ "As it is now" }</th><td>{ "–" }</td>
                            <td data-testid="playbook-now">{ depth(now.depth) }</td><td>{ half(now.half_time) }</td><td></td>
                        </tr>
                        { for PLAYBOOKS.iter().zip(after.iter()).enumerate().map(|(i, (m, o))| {
                            let ondo = explorer.dispatch.clone();
                            let target = o.params;
                            let apply = move |_| {
                                for field in crate::model::Field::ALL {
                                    ondo.emit(Action::Set(field, target.get(field)));
                                }
                            };
                            html! {
                                <tr>
                                    <th scope="row">{ m.name }</th><td class="how">{ m.how }</td>
                                    <td data-testid={format!("playbook-{i}")}>{ depth(o.depth) }</td><td>{ half(o.half_time) }</td>
                                    <td><button type="button" onclick={apply} aria-label={format!("Apply: {}", m.name)}>{ "Apply" }</button></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </figure>
            <p class="summary" aria-live="polite">{ format!(
                "From your settings (chasm {}), upselling innovators gives {}, managed open source {}, services {}, evolving {} and skipping {}.",
                depth(now.depth), depth(after[0].depth), depth(after[1].depth), depth(after[2].depth), depth(after[3].depth), depth(after[4].depth)
            ) }</p>
            { try_this(html! { <>{ "load the MLOps scenario and compare the rows. " }
                <button type="button" onclick={load} data-testid="try-5">{ "Load the MLOps scenario" }</button></> }) }
        </> }) }
    }
}
