//! Renders the explainer's running text (`view::prose`): paragraphs, subheadings, lists, bold,
//! emphasis and citations. Plain functions (no component): they hold no state.

use crate::view::prose::{blocks, Block, Inline};
use yew::prelude::*;

fn inline(run: &Inline<'_>) -> Html {
    match *run {
        Inline::Text(t) => html! { { t.replace('\n', " ") } },
        Inline::Strong(t) => html! { <strong>{ t.to_string() }</strong> },
        Inline::Em(t) => html! { <em>{ t.to_string() }</em> },
        Inline::Source(t) => html! { <cite class="src">{ format!("[{t}]") }</cite> },
    }
}

fn runs(list: &[Inline<'_>]) -> Html {
    html! { { for list.iter().map(inline) } }
}

/// The blocks of `src`, in order.
pub fn prose(src: &str) -> Html {
    html! {
        { for blocks(src).iter().map(|b| match b {
            Block::Paragraph(r) => html! { <p>{ runs(r) }</p> },
            Block::Heading(h) => html! { <h3>{ h.to_string() }</h3> },
            Block::List(items) => html! { <ul>{ for items.iter().map(|i| html! { <li>{ runs(i) }</li> }) }</ul> },
        }) }
    }
}
