//! What the reader controls: one `Params` struct, its documented ranges, and validation.
//!
//! Every field is described once, as data ([`FieldSpec`]): the sliders, the URL codec and the
//! validator all read the same table, so a range cannot differ between them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The reader's settings. `Default` is the opening scene.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Params {
    /// Innovator share: the early market's share of all potential adopters (fraction, 0.025..=0.5).
    pub innovator_share: f64,
    /// Abstraction level: the rung reached on the abstraction ladder (whole number, 0..=5).
    pub abstraction: f64,
    /// Brand strength: how far the mainstream trusts you and your early users (fraction, 0..=1).
    pub brand: f64,
    /// Copy lag: months until copycats ship the same features (0..=24).
    pub copy_lag_months: f64,
    /// Switching cost: how hard it is for a user to swap you out (fraction, 0..=1).
    pub switching_cost: f64,
    /// Price decline: the factor by which the price of the same capability falls per year (1..=20).
    pub price_decline: f64,
}

/// One field of [`Params`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    InnovatorShare,
    Abstraction,
    Brand,
    CopyLag,
    SwitchingCost,
    PriceDecline,
}

/// A field's documented range, step and default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    /// Short stable name used in URLs and embed attributes.
    pub key: &'static str,
    /// Human name, as on the slider's label.
    pub label: &'static str,
    pub min: f64,
    pub max: f64,
    /// Slider step; values are not snapped to it except for whole-number fields.
    pub step: f64,
    pub default: f64,
    /// Whole-number field (values are rounded).
    pub integer: bool,
}

impl Field {
    /// Every field, in the order the controls show them.
    pub const ALL: [Field; 6] = [
        Field::InnovatorShare,
        Field::Abstraction,
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
                label: "Innovator share",
                min: 0.025,
                max: 0.5,
                step: 0.005,
                default: 0.16,
                integer: false,
            },
            Field::Abstraction => FieldSpec {
                key: "abstraction",
                label: "Abstraction level",
                min: 0.0,
                max: 5.0,
                step: 1.0,
                default: 1.0,
                integer: true,
            },
            Field::Brand => FieldSpec {
                key: "brand",
                label: "Brand strength",
                min: 0.0,
                max: 1.0,
                step: 0.01,
                default: 0.25,
                integer: false,
            },
            // The tarpit essay: copycats ship the same features one to three months later.
            Field::CopyLag => FieldSpec {
                key: "lag",
                label: "Copy lag",
                min: 0.0,
                max: 24.0,
                step: 0.5,
                default: 2.0,
                integer: false,
            },
            Field::SwitchingCost => FieldSpec {
                key: "switching",
                label: "Switching cost",
                min: 0.0,
                max: 1.0,
                step: 0.01,
                default: 0.2,
                integer: false,
            },
            // The price of a fixed level of model capability has fallen roughly 10x a year.
            Field::PriceDecline => FieldSpec {
                key: "price",
                label: "Price decline",
                min: 1.0,
                max: 20.0,
                step: 0.5,
                default: 10.0,
                integer: false,
            },
        }
    }

    /// The field whose key is `key`, if any.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.spec().key == key)
    }
}

/// Why a value was not accepted as given.
#[derive(Clone, Debug, PartialEq)]
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

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Numbers through `crate::io::number`: this text reaches the page (see that module why).
        let n = crate::io::number::plain;
        let s = self.field.spec();
        match self.reason {
            ParamProblem::NotFinite => {
                write!(f, "{} was not a number; using {}", s.label, n(s.default))
            }
            ParamProblem::BelowMin { given } => write!(
                f,
                "{} {} is below the minimum {}; using {}",
                s.label,
                n(given),
                n(s.min),
                n(s.min)
            ),
            ParamProblem::AboveMax { given } => write!(
                f,
                "{} {} is above the maximum {}; using {}",
                s.label,
                n(given),
                n(s.max),
                n(s.max)
            ),
            ParamProblem::NotWhole { given } => write!(
                f,
                "{} {} is not a whole step; rounded to {}",
                s.label,
                n(given),
                n(given.round())
            ),
        }
    }
}

impl std::error::Error for ParamError {}

impl Default for Params {
    fn default() -> Self {
        Params {
            innovator_share: Field::InnovatorShare.spec().default,
            abstraction: Field::Abstraction.spec().default,
            brand: Field::Brand.spec().default,
            copy_lag_months: Field::CopyLag.spec().default,
            switching_cost: Field::SwitchingCost.spec().default,
            price_decline: Field::PriceDecline.spec().default,
        }
    }
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
}

impl Params {
    /// The value of one field.
    pub fn get(&self, field: Field) -> f64 {
        match field {
            Field::InnovatorShare => self.innovator_share,
            Field::Abstraction => self.abstraction,
            Field::Brand => self.brand,
            Field::CopyLag => self.copy_lag_months,
            Field::SwitchingCost => self.switching_cost,
            Field::PriceDecline => self.price_decline,
        }
    }

    fn slot(&mut self, field: Field) -> &mut f64 {
        match field {
            Field::InnovatorShare => &mut self.innovator_share,
            Field::Abstraction => &mut self.abstraction,
            Field::Brand => &mut self.brand,
            Field::CopyLag => &mut self.copy_lag_months,
            Field::SwitchingCost => &mut self.switching_cost,
            Field::PriceDecline => &mut self.price_decline,
        }
    }

    /// Set one field to the nearest valid value; `Err` says what had to be corrected (the
    /// corrected value is stored either way, so the result is always usable).
    pub fn set(&mut self, field: Field, value: f64) -> Result<(), ParamError> {
        let (fitted, problem) = field.spec().fit(value);
        *self.slot(field) = fitted;
        match problem {
            None => Ok(()),
            Some(reason) => Err(ParamError { field, reason }),
        }
    }

    /// The validating constructor: `Ok` only if every field is already within its range.
    pub fn validated(self) -> Result<Params, ParamError> {
        let mut copy = self;
        for field in Field::ALL {
            copy.set(field, self.get(field))?;
        }
        Ok(copy)
    }

    /// The nearest valid parameters, with one error per corrected field.
    pub fn clamped(self) -> (Params, Vec<ParamError>) {
        let mut copy = self;
        let errors = Field::ALL
            .into_iter()
            .filter_map(|field| copy.set(field, self.get(field)).err())
            .collect();
        (copy, errors)
    }

    /// The abstraction rung as an index into the ladder.
    pub fn rung(&self) -> usize {
        let (value, _) = Field::Abstraction.spec().fit(self.abstraction);
        value as usize
    }
}
