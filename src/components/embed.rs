//! The embeddable widget (`?embed=1`): the chosen figure(s), optionally their sliders, no page
//! chrome, a link to the full explainer, and its height reported to the host page. The render
//! flags (`static`, `transparent`, `plain`) trim it further, and the host page may switch its
//! theme at run time with a `chasm-explorer:theme` message (see assets/embed.js).

use super::adoption_panel::{adoption_panel, PanelProps};
use super::change_note::{change_note, use_change_note};
use super::hooks::{use_app, use_debounced, use_id_prefix, SETTLE_MS};
use super::moat_panel::moat_panel;
use super::notices::{notices, NoticesProps};
use crate::app::snippet::page_url_for;
use crate::app::state::{Action, AppState, Theme};
use crate::browser::api;
use crate::model::Field;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    pub initial: AppState,
}

#[function_component(Embed)]
pub fn embed(props: &EmbedProps) -> Html {
    let app = use_app(&props.initial);
    let (state, scene, ghost, dispatch) = (app.state, app.scene, app.ghost, app.dispatch);
    let view = state.view;
    let prefix = use_id_prefix();
    let root = use_node_ref();
    // The link's theme, until the host page says otherwise.
    let theme = use_state_eq(|| view.theme);
    use_effect_with((*theme, view.transparent), |(theme, transparent)| {
        api::set_root_class("transparent", *transparent);
        api::set_theme_class(match theme {
            Theme::Auto => None,
            Theme::Light => Some("theme-light"),
            Theme::Dark => Some("theme-dark"),
        })
    });
    {
        // Report our height to the host page whenever it changes (fonts, slider hints, width),
        // and again when a host script that started after our first report says hello (our
        // loader's `chasm-explorer:hello`, WordPress's `ready`). Take a new theme from the host.
        let (root, theme) = (root.clone(), theme.clone());
        use_effect_with((), move |_| {
            let el = root.cast::<web_sys::Element>();
            let watch = el.as_ref().and_then(|el| {
                api::watch_resize(el, |entry| {
                    api::post_height(entry.target().get_bounding_client_rect().height())
                })
            });
            let listener = api::listen_to_parent(move |what: String, value: String| {
                if what == "height" {
                    if let Some(el) = &el {
                        api::post_height(el.get_bounding_client_rect().height());
                    }
                } else if let Some(t) = Theme::ALL.into_iter().find(|t| t.key() == value) {
                    theme.set(t);
                }
            });
            move || drop((watch, listener))
        });
    }
    let settled = use_debounced(state.params, SETTLE_MS);
    let announcement = use_change_note(settled, scene.clone(), ghost.clone());
    let onchange = dispatch.reform(|(field, value): (Field, f64)| Action::Set(field, value));
    let ondismiss = dispatch.reform(|_| Action::DismissNotices);
    let figures = view.figures;
    html! {
        // The widget is the whole of its frame's page: one <main>.
        <main class={classes!("chasm-app", "embed", view.plain.then_some("plain"), view.still.then_some("static"))} data-testid="embed" ref={root}>
            { notices(&NoticesProps { notices: state.notices.clone(), ondismiss }) }
            { change_note(announcement, true) }
            <div class={classes!("panels", (figures.shows_adoption() != figures.shows_moat()).then_some("single"))}>
                if figures.shows_adoption() {
                    { adoption_panel(&PanelProps { scene: scene.clone(), ghost: ghost.clone(), id_prefix: prefix.clone(), controls: view.shows_controls(), tools: Default::default(), onchange: onchange.clone() }) }
                }
                if figures.shows_moat() {
                    { moat_panel(&PanelProps { scene: scene.clone(), ghost: ghost.clone(), id_prefix: prefix.clone(), controls: view.shows_controls(), tools: Default::default(), onchange }) }
                }
            </div>
            if !view.plain {
            <p class="embed-foot">
                <a href={page_url_for(&api::page_base_url(), &state)} target="_blank" rel="noopener" data-testid="open-full">
                    { "Open the full explainer ↗" }
                </a>
                <span class="muted">{ " Chasm explorer: a live model of technology adoption." }</span>
            </p>
            }
        </main>
    }
}
