//! The long-form explainer under the explorer: eight sections, each making one claim from the
//! essays with one live figure and one thing to try; a ninth that fits the reader's own data;
//! then how the model works.

pub mod how_it_works;
pub mod lesson;
pub mod s1_who_adopts;
pub mod s2_chasm;
pub mod s3_evolve;
pub mod s4_skip;
pub mod s5_mlops;
pub mod s6_novelty;
pub mod s7_moats;
pub mod s8_tarpit;
pub mod s9_fit;

use crate::components::explorer_strip::ExplorerStrip;
use crate::components::prose::prose;
use crate::view::sections::Section;
use yew::prelude::*;

/// The opening: two classic views that seem to disagree, and how the model reconciles them.
const HOOK: &str = "Rogers described adoption as one smooth social process with no sharp breaks [Rogers 2003; Crossing the AI Chasm]. Moore saw a gap: enthusiasts and pragmatists want such different things that many products die between them, in the chasm [Moore 1991]. Both can be right: a small early market and a large main market that listens to it only a little make two smooth curves that can add up to one that sags [Van den Bulte & Joshi 2007; Goldenberg, Libai & Muller 2002].";

/// One section's component (exhaustive: a new [`Section`] does not compile until it has one).
fn render(section: Section) -> Html {
    match section {
        Section::WhoAdopts => html! { <s1_who_adopts::WhoAdopts /> },
        Section::TheChasm => html! { <s2_chasm::TheChasm /> },
        Section::Evolve => html! { <s3_evolve::Evolve /> },
        Section::Skip => html! { <s4_skip::Skip /> },
        Section::WhyMlopsStalled => html! { <s5_mlops::WhyMlopsStalled /> },
        Section::NoveltyFades => html! { <s6_novelty::NoveltyFades /> },
        Section::Moats => html! { <s7_moats::Moats /> },
        Section::Tarpit => html! { <s8_tarpit::Tarpit /> },
        Section::FitYourData => html! { <s9_fit::FitYourData /> },
        Section::HowItWorks => html! { <how_it_works::HowItWorksSection /> },
    }
}

/// The sections in registry order, with a table of contents. The scene and the dispatcher
/// reach them through context (`components::context`).
#[function_component(Explainer)]
pub fn explainer() -> Html {
    html! {
        <section class="explainer" aria-label="The argument, step by step">
            <nav class="toc" aria-label="Sections">
                <ol>
                    { for Section::ALL.iter().map(|s| html! {
                        <li><a href={format!("#{}", s.anchor())}>{ s.short_title() }</a></li>
                    }) }
                </ol>
            </nav>
            <ExplorerStrip />
            <div class="hook" data-testid="hook">{ prose(HOOK) }</div>
            { for Section::ALL.into_iter().map(render) }
        </section>
    }
}

/// The explainer drawn inline in the page (`PageProps::explainer`): for tests, and for the
/// build-time renderer, whose page must hold the explainer's text.
pub fn inline() -> Callback<(), Html> {
    Callback::from(|_| html! { <Explainer /> })
}
