//! Workshop rules: whose turn it is, what a reveal shows, and where to spend the discussion.
//!
//! In a workshop the table answers each question privately, one after another on the same
//! laptop, and the facilitator reveals the answers together. This module decides what such a
//! reveal may show; the window and the report only draw it.
//!
//! Anonymity rules (docs/model.md §3, threshold `min_group_size` from the framework):
//! - answers are broken down by domain only when the session allows it **and** every domain
//!   that answered has at least `min_group_size` respondents; otherwise nobody's domain is
//!   shown, because one small group coloured apart (or left grey among coloured ones) would
//!   point at its members;
//! - the highest and lowest voters are named only when the session allows names;
//! - parity and meta-perception gaps follow the engine's [`GroupGap`] rule.
//!
//! A reveal covers one round: round 1 holds the private answers, round 2 the re-vote. The
//! discussion queue puts split items first, then larger spread, then larger parity gap.

use crate::domain::assessment::{AnswerValue, Assessment, Domain, Form};
use crate::domain::evaluate::{GroupGap, Tally};
use crate::domain::framework::Question;
use crate::domain::{Framework, Level};

/// Whether a reveal colours answers by domain, and if not, why not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breakdown {
    /// Each domain has enough respondents: answers are shown per domain.
    ByDomain,
    /// The session chose not to show domains.
    Off,
    /// A domain that answered is too small to be shown apart: the smallest such group.
    TooFew {
        /// The domain.
        domain: Domain,
        /// How many of it answered.
        count: usize,
    },
}

/// Who answered at the extremes, for the facilitator to invite them to explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extremes {
    /// The lowest level given, and by whom (names where given, else labels; sorted).
    pub lowest: (Level, Vec<String>),
    /// The highest level given, and by whom.
    pub highest: (Level, Vec<String>),
}

/// What the table sees when the facilitator reveals one question in one round.
#[derive(Clone, Debug, PartialEq)]
pub struct Reveal {
    /// The question id.
    pub question: String,
    /// The round.
    pub round: u8,
    /// Answers per level over everyone: `counts[0]` counts level 1.
    pub counts: [usize; 5],
    /// Answers per level per domain, in [`Domain::ALL`] order; empty unless `breakdown` is
    /// [`Breakdown::ByDomain`].
    pub by_domain: Vec<(Domain, [usize; 5])>,
    /// Whether and why answers are (not) shown per domain.
    pub breakdown: Breakdown,
    /// How many said "weet niet".
    pub dont_know: usize,
    /// How many said "n.v.t.".
    pub not_applicable: usize,
    /// Respondents who have not answered in this round.
    pub waiting: usize,
    /// Highest minus lowest level (0 when fewer than two levels).
    pub spread: u8,
    /// Whether the answers are split (the engine's rule, on this round's answers).
    pub split: bool,
    /// Social minus medical mean.
    pub parity_gap: GroupGap,
    /// What the social side expected of the medical side, minus what it answered.
    pub meta_gap_social: GroupGap,
    /// What the medical side expected of the social side, minus what it answered.
    pub meta_gap_medical: GroupGap,
    /// The highest and lowest voters, only when the session allows names and levels differ.
    pub extremes: Option<Extremes>,
}

impl Reveal {
    /// How many gave a level.
    pub fn answered(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// Whether answers `(domain, level)` may be shown per domain, and the counts if so.
fn breakdown(
    given: &[(Domain, Level)],
    show_domains: bool,
    min_group: usize,
) -> (Breakdown, Vec<(Domain, [usize; 5])>) {
    let group_sizes: Vec<(Domain, usize)> = Domain::ALL
        .into_iter()
        .map(|d| (d, given.iter().filter(|g| g.0 == d).count()))
        .filter(|&(_, n)| n > 0)
        .collect();
    let breakdown = if !show_domains {
        Breakdown::Off
    } else if let Some(&(domain, count)) = group_sizes
        .iter()
        .filter(|&&(_, n)| n < min_group)
        .min_by_key(|&&(_, n)| n)
    {
        Breakdown::TooFew { domain, count }
    } else {
        Breakdown::ByDomain
    };
    if breakdown != Breakdown::ByDomain {
        return (breakdown, Vec::new());
    }
    let by_domain = group_sizes
        .iter()
        .map(|&(domain, _)| {
            let mut per = [0; 5];
            for (_, level) in given.iter().filter(|g| g.0 == domain) {
                per[level.index()] += 1;
            }
            (domain, per)
        })
        .collect();
    (breakdown, by_domain)
}

/// The reveal of one question in one round.
pub fn reveal(
    framework: &Framework,
    assessment: &Assessment,
    question: &Question,
    round: u8,
) -> Reveal {
    let scoring = &framework.scoring;
    let min_group = scoring.min_group_size as usize;
    // (respondent, level, meta) of everyone who gave a level in this round, respondent order.
    let mut given = Vec::new();
    let (mut dont_know, mut not_applicable, mut waiting) = (0, 0, 0);
    for respondent in &assessment.respondents {
        let answer = assessment.answer(&respondent.label, &question.id, round);
        match answer.map(|a| (a.value, a.meta)) {
            Some((AnswerValue::Level(level), meta)) => given.push((respondent, level, meta)),
            Some((AnswerValue::DontKnow, _)) => dont_know += 1,
            Some((AnswerValue::NotApplicable, _)) => not_applicable += 1,
            None => waiting += 1,
        }
    }

    let (breakdown, by_domain) = breakdown(
        &given.iter().map(|g| (g.0.domain, g.1)).collect::<Vec<_>>(),
        assessment.meta.privacy.show_domains,
        min_group,
    );

    let tally = Tally::of(
        &given
            .iter()
            .map(|g| (g.0.domain, g.1, g.2))
            .collect::<Vec<_>>(),
        scoring,
    );
    let (low, high) = (tally.range.map(|r| r.0), tally.range.map(|r| r.1));

    let extremes = match (low, high) {
        (Some(low), Some(high)) if assessment.meta.privacy.show_names && low < high => {
            let who = |level: Level| {
                let mut names: Vec<String> = given
                    .iter()
                    .filter(|g| g.1 == level)
                    .map(|g| g.0.name.clone().unwrap_or_else(|| g.0.label.clone()))
                    .collect();
                names.sort();
                names
            };
            Some(Extremes {
                lowest: (low, who(low)),
                highest: (high, who(high)),
            })
        }
        _ => None,
    };

    Reveal {
        question: question.id.to_string(),
        round,
        counts: tally.distribution,
        by_domain,
        breakdown,
        dont_know,
        not_applicable,
        waiting,
        spread: tally.range.map_or(0, |(l, h)| h.get() - l.get()),
        split: tally.split,
        parity_gap: tally.parity_gap,
        meta_gap_social: tally.meta_gap_social,
        meta_gap_medical: tally.meta_gap_medical,
        extremes,
    }
}

/// One item in the discussion queue.
#[derive(Clone, Debug, PartialEq)]
pub struct QueueItem {
    /// The question id.
    pub question: String,
    /// Whether the round's answers are split.
    pub split: bool,
    /// Highest minus lowest level.
    pub spread: u8,
    /// Size of the parity gap, when it may be shown.
    pub parity_gap: Option<f64>,
    /// Whether the table already agreed on this item.
    pub decided: bool,
}

/// The questions of the assessment's form that were answered in `round`, in the order a
/// facilitator should discuss them: split items first, then larger spread, then larger parity
/// gap, then framework order. Items nobody gave a level to are left out.
pub fn discussion_queue(
    framework: &Framework,
    assessment: &Assessment,
    round: u8,
) -> Vec<QueueItem> {
    let quick = assessment.meta.form == Form::QuickScan;
    let mut queue: Vec<(usize, QueueItem)> = framework
        .questions_for(quick)
        .enumerate()
        .filter_map(|(order, question)| {
            let r = reveal(framework, assessment, question, round);
            (r.answered() > 0).then(|| {
                (
                    order,
                    QueueItem {
                        question: question.id.to_string(),
                        split: r.split,
                        spread: r.spread,
                        parity_gap: r.parity_gap.shown().map(f64::abs),
                        decided: assessment.consensus_for(&question.id).is_some(),
                    },
                )
            })
        })
        .collect();
    queue.sort_by(|(oa, a), (ob, b)| {
        b.split
            .cmp(&a.split)
            .then(b.spread.cmp(&a.spread))
            .then(
                b.parity_gap
                    .unwrap_or(0.0)
                    .total_cmp(&a.parity_gap.unwrap_or(0.0)),
            )
            .then(oa.cmp(ob))
    });
    queue.into_iter().map(|(_, item)| item).collect()
}

/// Whose turn it is to answer `question` in `round` when the laptop is passed around: the
/// first respondent (in list order) without an answer in that round, or `None` when everyone
/// has answered.
pub fn next_in_turn<'a>(assessment: &'a Assessment, question: &str, round: u8) -> Option<&'a str> {
    assessment
        .respondents
        .iter()
        .find(|r| assessment.answer(&r.label, question, round).is_none())
        .map(|r| r.label.as_str())
}
