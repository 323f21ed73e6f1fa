//! Scenarios from the essays, as one table: each with its settings and the one-line reason for
//! those numbers. Pure data; tested natively and in the browser for its defining outcome.

use crate::model::Params;

/// One scenario a reader can load with a click.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    /// Stable id, used in URLs (`preset=mlops`).
    pub id: &'static str,
    pub name: &'static str,
    /// Why these numbers, in one line.
    pub reason: &'static str,
    /// The essay the scenario comes from.
    pub source: &'static str,
    pub params: Params,
}

/// Settings in [`crate::model::Field::ALL`] order: innovator share, launch rung, climb pace
/// (rungs per year), brand, copy lag (months), switching cost, price decline. An out-of-range
/// value does not compile.
const fn p(
    innovator_share: f64,
    abstraction: f64,
    climb: f64,
    brand: f64,
    lag: f64,
    switching: f64,
    price: f64,
) -> Params {
    Params::literal([
        innovator_share,
        abstraction,
        climb,
        brand,
        lag,
        switching,
        price,
    ])
}

const CHASM_ESSAY: &str = "Crossing the AI Chasm";
const HOUSE_ESSAY: &str = "A house divided";
const BRAND_ESSAY: &str = "Open Source AI Business Models & Brand Moats";
const TARPIT_ESSAY: &str = "AI infra startups are a tarpit idea";

/// All scenarios, in the order the page lists them.
pub const PRESETS: [Preset; 8] = [
    Preset {
        id: "opening",
        name: "Opening scene",
        reason: "A developer tool with a Python API, a modest brand (25 %) and copycats two months behind [illustrative].",
        source: CHASM_ESSAY,
        params: p(0.16, 1.0, 0.0, 0.25, 2.0, 0.2, 10.0),
    },
    Preset {
        id: "mlops",
        name: "MLOps platform",
        reason: "Only specialists can run the stack, and cloud vendors give the same tools away [Crossing the AI Chasm]; the settings are illustrative.",
        source: CHASM_ESSAY,
        params: p(0.16, 0.0, 0.0, 0.1, 2.0, 0.15, 5.0),
    },
    Preset {
        id: "spark-evolving",
        name: "Spark, evolving",
        reason: "Launched for experts writing Scala, then a new interface every two years (Python, DataFrames, SQL, pandas, plain English), each letting a wider crowd in [Crossing the AI Chasm]; the pace is an assumption.",
        source: CHASM_ESSAY,
        params: p(0.16, 0.0, 0.5, 0.35, 6.0, 0.5, 2.0),
    },
    Preset {
        id: "spark",
        name: "Spark as it is now",
        reason: "Spark with the interfaces it has today: analysts and data scientists use it through SQL and a pandas-like API [Crossing the AI Chasm].",
        source: CHASM_ESSAY,
        params: p(0.16, 4.0, 0.0, 0.35, 6.0, 0.5, 2.0),
    },
    Preset {
        id: "chatgpt",
        name: "ChatGPT skips it",
        reason: "Built for the early majority from day one: a free chat box in plain English; its 70 % brand stands for the fame that followed [Crossing the AI Chasm; illustrative].",
        source: CHASM_ESSAY,
        params: p(0.1, 5.0, 0.0, 0.7, 3.0, 0.3, 10.0),
    },
    Preset {
        id: "tarpit",
        name: "AI infra tarpit",
        reason: "Rivals ship the same features one to three months later and builders swap vendors at will [AI infra startups are a tarpit idea]; prices fall tenfold a year [assumption].",
        source: TARPIT_ESSAY,
        params: p(0.16, 1.0, 0.0, 0.1, 1.5, 0.05, 10.0),
    },
    Preset {
        id: "brand-moat",
        name: "Brand moat vs forks",
        reason: "Forks copied the mechanism, yet users stayed with builders they trusted (Friend.tech, 2023) [Open Source AI Business Models & Brand Moats].",
        source: BRAND_ESSAY,
        params: p(0.2, 3.0, 0.0, 0.9, 1.0, 0.2, 2.0),
    },
    Preset {
        id: "open-lab",
        name: "Open models go stale",
        reason: "Open models cost $100k to $1M each and are swapped out when a better one ships [Open Source AI Business Models & Brand Moats]; the few-month lag is an assumption.",
        source: BRAND_ESSAY,
        params: p(0.2, 2.0, 0.0, 0.3, 3.5, 0.0, 15.0),
    },
];

/// The preset with this id.
pub fn by_id(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// The preset whose settings these are exactly, if any.
pub fn matching(params: &Params) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.params == *params)
}

/// Keep the essay titles referenced (the novelty essay has no preset of its own but is cited).
pub const SOURCES: [&str; 4] = [CHASM_ESSAY, HOUSE_ESSAY, BRAND_ESSAY, TARPIT_ESSAY];
