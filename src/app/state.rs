//! The app's one state and its reducer. `State::apply` is plain Rust (tested natively); the
//! `Reducible` impl that plugs it into yew's `use_reducer` is compiled for the browser only.

use crate::app::presets;
use crate::app::url::UrlState;
use crate::model::{Field, Params};

/// Everything the reader has set that changes what the model computes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub params: Params,
    /// A run kept as a ghost under the live curves, for comparison.
    pub pinned: Option<Params>,
    /// Plain-text notices of what had to be corrected (bad link values, out-of-range input).
    pub notices: Vec<String>,
}

/// What the reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Move one control to a value (clamped to its documented range).
    Set(Field, f64),
    /// Load a scenario by id.
    LoadPreset(&'static str),
    /// Keep the current run as a ghost.
    Pin,
    /// Drop the ghost.
    ClearPin,
    /// Hide the notices.
    DismissNotices,
    /// Back to the opening scene (keeps nothing pinned).
    Reset,
}

impl State {
    /// The state a link describes, with the notices its decoding produced.
    pub fn from_url(url: &UrlState, notices: Vec<String>) -> State {
        State {
            params: url.params,
            pinned: url.pinned,
            notices,
        }
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
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
            Action::Reset => return State::default(),
        }
        next
    }
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}
