//! Changing an assessment: one answer, its note, a meta answer, a consensus, a respondent.
//! Each replaces what was there for the same key, so a second click corrects the first
//! instead of adding a duplicate. The window and the workshop screen both change
//! assessments only through these methods.

use super::{Answer, AnswerValue, Assessment, Consensus, Respondent};
use crate::domain::{Id, Level};

impl Assessment {
    /// The answer of a respondent to a question in a round.
    pub fn answer(&self, respondent: &str, question: &str, round: u8) -> Option<&Answer> {
        self.answers
            .iter()
            .find(|a| a.respondent == respondent && a.question == question && a.round == round)
    }

    fn answer_mut(&mut self, respondent: &str, question: &str, round: u8) -> Option<&mut Answer> {
        self.answers
            .iter_mut()
            .find(|a| a.respondent == respondent && a.question == question && a.round == round)
    }

    /// Records (or corrects) an answer; the note and evidence of an earlier version are kept.
    pub fn set_answer(&mut self, respondent: &str, question: &str, round: u8, value: AnswerValue) {
        match self.answer_mut(respondent, question, round) {
            Some(answer) => answer.value = value,
            None => self.answers.push(Answer {
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

    /// Sets the note and evidence of an answer already given; without one, nothing changes.
    pub fn set_answer_text(
        &mut self,
        respondent: &str,
        question: &str,
        round: u8,
        note: String,
        evidence: String,
    ) {
        if let Some(answer) = self.answer_mut(respondent, question, round) {
            answer.note = note;
            answer.evidence = evidence;
        }
    }

    /// Adds how the respondent thinks the other domain answers to an answer already given.
    pub fn set_meta_answer(&mut self, respondent: &str, question: &str, round: u8, meta: Level) {
        if let Some(answer) = self.answer_mut(respondent, question, round) {
            answer.meta = Some(meta);
        }
    }

    /// Records the level the table agreed on, replacing an earlier consensus on the question.
    pub fn set_consensus(&mut self, question: &str, value: AnswerValue, rationale: &str) {
        let consensus = Consensus {
            question: question.to_owned(),
            value,
            rationale: rationale.trim().to_owned(),
        };
        match self.consensus.iter_mut().find(|c| c.question == question) {
            Some(existing) => *existing = consensus,
            None => self.consensus.push(consensus),
        }
    }

    /// Replaces the respondent at `index` (or adds one at the end); when the label changes,
    /// their answers follow it.
    pub fn set_respondent(&mut self, index: usize, respondent: Respondent) {
        if let Some(old) = self.respondents.get(index).map(|r| r.label.clone())
            && old != respondent.label
        {
            let label = Id::from(&respondent.label);
            for answer in self.answers.iter_mut().filter(|x| x.respondent == old) {
                answer.respondent = label.clone();
            }
        }
        match self.respondents.get_mut(index) {
            Some(slot) => *slot = respondent,
            None => self.respondents.push(respondent),
        }
    }

    /// Removes the respondent at `index` with their answers. The last respondent stays: an
    /// assessment always has someone answering.
    pub fn remove_respondent(&mut self, index: usize) {
        if self.respondents.len() > 1 && index < self.respondents.len() {
            let gone = self.respondents.remove(index);
            self.answers.retain(|x| x.respondent != gone.label);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::Level;
    use crate::domain::assessment::AnswerValue;

    /// The example with the most respondents.
    fn example() -> crate::domain::Assessment {
        let text = include_str!("../../../assessments/3-rivierduin-samen-aan-de-slag.ron");
        ron::from_str(text).unwrap()
    }

    #[test]
    fn a_second_answer_corrects_the_first() {
        let mut a = example();
        let who = a.respondents[0].label.clone();
        let question = a.answers[0].question.to_string();
        let before = a.answers.len();
        a.set_answer(&who, &question, 1, AnswerValue::Level(Level::MAX));
        a.set_answer(&who, &question, 1, AnswerValue::DontKnow);
        assert_eq!(a.answers.len(), before, "no duplicate");
        assert_eq!(
            a.answer(&who, &question, 1).unwrap().value,
            AnswerValue::DontKnow
        );
    }

    #[test]
    fn renamed_respondents_keep_their_answers_and_the_last_one_stays() {
        let mut a = example();
        let mut first = a.respondents[0].clone();
        let given = a
            .answers
            .iter()
            .filter(|x| x.respondent == first.label)
            .count();
        first.label = "Nieuw".to_owned();
        a.set_respondent(0, first);
        assert_eq!(
            a.answers.iter().filter(|x| x.respondent == "Nieuw").count(),
            given
        );
        while a.respondents.len() > 1 {
            a.remove_respondent(0);
        }
        a.remove_respondent(0);
        assert_eq!(a.respondents.len(), 1, "the last respondent stays");
        let label = a.respondents[0].label.clone();
        assert!(
            a.answers.iter().all(|x| x.respondent == label),
            "answers of the removed go"
        );
    }
}
