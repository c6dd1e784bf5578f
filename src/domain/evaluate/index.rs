//! Each respondent's latest answer per question, looked up in constant time.
//!
//! Built once per evaluation, so the engine stays linear in the number of answers instead of
//! scanning every answer for every respondent and question.

use std::collections::HashMap;

use crate::domain::assessment::{Answer, Assessment};

/// Latest-round answers by (respondent label, question id).
pub struct AnswerIndex<'a> {
    latest: HashMap<(&'a str, &'a str), &'a Answer>,
}

impl<'a> AnswerIndex<'a> {
    /// Indexes an assessment's answers, keeping the latest round of each pair.
    pub fn new(assessment: &'a Assessment) -> Self {
        let mut latest: HashMap<(&str, &str), &Answer> =
            HashMap::with_capacity(assessment.answers.len());
        for answer in &assessment.answers {
            let key = (answer.respondent.as_str(), answer.question.as_str());
            match latest.get(&key) {
                Some(kept) if kept.round >= answer.round => {}
                _ => {
                    latest.insert(key, answer);
                }
            }
        }
        Self { latest }
    }

    /// The latest answer of a respondent to a question.
    pub fn get(&self, respondent: &str, question: &str) -> Option<&'a Answer> {
        self.latest.get(&(respondent, question)).copied()
    }
}
