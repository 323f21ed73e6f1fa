//! Strategies shared by the property tests.

#![allow(dead_code)] // each test crate uses part of this

use chasm_explorer::model::{Field, Params};
use proptest::prelude::*;

/// Any valid setting of the six controls, over their whole documented ranges.
pub fn any_params() -> impl Strategy<Value = Params> {
    let range = |f: Field| f.spec().min..=f.spec().max;
    (
        range(Field::InnovatorShare),
        0..=5u8,
        range(Field::Brand),
        range(Field::CopyLag),
        range(Field::SwitchingCost),
        range(Field::PriceDecline),
    )
        .prop_map(|(innovators, rung, brand, lag, switching, price)| {
            let (p, errors) = Params::new([innovators, rung as f64, brand, lag, switching, price]);
            assert!(errors.is_empty(), "{errors:?}");
            p
        })
}
