//! The "Embed" dialog: choose figures, controls, theme and the render flags, get the snippet for
//! the current state (an iframe with the auto-height loader, a plain iframe, or the
//! `<chasm-explorer>` element), copy it.

use crate::app::snippet;
use crate::app::state::{AppState, Figures, Theme, View};
use crate::browser::api;
use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The state to embed (params and pinned run).
    pub state: AppState,
    pub open: bool,
    pub onclose: Callback<()>,
    pub id_prefix: AttrValue,
}

#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let figures = use_state(|| Figures::Both);
    let controls = use_state(|| true);
    let theme = use_state(|| Theme::Auto);
    // The render flags: static, transparent, plain (View::FLAGS).
    let trims = use_state(|| [false; 3]);
    let copied = use_state(String::new);
    // Each copy button selects its own snippet, found by reference rather than by position.
    let (code_ref, plain_ref) = (use_node_ref(), use_node_ref());
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |&open| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                if open && !d.open() {
                    let _ = d.show_modal();
                } else if !open && d.open() {
                    d.close();
                }
            }
        });
    }
    let onclose_event = props.onclose.reform(|_: Event| ());
    if !props.open {
        // Closed: an empty dialog, so a drag does not rebuild snippets nobody sees.
        return html! { <dialog ref={dialog} class="embed-dialog" onclose={onclose_event} data-testid="embed-dialog"></dialog> };
    }
    let state = AppState {
        view: View {
            figures: *figures,
            controls: *controls,
            theme: *theme,
            embed: true,
            still: trims[0],
            transparent: trims[1],
            plain: trims[2],
        },
        ..props.state.clone()
    };
    let base = api::page_base_url();
    let loader = api::loader_url();
    let with_loader = snippet::iframe_with_loader(&base, &loader, &state);
    let plain = snippet::iframe(&base, &state);
    let preview = snippet::widget_url(&base, &state);
    let element = snippet::custom_element(&base, &loader, &state);

    let onfigures = {
        let figures = figures.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            figures.set(
                Figures::ALL
                    .into_iter()
                    .find(|f| f.key() == v)
                    .unwrap_or_default(),
            );
        })
    };
    let oncontrols = {
        let controls = controls.clone();
        Callback::from(move |e: Event| {
            controls.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let ontheme = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            theme.set(
                Theme::ALL
                    .into_iter()
                    .find(|t| t.key() == v)
                    .unwrap_or_default(),
            )
        })
    };
    let copy = |text: String, which: &'static str, area: &NodeRef| {
        let copied = copied.clone();
        let area = area.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let copied = copied.clone();
            // Select the snippet too, so a refused clipboard still leaves it one Ctrl+C away.
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                area.select();
            }
            wasm_bindgen_futures::spawn_local(async move {
                let ok = api::copy_text(&text).await;
                copied.set(if ok {
                    format!("Copied the {which}.")
                } else {
                    "Copy it with Ctrl+C (it is selected).".into()
                });
            });
        })
    };
    let trim_box = |i: usize, key: &'static str, label: &'static str| {
        let (now, trims) = (trims[i], trims.clone());
        let onchange = Callback::from(move |e: Event| {
            let mut next = *trims;
            next[i] = e.target_unchecked_into::<HtmlInputElement>().checked();
            trims.set(next);
        });
        html! {
            <label class="inline"><input type="checkbox" checked={now} {onchange} data-testid={format!("embed-flag-{key}")} />{ label }</label>
        }
    };
    let element_ref = use_node_ref();
    let onclose_click = props.onclose.reform(|_: MouseEvent| ());
    let id = |s: &str| format!("{}-embed-{s}", props.id_prefix);
    let fig_radio = |value: &'static str, label: &'static str, checked: bool| {
        html! {
            <label class="inline"><input type="radio" name={id("fig")} value={value} checked={checked} onchange={onfigures.clone()} />{ label }</label>
        }
    };
    html! {
        <dialog ref={dialog} class="embed-dialog" aria-labelledby={id("title")} onclose={onclose_event} data-testid="embed-dialog">
            <h2 id={id("title")}>{ "Embed this explorer" }</h2>
            <p>{ "Paste this into your post. It shows exactly what you see now, runs entirely in your reader's browser, sets no cookies and cannot touch your page." }</p>
            <fieldset>
                <legend>{ "Show" }</legend>
                { fig_radio("both", "both figures", *figures == Figures::Both) }
                { fig_radio("adoption", "adoption only", *figures == Figures::Adoption) }
                { fig_radio("moat", "moat only", *figures == Figures::Moat) }
            </fieldset>
            <div class="row">
                <label class="inline"><input type="checkbox" checked={*controls} onchange={oncontrols} data-testid="embed-controls" />{ "sliders" }</label>
                <label class="inline" for={id("theme")}>{ "Theme" }</label>
                <select id={id("theme")} onchange={ontheme} data-testid="embed-theme">
                    <option value="auto" selected={*theme == Theme::Auto}>{ "follow the reader's system" }</option>
                    <option value="light" selected={*theme == Theme::Light}>{ "light" }</option>
                    <option value="dark" selected={*theme == Theme::Dark}>{ "dark" }</option>
                </select>
            </div>
            <div class="row">
                { trim_box(0, "static", "static figure (no sliders, no interaction)") }
                { trim_box(1, "transparent", "transparent background") }
                { trim_box(2, "plain", "no headings or footer") }
            </div>
            <label for={id("code")}>{ "With auto-height (recommended): the iframe grows and shrinks with the widget" }</label>
            <textarea id={id("code")} ref={code_ref.clone()} readonly=true rows="5" data-testid="embed-code" value={with_loader.clone()} />
            <button type="button" onclick={copy(with_loader, "embed code", &code_ref)} data-testid="copy-embed-code">{ "Copy embed code" }</button>
            <label for={id("plain")}>{ "Plain iframe, no script (fixed height)" }</label>
            <textarea id={id("plain")} ref={plain_ref.clone()} readonly=true rows="3" data-testid="embed-plain" value={plain.clone()} />
            <button type="button" onclick={copy(plain, "plain iframe", &plain_ref)} data-testid="copy-embed-plain">{ "Copy plain iframe" }</button>
            <label for={id("element")}>{ "As an element: <chasm-explorer> makes the iframe; its attributes can be changed later (theme re-colours at once)" }</label>
            <textarea id={id("element")} ref={element_ref.clone()} readonly=true rows="3" data-testid="embed-element" value={element.clone()} />
            <button type="button" onclick={copy(element, "element", &element_ref)} data-testid="copy-embed-element">{ "Copy element" }</button>
            <p class="muted" aria-live="polite">{ (*copied).clone() }</p>
            <p><a href={preview} target="_blank" rel="noopener">{ "Preview the widget in a new tab" }</a></p>
            <button type="button" class="close" onclick={onclose_click}>{ "Close" }</button>
        </dialog>
    }
}
