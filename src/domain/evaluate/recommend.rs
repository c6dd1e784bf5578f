//! Which steering instruments fit now, and why (docs/model.md §4).
//!
//! An instrument is recommended when its stage window contains the region's stage or the next
//! one, and it strengthens a value that blocks the next stage or scores weakly (band
//! "discuss" or "concern"), or it addresses an unmet gate. National instruments are never
//! advice to a region. Ranking, best first (ties keep catalogue order):
//! - each blocking value it strengthens: twice the number of items that value is short of the
//!   bar when the next stage's profile asks for the value, so what the step needs comes first;
//!   one per item short, at most 2, for a value that is only below the next stage;
//! - each blocking item it addresses directly (the framework's `addresses`): 2;
//! - an unmet gate for the next stage it addresses directly: 4;
//! - each other weak value it strengthens: 1;
//! - its window contains the current stage, not only the next: 3 — instruments grow with the
//!   table, so what fits now comes before what fits the step after (000 §5.2).
//!
//! Reasons name the blocking items the instrument addresses (none when it strengthens the value
//! in general). Instruments whose window starts after the next stage are listed apart, as
//! "further along the route".

use super::dimensions::{Band, DimensionResult};
use super::placement::{Blockers, Placement};
use crate::domain::Level;
use crate::domain::assessment::Assessment;
use crate::domain::framework::{DimensionId, Framework, InstrumentId, QuestionId};

/// Why an instrument is recommended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// It strengthens a value that keeps the region from the next stage.
    Blocking {
        /// The value.
        dimension: DimensionId,
        /// The blocking items the instrument addresses directly (may be empty).
        items: Vec<QuestionId>,
        /// The next stage.
        next: Level,
    },
    /// It strengthens a value with an unmet gate.
    Gate {
        /// The gate question.
        question: QuestionId,
        /// The stage the gate guards.
        stage: Level,
    },
    /// It strengthens a value that scores weakly.
    Weak {
        /// The value.
        dimension: DimensionId,
        /// Its band.
        band: Band,
    },
    /// Its window contains the current stage.
    FitsNow {
        /// The current stage.
        stage: Level,
    },
    /// Its window starts at the next stage.
    FitsNext {
        /// The next stage.
        stage: Level,
    },
}

/// One recommended instrument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// The instrument id.
    pub instrument: InstrumentId,
    /// The ranking score (higher first).
    pub score: u32,
    /// Why, most important first.
    pub reasons: Vec<Reason>,
    /// Whether the table already has it in its action plan.
    pub in_plan: bool,
}

/// Recommended instruments now, and those further along the route.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recommendations {
    /// Fitting now, best first.
    pub now: Vec<Recommendation>,
    /// Regional instruments for later stages, by first stage then catalogue order.
    pub later: Vec<InstrumentId>,
}

/// What a blocking value weighs: twice its items short when the next stage asks for it,
/// else its items short up to 2.
fn block_weight(block: &super::placement::DimensionBlock) -> u32 {
    let short = u32::try_from(block.items_short.max(1)).unwrap_or(1);
    if block.required {
        2 * short
    } else {
        short.min(2)
    }
}

/// Recommends instruments for a placed region.
pub fn recommend(
    framework: &Framework,
    assessment: &Assessment,
    placement: &Placement,
    blockers: Option<&Blockers>,
    dimensions: &[DimensionResult],
) -> Recommendations {
    let stage = placement.stage;
    let next = stage.next();
    let horizon = next.unwrap_or(stage);
    let weak: Vec<(&DimensionId, Band)> = dimensions
        .iter()
        .filter_map(|d| Some((&d.dimension, d.band?)))
        .filter(|(_, band)| *band != Band::Strength)
        .collect();

    let mut now: Vec<(usize, Recommendation)> = Vec::new();
    for (order, instrument) in framework.instruments.iter().enumerate() {
        if instrument.is_national() || !(instrument.fits(stage) || instrument.fits(horizon)) {
            continue;
        }
        let strengthens = |dimension: &DimensionId| instrument.dimensions.contains(dimension);
        let mut reasons = Vec::new();
        let mut score = 0;
        if let Some(blockers) = blockers {
            for block in blockers
                .dimensions
                .iter()
                .filter(|b| strengthens(&b.dimension))
            {
                let addressed: Vec<QuestionId> = block
                    .items
                    .iter()
                    .filter(|i| instrument.addresses(&i.question))
                    .map(|i| i.question.clone())
                    .collect();
                score += block_weight(block) + 2 * u32::try_from(addressed.len()).unwrap_or(0);
                reasons.push(Reason::Blocking {
                    dimension: block.dimension.clone(),
                    items: addressed,
                    next: blockers.next,
                });
            }
            for gate in blockers
                .gates
                .iter()
                .filter(|g| instrument.addresses(&g.question))
            {
                score += 4;
                reasons.push(Reason::Gate {
                    question: gate.question.clone(),
                    stage: gate.gate.stage,
                });
            }
        }
        for (dimension, band) in &weak {
            let already = reasons
                .iter()
                .any(|r| matches!(r, Reason::Blocking { dimension: d, .. } if d == *dimension));
            if strengthens(dimension) && !already {
                score += 1;
                reasons.push(Reason::Weak {
                    dimension: (*dimension).clone(),
                    band: *band,
                });
            }
        }
        if score == 0 {
            continue;
        }
        if instrument.fits(stage) {
            score += 3;
            reasons.push(Reason::FitsNow { stage });
        } else {
            reasons.push(Reason::FitsNext { stage: horizon });
        }
        let in_plan = assessment
            .actions
            .iter()
            .any(|a| a.instrument.as_deref() == Some(instrument.id.as_str()));
        now.push((
            order,
            Recommendation {
                instrument: instrument.id.clone(),
                score,
                reasons,
                in_plan,
            },
        ));
    }
    now.sort_by_key(|(order, r)| (std::cmp::Reverse(r.score), *order));

    let mut later: Vec<(Level, usize, InstrumentId)> = framework
        .instruments
        .iter()
        .enumerate()
        .filter(|(_, i)| !i.is_national() && i.from_stage > horizon)
        .map(|(order, i)| (i.from_stage, order, i.id.clone()))
        .collect();
    later.sort();

    Recommendations {
        now: now.into_iter().map(|(_, r)| r).collect(),
        later: later.into_iter().map(|(_, _, id)| id).collect(),
    }
}
