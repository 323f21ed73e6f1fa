//! What had to be corrected (a bad link value, say), shown as plain text with a dismiss button.

use yew::prelude::*;

/// A plain function, not a component: it holds no state, and each component costs lifecycle
/// code in the bundle.
#[derive(PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
    pub ondismiss: Callback<()>,
}

pub fn notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status" data-testid="notice">
            <ul>{ for props.notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            <button type="button" class="dismiss" onclick={ondismiss} data-testid="dismiss-notice" aria-label="Dismiss these notes">{ "OK" }</button>
        </div>
    }
}
