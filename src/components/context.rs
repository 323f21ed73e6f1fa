//! What the explainer's sections share, handed down by yew context instead of props threaded
//! through every section: the settled scene (the explorer's settings once a drag has stopped)
//! and the one way to change the settings.

use crate::app::state::Action;
use crate::model::{explore, Params, Scene};
use std::rc::Rc;
use yew::prelude::*;

/// The explorer as the sections see it.
#[derive(Clone, PartialEq)]
pub struct Explorer {
    /// The scene the sections follow.
    pub scene: Rc<Scene>,
    /// Change the shared settings.
    pub dispatch: Callback<Action>,
}

impl Explorer {
    /// Apply `action` to the shared settings.
    pub fn emit(&self, action: Action) {
        self.dispatch.emit(action)
    }

    /// Take these settings at once.
    pub fn apply(&self, params: Params) {
        self.dispatch.emit(Action::Apply(params))
    }
}

/// The explorer from context; outside a provider (a section mounted alone), the opening scene
/// with nothing to change.
#[hook]
pub fn use_explorer() -> Explorer {
    let fallback = use_memo((), |_| explore(&Params::default()));
    use_context::<Explorer>().unwrap_or_else(|| Explorer {
        scene: fallback,
        dispatch: Callback::noop(),
    })
}
