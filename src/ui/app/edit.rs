//! Applies the commands that change the assessment. Every change goes through
//! [`App::edit`], which re-evaluates and writes the recovery file.

use super::App;
use crate::domain::assessment::Action;
use crate::ui::command::Edit;

impl App {
    /// Applies a change to the document.
    pub(super) fn apply_edit(&mut self, edit: Edit) {
        let lang = self.lang();
        match edit {
            Edit::Answer { question, value } => {
                self.edit(|a, who| a.set_answer(who, &question, 1, value));
            }
            Edit::AnswerText {
                question,
                note,
                evidence,
            } => self.edit(|a, who| a.set_answer_text(who, &question, 1, note, evidence)),
            Edit::SelectRespondent(label) => {
                if let Some(doc) = &mut self.doc {
                    doc.respondent = label;
                }
            }
            Edit::SetMeta(meta) => self.edit(|a, _| a.meta = meta),
            Edit::SetSeat(i, seat) => self.edit(|a, _| set_or_push(&mut a.seats, i, seat)),
            Edit::RemoveSeat(i) => self.edit(|a, _| remove(&mut a.seats, i)),
            Edit::SetRespondent(i, respondent) => self.edit(|a, _| a.set_respondent(i, respondent)),
            Edit::RemoveRespondent(i) => self.edit(|a, _| a.remove_respondent(i)),
            Edit::AddToPlan(instrument) => {
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
            Edit::SetAction(i, action) => {
                self.edit(|a, _| set_or_push(&mut a.actions, i, action));
            }
            Edit::RemoveAction(i) => self.edit(|a, _| remove(&mut a.actions, i)),
            Edit::SetBarrier(i, barrier) => {
                self.edit(|a, _| set_or_push(&mut a.barriers, i, barrier));
            }
            Edit::RemoveBarrier(i) => self.edit(|a, _| remove(&mut a.barriers, i)),
            Edit::SetSelfPlacement(level) => self.edit(|a, _| a.self_placement = level),
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
