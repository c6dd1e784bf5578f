//! Applies the commands that change the assessment. Every change goes through
//! [`App::edit`], which re-evaluates and writes the recovery file.

use super::App;
use crate::domain::Id;
use crate::domain::assessment::{Action, Answer};
use crate::ui::command::Command;

impl App {
    /// Applies a command that edits the document; other commands are ignored here.
    pub(super) fn apply_edit(&mut self, command: Command) {
        let lang = self.lang();
        match command {
            Command::Answer { question, value } => self.edit(|a, who| {
                match a
                    .answers
                    .iter_mut()
                    .find(|x| x.respondent == who && x.question == question && x.round == 1)
                {
                    Some(answer) => answer.value = value,
                    None => a.answers.push(Answer {
                        respondent: who.into(),
                        question: question.into(),
                        round: 1,
                        value,
                        meta: None,
                        note: String::new(),
                        evidence: String::new(),
                    }),
                }
            }),
            Command::AnswerText {
                question,
                note,
                evidence,
            } => self.edit(|a, who| {
                if let Some(answer) = a
                    .answers
                    .iter_mut()
                    .find(|x| x.respondent == who && x.question == question && x.round == 1)
                {
                    answer.note = note;
                    answer.evidence = evidence;
                }
            }),
            Command::SelectRespondent(label) => {
                if let Some(doc) = &mut self.doc {
                    doc.respondent = label;
                }
            }
            Command::SetMeta(meta) => self.edit(|a, _| a.meta = meta),
            Command::SetSeat(i, seat) => self.edit(|a, _| set_or_push(&mut a.seats, i, seat)),
            Command::RemoveSeat(i) => self.edit(|a, _| remove(&mut a.seats, i)),
            Command::SetRespondent(i, respondent) => self.edit(|a, _| {
                if let Some(old) = a.respondents.get(i).map(|r| r.label.clone())
                    && old != respondent.label
                {
                    for answer in a.answers.iter_mut().filter(|x| x.respondent == old) {
                        answer.respondent = Id::from(&respondent.label);
                    }
                }
                set_or_push(&mut a.respondents, i, respondent);
            }),
            Command::RemoveRespondent(i) => self.edit(|a, _| {
                if a.respondents.len() > 1 && i < a.respondents.len() {
                    let gone = a.respondents.remove(i);
                    a.answers.retain(|x| x.respondent != gone.label);
                }
            }),
            Command::AddToPlan(instrument) => {
                self.edit(|a, _| {
                    if !a
                        .actions
                        .iter()
                        .any(|x| x.instrument.as_deref() == Some(&instrument))
                    {
                        a.actions.push(Action {
                            instrument: Some(instrument),
                            title: String::new(),
                            owner: String::new(),
                            due: None,
                            status: Default::default(),
                            note: String::new(),
                        });
                    }
                });
                self.info(lang.pick("Toegevoegd aan het actieplan.", "Added to the action plan."));
            }
            Command::SetAction(i, action) => {
                self.edit(|a, _| set_or_push(&mut a.actions, i, action));
            }
            Command::RemoveAction(i) => self.edit(|a, _| remove(&mut a.actions, i)),
            Command::SetBarrier(i, barrier) => {
                self.edit(|a, _| set_or_push(&mut a.barriers, i, barrier));
            }
            Command::RemoveBarrier(i) => self.edit(|a, _| remove(&mut a.barriers, i)),
            Command::SetSelfPlacement(level) => self.edit(|a, _| a.self_placement = level),
            _ => {}
        }
    }
}

pub(super) fn set_or_push<T>(list: &mut Vec<T>, index: usize, value: T) {
    match list.get_mut(index) {
        Some(slot) => *slot = value,
        None => list.push(value),
    }
}

pub(super) fn remove<T>(list: &mut Vec<T>, index: usize) {
    if index < list.len() {
        list.remove(index);
    }
}
