//! Fast entry: the facilitator types in paper ballots, one row per respondent. Keys 1–5, D
//! (weet niet) and N (n.v.t.) fill the marked row and move down; arrow keys move the mark.
//! The entered values are visible here on purpose: the facilitator holds the ballots anyway,
//! and the projector shows nothing until the reveal.

use egui::{Key, RichText};

use super::{Phase, WorkshopAction, WorkshopScreen, who};
use crate::domain::assessment::{AnswerValue, Assessment};
use crate::domain::framework::Question;
use crate::domain::{Lang, Level};

/// The value a key stands for, if any.
fn key_value(ctx: &egui::Context, not_applicable: bool) -> Option<AnswerValue> {
    ctx.input(|i| {
        let levels = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
        for (key, level) in levels.into_iter().zip(Level::ALL) {
            if i.key_pressed(key) {
                return Some(AnswerValue::Level(level));
            }
        }
        if i.key_pressed(Key::D) {
            return Some(AnswerValue::DontKnow);
        }
        if not_applicable && i.key_pressed(Key::N) {
            return Some(AnswerValue::NotApplicable);
        }
        None
    })
}

/// The grid for the current question.
pub(super) fn show(
    screen: &mut WorkshopScreen,
    ui: &mut egui::Ui,
    assessment: &mut Assessment,
    question: &Question,
    round: u8,
    lang: Lang,
) -> Option<WorkshopAction> {
    let rows = assessment.respondents.len();
    if screen.fast_row_for.as_deref() != Some(question.id.as_str()) {
        // A new question: mark the first row still without a ballot.
        screen.fast_row_for = Some(question.id.to_string());
        screen.fast_row = assessment
            .respondents
            .iter()
            .position(|r| assessment.answer(&r.label, &question.id, round).is_none())
            .unwrap_or(0);
    }
    screen.fast_row = screen.fast_row.min(rows.saturating_sub(1));
    ui.label(lang.pick(
        "Typ per rij 1–5, D (weet niet) of N (n.v.t.); de markering gaat dan een rij omlaag.",
        "Type 1–5, D (don't know) or N (not applicable) per row; the mark then moves down a row.",
    ));
    let mut entered: Option<(usize, AnswerValue)> = None;
    if !ui.ctx().egui_wants_keyboard_input() {
        if let Some(value) = key_value(ui.ctx(), question.not_applicable) {
            entered = Some((screen.fast_row, value));
        }
        ui.ctx().input(|i| {
            if i.key_pressed(Key::ArrowDown) {
                screen.fast_row = (screen.fast_row + 1).min(rows.saturating_sub(1));
            }
            if i.key_pressed(Key::ArrowUp) {
                screen.fast_row = screen.fast_row.saturating_sub(1);
            }
        });
    }

    let mut options: Vec<(AnswerValue, String)> = Level::ALL
        .into_iter()
        .map(|l| (AnswerValue::Level(l), l.get().to_string()))
        .collect();
    options.push((
        AnswerValue::DontKnow,
        lang.pick("Weet niet", "Don't know").to_owned(),
    ));
    if question.not_applicable {
        options.push((
            AnswerValue::NotApplicable,
            lang.pick("N.v.t.", "N/a").to_owned(),
        ));
    }

    ui.scope(|ui| {
        egui::Grid::new("workshop_fast_entry")
            .striped(true)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                for (row, respondent) in assessment.respondents.iter().enumerate() {
                    let marked = row == screen.fast_row;
                    let name = who(respondent, assessment, lang);
                    let text = if marked {
                        RichText::new(format!("» {name}")).strong()
                    } else {
                        RichText::new(name)
                    };
                    if ui.selectable_label(marked, text).clicked() {
                        screen.fast_row = row;
                    }
                    let current = assessment
                        .answer(&respondent.label, &question.id, round)
                        .map(|a| a.value);
                    for (value, text) in &options {
                        if ui
                            .selectable_label(current == Some(*value), text.as_str())
                            .clicked()
                        {
                            entered = Some((row, *value));
                        }
                    }
                    ui.end_row();
                }
            });
    });

    let answered = assessment
        .respondents
        .iter()
        .filter(|r| assessment.answer(&r.label, &question.id, round).is_some())
        .count();
    ui.horizontal(|ui| {
        ui.label(format!(
            "{answered} {} {rows} {}",
            lang.pick("van", "of"),
            lang.pick("ingevoerd", "entered")
        ));
        if ui.button(lang.pick("Onthullen", "Reveal")).clicked() {
            screen.set_item(&question.id, round, Phase::Revealed);
        }
    });

    let (row, value) = entered?;
    let label = assessment.respondents.get(row)?.label.clone();
    assessment.set_answer(&label, &question.id, round, value);
    // Pin the phase: with everyone answered the item would otherwise count as revealed.
    screen.set_item(&question.id, round, Phase::Answering);
    screen.fast_row = (row + 1).min(rows.saturating_sub(1));
    Some(WorkshopAction::Changed)
}
