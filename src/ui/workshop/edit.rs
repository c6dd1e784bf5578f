//! The few edits the workshop screen makes to an assessment: one answer, one meta answer, one
//! consensus. Each replaces what was there for the same key, so a second click corrects the
//! first instead of adding a duplicate.

use crate::domain::Level;
use crate::domain::assessment::{Answer, AnswerValue, Assessment, Consensus};

/// The answer of a respondent to a question in a round.
pub(super) fn answer_of<'a>(
    assessment: &'a Assessment,
    respondent: &str,
    question: &str,
    round: u8,
) -> Option<&'a Answer> {
    assessment
        .answers
        .iter()
        .find(|a| a.respondent == respondent && a.question == question && a.round == round)
}

/// Records (or corrects) an answer; notes and evidence of an earlier version are kept.
pub(super) fn set_answer(
    assessment: &mut Assessment,
    respondent: &str,
    question: &str,
    round: u8,
    value: AnswerValue,
) {
    let existing = assessment
        .answers
        .iter_mut()
        .find(|a| a.respondent == respondent && a.question == question && a.round == round);
    match existing {
        Some(answer) => answer.value = value,
        None => assessment.answers.push(Answer {
            respondent: respondent.into(),
            question: question.into(),
            round,
            value,
            meta: None,
            note: String::new(),
            evidence: String::new(),
        }),
    }
}

/// Adds how the respondent thinks the other domain answers to an answer already given.
pub(super) fn set_meta(
    assessment: &mut Assessment,
    respondent: &str,
    question: &str,
    round: u8,
    meta: Level,
) {
    if let Some(answer) = assessment
        .answers
        .iter_mut()
        .find(|a| a.respondent == respondent && a.question == question && a.round == round)
    {
        answer.meta = Some(meta);
    }
}

/// Records the level the table agreed on, replacing an earlier consensus on the question.
pub(super) fn set_consensus(
    assessment: &mut Assessment,
    question: &str,
    value: AnswerValue,
    rationale: &str,
) {
    let consensus = Consensus {
        question: question.to_owned(),
        value,
        rationale: rationale.trim().to_owned(),
    };
    match assessment
        .consensus
        .iter_mut()
        .find(|c| c.question == question)
    {
        Some(existing) => *existing = consensus,
        None => assessment.consensus.push(consensus),
    }
}
