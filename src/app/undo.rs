//! Undo and redo over settled states: each state the reader stops at is kept (up to
//! [`MAX_STEPS`]); undo walks back, redo forward, and a new state after an undo drops the redo
//! side, as every editor does. Pure, so it is tested natively; the page keeps one per mount.

/// States kept; the oldest go first.
pub const MAX_STEPS: usize = 100;

/// The settled states and where the reader is among them.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo<T> {
    states: Vec<T>,
    at: usize,
}

impl<T: Clone + PartialEq> Undo<T> {
    /// Start at `first`, with nothing to undo.
    pub fn new(first: T) -> Self {
        Undo {
            states: vec![first],
            at: 0,
        }
    }

    /// The reader settled on `state`. Nothing changes when it is where we already are (an undo
    /// or redo that has just been applied settles there too).
    pub fn settle(&mut self, state: T) {
        if self.states[self.at] == state {
            return;
        }
        self.states.truncate(self.at + 1);
        self.states.push(state);
        if self.states.len() > MAX_STEPS {
            self.states.remove(0);
        }
        self.at = self.states.len() - 1;
    }

    /// Step back: the state to restore, if there is an earlier one.
    pub fn undo(&mut self) -> Option<T> {
        self.at = self.at.checked_sub(1)?;
        Some(self.states[self.at].clone())
    }

    /// Step forward again after an undo.
    pub fn redo(&mut self) -> Option<T> {
        if self.at + 1 >= self.states.len() {
            return None;
        }
        self.at += 1;
        Some(self.states[self.at].clone())
    }

    pub fn can_undo(&self) -> bool {
        self.at > 0
    }

    pub fn can_redo(&self) -> bool {
        self.at + 1 < self.states.len()
    }
}
