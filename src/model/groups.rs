//! Rogers' five adopter groups, cut where the cumulative share of all potential adopters reaches
//! the levels Rogers' figure implies, scaled so they square with the innovator share.
//!
//! Rogers (Diffusion of Innovations) draws adoption time as a bell and cuts it at mean - 2 sd,
//! mean - sd, the mean and mean + sd: 2.5 / 13.5 / 34 / 34 / 16 % of adopters (his rounding of
//! the normal curve's 2.3 / 13.6 / 34.1 / 34.1 / 15.9 %). On this model's skewed, two-humped
//! curves the mean - 2 sd cut falls before launch, leaving the innovators' band empty under a
//! slider that says "innovator share 16 %". So the cuts here are the cumulative shares that
//! figure implies, of ALL potential adopters `F(t)`, with the early market's share `theta` in
//! place of Rogers' 16 %:
//!
//! ```text
//! theta * 2.5/16,   theta,   theta + (1 - theta) * 34/84,   theta + (1 - theta) * 68/84
//! ```
//!
//! At `theta = 16 %` these are exactly 2.5 / 16 / 50 / 84 %, and innovators plus early adopters
//! always make up the innovator share. A level the curve does not reach within the horizon has
//! no cut time: the group that starts there (and every later one) is "not reached within the
//! horizon", which the page must say rather than draw an empty band.

use super::diffusion::Trajectory;

/// One of Rogers' five groups, in adoption order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Innovators,
    EarlyAdopters,
    EarlyMajority,
    LateMajority,
    Laggards,
}

impl Group {
    /// All five, in adoption order.
    pub const ALL: [Group; 5] = [
        Group::Innovators,
        Group::EarlyAdopters,
        Group::EarlyMajority,
        Group::LateMajority,
        Group::Laggards,
    ];

    /// The share Rogers gives for a normal curve (his rounded figures).
    pub fn rogers_share(self) -> f64 {
        match self {
            Group::Innovators => 0.025,
            Group::EarlyAdopters => 0.135,
            Group::EarlyMajority | Group::LateMajority => 0.34,
            Group::Laggards => 0.16,
        }
    }
}

/// Rogers' innovators and early adopters together (his 2.5 + 13.5 %): the early market's share
/// in his figure, which the innovator share replaces.
pub const ROGERS_EARLY_MARKET: f64 = 0.16;
/// Rogers' innovators (2.5 %) as a fraction of his early market (16 %).
pub const INNOVATORS_OF_EARLY: f64 = 0.025 / ROGERS_EARLY_MARKET;
/// Rogers' early majority (34 %) as a fraction of his main market (84 %).
pub const EARLY_MAJORITY_OF_MAIN: f64 = 0.34 / (1.0 - ROGERS_EARLY_MARKET);
/// Rogers' early plus late majority (68 %) as a fraction of his main market (84 %).
pub const MAJORITIES_OF_MAIN: f64 = 0.68 / (1.0 - ROGERS_EARLY_MARKET);

/// The four cut levels for an early market of share `theta` (shares of all potential adopters,
/// increasing): `theta * 2.5/16`, `theta`, `theta + (1 - theta) * 34/84`,
/// `theta + (1 - theta) * 68/84`.
pub fn cut_levels(theta: f64) -> [f64; 4] {
    let theta = if theta.is_finite() {
        theta.clamp(0.0, 1.0)
    } else {
        ROGERS_EARLY_MARKET
    };
    let main = 1.0 - theta;
    [
        theta * INNOVATORS_OF_EARLY,
        theta,
        theta + main * EARLY_MAJORITY_OF_MAIN,
        theta + main * MAJORITIES_OF_MAIN,
    ]
}

/// Cut levels, cut times and shares of the five groups.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdopterGroups {
    /// The four cut levels, as shares of all potential adopters (see [`cut_levels`]).
    pub levels: [f64; 4],
    /// When the cumulative share `F(t)` reaches each level (years since launch); `None` if it
    /// does not within the horizon.
    pub cuts: [Option<f64>; 4],
    /// Each group's share of all potential adopters, in [`Group::ALL`] order (the gaps between
    /// the levels; sums to 1). Fixed by the definition, not by the curve: at the default innovator
    /// share these are Rogers' 2.5 / 13.5 / 34 / 34 / 16 %.
    pub shares: [f64; 5],
}

impl AdopterGroups {
    /// Groups cut on `trajectory` for an early market of share `theta`.
    pub fn cut(trajectory: &Trajectory, theta: f64) -> AdopterGroups {
        let levels = cut_levels(theta);
        let [a, b, c, d] = levels;
        AdopterGroups {
            levels,
            cuts: levels.map(|l| trajectory.time_to_reach(l)),
            shares: [a, b - a, c - b, d - c, 1.0 - d],
        }
    }

    /// Whether group `i` has started within the horizon (its first member has adopted). The
    /// innovators always have, from launch.
    pub fn reached(&self, i: usize) -> bool {
        i == 0 || self.cuts.get(i - 1).is_some_and(Option::is_some)
    }

    /// Whether group `i` is complete within the horizon (the laggards never are: the curve only
    /// approaches 100 %).
    pub fn complete(&self, i: usize) -> bool {
        self.cuts.get(i).is_some_and(Option::is_some)
    }

    /// The time span (years) of group `i`'s band, from its first cut to the next, clipped to
    /// `[0, horizon]`; a group still adopting at the horizon ends there. `None` when the group
    /// is not reached within the horizon (or `i` is not a group).
    pub fn band(&self, i: usize, horizon: f64) -> Option<(f64, f64)> {
        if i >= Group::ALL.len() || !self.reached(i) {
            return None;
        }
        let start = if i == 0 {
            0.0
        } else {
            self.cuts[i - 1].unwrap_or(horizon)
        };
        let end = self.cuts.get(i).copied().flatten().unwrap_or(horizon);
        // max/min, not clamp: see `Market::simulate`.
        let clip = |t: f64| t.max(0.0).min(horizon.max(0.0));
        Some((clip(start), clip(end.max(start))))
    }
}

impl Trajectory {
    /// Rogers' groups for this trajectory, whose early market has share `theta`.
    pub fn adopter_groups(&self, theta: f64) -> AdopterGroups {
        AdopterGroups::cut(self, theta)
    }
}
