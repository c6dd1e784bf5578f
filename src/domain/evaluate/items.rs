//! Per question: the item level, how many answered, the spread, the split flag, the parity
//! gap between the domains and the meta-perception gap.
//!
//! Rules (docs/model.md §2, thresholds from the framework):
//! - Each respondent counts with their answer from the latest round they answered in.
//! - The item level is the consensus level when the table recorded one; otherwise the
//!   **lower median** of the respondents' levels: with an even number of answers, the lower
//!   of the two middle ones. Rounding down keeps the table from being placed higher than half
//!   of its members see it. "Weet niet" and "n.v.t." are left out.
//! - Spread is the range (highest minus lowest level). An item is split when at least
//!   `split_min_respondents` answered and the answers span at least `split_min_levels` levels.
//! - The parity gap is the social-domain mean minus the medical-domain mean; it is only given
//!   when both sides have at least `min_group_size` respondents, else "too few to show".

use super::index::Column;
use crate::domain::Level;
use crate::domain::assessment::{AnswerValue, Assessment, Domain};
use crate::domain::framework::{DimensionId, Question, QuestionId, Scoring};

/// How an item's level was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelSource {
    /// The table agreed on it after discussion.
    Consensus,
    /// The lower median of the individual answers.
    Median,
}

/// A comparison between groups that is either shown or withheld for anonymity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GroupGap {
    /// Both groups are large enough: the difference in levels (first minus second).
    Shown {
        /// The difference.
        gap: f64,
        /// Whether it reaches the framework's flag threshold.
        flagged: bool,
    },
    /// At least one group is smaller than the minimum group size.
    TooFew {
        /// Size of the first group.
        first: usize,
        /// Size of the second group.
        second: usize,
    },
    /// Nobody on one side answered at all.
    NoData,
}

impl GroupGap {
    /// Builds a gap from two groups' means and sizes.
    pub fn new(
        first: Option<(f64, usize)>,
        second: Option<(f64, usize)>,
        scoring: &Scoring,
        min_group: usize,
    ) -> Self {
        match (first, second) {
            (Some((a, n)), Some((b, m))) if n >= min_group && m >= min_group => {
                let gap = a - b;
                Self::Shown {
                    gap,
                    flagged: gap.abs() + 1e-9 >= scoring.parity_gap_flag,
                }
            }
            (Some((_, n)), Some((_, m))) => Self::TooFew {
                first: n,
                second: m,
            },
            _ => Self::NoData,
        }
    }

    /// The gap when it may be shown.
    pub fn shown(self) -> Option<f64> {
        match self {
            Self::Shown { gap, .. } => Some(gap),
            Self::TooFew { .. } | Self::NoData => None,
        }
    }

    /// Whether the gap is shown and flagged.
    pub fn is_flagged(self) -> bool {
        matches!(self, Self::Shown { flagged: true, .. })
    }
}

/// The answers of one domain to one item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DomainAnswers {
    /// The domain.
    pub domain: Domain,
    /// How many gave a level.
    pub count: usize,
    /// Their mean level.
    pub mean: f64,
}

/// Everything computed for one question.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemResult {
    /// The question id.
    pub question: QuestionId,
    /// The dimension it belongs to.
    pub dimension: DimensionId,
    /// The item level, if anyone answered with a level (or the table agreed on one).
    pub level: Option<Level>,
    /// Whether the level came from consensus or the median.
    pub source: Option<LevelSource>,
    /// Answers made with an earlier framework version whose option has since changed
    /// meaning: counted as "weet niet" until answered again.
    pub outdated: usize,
    /// Whether the item was agreed to be not applicable.
    pub not_applicable: bool,
    /// How many respondents gave a level.
    pub answered: usize,
    /// How many said "weet niet".
    pub dont_know: usize,
    /// How many said "n.v.t." (where allowed).
    pub not_applicable_count: usize,
    /// Answers per level: `distribution[0]` counts level 1.
    pub distribution: [usize; 5],
    /// Mean of the individual levels.
    pub mean: Option<f64>,
    /// Lowest and highest individual level.
    pub range: Option<(Level, Level)>,
    /// Whether the answers are split (see module docs).
    pub split: bool,
    /// Per-domain answers, only for domains with at least one level, in [`Domain::ALL`] order.
    pub domains: Vec<DomainAnswers>,
    /// Social minus medical.
    pub parity_gap: GroupGap,
    /// Meta-perception: what the social side thinks the medical side answers, minus what the
    /// medical side answered.
    pub meta_gap_social: GroupGap,
    /// Meta-perception: what the medical side thinks the social side answers, minus what the
    /// social side answered.
    pub meta_gap_medical: GroupGap,
    /// Whether this question has a meta-perception variant.
    pub has_meta: bool,
}

impl ItemResult {
    /// The spread: highest minus lowest level, 0 when fewer than two answered.
    pub fn spread(&self) -> u8 {
        self.range.map_or(0, |(low, high)| high.get() - low.get())
    }

    /// The answers of one domain.
    pub fn domain(&self, domain: Domain) -> Option<&DomainAnswers> {
        self.domains.iter().find(|d| d.domain == domain)
    }
}

/// The lower median of a non-empty list of levels.
pub fn lower_median(levels: &mut [Level]) -> Option<Level> {
    levels.sort_unstable();
    let middle = levels.len().checked_sub(1)? / 2;
    levels.get(middle).copied()
}

fn mean(values: impl Iterator<Item = f64>) -> Option<(f64, usize)> {
    let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (count > 0).then(|| (sum / count as f64, count))
}

/// The mean level of one domain's answers, and how many.
fn domain_mean(given: &[(Domain, Level, Option<Level>)], domain: Domain) -> Option<(f64, usize)> {
    mean(
        given
            .iter()
            .filter(|g| g.0 == domain)
            .map(|g| f64::from(g.1.get())),
    )
}

/// What a set of answers `(domain, level, meta-perception)` shows, whatever round or rule
/// picked them: shared by the engine (latest round per respondent) and the workshop reveal
/// (one round).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tally {
    /// Answers per level: `distribution[0]` counts level 1.
    pub distribution: [usize; 5],
    /// Lowest and highest level.
    pub range: Option<(Level, Level)>,
    /// Whether the answers are split (see module docs).
    pub split: bool,
    /// Social minus medical mean.
    pub parity_gap: GroupGap,
    /// What the social side expects of the medical side, minus what it answered.
    pub meta_gap_social: GroupGap,
    /// What the medical side expects of the social side, minus what it answered.
    pub meta_gap_medical: GroupGap,
}

impl Tally {
    /// Tallies answers with the framework's thresholds.
    pub fn of(given: &[(Domain, Level, Option<Level>)], scoring: &Scoring) -> Self {
        let min_group = scoring.min_group_size as usize;
        let mut distribution = [0; 5];
        for (_, level, _) in given {
            distribution[level.index()] += 1;
        }
        let range = given
            .iter()
            .map(|g| g.1)
            .min()
            .zip(given.iter().map(|g| g.1).max());
        let spanned = range.map_or(0, |(low, high)| u32::from(high.get() - low.get()) + 1);
        let split = given.len() >= scoring.split_min_respondents as usize
            && spanned >= scoring.split_min_levels;
        let meta_mean = |domain: Domain| {
            mean(
                given
                    .iter()
                    .filter(|g| g.0 == domain)
                    .filter_map(|g| g.2)
                    .map(|l| f64::from(l.get())),
            )
        };
        let social = domain_mean(given, Domain::Social);
        let medical = domain_mean(given, Domain::Medical);
        Self {
            distribution,
            range,
            split,
            parity_gap: GroupGap::new(social, medical, scoring, min_group),
            meta_gap_social: GroupGap::new(meta_mean(Domain::Social), medical, scoring, min_group),
            meta_gap_medical: GroupGap::new(meta_mean(Domain::Medical), social, scoring, min_group),
        }
    }
}

/// Lists reused from question to question, so evaluating a form does not allocate them anew
/// for every item.
#[derive(Default)]
pub(super) struct Buffers {
    /// (domain, level, meta) of every respondent who gave a level.
    given: Vec<(Domain, Level, Option<Level>)>,
    /// Their levels, sorted for the median.
    levels: Vec<Level>,
}

/// Evaluates one question.
pub(super) fn evaluate_item(
    question: &Question,
    assessment: &Assessment,
    column: Column<'_, '_>,
    scoring: &Scoring,
    buffers: &mut Buffers,
) -> ItemResult {
    // (domain, level, meta) of every respondent who gave a level, latest round each.
    let Buffers { given, levels } = buffers;
    given.clear();
    let (mut dont_know, mut not_applicable_count, mut outdated) = (0, 0, 0);
    // The revisions made after the assessment's framework version (none, nearly always):
    // an answer keeps its meaning when every one of them kept its level.
    let version = assessment.meta.framework.version.as_str();
    let revisions: Vec<&crate::domain::framework::Revision> = question
        .revised
        .iter()
        .filter(|r| crate::domain::framework::version_before(version, &r.version))
        .collect();
    let kept = |level: Level| revisions.iter().all(|r| r.keeps.contains(&level));
    for (respondent, answer) in assessment.respondents.iter().zip(column) {
        let Some(answer) = answer else {
            continue;
        };
        match answer.value {
            // An answer from an earlier framework version whose option changed meaning is
            // not known in this version's terms.
            AnswerValue::Level(level) if !kept(level) => {
                outdated += 1;
                dont_know += 1;
            }
            AnswerValue::Level(level) => given.push((respondent.domain, level, answer.meta)),
            AnswerValue::DontKnow => dont_know += 1,
            AnswerValue::NotApplicable if question.not_applicable => not_applicable_count += 1,
            // "n.v.t." where the question does not allow it is not counted (the check warns).
            AnswerValue::NotApplicable => {}
        }
    }

    let given: &[_] = given;
    let tally = Tally::of(given, scoring);
    levels.clear();
    levels.extend(given.iter().map(|&(_, level, _)| level));
    let median = lower_median(levels);
    let consensus = assessment
        .consensus_for(&question.id)
        .map(|c| c.value)
        .filter(|v| v.level().is_none_or(kept));
    let consensus_na = consensus == Some(AnswerValue::NotApplicable) && question.not_applicable;
    let (level, source) = match consensus.and_then(AnswerValue::level) {
        Some(level) => (Some(level), Some(LevelSource::Consensus)),
        None if consensus_na => (None, None),
        None => (median, median.map(|_| LevelSource::Median)),
    };
    let answered = levels.len();
    let domains = Domain::ALL
        .into_iter()
        .filter_map(|domain| {
            domain_mean(given, domain).map(|(mean, count)| DomainAnswers {
                domain,
                count,
                mean,
            })
        })
        .collect();

    ItemResult {
        question: question.id.clone(),
        dimension: question.dimension.clone(),
        level,
        source,
        not_applicable: consensus_na || (answered == 0 && not_applicable_count > 0),
        answered,
        dont_know,
        not_applicable_count,
        outdated,
        distribution: tally.distribution,
        mean: mean(levels.iter().map(|l| f64::from(l.get()))).map(|(m, _)| m),
        range: tally.range,
        split: tally.split,
        domains,
        parity_gap: tally.parity_gap,
        meta_gap_social: tally.meta_gap_social,
        meta_gap_medical: tally.meta_gap_medical,
        has_meta: question.meta.is_some(),
    }
}
