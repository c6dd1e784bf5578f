//! The engine: from a framework and an assessment to what the table needs to hear.
//!
//! [`evaluate`] is the one entry point the window, the PDF report, the comparison and the
//! command line all use, so they always show the same numbers. Everything here is derived
//! from the answers and never stored. Every list comes back in a defined order (framework
//! order, or sorted as documented), so output is deterministic.

mod dimensions;
pub mod explain;
mod index;
mod items;
mod placement;
mod recommend;
mod table;

pub use dimensions::{Band, DimensionResult, DomainScore, stage_of};
pub use items::{DomainAnswers, GroupGap, ItemResult, LevelSource, Tally, lower_median};
pub use placement::{Blockers, DimensionBlock, GateBlock, ItemBlock, Placement};
pub use recommend::{Reason, Recommendation, Recommendations};
pub use table::{DomainSeats, TableFlag, TableIndicators};

use crate::domain::assessment::{Assessment, Domain, Form};
use crate::domain::framework::DimensionId;
use crate::domain::{Framework, Level};

/// The evaluation of one assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The form that was used.
    pub form: Form,
    /// Per question of the form, in framework order.
    pub items: Vec<ItemResult>,
    /// Per value, in framework order.
    pub dimensions: Vec<DimensionResult>,
    /// Where the region stands; `None` when nothing was answered.
    pub placement: Option<Placement>,
    /// What keeps it from the next stage; `None` at stage 5 or when not placed.
    pub blockers: Option<Blockers>,
    /// Parity gap per value (social minus medical), in framework order.
    pub dimension_parity: Vec<(DimensionId, GroupGap)>,
    /// The table's composition.
    pub table: TableIndicators,
    /// Recommended instruments.
    pub recommendations: Recommendations,
    /// National barriers grouped by category (framework order), with the table's notes.
    pub barriers: Vec<(String, Vec<String>)>,
    /// The stage the table placed itself at, if it did.
    pub self_placement: Option<Level>,
    /// Respondents per domain who gave at least one level, in [`Domain::ALL`] order.
    pub respondents: Vec<(Domain, usize)>,
}

impl Evaluation {
    /// The result of one item.
    pub fn item(&self, question: &str) -> Option<&ItemResult> {
        self.items.iter().find(|i| i.question == question)
    }

    /// The result of one value.
    pub fn dimension(&self, dimension: &str) -> Option<&DimensionResult> {
        self.dimensions.iter().find(|d| d.dimension == dimension)
    }

    /// The region's stage, if placed.
    pub fn stage(&self) -> Option<Level> {
        self.placement.as_ref().map(|p| p.stage)
    }

    /// Split items, most spread first (then framework order).
    pub fn split_items(&self) -> Vec<&ItemResult> {
        let mut split: Vec<&ItemResult> = self.items.iter().filter(|i| i.split).collect();
        split.sort_by_key(|i| std::cmp::Reverse(i.spread()));
        split
    }

    /// Items decided by consensus.
    pub fn consensus_items(&self) -> impl Iterator<Item = &ItemResult> {
        self.items
            .iter()
            .filter(|i| i.source == Some(LevelSource::Consensus))
    }

    /// Total respondents who gave at least one level.
    pub fn respondent_count(&self) -> usize {
        self.respondents.iter().map(|(_, n)| n).sum()
    }
}

/// Evaluates an assessment against a framework.
pub fn evaluate(framework: &Framework, assessment: &Assessment) -> Evaluation {
    let scoring = &framework.scoring;
    let answers = index::AnswerIndex::new(assessment);
    let quick = assessment.meta.form == Form::QuickScan;
    // Each question's answers are looked up once, and kept beside its item.
    let (questions, columns): (Vec<_>, Vec<_>) = framework
        .questions_for(quick)
        .map(|q| (q, answers.column(&q.id)))
        .unzip();
    let mut buffers = items::Buffers::default();
    let mut items: Vec<ItemResult> = Vec::with_capacity(questions.len());
    items.extend(
        questions
            .iter()
            .zip(&columns)
            .map(|(q, column)| items::evaluate_item(q, assessment, column, scoring, &mut buffers)),
    );
    let dimensions: Vec<DimensionResult> = framework
        .dimensions
        .iter()
        .map(|d| {
            let (mine, mine_columns): (Vec<&ItemResult>, Vec<index::Column<'_, '_>>) = items
                .iter()
                .zip(&columns)
                .filter(|(i, _)| i.dimension == d.id)
                .unzip();
            dimensions::evaluate_dimension(d, &mine, &mine_columns, assessment, scoring)
        })
        .collect();
    let placement = placement::place(framework, &dimensions, &items);
    let blockers = placement
        .as_ref()
        .and_then(|p| placement::blockers(framework, p, &dimensions, &items));
    let recommendations = placement
        .as_ref()
        .map(|p| recommend::recommend(framework, assessment, p, blockers.as_ref(), &dimensions))
        .unwrap_or_default();
    let min_group = scoring.min_group_size as usize;
    let dimension_parity = dimensions
        .iter()
        .map(|d| {
            let side = |domain| {
                d.domain(domain)
                    .map(|s: &DomainScore| (s.mean, s.respondents))
            };
            (
                d.dimension.clone(),
                GroupGap::new(
                    side(Domain::Social),
                    side(Domain::Medical),
                    scoring,
                    min_group,
                ),
            )
        })
        .collect();
    let barriers = framework
        .barrier_categories
        .iter()
        .map(|c| {
            let notes: Vec<String> = assessment
                .barriers
                .iter()
                .filter(|b| b.category == c.id)
                .map(|b| b.note.clone())
                .collect();
            (c.id.clone(), notes)
        })
        .filter(|(_, notes)| !notes.is_empty())
        .collect();
    // Whether each respondent gave a level on at least one item of the form.
    let mut gave_level = vec![false; assessment.respondents.len()];
    for column in &columns {
        for (gave, answer) in gave_level.iter_mut().zip(*column) {
            *gave |= answer.is_some_and(|a| a.value.level().is_some());
        }
    }
    let respondents = Domain::ALL
        .into_iter()
        .map(|domain| {
            let count = assessment
                .respondents
                .iter()
                .zip(&gave_level)
                .filter(|(r, gave)| r.domain == domain && **gave)
                .count();
            (domain, count)
        })
        .collect();
    Evaluation {
        form: assessment.meta.form,
        items,
        dimensions,
        placement,
        blockers,
        dimension_parity,
        table: table::table_indicators(&assessment.seats, scoring),
        recommendations,
        barriers,
        self_placement: assessment.self_placement,
        respondents,
    }
}

#[cfg(test)]
mod tests;
