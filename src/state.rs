//! The app's one state and its reducer. `State::apply` is plain Rust (tested natively); the
//! `Reducible` impl that plugs it into yew's `use_reducer` is compiled for the browser only.

use crate::model::{Field, ParamError, Params};

/// Everything the reader has set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub params: Params,
    /// What the last change had to correct (e.g. an out-of-range value), shown as a notice.
    pub corrections: Vec<ParamError>,
}

/// What the reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Move one control to a value (clamped to its documented range).
    Set(Field, f64),
    /// Back to the opening scene.
    Reset,
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        match action {
            Action::Set(field, value) => {
                let mut params = self.params;
                let corrections = params.set(field, value).err().into_iter().collect();
                State {
                    params,
                    corrections,
                }
            }
            Action::Reset => State::default(),
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}
