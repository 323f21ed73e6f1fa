//! The moat chart's key: what each line and shade means.

use yew::prelude::*;

pub fn moat_legend() -> Html {
    html! {
        <>
            <ul class="legend">
                <li><span class="swatch line lead" aria-hidden="true"></span>{ "your lead" }</li>
                <li><span class="swatch line kept" aria-hidden="true"></span>{ "users you keep (adopters × lead)" }</li>
                <li><span class="swatch copy-lag" aria-hidden="true"></span>{ "before copycats ship" }</li>
            </ul>
        </>
    }
}
