//! What the reader controls: one `Params` value, valid by construction, and its documented ranges.
//!
//! Every field is described once, as data ([`FieldSpec`]): the sliders, the link codec and the
//! constructors all read the same table, so a range cannot differ between them. The values are
//! private: the only ways to make a `Params` ([`Params::new`], [`Params::with`], [`Params::set`],
//! [`Params::literal`], `Default`, serde) correct what is out of range and say so, so the model's
//! functions take valid input and never clamp again. Reader-facing wording (labels, notices) is
//! not here: see `crate::view`.

use serde::{Deserialize, Serialize};

/// One field of [`Params`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    InnovatorShare,
    /// The rung the product launches on.
    Abstraction,
    /// Rungs gained per year after launch ("evolve").
    ClimbPace,
    Brand,
    CopyLag,
    SwitchingCost,
    PriceDecline,
}

/// How many fields [`Params`] has.
pub const FIELD_COUNT: usize = Field::ALL.len();

/// A field's documented range, step and default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    /// Short stable name, used in links, embed attributes and serde.
    pub key: &'static str,
    pub min: f64,
    pub max: f64,
    /// Slider step; values are not snapped to it except for whole-number fields.
    pub step: f64,
    pub default: f64,
    /// Whole-number field (values are rounded).
    pub integer: bool,
}

impl Field {
    /// Every field, in the order the controls show them and [`Params`] stores them.
    pub const ALL: [Field; 7] = [
        Field::InnovatorShare,
        Field::Abstraction,
        Field::ClimbPace,
        Field::Brand,
        Field::CopyLag,
        Field::SwitchingCost,
        Field::PriceDecline,
    ];

    /// The field's documented range and default.
    pub const fn spec(self) -> FieldSpec {
        match self {
            // Rogers' innovators (2.5 %) plus early adopters (13.5 %) make 16 %.
            Field::InnovatorShare => FieldSpec {
                key: "innovators",
                min: 0.025,
                max: 0.5,
                step: 0.005,
                default: 0.16,
                integer: false,
            },
            // The launch rung of `mapping::LADDER`; its top is checked against the ladder's
            // length there.
            Field::Abstraction => FieldSpec {
                key: "abstraction",
                min: 0.0,
                max: 5.0,
                step: 1.0,
                default: 1.0,
                integer: true,
            },
            // Rungs gained per year after launch. 0 (the default) keeps the product on its launch
            // rung; the top, 2 a year, climbs the whole ladder in under three years. Spark
            // gained five rungs in about a decade (a Python API in 2013 to plain English in
            // 2023: ~0.5 a year), one a year at its fastest.
            Field::ClimbPace => FieldSpec {
                key: "climb",
                min: 0.0,
                max: 2.0,
                step: 0.1,
                default: 0.0,
                integer: false,
            },
            Field::Brand => FieldSpec {
                key: "brand",
                min: 0.0,
                max: 1.0,
                step: 0.01,
                default: 0.25,
                integer: false,
            },
            // The tarpit essay: copycats ship the same features one to three months later.
            Field::CopyLag => FieldSpec {
                key: "lag",
                min: 0.0,
                max: 24.0,
                step: 0.5,
                default: 2.0,
                integer: false,
            },
            Field::SwitchingCost => FieldSpec {
                key: "switching",
                min: 0.0,
                max: 1.0,
                step: 0.01,
                default: 0.2,
                integer: false,
            },
            // The page's assumption: the price of a fixed capability falls about tenfold a year.
            Field::PriceDecline => FieldSpec {
                key: "price",
                min: 1.0,
                max: 20.0,
                step: 0.5,
                default: 10.0,
                integer: false,
            },
        }
    }

    /// The fields the adoption model reads (the rest drive only the moat).
    pub const ADOPTION: [Field; 4] = [
        Field::InnovatorShare,
        Field::Abstraction,
        Field::ClimbPace,
        Field::Brand,
    ];

    /// Position in [`Field::ALL`] (and in the stored values).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The field whose key is `key`, if any.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.spec().key == key)
    }
}

/// Why a value was not accepted as given (the corrected value was used instead).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamError {
    pub field: Field,
    pub reason: ParamProblem,
}

/// What was wrong with a value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParamProblem {
    /// Not a finite number; the default was used.
    NotFinite,
    /// Below the minimum; the minimum was used.
    BelowMin { given: f64 },
    /// Above the maximum; the maximum was used.
    AboveMax { given: f64 },
    /// A whole-number field got a fraction; it was rounded.
    NotWhole { given: f64 },
}

impl FieldSpec {
    /// The nearest valid value to `value`, and what was wrong with it if it was not valid.
    pub fn fit(&self, value: f64) -> (f64, Option<ParamProblem>) {
        if !value.is_finite() {
            return (self.default, Some(ParamProblem::NotFinite));
        }
        if value < self.min {
            return (self.min, Some(ParamProblem::BelowMin { given: value }));
        }
        if value > self.max {
            return (self.max, Some(ParamProblem::AboveMax { given: value }));
        }
        if self.integer && value.fract() != 0.0 {
            return (value.round(), Some(ParamProblem::NotWhole { given: value }));
        }
        (value, None)
    }

    /// Whether `value` is valid as it is (usable in constants).
    const fn accepts(&self, value: f64) -> bool {
        value >= self.min && value <= self.max && (!self.integer || value == (value as i64) as f64)
    }
}

/// The reader's settings, always within their documented ranges. `Default` is the opening scene.
///
/// Units: innovator share, brand and switching cost are fractions in `[0, 1]`; abstraction is the
/// whole rung of the ladder the product launches on; climb pace is in rungs per year; copy lag is
/// in months; price decline is the factor by which the price of the same capability falls per
/// year.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "Named", into = "Named")]
pub struct Params {
    values: [f64; FIELD_COUNT],
}

impl Default for Params {
    fn default() -> Self {
        Params {
            values: Field::ALL.map(|f| f.spec().default),
        }
    }
}

impl Params {
    /// Settings from seven values in [`Field::ALL`] order, each corrected to its range; one error
    /// per corrected value.
    pub fn new(values: [f64; FIELD_COUNT]) -> (Params, Vec<ParamError>) {
        let mut p = Params::default();
        let errors = Field::ALL
            .into_iter()
            .filter_map(|f| p.set(f, values[f.index()]).err())
            .collect();
        (p, errors)
    }

    /// Settings for constants (the scenarios): every value must already be valid. In a `const`
    /// item an invalid value is a compile error; never call it with a reader's input.
    pub const fn literal(values: [f64; FIELD_COUNT]) -> Params {
        let mut i = 0;
        while i < FIELD_COUNT {
            assert!(
                Field::ALL[i].spec().accepts(values[i]),
                "a scenario value is outside its range"
            );
            i += 1;
        }
        Params { values }
    }

    /// The value of one field.
    pub fn get(&self, field: Field) -> f64 {
        self.values[field.index()]
    }

    /// Set one field to the nearest valid value; `Err` says what had to be corrected (the
    /// corrected value is stored either way, so the result is always usable).
    pub fn set(&mut self, field: Field, value: f64) -> Result<(), ParamError> {
        let (fitted, problem) = field.spec().fit(value);
        self.values[field.index()] = fitted;
        match problem {
            None => Ok(()),
            Some(reason) => Err(ParamError { field, reason }),
        }
    }

    /// A copy with one field set to the nearest valid value, and what had to be corrected.
    pub fn with(mut self, field: Field, value: f64) -> (Params, Option<ParamError>) {
        let problem = self.set(field, value).err();
        (self, problem)
    }

    /// A copy with one field moved by `delta`, stopping at the ends of its range (for moves such
    /// as "brand +10 points", where running into the top is expected, not an error).
    pub fn nudged(self, field: Field, delta: f64) -> Params {
        self.with(field, self.get(field) + delta).0
    }

    /// Innovator share: the early market's share of all potential adopters (fraction).
    pub fn innovator_share(&self) -> f64 {
        self.get(Field::InnovatorShare)
    }

    /// The launch rung as an index into the ladder (always within it).
    pub fn rung(&self) -> usize {
        self.get(Field::Abstraction) as usize
    }

    /// Climb pace: rungs gained per year after launch (0 keeps the launch rung).
    pub fn climb_pace(&self) -> f64 {
        self.get(Field::ClimbPace)
    }

    /// Brand strength (fraction).
    pub fn brand(&self) -> f64 {
        self.get(Field::Brand)
    }

    /// Copy lag (months).
    pub fn copy_lag_months(&self) -> f64 {
        self.get(Field::CopyLag)
    }

    /// Switching cost (fraction; 0 is fully composable).
    pub fn switching_cost(&self) -> f64 {
        self.get(Field::SwitchingCost)
    }

    /// Price decline (factor per year, at least 1).
    pub fn price_decline(&self) -> f64 {
        self.get(Field::PriceDecline)
    }

    /// The same settings with every field the adoption curve does not read at its default:
    /// the key under which an adoption run can be reused when only the moat's controls move.
    pub fn adoption_inputs(&self) -> Params {
        Params::default().with_adoption_of(self)
    }

    /// These settings with the adoption fields taken from `other` (the rest kept).
    pub fn with_adoption_of(mut self, other: &Params) -> Params {
        for f in Field::ADOPTION {
            self.values[f.index()] = other.get(f);
        }
        self
    }
}

/// The serde form: named fields, any of them missing (default) or out of range (corrected).
#[derive(Serialize, Deserialize)]
#[serde(default)]
struct Named {
    innovators: f64,
    abstraction: f64,
    climb: f64,
    brand: f64,
    lag: f64,
    switching: f64,
    price: f64,
}

impl Default for Named {
    fn default() -> Self {
        Params::default().into()
    }
}

impl From<Params> for Named {
    fn from(p: Params) -> Self {
        let [innovators, abstraction, climb, brand, lag, switching, price] = p.values;
        Named {
            innovators,
            abstraction,
            climb,
            brand,
            lag,
            switching,
            price,
        }
    }
}

impl From<Named> for Params {
    fn from(n: Named) -> Self {
        Params::new([
            n.innovators,
            n.abstraction,
            n.climb,
            n.brand,
            n.lag,
            n.switching,
            n.price,
        ])
        .0
    }
}
