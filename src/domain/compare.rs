//! Many assessments side by side: the ministry's view across regions, and a chair's view of
//! one region over the years.
//!
//! [`compare`] evaluates each assessment with the same engine as everywhere else and gathers
//! one row per assessment plus what recurs across them: the spread over the stages, which
//! values and items block most often, which instruments are recommended and adopted, and
//! which national barriers keep coming back. Rows keep the respondent mix and agreement next
//! to the stage, so a stage from one chair is not read like one from a fifteen-person
//! workshop. Assessments made with another framework version are compared on the questions
//! they share, and marked.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::domain::assessment::{Assessment, Domain, Form, Mode};
use crate::domain::evaluate::{Band, Evaluation, evaluate};
use crate::domain::framework::{DimensionId, InstrumentId, QuestionId};
use crate::domain::{Date, Framework, Level};

/// One assessment in the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Where it came from (file name), to tell rows apart.
    pub source: String,
    /// Region name.
    pub region: String,
    /// IZA region.
    pub iza_region: String,
    /// Date.
    pub date: Date,
    /// Self-assessment or workshop.
    pub mode: Mode,
    /// Quick scan or full.
    pub form: Form,
    /// Respondents per domain who gave a level, in [`Domain::ALL`] order.
    pub respondents: Vec<(Domain, usize)>,
    /// The calculated stage.
    pub stage: Option<Level>,
    /// The stage if the unknown answers stay unmet; below [`Self::stage`] when that stage is
    /// provisional.
    pub confirmed: Option<Level>,
    /// The stage the table named itself.
    pub self_placement: Option<Level>,
    /// Per value, in framework order: stage, band and whether it is uncertain.
    pub dimensions: Vec<(Option<Level>, Option<Band>, bool)>,
    /// Items with a level.
    pub answered_items: usize,
    /// Items that are split.
    pub split_items: usize,
    /// Items decided by consensus.
    pub consensus_items: usize,
    /// Whether the assessment was made with another framework id or version.
    pub other_framework: bool,
    /// The framework version it was made with.
    pub framework_version: String,
    /// Whether a gate holds the stage below what the values alone reach.
    pub held_by_gate: bool,
    /// Per value, in framework order: the plain and the sector-balanced mean.
    pub means: Vec<(Option<f64>, Option<f64>)>,
    /// Values that block the next stage, in framework order.
    pub blocking_values: Vec<DimensionId>,
    /// Items that block it, each once: items below the next stage, then unmet gates.
    pub blocking_items: Vec<QuestionId>,
    /// The first three recommended instruments, best first.
    pub first_recommended: Vec<InstrumentId>,
    /// Instruments in the action plan, each once, by id.
    pub adopted: Vec<String>,
    /// Categories of the national barriers the table named, each once: framework order,
    /// then categories the framework does not know, as they appear.
    pub barrier_categories: Vec<String>,
}

impl Row {
    /// Total respondents.
    pub fn respondent_count(&self) -> usize {
        self.respondents.iter().map(|(_, n)| n).sum()
    }

    /// Share of answered items that are split (0 to 1): a rough measure of disagreement.
    pub fn split_share(&self) -> f64 {
        if self.answered_items == 0 {
            0.0
        } else {
            self.split_items as f64 / self.answered_items as f64
        }
    }
}

/// What many assessments show together.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// One row per assessment, sorted by region, then date, then source.
    pub rows: Vec<Row>,
    /// How many assessments stand at each stage (index 0 is stage 1).
    pub stage_counts: [usize; 5],
    /// Assessments without any answers, so without a stage.
    pub unplaced: usize,
    /// How often each value blocks the next stage, in framework order.
    pub blocking_dimensions: Vec<(String, usize)>,
    /// How often each item blocks, most often first (then question id).
    pub blocking_items: Vec<(String, usize)>,
    /// How often each instrument is among the first three recommended, most often first.
    pub recommended: Vec<(String, usize)>,
    /// How often each instrument is in an action plan, most often first.
    pub adopted: Vec<(String, usize)>,
    /// National barriers per category (framework order; unknown categories last): the regions
    /// that named them, sorted.
    pub barriers: Vec<(String, Vec<String>)>,
}

/// Counts as a list: most often first, then by id.
fn counted(map: FxHashMap<&str, usize>) -> Vec<(String, usize)> {
    let mut list: Vec<(String, usize)> =
        map.into_iter().map(|(id, n)| (id.to_owned(), n)).collect();
    list.sort_unstable_by(|(a, n), (b, m)| m.cmp(n).then_with(|| a.cmp(b)));
    list
}

/// Compares assessments. `entries` pairs a source name (e.g. the file name) with each.
///
/// Each assessment is evaluated on its own, so the work is spread over the machine's cores;
/// the result does not depend on how. To compare files without keeping every assessment in
/// memory, make each [`row`] as the file is read and gather them with [`from_rows`].
pub fn compare(framework: &Framework, entries: &[(String, Assessment)]) -> Comparison {
    from_rows(framework, rows(framework, entries))
}

/// Gathers rows into a comparison: sorts them by region, date and source, and counts what
/// recurs across them.
pub fn from_rows(framework: &Framework, mut rows: Vec<Row>) -> Comparison {
    rows.sort_by(|a, b| {
        (a.region.as_str(), a.date, a.source.as_str()).cmp(&(
            b.region.as_str(),
            b.date,
            b.source.as_str(),
        ))
    });

    let mut stage_counts = [0; 5];
    let mut unplaced = 0;
    let mut dims: FxHashMap<&str, usize> = FxHashMap::default();
    let mut items: FxHashMap<&str, usize> = FxHashMap::default();
    let mut recommended: FxHashMap<&str, usize> = FxHashMap::default();
    let mut adopted: FxHashMap<&str, usize> = FxHashMap::default();
    let mut barriers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in &rows {
        match row.stage {
            Some(stage) => stage_counts[stage.index()] += 1,
            None => unplaced += 1,
        }
        for (ids, map) in [
            (&row.blocking_values, &mut dims),
            (&row.blocking_items, &mut items),
            (&row.first_recommended, &mut recommended),
        ] {
            for id in ids {
                *map.entry(id.as_str()).or_default() += 1;
            }
        }
        for id in &row.adopted {
            *adopted.entry(id.as_str()).or_default() += 1;
        }
        for category in &row.barrier_categories {
            let regions = match barriers.get_mut(category) {
                Some(regions) => regions,
                None => barriers.entry(category.clone()).or_default(),
            };
            // Rows come sorted by region, so a region already counted is the last one.
            if regions.last() != Some(&row.region) {
                regions.push(row.region.clone());
            }
        }
    }

    let blocking_dimensions = framework
        .dimensions
        .iter()
        .map(|d| {
            (
                d.id.to_string(),
                dims.get(d.id.as_str()).copied().unwrap_or(0),
            )
        })
        .collect();
    let (blocking_items, recommended, adopted) =
        (counted(items), counted(recommended), counted(adopted));
    let mut barrier_list: Vec<(String, Vec<String>)> = framework
        .barrier_categories
        .iter()
        .filter_map(|c| {
            barriers
                .remove(&c.id)
                .map(|regions| (c.id.clone(), regions))
        })
        .collect();
    barrier_list.extend(barriers);
    for (_, regions) in &mut barrier_list {
        regions.sort();
    }

    Comparison {
        rows,
        stage_counts,
        unplaced,
        blocking_dimensions,
        blocking_items,
        recommended,
        adopted,
        barriers: barrier_list,
    }
}

/// Evaluates every entry, spread over the machine's cores, in the order given.
fn rows(framework: &Framework, entries: &[(String, Assessment)]) -> Vec<Row> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(entries.len().div_ceil(8))
        .max(1);
    let chunk = entries.len().div_ceil(workers).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = entries
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(source, a)| row(framework, source, a))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(part) => part,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

impl Row {
    /// Whether the stage is provisional: it rests on answers nobody could give.
    pub fn provisional(&self) -> bool {
        self.confirmed < self.stage
    }
}

/// One assessment's row: evaluated with the engine, reduced to what the comparison shows.
pub fn row(framework: &Framework, source: &str, assessment: &Assessment) -> Row {
    let evaluation = evaluate(framework, assessment);
    let meta = &assessment.meta;
    let (blocking_values, blocking_items) = blocking(&evaluation);
    Row {
        source: source.to_owned(),
        region: meta.region.clone(),
        iza_region: meta.iza_region.clone(),
        date: meta.date,
        mode: meta.mode,
        form: meta.form,
        respondents: evaluation.respondents.clone(),
        stage: evaluation.stage(),
        confirmed: evaluation.placement.as_ref().map(|p| p.confirmed),
        self_placement: assessment.self_placement,
        dimensions: evaluation
            .dimensions
            .iter()
            .map(|d| (d.stage, d.band, d.uncertain))
            .collect(),
        answered_items: evaluation
            .items
            .iter()
            .filter(|i| i.level.is_some())
            .count(),
        split_items: evaluation.items.iter().filter(|i| i.split).count(),
        consensus_items: evaluation.consensus_items().count(),
        other_framework: meta.framework.id != framework.id
            || meta.framework.version != framework.version,
        framework_version: meta.framework.version.clone(),
        held_by_gate: evaluation
            .placement
            .as_ref()
            .is_some_and(|p| p.stage < p.by_values),
        means: evaluation
            .dimensions
            .iter()
            .map(|d| (d.mean, d.balanced_mean))
            .collect(),
        blocking_values,
        blocking_items,
        first_recommended: evaluation
            .recommendations
            .now
            .iter()
            .take(3)
            .map(|r| r.instrument.clone())
            .collect(),
        adopted: adopted(assessment),
        barrier_categories: barrier_categories(framework, assessment),
    }
}

/// The instruments in the action plan, each once, sorted by id.
fn adopted(assessment: &Assessment) -> Vec<String> {
    let mut ids: Vec<String> = assessment
        .actions
        .iter()
        .filter_map(|a| a.instrument.clone())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The barrier categories an assessment names: framework order, then unknown ones.
fn barrier_categories(framework: &Framework, assessment: &Assessment) -> Vec<String> {
    let named = |id: &str| assessment.barriers.iter().any(|b| b.category == id);
    let mut ids: Vec<String> = framework
        .barrier_categories
        .iter()
        .filter(|c| named(&c.id))
        .map(|c| c.id.clone())
        .collect();
    for b in &assessment.barriers {
        if !ids.contains(&b.category) {
            ids.push(b.category.clone());
        }
    }
    ids
}

/// The values and the items that block the next stage.
fn blocking(evaluation: &Evaluation) -> (Vec<DimensionId>, Vec<QuestionId>) {
    let (mut values, mut items) = (Vec::new(), Vec::new());
    if let Some(b) = &evaluation.blockers {
        for d in &b.dimensions {
            values.push(d.dimension.clone());
            items.extend(d.items.iter().map(|i| i.question.clone()));
        }
        for g in &b.gates {
            if !b
                .dimensions
                .iter()
                .any(|d| d.items.iter().any(|i| i.question == g.question))
            {
                items.push(g.question.clone());
            }
        }
    }
    (values, items)
}
