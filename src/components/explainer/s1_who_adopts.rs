//! Section 1: Rogers' five groups. Figure: the live curve's group shares next to Rogers'.

use super::lesson::{lesson_with, try_this, Binding};
use crate::app::state::Action;
use crate::components::context::use_explorer;
use crate::model::groups::Group;
use crate::model::Field;
use crate::view::format::percent;
use crate::view::sections::Section;
use yew::prelude::*;

#[function_component(WhoAdopts)]
pub fn who_adopts() -> Html {
    let explorer = use_explorer();
    let shares = explorer.scene.groups.shares;
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
    html! {
        { lesson_with(Section::WhoAdopts, "Who adopts, and when", Binding::Explorer, html! { <>
            <p>{ "A new product never reaches everyone at once. The sociologist Everett Rogers sorted the people who \
                take one up into five groups by when they join: " }
                <strong>{ "innovators" }</strong>{ ", who try anything new; " }
                <strong>{ "early adopters" }</strong>{ ", who want an edge and will put up with rough edges; the " }
                <strong>{ "early majority" }</strong>{ ", who buy what is proven; the " }
                <strong>{ "late majority" }</strong>{ ", who follow once it is the norm; and " }
                <strong>{ "laggards" }</strong>{ ", who come last, if ever." }</p>
            <p>{ "Each group takes its cue from the one before. Count the newcomers per year and you get a hump; add them \
                up and you get an S-shaped curve that climbs slowly, then fast, then levels off. Rogers drew the hump as \
                a bell and cut it one and two standard deviations either side of the average adoption time. The \
                explorer cuts its own curve the same way, so its bands move when you move a slider." }</p>
            <figure class="bars" data-testid="groups-figure">
                <table>
                    <caption>{ "Share of adopters in each group: your curve against Rogers' textbook bell" }</caption>
                    <thead><tr><th scope="col">{ "Group" }</th><th scope="col">{ "Your curve" }</th><th scope="col">{ "Rogers" }</th></tr></thead>
                    <tbody>
                        { for Group::ALL.iter().enumerate().map(|(i, g)| html! {
                            <tr>
                                <th scope="row"><span class={format!("swatch band-{i}")} aria-hidden="true"></span>{ crate::view::labels::group(*g) }</th>
                                <td><span class={format!("bar band-{i}")} style={format!("width:{}%", crate::io::number::fixed(shares[i] / widest * 100.0, 1))}></span>{ percent(shares[i]) }</td>
                                <td><span class="bar rogers" style={format!("width:{}%", crate::io::number::fixed(g.rogers_share() / widest * 100.0, 1))}></span>{ percent(g.rogers_share()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </figure>
            <p class="summary" aria-live="polite" data-testid="groups-summary">{ format!(
                "Your curve: innovators {}, early adopters {}, early majority {}, late majority {}, laggards {}.",
                percent(shares[0]), percent(shares[1]), percent(shares[2]), percent(shares[3]), percent(shares[4])
            ) }</p>
            <p>{ "Your curve rarely matches the textbook: a chasm stretches it, so its cuts spread out and the first can \
                fall before launch, leaving the innovators' band empty. The groups are a way of describing the curve, \
                not fixed kinds of people." }</p>
            { try_this(html! { <>{ "raise the innovator share to 30 % and watch the early market's hump grow and the bands shift. " }
                <button type="button" {onclick} data-testid="try-1">{ "Set innovator share to 30 %" }</button></> }) }
        </> }) }
    }
}
