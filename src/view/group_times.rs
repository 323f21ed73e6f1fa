//! When each of Rogers' groups adopts, in words, from the groups' cut times: what the legend,
//! the section-1 figure and their summaries say, so they cannot disagree.

use super::format::{adoption_horizon, year};
use crate::model::groups::AdopterGroups;

/// When group `i` adopts: "launch to year 0.9", "year 2.4 to 8.1", "from year 8.1 on" (the
/// laggards, or a group still adopting at the horizon), or "not reached within 30 years".
pub fn span(groups: &AdopterGroups, i: usize) -> String {
    if !groups.reached(i) {
        return format!("not reached within {}", adoption_horizon());
    }
    let start = if i == 0 {
        None
    } else {
        groups.cuts.get(i - 1).copied().flatten()
    };
    let end = groups.cuts.get(i).copied().flatten();
    match (start, end) {
        (None, Some(e)) => format!("launch to {}", year(e)),
        (Some(s), Some(e)) => format!("{} to {}", year(s), crate::io::number::fixed(e, 1)),
        (Some(s), None) => format!("from {} on", year(s)),
        (None, None) => "from launch on".to_string(),
    }
}
