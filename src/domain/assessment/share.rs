//! The copy of an assessment that may leave the laptop: what the session's privacy allows and
//! what the evaluation needs.
//!
//! When the session hides names, every respondent becomes a neutral code (`R1`, `R2`, … in
//! the order of the file) and their name, role and the notes and evidence of their answers
//! are left out. Domains and organisation kinds stay, because the sector-balanced scores need
//! them, so the copy evaluates and compares exactly like the original. Everything about the
//! table as a whole (seats, consensus and its rationale, barriers, the action plan) stays: the
//! report shows it anyway. When the session shows names, the copy is the assessment itself.

use std::collections::BTreeMap;

use super::Assessment;
use crate::domain::Id;

/// What a shared copy holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharedCopy {
    /// The whole assessment: the session shows names.
    Full,
    /// Respondents as neutral codes, without names, roles, notes or evidence.
    WithoutNames,
}

impl Assessment {
    /// Which copy [`Self::shareable`] gives.
    pub fn shared_copy(&self) -> SharedCopy {
        if self.meta.privacy.show_names {
            SharedCopy::Full
        } else {
            SharedCopy::WithoutNames
        }
    }

    /// The copy that may leave the laptop, e.g. attached to a report.
    pub fn shareable(&self) -> Self {
        let mut copy = self.clone();
        if self.shared_copy() == SharedCopy::Full {
            return copy;
        }
        let codes: BTreeMap<&str, Id> = self
            .respondents
            .iter()
            .enumerate()
            .map(|(n, r)| (r.label.as_str(), Id::from(format!("R{}", n + 1).as_str())))
            .collect();
        for (respondent, original) in copy.respondents.iter_mut().zip(&self.respondents) {
            respondent.label = codes[original.label.as_str()].to_string();
            respondent.name = None;
            respondent.role = String::new();
        }
        // Answers of a label that is not a respondent keep no trace of it either.
        copy.answers
            .retain(|a| codes.contains_key(a.respondent.as_ref()));
        for answer in &mut copy.answers {
            answer.respondent = codes[answer.respondent.as_ref()].clone();
            answer.note = String::new();
            answer.evidence = String::new();
        }
        copy
    }
}
