//! The embeddable widget (`?embed=1`): the chosen figure(s), optionally their sliders, no page
//! chrome, a link to the full explainer, and its height reported to the host page.

use super::adoption_panel::{adoption_panel, PanelProps};
use super::hooks::{use_app, use_id_prefix, use_media_query, COMPACT_QUERY};
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
    let compact = use_media_query(COMPACT_QUERY);
    let prefix = use_id_prefix();
    let root = use_node_ref();
    let theme = view.theme;
    use_effect_with(theme, |theme| {
        api::set_theme_class(match theme {
            Theme::Auto => None,
            Theme::Light => Some("theme-light"),
            Theme::Dark => Some("theme-dark"),
        })
    });
    {
        // Report our height to the host page whenever it changes (fonts, slider hints, width).
        let root = root.clone();
        use_effect_with((), move |_| {
            let watch = root.cast::<web_sys::Element>().and_then(|el| {
                api::watch_resize(&el, |entry| {
                    api::post_height(entry.target().get_bounding_client_rect().height())
                })
            });
            move || drop(watch)
        });
    }
    let onchange = dispatch.reform(|(field, value): (Field, f64)| Action::Set(field, value));
    let ondismiss = dispatch.reform(|_| Action::DismissNotices);
    let figures = view.figures;
    html! {
        <div class="chasm-app embed" data-testid="embed" ref={root}>
            { notices(&NoticesProps { notices: state.notices.clone(), ondismiss }) }
            <div class={classes!("panels", (figures.shows_adoption() != figures.shows_moat()).then_some("single"))}>
                if figures.shows_adoption() {
                    { adoption_panel(&PanelProps { scene: scene.clone(), ghost: ghost.clone(), id_prefix: prefix.clone(), compact, controls: view.controls, onchange: onchange.clone() }) }
                }
                if figures.shows_moat() {
                    { moat_panel(&PanelProps { scene: scene.clone(), ghost: ghost.clone(), id_prefix: prefix.clone(), compact, controls: view.controls, onchange }) }
                }
            </div>
            <p class="embed-foot">
                <a href={page_url_for(&api::page_base_url(), &state)} target="_blank" rel="noopener" data-testid="open-full">
                    { "Open the full explainer ↗" }
                </a>
                <span class="muted">{ " Chasm explorer: a live model of technology adoption." }</span>
            </p>
        </div>
    }
}
