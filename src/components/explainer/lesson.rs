//! The frame every explainer section shares: a numbered heading, a note saying what its figure
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

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    pub number: u8,
    pub title: AttrValue,
    pub binding: Binding,
    pub children: Html,
}

#[function_component(Lesson)]
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

#[derive(Properties, PartialEq)]
pub struct TryThisProps {
    pub children: Html,
}

/// "Try this": the one thing to do in a section.
#[function_component(TryThis)]
pub fn try_this(props: &TryThisProps) -> Html {
    html! { <div class="try"><strong>{ "Try this: " }</strong>{ props.children.clone() }</div> }
}
