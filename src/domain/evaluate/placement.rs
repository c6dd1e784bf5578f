//! The region's stage on the route and what keeps it from the next one.
//!
//! The route describes each stage by what is in place there (seed 000 §5.2), not as the same
//! ladder four times, so each stage has a profile in the framework file: the stage each value
//! must have reached, plus gates — single questions that must reach a level.
//! - The region stands at the highest stage whose profile, and every lower stage's profile,
//!   is met.
//! - A value's stage is the mean level of its answered items, rounded half up
//!   ([`super::stage_of`]).
//! - Unknown is not no. A gate question nobody could answer, and a value's questions answered
//!   "weet niet", do not count against the table; instead the stage is *provisional*. The
//!   engine places the table a second time with every unknown counted as the lowest level and
//!   every unknown gate as unmet; when that gives a lower stage, the stage is provisional, the
//!   lower one is what it would be if the unknowns stay unmet, and the questions that decide it
//!   are named. Gates on questions outside the form (e.g. not in the quick scan) do not apply;
//!   "n.v.t." meets a gate.
//! - Blockers for the next stage: every value whose answers average below it — first those
//!   the next stage's profile asks for, with the items under that level and how many must
//!   rise — plus the next stage's gates that are not met or not known.

use super::dimensions::{DimensionResult, stage_of};
use super::items::ItemResult;
use crate::domain::Level;
use crate::domain::framework::{DimensionId, Framework, Gate, QuestionId, Share, Stage};

/// A gate that is not met, or not known to be met.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GateBlock {
    /// The gate question.
    pub question: QuestionId,
    /// The gate.
    pub gate: Gate,
    /// The item's level; `None` when nobody could answer it ("weet niet" or no answer).
    pub level: Option<Level>,
}

/// Where the region stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The stage: the highest whose profile and gates are met, unknowns not counted against.
    pub stage: Level,
    /// The stage from the values' profiles alone, before gates.
    pub by_values: Level,
    /// The stage if every unknown answer stays unmet (counted as the lowest level). Lower
    /// than [`Self::stage`] exactly when the stage is provisional.
    pub confirmed: Level,
    /// The dimensions at the weakest stage.
    pub weakest: Vec<DimensionId>,
    /// Gates whose question has a level below the gate's, for any stage, in question order.
    pub unmet_gates: Vec<GateBlock>,
    /// The questions without a known level whose answers decide between [`Self::confirmed`]
    /// and [`Self::stage`], in framework order: unknown gates and the unknown items of values
    /// that fall short once unknowns count as the lowest level.
    pub to_confirm: Vec<QuestionId>,
    /// Whether every dimension had answers (otherwise the stage rests on fewer values).
    pub complete: bool,
}

impl Placement {
    /// Whether the stage rests on unknown answers: it would be lower if they stay unmet.
    pub fn provisional(&self) -> bool {
        self.confirmed < self.stage
    }
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

/// A value below the next stage.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionBlock {
    /// The dimension.
    pub dimension: DimensionId,
    /// Its stage now.
    pub stage: Level,
    /// The level to reach: the next stage's profile level where that profile asks more than
    /// the value has, else the next stage itself.
    pub needed: Level,
    /// Whether the next stage's profile asks for it (otherwise it is below the next stage,
    /// but the step does not depend on it).
    pub required: bool,
    /// How many more items must reach that level.
    pub items_short: usize,
    /// The items below that level, furthest first.
    pub items: Vec<ItemBlock>,
}

/// What keeps the region from the next stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Blockers {
    /// The next stage.
    pub next: Level,
    /// Values below the next stage: those its profile asks for first, then furthest first.
    pub dimensions: Vec<DimensionBlock>,
    /// Gates that are not met for the next stage or lower, and unknown gates of the next stage.
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

/// What a gate's question shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum GateState {
    /// At or above the gate's level, or "n.v.t.".
    Met,
    /// Below it.
    Unmet,
    /// No level known.
    Unknown,
}

/// Every gate of the form's questions with what its item shows, in question order.
fn gate_states<'a>(
    framework: &'a Framework,
    items: &'a [ItemResult],
) -> impl Iterator<Item = (&'a ItemResult, Gate, GateState)> + 'a {
    items.iter().flat_map(move |item| {
        let gates = framework
            .question(&item.question)
            .map_or(&[][..], |q| &q.gates[..]);
        gates.iter().map(move |&gate| {
            let state = match item.level {
                _ if item.not_applicable => GateState::Met,
                Some(level) if level >= gate.level => GateState::Met,
                Some(_) => GateState::Unmet,
                None => GateState::Unknown,
            };
            (item, gate, state)
        })
    })
}

/// The level a stage's profile asks of a dimension (stage 1 asks nothing).
fn required(stage: &Stage, dimension: &str) -> Level {
    stage
        .requires
        .iter()
        .find(|(d, _)| d == dimension)
        .map_or(Level::MIN, |(_, l)| *l)
}

/// The highest stage whose profile (and every lower one's) is met, given each dimension's
/// stage (`None`: no answer, which does not hold the table back) and which gated stages are
/// closed.
fn highest(
    framework: &Framework,
    dimensions: &[(DimensionId, Option<Level>)],
    closed: &dyn Fn(Level) -> bool,
) -> Level {
    let mut reached = Level::MIN;
    for stage in framework.stages.iter().filter(|s| s.number > Level::MIN) {
        let values_met = dimensions
            .iter()
            .all(|(d, s)| s.is_none_or(|s| s >= required(stage, d)));
        if !values_met || closed(stage.number) {
            break;
        }
        reached = stage.number;
    }
    reached
}

/// Each dimension's stage with its unknown items counted as the lowest level.
fn pessimistic(
    dimensions: &[DimensionResult],
    items: &[ItemResult],
    framework: &Framework,
) -> Vec<(DimensionId, Option<Level>)> {
    dimensions
        .iter()
        .map(|d| {
            let levels: Vec<Level> = items
                .iter()
                .filter(|i| i.dimension == d.dimension && !i.not_applicable)
                .map(|i| i.level.unwrap_or(Level::MIN))
                .collect();
            (
                d.dimension.clone(),
                stage_of(&levels, &framework.scoring).or(Some(Level::MIN)),
            )
        })
        .collect()
}

/// Places the region. `None` when no dimension has any answer.
pub fn place(
    framework: &Framework,
    dimensions: &[DimensionResult],
    items: &[ItemResult],
) -> Option<Placement> {
    let lowest = dimensions.iter().filter_map(|d| d.stage).min()?;
    let weakest = dimensions
        .iter()
        .filter(|d| d.stage == Some(lowest))
        .map(|d| d.dimension.clone())
        .collect();
    let gates: Vec<(&ItemResult, Gate, GateState)> = gate_states(framework, items).collect();
    let known: Vec<(DimensionId, Option<Level>)> = dimensions
        .iter()
        .map(|d| (d.dimension.clone(), d.stage))
        .collect();
    let closed_by = |unknown_closes: bool| {
        let gates = &gates;
        move |stage: Level| {
            gates.iter().any(|(_, gate, state)| {
                gate.stage <= stage
                    && (*state == GateState::Unmet
                        || (unknown_closes && *state == GateState::Unknown))
            })
        }
    };
    let by_values = highest(framework, &known, &|_| false);
    let stage = highest(framework, &known, &closed_by(false));
    let worst = pessimistic(dimensions, items, framework);
    let confirmed = highest(framework, &worst, &closed_by(true));

    let mut to_confirm: Vec<QuestionId> = Vec::new();
    if confirmed < stage {
        let short: Vec<&DimensionId> = worst
            .iter()
            .filter(|(d, s)| {
                framework
                    .stages
                    .iter()
                    .filter(|st| st.number > confirmed && st.number <= stage)
                    .any(|st| s.is_some_and(|s| s < required(st, d)))
            })
            .map(|(d, _)| d)
            .collect();
        for item in items {
            let unknown = item.level.is_none() && !item.not_applicable;
            let gate_decides = gates.iter().any(|(i, gate, state)| {
                i.question == item.question && *state == GateState::Unknown && gate.stage <= stage
            });
            if unknown && (gate_decides || short.contains(&&item.dimension)) {
                to_confirm.push(item.question.clone());
            }
        }
    }
    Some(Placement {
        stage,
        by_values,
        confirmed,
        weakest,
        unmet_gates: gates
            .iter()
            .filter(|(_, _, state)| *state == GateState::Unmet)
            .map(|(item, gate, _)| GateBlock {
                question: item.question.clone(),
                gate: *gate,
                level: item.level,
            })
            .collect(),
        to_confirm,
        complete: dimensions.iter().all(|d| d.stage.is_some()),
    })
}

/// What keeps the region from the stage after `placement`. `None` at stage 5.
pub fn blockers(
    framework: &Framework,
    placement: &Placement,
    dimensions: &[DimensionResult],
    items: &[ItemResult],
) -> Option<Blockers> {
    let next = placement.stage.next()?;
    let next_stage = framework.stages.iter().find(|s| s.number == next)?;
    let margin = framework.scoring.stage_margin;
    let mut blocks: Vec<DimensionBlock> = dimensions
        .iter()
        .filter_map(|d| {
            let stage = d.stage?;
            let mine: Vec<&ItemResult> = items
                .iter()
                .filter(|i| i.dimension == d.dimension)
                .collect();
            let mut levels: Vec<u8> = mine
                .iter()
                .filter_map(|i| i.level)
                .map(Level::get)
                .collect();
            let mut sum: u64 = levels.iter().map(|&l| u64::from(l)).sum();
            // A value whose answers average below the next stage holds the table back, even
            // when rounding already puts it there.
            if Share::NONE.mean_reaches(sum, levels.len(), next.get()) {
                return None;
            }
            let profile = required(next_stage, &d.dimension);
            let required = stage < profile;
            // A value the next stage asks for must reach its profile level by the stage rule;
            // any other value is shown with the next stage as the mean to grow to.
            let (needed, margin) = if required {
                (profile, margin)
            } else {
                (next, Share::NONE)
            };
            // The fewest items that, raised to the needed level (lowest first), get there.
            levels.sort_unstable();
            let mut items_short = 0;
            for &l in &levels {
                if margin.mean_reaches(sum, levels.len(), needed.get()) {
                    break;
                }
                sum += u64::from(needed.get().saturating_sub(l));
                items_short += 1;
            }
            let mut below: Vec<ItemBlock> = mine
                .iter()
                .filter_map(|i| {
                    let level = i.level?;
                    (level < needed).then(|| ItemBlock {
                        question: i.question.clone(),
                        level,
                        needed,
                    })
                })
                .collect();
            // Furthest first; the sort is stable, so equal gaps keep question order.
            below.sort_by_key(|b| std::cmp::Reverse(b.gap()));
            Some(DimensionBlock {
                dimension: d.dimension.clone(),
                stage,
                needed,
                required,
                items_short,
                items: below,
            })
        })
        .collect();
    // What the next stage asks for first, then furthest from the bar.
    blocks.sort_by_key(|b| (!b.required, std::cmp::Reverse(b.items_short), b.stage));
    let gates = gate_states(framework, items)
        // Unknown gates of stages already passed are in `to_confirm`, not here.
        .filter(|(_, gate, state)| match state {
            GateState::Met => false,
            GateState::Unmet => gate.stage <= next,
            GateState::Unknown => gate.stage == next,
        })
        .map(|(item, gate, _)| GateBlock {
            question: item.question.clone(),
            gate,
            level: item.level,
        })
        .collect();
    Some(Blockers {
        next,
        dimensions: blocks,
        gates,
    })
}
