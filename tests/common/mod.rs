//! Strategies shared by the property tests.

#![allow(dead_code)] // each test crate uses part of this

use chasm_explorer::model::{Field, Params};
use proptest::prelude::*;

/// Any valid setting of the seven controls, over their whole documented ranges (the climb pace
/// at rest half the time, as the page opens).
pub fn any_params() -> impl Strategy<Value = Params> {
    let range = |f: Field| f.spec().min..=f.spec().max;
    (
        range(Field::InnovatorShare),
        0..=5u8,
        prop_oneof![Just(0.0), range(Field::ClimbPace)],
        range(Field::Brand),
        range(Field::CopyLag),
        range(Field::SwitchingCost),
        range(Field::PriceDecline),
    )
        .prop_map(|(innovators, rung, climb, brand, lag, switching, price)| {
            let (p, errors) =
                Params::new([innovators, rung as f64, climb, brand, lag, switching, price]);
            assert!(errors.is_empty(), "{errors:?}");
            p
        })
}
