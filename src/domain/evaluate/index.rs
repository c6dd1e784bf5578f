//! Each respondent's latest answer per question, looked up without searching.
//!
//! Built once per evaluation, so the engine stays linear in the number of answers instead of
//! scanning every answer for every respondent and question. Answers are kept in one column
//! per question, one slot per respondent in the assessment's order, so the engine walks a
//! question's column beside the respondents. The ids come from the user's own file, so a
//! fast non-cryptographic hash finds the columns.

use rustc_hash::FxHashMap;

use crate::domain::Id;
use crate::domain::assessment::{Answer, Assessment};

/// How many label texts are remembered for comparison by identity.
const SEEN_LABELS: usize = 64;

/// The latest answer of each respondent to one question, in the order of the assessment's
/// respondents (see [`AnswerIndex::column`]).
pub type Column<'i, 'a> = &'i [Option<&'a Answer>];

/// Latest-round answers per question, per respondent position.
pub struct AnswerIndex<'a> {
    /// The column of each question that was answered.
    columns: FxHashMap<&'a str, usize>,
    /// Respondents in the assessment, the length of each column.
    respondents: usize,
    /// The columns one after the other.
    latest: Vec<Option<&'a Answer>>,
}

impl<'a> AnswerIndex<'a> {
    /// Indexes an assessment's answers, keeping the latest round of each respondent and
    /// question (the first given, among answers in the same round). Answers by a label that
    /// is not among the respondents are left out; respondents who share a label share its
    /// answers.
    pub fn new(assessment: &'a Assessment) -> Self {
        let respondents = assessment.respondents.len();
        let mut position: FxHashMap<&str, usize> = FxHashMap::default();
        position.reserve(respondents);
        for (i, r) in assessment.respondents.iter().enumerate() {
            position.entry(r.label.as_str()).or_insert(i);
        }
        let mut columns: FxHashMap<&str, usize> = FxHashMap::default();
        // About one column per respondent's worth of answers.
        columns.reserve(assessment.answers.len() / respondents.max(1));
        // Room for every answer in its own slot: enough when every respondent answers every
        // question, so the columns are not moved as they are added.
        let mut latest: Vec<Option<&Answer>> = Vec::with_capacity(assessment.answers.len());
        // Files list answers question by question with the respondents in turn, and a file
        // read from disk shares each id's text, so the previous question and the labels
        // seen so far are compared by identity before any text is hashed.
        let mut previous: Option<(&Id, usize)> = None;
        let mut seen: Vec<(&Id, Option<usize>)> = Vec::new();
        // Where in `seen` the next label is expected: the one after the last.
        let mut turn = 0;
        for answer in &assessment.answers {
            let guess = if turn < seen.len() { turn } else { 0 };
            let at = match seen.get(guess) {
                Some((id, _)) if id.shares_text(&answer.respondent) => Some(guess),
                _ => seen
                    .iter()
                    .position(|(id, _)| id.shares_text(&answer.respondent)),
            };
            let row = match at {
                Some(at) => {
                    turn = at + 1;
                    seen[at].1
                }
                None => {
                    let row = position.get(answer.respondent.as_str()).copied();
                    // Answers made one by one in the window do not share their labels; the
                    // list stays short and the map does the work.
                    if seen.len() < SEEN_LABELS {
                        seen.push((&answer.respondent, row));
                        turn = seen.len();
                    }
                    row
                }
            };
            let Some(row) = row else {
                continue;
            };
            let column = match previous {
                Some((question, column)) if *question == answer.question => column,
                _ => {
                    let next = columns.len();
                    let column = *columns.entry(answer.question.as_str()).or_insert(next);
                    if column == next {
                        latest.resize(latest.len() + respondents, None);
                    }
                    previous = Some((&answer.question, column));
                    column
                }
            };
            let slot = &mut latest[column * respondents + row];
            match slot {
                Some(kept) if kept.round >= answer.round => {}
                _ => *slot = Some(answer),
            }
        }
        for (i, r) in assessment.respondents.iter().enumerate() {
            let first = position.get(r.label.as_str()).copied().unwrap_or(i);
            if first != i {
                for column in latest.chunks_mut(respondents) {
                    column[i] = column[first];
                }
            }
        }
        Self {
            columns,
            respondents,
            latest,
        }
    }

    /// The latest answer of each respondent to a question, in the order of the assessment's
    /// respondents; empty when nobody answered it.
    pub fn column(&self, question: &str) -> Column<'_, 'a> {
        self.columns.get(question).map_or(&[], |&column| {
            &self.latest[column * self.respondents..(column + 1) * self.respondents]
        })
    }
}
