//! The frame every explainer section shares (plain view functions, not components: they hold
//! no state, and each yew component costs its own lifecycle code in the bundle): a numbered heading, a note saying what its figure
//! is bound to, the text and figure, and the "try this" line.

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

#[derive(PartialEq)]
pub struct LessonProps {
    pub number: u8,
    pub title: AttrValue,
    pub binding: Binding,
    pub children: Html,
}

/// Shorthand: a lesson with its number, title, binding and body.
pub fn lesson_with(number: u8, title: &'static str, binding: Binding, children: Html) -> Html {
    lesson(&LessonProps {
        number,
        title: title.into(),
        binding,
        children,
    })
}

pub fn lesson(props: &LessonProps) -> Html {
    let id = format!("lesson-{}", props.number);
    html! {
        <section class="lesson" id={id.clone()} aria-labelledby={format!("{id}-h")} data-testid={id.clone()}>
            <h2 id={format!("{id}-h")}><span class="lesson-number">{ props.number }{ ". " }</span>{ props.title.clone() }</h2>
            <p class="binding">{ props.binding.note() }</p>
            { props.children.clone() }
        </section>
    }
}

/// "Try this": the one thing to do in a section.
pub fn try_this(children: Html) -> Html {
    html! { <div class="try"><strong>{ "Try this: " }</strong>{ children }</div> }
}
