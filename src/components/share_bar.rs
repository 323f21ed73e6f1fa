//! "Copy link" and "Embed": share exactly what you see.

use crate::browser::api;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The shareable address of the current state.
    pub link: AttrValue,
    pub onembed: Callback<()>,
}

#[function_component(ShareBar)]
pub fn share_bar(props: &ShareBarProps) -> Html {
    let status = use_state(String::new);
    let oncopy = {
        let link = props.link.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let link = link.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = api::copy_text(&link).await;
                status.set(if ok {
                    "Link copied.".into()
                } else {
                    format!("Copy this link: {link}")
                });
            });
        })
    };
    let onembed = props.onembed.reform(|_: MouseEvent| ());
    html! {
        <div class="share">
            <button type="button" onclick={oncopy} data-testid="copy-link">{ "Copy link" }</button>
            <button type="button" onclick={onembed} data-testid="open-embed">{ "Embed…" }</button>
            <span class="muted share-status" aria-live="polite" data-testid="share-status">{ (*status).clone() }</span>
        </div>
    }
}
