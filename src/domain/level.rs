//! The 1–5 scale shared by answer levels and routekaart stages.
//!
//! Every answer option is anchored to one stage, so an answer "at level 3" describes what a
//! table at stage 3 typically does. One type serves both, which keeps comparisons such as
//! "this item is below the level the next stage needs" free of conversions.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A level or stage from 1 to 5. Construction checks the range, so a `Level` is always valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

/// A number outside 1–5 where a level or stage was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0} is not a level: levels and stages run from 1 to 5")]
pub struct LevelOutOfRange(pub u8);

impl Level {
    /// The lowest level (stage 1, getting acquainted).
    pub const MIN: Self = Self(1);

    /// The highest level (stage 5, regional table).
    pub const MAX: Self = Self(5);

    /// All five levels, lowest first.
    pub const ALL: [Self; 5] = [Self(1), Self(2), Self(3), Self(4), Self(5)];

    /// The level `n`, if `n` is 1 to 5.
    pub fn new(n: u8) -> Option<Self> {
        (1..=5).contains(&n).then_some(Self(n))
    }

    /// The number 1 to 5.
    pub fn get(self) -> u8 {
        self.0
    }

    /// Zero-based index (0 to 4), for option lists.
    pub fn index(self) -> usize {
        usize::from(self.0 - 1)
    }

    /// The next level up, or `None` at 5.
    pub fn next(self) -> Option<Self> {
        Self::new(self.0 + 1)
    }
}

impl TryFrom<u8> for Level {
    type Error = LevelOutOfRange;

    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Self::new(n).ok_or(LevelOutOfRange(n))
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> Self {
        level.0
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_to_five_are_levels() {
        assert_eq!(Level::new(0), None, "0 is below the scale");
        assert_eq!(Level::new(6), None, "6 is above the scale");
        assert_eq!(Level::new(3).map(Level::get), Some(3), "3 is a level");
        assert_eq!(Level::MAX.next(), None, "nothing above 5");
        assert_eq!(Level::MIN.next(), Level::new(2), "2 follows 1");
    }
}
