//! The wording of what had to be corrected: a setting out of its range, a raw model parameter
//! outside its documented range, data that cannot be fitted. Numbers go through `crate::io::number` (see there why).

use super::labels;
use crate::io::number::plain;
use crate::model::diffusion::MarketError;
use crate::model::fit::FitError;
use crate::model::params::{ParamError, ParamProblem};
use std::fmt;

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.field.spec();
        let label = labels::field(self.field);
        match self.reason {
            ParamProblem::NotFinite => {
                write!(f, "{label} was not a number; using {}", plain(s.default))
            }
            ParamProblem::BelowMin { given } => write!(
                f,
                "{label} {} is below the minimum {}; using {}",
                plain(given),
                plain(s.min),
                plain(s.min)
            ),
            ParamProblem::AboveMax { given } => write!(
                f,
                "{label} {} is above the maximum {}; using {}",
                plain(given),
                plain(s.max),
                plain(s.max)
            ),
            ParamProblem::NotWhole { given } => write!(
                f,
                "{label} {} is not a whole step; rounded to {}",
                plain(given),
                plain(given.round())
            ),
        }
    }
}

impl std::error::Error for ParamError {}

impl fmt::Display for MarketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} = {}: {}", self.field, plain(self.value), self.reason)
    }
}

impl std::error::Error for MarketError {}

impl fmt::Display for FitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FitError::TooFewPoints { have, need } => write!(
                f,
                "{have} data points are too few: a fit needs at least {need}"
            ),
            FitError::AllZero => write!(f, "Every count is zero, so there is no curve to fit"),
            FitError::BadValue { index } => {
                write!(f, "point {} has a negative or missing value", index + 1)
            }
            FitError::TimesNotIncreasing { index } => {
                write!(
                    f,
                    "point {} is not later than the one before (duplicated or unsorted dates)",
                    index + 1
                )
            }
            FitError::CumulativeFell { index } => {
                write!(
                    f,
                    "the cumulative count falls at point {}; cumulative totals can only grow",
                    index + 1
                )
            }
        }
    }
}

impl std::error::Error for FitError {}
