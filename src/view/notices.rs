//! The wording of what had to be corrected: a setting out of its range, a raw model parameter
//! outside its documented range. Numbers go through `crate::io::number` (see there why).

use super::labels;
use crate::io::number::plain;
use crate::model::diffusion::MarketError;
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
