//! The one list of the explainer's sections: the table of contents, the page's order, the
//! anchors (`#lesson-3`) and the browser tests all iterate it, so a new section cannot be
//! missing from any of them. The components render each [`Section`] by an exhaustive match.

/// One section of the explainer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    WhoAdopts,
    TheChasm,
    Evolve,
    Skip,
    WhyMlopsStalled,
    NoveltyFades,
    Moats,
    Tarpit,
    FitYourData,
    HowItWorks,
}

impl Section {
    /// Every section, in page order.
    pub const ALL: [Section; 10] = [
        Section::WhoAdopts,
        Section::TheChasm,
        Section::Evolve,
        Section::Skip,
        Section::WhyMlopsStalled,
        Section::NoveltyFades,
        Section::Moats,
        Section::Tarpit,
        Section::FitYourData,
        Section::HowItWorks,
    ];

    /// Its number on the page (1-based), `None` for the unnumbered closing section.
    pub fn number(self) -> Option<usize> {
        match self {
            Section::HowItWorks => None,
            s => Section::ALL.iter().position(|&x| x == s).map(|i| i + 1),
        }
    }

    /// The element id it is rendered under, and the link anchor.
    pub fn anchor(self) -> String {
        match self.number() {
            Some(n) => format!("lesson-{n}"),
            None => "how-it-works".into(),
        }
    }

    /// Its name in the table of contents.
    pub fn short_title(self) -> &'static str {
        match self {
            Section::WhoAdopts => "Who adopts, and when",
            Section::TheChasm => "The chasm",
            Section::Evolve => "Evolve",
            Section::Skip => "Skip",
            Section::WhyMlopsStalled => "Why MLOps stalled",
            Section::NoveltyFades => "Novelty fades",
            Section::Moats => "Moats",
            Section::Tarpit => "The tarpit",
            Section::FitYourData => "Fit your data",
            Section::HowItWorks => "How the model works",
        }
    }
}
