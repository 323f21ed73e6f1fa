//! Section 1: Rogers' five groups. Figure: the live curve's group shares next to Rogers'.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::components::prose::prose;
use crate::model::groups::Group;
use crate::model::Field;
use crate::view::format::percent;
use crate::view::group_times::span;
use crate::view::labels;
use crate::view::sections::Section;
use yew::prelude::*;

const CLAIM: &str = "Rogers sorted adopters into five groups by when they adopt: **innovators**, who try new things first; **early adopters**, who want an edge and accept rough edges; the **early majority**, pragmatists who wait for proof; the **late majority**, who join once most have; and **laggards** [Rogers 2003; Crossing the AI Chasm]. He drew the lines at two and one standard deviations (sd) before the average adoption time, at the average, and one sd after: on a bell curve, 2.5, 13.5, 34, 34 and 16 % of adopters [Rogers 2003].

This page cuts by share instead, so the groups line up with the slider: the **innovator share** is innovators plus early adopters, innovators being the first 2.5/16 of it, and the majorities and laggards split the rest 34 : 34 : 16. At the default 16 % the cuts fall at exactly 2.5, 16, 50 and 84 % adopted [assumption], near the 16 % at which mainstream buyers came to outnumber early ones in consumer electronics [Muller & Yogev 2006].";

const AFTER: &str = "The groups are stages, not kinds of people. In software the first groups are often \
middlemen: expert teams who adopt a tool to build things for colleagues further down the line. They \
rarely pay much themselves, but they can become your champions to the people who get the value \
[Crossing the AI Chasm].";

#[function_component(WhoAdopts)]
pub fn who_adopts() -> Html {
    let explorer = use_explorer();
    let groups = explorer.scene.groups;
    let shares = groups.shares;
    let ondo = explorer.dispatch.clone();
    let onclick = move |_| {
        ondo.emit(Action::Set(Field::InnovatorShare, 0.3));
    };
    // Bars: 100 % of the widest group fills the row.
    let widest = shares
        .iter()
        .copied()
        .chain(Group::ALL.iter().map(|g| g.rogers_share()))
        .fold(0.01, f64::max);
    let summary = format!(
        "At an innovator share of {}: {}.",
        percent(explorer.scene.params.innovator_share()),
        Group::ALL
            .iter()
            .enumerate()
            .map(|(i, g)| format!(
                "{} {} ({})",
                // ASCII: the names are, and Unicode case tables would cost the bundle ~4 KB.
                labels::group(*g).to_ascii_lowercase(),
                percent(shares[i]),
                span(&groups, i)
            ))
            .collect::<Vec<_>>()
            .join("; ")
    );
    html! {
        { lesson_with(Section::WhoAdopts, "Who adopts, and when", Binding::Explorer, html! { <>
            { prose(CLAIM) }
            <figure class="bars" data-testid="groups-figure">
                <table>
                    <caption>{ "Each group's share of everyone, at your innovator share and in Rogers' bell, and when it adopts on your curve" }</caption>
                    <thead><tr><th scope="col">{ "Group" }</th><th scope="col">{ "Yours" }</th><th scope="col">{ "Rogers" }</th><th scope="col">{ "When" }</th></tr></thead>
                    <tbody>
                        { for Group::ALL.iter().enumerate().map(|(i, g)| html! {
                            <tr>
                                <th scope="row"><span class={format!("swatch band-{i}")} aria-hidden="true"></span>{ labels::group(*g) }</th>
                                <td><span class={format!("bar band-{i}")} style={format!("width:{}%", crate::io::number::fixed(shares[i] / widest * 100.0, 1))}></span>{ percent(shares[i]) }</td>
                                <td><span class="bar rogers" style={format!("width:{}%", crate::io::number::fixed(g.rogers_share() / widest * 100.0, 1))}></span>{ percent(g.rogers_share()) }</td>
                                <td data-testid={format!("groups-when-{i}")}>{ span(&groups, i) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </figure>
            <p class="summary" data-testid="groups-summary">{ summary }</p>
            { prose(AFTER) }
            { try_this(html! { <>{ "raise the innovator share to 30 %: the early hump grows, innovators and early adopters together become 30 % of the market, and the cut years move. " }
                <button type="button" {onclick} data-testid="try-1">{ "Set innovator share to 30 %" }</button></> }) }
        </> }) }
    }
}
