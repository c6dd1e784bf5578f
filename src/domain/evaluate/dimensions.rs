//! Per value (dimension): plain and sector-balanced scores, band, stage and uncertainty.
//!
//! Rules (docs/model.md §2, thresholds from the framework):
//! - The plain mean is the mean of all individual levels on the dimension's items; the
//!   sector-balanced mean is the mean of the domain means, so seven medical and three social
//!   respondents do not simply give the medical view. Without individual answers (only
//!   consensus), both fall back to the mean of the item levels.
//! - The band (strength / discuss / concern) follows the sector-balanced mean.
//! - The dimension stage is the mean of its answered items' levels, rounded as the
//!   framework's `stage_margin` says (half up): every question weighs the same.
//! - The dimension is uncertain when at least `uncertain_share` of its answered items is split.

use super::index::Column;
use super::items::ItemResult;
use crate::domain::assessment::{Assessment, Domain};
use crate::domain::framework::{Dimension, Scoring};
use crate::domain::{Lang, Level};

/// The band of a dimension score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    /// Below the discuss threshold.
    Concern,
    /// Between the thresholds: worth a conversation.
    Discuss,
    /// At or above the strength threshold.
    Strength,
}

impl Band {
    /// The band of a score, decided on the score as every screen and report shows it (one
    /// decimal), so a "3,0" is never a concern beside another "3,0" that is not.
    pub fn of(score: f64, scoring: &Scoring) -> Self {
        let shown = super::explain::one_decimal(score);
        if shown + 1e-9 >= scoring.band_strength {
            Self::Strength
        } else if shown + 1e-9 >= scoring.band_discuss {
            Self::Discuss
        } else {
            Self::Concern
        }
    }

    /// The name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::Strength => lang.pick("sterk punt", "strength"),
            Self::Discuss => lang.pick("bespreken", "discuss"),
            Self::Concern => lang.pick("aandachtspunt", "concern"),
        }
    }
}

/// The individual answers of one domain on a dimension.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DomainScore {
    /// The domain.
    pub domain: Domain,
    /// Respondents of this domain who gave at least one level on the dimension.
    pub respondents: usize,
    /// Their mean level over the dimension's items.
    pub mean: f64,
}

/// Everything computed for one value.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionResult {
    /// The dimension id.
    pub dimension: crate::domain::framework::DimensionId,
    /// Items of this dimension in the form.
    pub items: usize,
    /// Items with a level.
    pub answered_items: usize,
    /// Items that are split.
    pub split_items: usize,
    /// Mean of all individual levels.
    pub mean: Option<f64>,
    /// Mean of the domain means.
    pub balanced_mean: Option<f64>,
    /// The band, from the balanced mean.
    pub band: Option<Band>,
    /// The dimension stage (two-thirds rule); `None` when no item has a level.
    pub stage: Option<Level>,
    /// Whether a third or more of the items is split.
    pub uncertain: bool,
    /// Per-domain scores, in [`Domain::ALL`] order (only domains with answers).
    pub domains: Vec<DomainScore>,
}

impl DimensionResult {
    /// The score of one domain.
    pub fn domain(&self, domain: Domain) -> Option<&DomainScore> {
        self.domains.iter().find(|d| d.domain == domain)
    }
}

/// The stage of a value: its mean item level, rounded as the framework says (`stage_margin`
/// `(1, 2)` rounds half up). `None` without levels.
pub fn stage_of(levels: &[Level], scoring: &Scoring) -> Option<Level> {
    if levels.is_empty() {
        return None;
    }
    let sum: u64 = levels.iter().map(|l| u64::from(l.get())).sum();
    Level::ALL.into_iter().rev().find(|&s| {
        scoring
            .stage_margin
            .mean_reaches(sum, levels.len(), s.get())
    })
}

/// Evaluates one dimension from its items' results and, beside each, its answers.
pub fn evaluate_dimension(
    dimension: &Dimension,
    items: &[&ItemResult],
    columns: &[Column<'_, '_>],
    assessment: &Assessment,
    scoring: &Scoring,
) -> DimensionResult {
    let levels: Vec<Level> = items.iter().filter_map(|i| i.level).collect();
    let split_items = items
        .iter()
        .filter(|i| i.split && i.level.is_some())
        .count();

    // Individual levels per domain: every latest-round level a respondent gave on these items.
    let mut domains = Vec::new();
    // Levels are whole numbers, so these sums are exact whatever order they are added in.
    let (mut all_sum, mut all_count) = (0.0, 0_usize);
    for domain in Domain::ALL {
        let (mut sum, mut count, mut respondents) = (0.0, 0_usize, 0);
        for (position, _) in assessment
            .respondents
            .iter()
            .enumerate()
            .filter(|(_, r)| r.domain == domain)
        {
            let before = count;
            for level in columns
                .iter()
                .filter_map(|column| column.get(position).copied().flatten())
                .filter_map(|answer| answer.value.level())
            {
                sum += f64::from(level.get());
                count += 1;
            }
            if count > before {
                respondents += 1;
            }
        }
        if count > 0 {
            domains.push(DomainScore {
                domain,
                respondents,
                mean: sum / count as f64,
            });
            all_sum += sum;
            all_count += count;
        }
    }

    let item_mean = (!levels.is_empty())
        .then(|| levels.iter().map(|l| f64::from(l.get())).sum::<f64>() / levels.len() as f64);
    let (mean, balanced_mean) = if all_count == 0 {
        (item_mean, item_mean)
    } else {
        (
            Some(all_sum / all_count as f64),
            Some(domains.iter().map(|d| d.mean).sum::<f64>() / domains.len() as f64),
        )
    };

    DimensionResult {
        dimension: dimension.id.clone(),
        items: items.len(),
        answered_items: levels.len(),
        split_items,
        mean,
        balanced_mean,
        band: balanced_mean.map(|m| Band::of(m, scoring)),
        stage: stage_of(&levels, scoring),
        uncertain: !levels.is_empty() && scoring.uncertain_share.reached(split_items, levels.len()),
        domains,
    }
}
