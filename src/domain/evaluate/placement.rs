//! The region's stage on the route and what keeps it from the next one.
//!
//! Rules (DOMAIN.md §6):
//! - The region is as far along the route as its weakest value: the lowest dimension stage.
//! - Gates cap it further: a region cannot stand at a gate's stage while the gate item is
//!   below the gate's level. A gate item in the form without a level (nobody knows, or nobody
//!   answered) does not count as reached: a table cannot claim a stage it cannot show.
//!   Gates on questions outside the form (e.g. not in the quick scan) do not apply.
//! - Blockers for the next stage: per dimension below it, the items under the next stage's
//!   level and how many of them must rise to meet the share; plus every gate for the next
//!   stage (or lower) that is not met. Sorted by how far they are from the bar.

use super::dimensions::DimensionResult;
use super::items::ItemResult;
use crate::domain::Level;
use crate::domain::framework::{DimensionId, Framework, Gate, QuestionId};

/// A gate that is not met.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GateBlock {
    /// The gate question.
    pub question: QuestionId,
    /// The gate.
    pub gate: Gate,
    /// The item's level, if it has one.
    pub level: Option<Level>,
}

/// Where the region stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The stage: the weakest value, capped by gates.
    pub stage: Level,
    /// The weakest value's stage, before gates.
    pub by_values: Level,
    /// The dimensions at the weakest stage.
    pub weakest: Vec<DimensionId>,
    /// Gates that are not met, for any stage, in question order.
    pub unmet_gates: Vec<GateBlock>,
    /// Whether every dimension had answers (otherwise the stage rests on fewer values).
    pub complete: bool,
}

/// One item that stands in the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemBlock {
    /// The question.
    pub question: QuestionId,
    /// Its level now.
    pub level: Level,
    /// The level it needs.
    pub needed: Level,
}

impl ItemBlock {
    /// How many levels it is short.
    pub fn gap(&self) -> u8 {
        self.needed.get().saturating_sub(self.level.get())
    }
}

/// A dimension below the next stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionBlock {
    /// The dimension.
    pub dimension: DimensionId,
    /// Its stage now.
    pub stage: Level,
    /// How many more items must reach the next stage's level.
    pub items_short: usize,
    /// The items below that level, furthest first.
    pub items: Vec<ItemBlock>,
}

/// What keeps the region from the next stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blockers {
    /// The next stage.
    pub next: Level,
    /// Dimensions below it, furthest first.
    pub dimensions: Vec<DimensionBlock>,
    /// Gates for the next stage or lower that are not met.
    pub gates: Vec<GateBlock>,
}

impl Blockers {
    /// Every blocking item and gate as one list, furthest from the bar first, for a short
    /// summary: (question, current level, needed level).
    pub fn ranked(&self) -> Vec<(QuestionId, Option<Level>, Level)> {
        let mut all: Vec<(QuestionId, Option<Level>, Level, u8, usize)> = Vec::new();
        for (rank, d) in self.dimensions.iter().enumerate() {
            for i in &d.items {
                all.push((i.question.clone(), Some(i.level), i.needed, i.gap(), rank));
            }
        }
        for g in &self.gates {
            let gap = g.gate.level.get() - g.level.map_or(0, Level::get);
            if !all.iter().any(|a| a.0 == g.question) {
                all.push((g.question.clone(), g.level, g.gate.level, gap.max(1), 0));
            }
        }
        all.sort_by(|a, b| b.3.cmp(&a.3).then(a.4.cmp(&b.4)));
        all.into_iter().map(|(q, l, n, _, _)| (q, l, n)).collect()
    }
}

/// Places the region. `None` when no dimension has any answer.
pub fn place(
    framework: &Framework,
    dimensions: &[DimensionResult],
    items: &[ItemResult],
) -> Option<Placement> {
    let by_values = dimensions.iter().filter_map(|d| d.stage).min()?;
    let weakest = dimensions
        .iter()
        .filter(|d| d.stage == Some(by_values))
        .map(|d| d.dimension.clone())
        .collect();
    let unmet_gates = unmet_gates(framework, items);
    let cap = unmet_gates
        .iter()
        .filter_map(|g| Level::new(g.gate.stage.get() - 1))
        .min()
        .unwrap_or(Level::MAX);
    Some(Placement {
        stage: by_values.min(cap),
        by_values,
        weakest,
        unmet_gates,
        complete: dimensions.iter().all(|d| d.stage.is_some()),
    })
}

fn unmet_gates(framework: &Framework, items: &[ItemResult]) -> Vec<GateBlock> {
    items
        .iter()
        .filter(|item| !item.not_applicable)
        .filter_map(|item| {
            let gate = framework.question(&item.question)?.gate?;
            let met = item.level.is_some_and(|level| level >= gate.level);
            (!met).then(|| GateBlock {
                question: item.question.clone(),
                gate,
                level: item.level,
            })
        })
        .collect()
}

/// What keeps the region from the stage after `placement`. `None` at stage 5.
pub fn blockers(
    framework: &Framework,
    placement: &Placement,
    dimensions: &[DimensionResult],
    items: &[ItemResult],
) -> Option<Blockers> {
    let next = placement.stage.next()?;
    let share = framework.scoring.stage_share;
    let mut blocks: Vec<DimensionBlock> = dimensions
        .iter()
        .filter_map(|d| {
            let stage = d.stage?;
            if stage >= next {
                return None;
            }
            let mine: Vec<&ItemResult> = items
                .iter()
                .filter(|i| i.dimension == d.dimension)
                .collect();
            let reached = mine
                .iter()
                .filter(|i| i.level.is_some_and(|l| l >= next))
                .count();
            let items_short = (0..=d.answered_items)
                .find(|extra| share.reached(reached + extra, d.answered_items))
                .unwrap_or(d.answered_items);
            let mut below: Vec<ItemBlock> = mine
                .iter()
                .filter_map(|i| {
                    let level = i.level?;
                    (level < next).then(|| ItemBlock {
                        question: i.question.clone(),
                        level,
                        needed: next,
                    })
                })
                .collect();
            // Furthest first; the sort is stable, so equal gaps keep question order.
            below.sort_by_key(|b| std::cmp::Reverse(b.gap()));
            Some(DimensionBlock {
                dimension: d.dimension.clone(),
                stage,
                items_short,
                items: below,
            })
        })
        .collect();
    blocks.sort_by_key(|b| (std::cmp::Reverse(b.items_short), b.stage));
    let gates = placement
        .unmet_gates
        .iter()
        .filter(|g| g.gate.stage <= next)
        .cloned()
        .collect();
    Some(Blockers {
        next,
        dimensions: blocks,
        gates,
    })
}
