//! The app's one state and its reducer. [`AppState`] is at once what a link encodes
//! (`crate::app::url`) and what the page and the embed hold, so nothing converts between the two.
//! `AppState::apply` is plain Rust (tested natively); the `Reducible` impl that plugs it into
//! yew's `use_reducer` is compiled for the browser only.

use super::presets;
use crate::model::{Field, Params};

/// Which figures to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Figures {
    #[default]
    Both,
    Adoption,
    Moat,
}

/// Colour scheme of an embed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Figures {
    pub const ALL: [Figures; 3] = [Figures::Both, Figures::Adoption, Figures::Moat];

    pub fn key(self) -> &'static str {
        match self {
            Figures::Both => "both",
            Figures::Adoption => "adoption",
            Figures::Moat => "moat",
        }
    }
    pub fn shows_adoption(self) -> bool {
        self != Figures::Moat
    }
    pub fn shows_moat(self) -> bool {
        self != Figures::Adoption
    }
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How the app is shown (set by the link, not by the sliders).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    pub figures: Figures,
    /// Compact widget without page chrome.
    pub embed: bool,
    /// Show the sliders (embeds may hide them).
    pub controls: bool,
    pub theme: Theme,
    /// `static=1`: the figure only, like an image that stays current: no sliders, no buttons,
    /// nothing that takes focus but the link back.
    pub still: bool,
    /// `transparent=1`: no background of our own, so the host page's shows through.
    pub transparent: bool,
    /// `plain=1`: no headings above the figures and no footer under them (the headings stay as
    /// the figures' accessible names).
    pub plain: bool,
}

impl View {
    /// The embed's yes/no options, by their link key: the one list that reading and writing a
    /// link follow (the README's table of widget options lists the same keys).
    pub const FLAGS: [ViewFlag; 5] = [
        ViewFlag {
            key: "embed",
            default: false,
            get: |v| v.embed,
            set: |v, on| v.embed = on,
        },
        ViewFlag {
            key: "controls",
            default: true,
            get: |v| v.controls,
            set: |v, on| v.controls = on,
        },
        ViewFlag {
            key: "static",
            default: false,
            get: |v| v.still,
            set: |v, on| v.still = on,
        },
        ViewFlag {
            key: "transparent",
            default: false,
            get: |v| v.transparent,
            set: |v, on| v.transparent = on,
        },
        ViewFlag {
            key: "plain",
            default: false,
            get: |v| v.plain,
            set: |v, on| v.plain = on,
        },
    ];

    /// Whether the sliders show: asked for, and not a static figure.
    pub fn shows_controls(&self) -> bool {
        self.controls && !self.still
    }
}

/// One yes/no option of [`View`] as it appears in a link.
#[derive(Clone, Copy)]
pub struct ViewFlag {
    pub key: &'static str,
    /// Left out of a link when it has this value.
    pub default: bool,
    pub get: fn(&View) -> bool,
    pub set: fn(&mut View, bool),
}

impl Default for View {
    fn default() -> Self {
        View {
            figures: Figures::Both,
            embed: false,
            controls: true,
            theme: Theme::Auto,
            still: false,
            transparent: false,
            plain: false,
        }
    }
}

/// Everything the reader has set, and what had to be corrected on the way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub params: Params,
    /// A run kept as a ghost under the live curves, for comparison.
    pub pinned: Option<Params>,
    pub view: View,
    /// Plain-text notices of what had to be corrected (bad link values, out-of-range input).
    /// Not part of a link.
    pub notices: Vec<String>,
}

/// What the reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Move one control to a value (corrected to its documented range, with a notice).
    Set(Field, f64),
    /// Take these settings at once (a playbook, a "try this", a carried fit).
    Apply(Params),
    /// Take the adoption settings of these (a carried fit decides only those), keep the moat's.
    ApplyAdoption(Params),
    /// Load a scenario by id.
    LoadPreset(&'static str),
    /// Keep the current run as a ghost.
    Pin,
    /// Drop the ghost.
    ClearPin,
    /// Hide the notices.
    DismissNotices,
    /// Back to the opening scene (keeps nothing pinned; keeps how the app is shown).
    Reset,
    /// Return to an earlier settled state exactly, settings and pinned run (undo, redo, the
    /// browser's Back and Forward).
    Restore(Params, Option<Params>),
}

impl AppState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Set(field, value) => {
                next.notices = next
                    .params
                    .set(field, value)
                    .err()
                    .map(|e| vec![format!("{e}.")])
                    .unwrap_or_default();
            }
            Action::Apply(params) => {
                next.params = params;
                next.notices.clear();
            }
            Action::ApplyAdoption(params) => {
                next.params = self.params.with_adoption_of(&params);
                next.notices.clear();
            }
            Action::LoadPreset(id) => match presets::by_id(id) {
                Some(p) => {
                    next.params = p.params;
                    next.notices.clear();
                }
                None => next.notices = vec!["That scenario does not exist.".to_string()],
            },
            Action::Pin => next.pinned = Some(self.params),
            Action::ClearPin => next.pinned = None,
            Action::DismissNotices => next.notices.clear(),
            Action::Restore(params, pinned) => {
                next.params = params;
                next.pinned = pinned;
                next.notices.clear();
            }
            Action::Reset => {
                return AppState {
                    view: self.view,
                    ..AppState::default()
                }
            }
        }
        next
    }
}

impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}
