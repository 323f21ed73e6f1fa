//! The frame every explainer section shares (plain view functions, not components: they hold
//! no state, and each yew component costs its own lifecycle code in the bundle): a numbered heading, a note saying what its figure
//! is bound to, the text and figure, and the "try this" line.

use crate::view::sections::Section;
use yew::prelude::*;

/// What a section's figure follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// The explorer's shared settings at the top of the page.
    Explorer,
    /// Its own controls, next to it.
    Local,
    /// Fixed settings, stated in the caption.
    Fixed,
}

impl Binding {
    fn note(self) -> &'static str {
        match self {
            Binding::Explorer => "This figure follows the explorer's settings above.",
            Binding::Local => "This figure has its own controls.",
            Binding::Fixed => "This figure uses fixed settings, named below it.",
        }
    }
}

/// A numbered section: its anchor and number come from the registry (`view::sections`); the
/// heading, the note on what its figure follows, then the body.
pub fn lesson_with(
    section: Section,
    title: &'static str,
    binding: Binding,
    children: Html,
) -> Html {
    let id = section.anchor();
    html! {
        <section class="lesson" id={id.clone()} aria-labelledby={format!("{id}-h")} data-testid={id.clone()}>
            <h2 id={format!("{id}-h")}>
                if let Some(n) = section.number() { <span class="lesson-number">{ n }{ ". " }</span> }
                { title }
            </h2>
            <p class="binding">{ binding.note() }</p>
            { children }
        </section>
    }
}

/// "Try this": the one thing to do in a section.
pub fn try_this(children: Html) -> Html {
    html! { <div class="try"><strong>{ "Try this: " }</strong>{ children }</div> }
}
