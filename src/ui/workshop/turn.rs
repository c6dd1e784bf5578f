//! Pass the laptop: one respondent at a time answers privately, then a curtain hides the
//! screen until the next person is ready. Nothing here shows anyone's answer.

use egui::{Button, RichText, TextWrapMode, Vec2};

use super::{Phase, WorkshopAction, WorkshopScreen, who};
use crate::domain::assessment::{AnswerValue, Assessment};
use crate::domain::framework::Question;
use crate::domain::workshop::next_in_turn;
use crate::domain::{Lang, Level};

/// Respondents without an answer to the question in the round, in list order.
fn waiting<'a>(assessment: &'a Assessment, question: &str, round: u8) -> Vec<&'a str> {
    assessment
        .respondents
        .iter()
        .filter(|r| assessment.answer(&r.label, question, round).is_none())
        .map(|r| r.label.as_str())
        .collect()
}

/// Who answers now: the facilitator's choice if still waiting, else the next in turn.
fn current(
    screen: &WorkshopScreen,
    assessment: &Assessment,
    question: &str,
    round: u8,
) -> Option<String> {
    let chosen = screen
        .chosen
        .as_deref()
        .filter(|c| assessment.answer(c, question, round).is_none());
    chosen
        .or_else(|| next_in_turn(assessment, question, round))
        .map(str::to_owned)
}

fn card(ui: &mut egui::Ui, text: String, size: f32) -> bool {
    let width = ui.available_width();
    ui.add(
        Button::new(RichText::new(text).size(size))
            .wrap_mode(TextWrapMode::Wrap)
            .min_size(Vec2::new(width, 48.0)),
    )
    .clicked()
}

/// The answering screen for whoever's turn it is.
pub(super) fn show(
    screen: &mut WorkshopScreen,
    ui: &mut egui::Ui,
    assessment: &mut Assessment,
    question: &Question,
    round: u8,
    lang: Lang,
) -> Option<WorkshopAction> {
    let total = assessment.respondents.len();
    let left = waiting(assessment, &question.id, round);
    let answered = total - left.len();

    // The meta-perception step belongs to the respondent who just answered.
    if let Some(label) = screen.meta_turn.clone() {
        return meta_step(screen, ui, assessment, question, round, &label, lang);
    }

    let Some(label) = current(screen, assessment, &question.id, round) else {
        ui.label(
            RichText::new(format!(
                "{} ({answered} {} {total})",
                lang.pick("Iedereen heeft geantwoord", "Everyone has answered"),
                lang.pick("van", "of"),
            ))
            .size(20.0),
        );
        if ui
            .add(
                Button::new(
                    RichText::new(lang.pick(
                        "Iedereen heeft geantwoord — onthullen",
                        "Everyone has answered — reveal",
                    ))
                    .size(22.0),
                )
                .min_size(Vec2::new(0.0, 48.0)),
            )
            .clicked()
        {
            screen.set_item(&question.id, round, Phase::Revealed);
        }
        return None;
    };
    let respondent = assessment.respondent(&label)?;
    let name = who(respondent, assessment, lang);

    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "{}: {name}",
                lang.pick("Aan de beurt", "Your turn")
            ))
            .size(22.0)
            .strong(),
        );
        ui.label(format!(
            "· {answered} {} {total} {}",
            lang.pick("van", "of"),
            lang.pick("hebben geantwoord", "have answered"),
        ));
    });
    picker(screen, ui, &label, &left, lang);
    ui.add_space(8.0);

    let value = options(ui, question, lang)?;
    assessment.set_answer(&label, &question.id, round, value);
    // Pin the phase: with everyone answered the item would otherwise count as revealed.
    screen.set_item(&question.id, round, Phase::Answering);
    screen.chosen = None;
    if question.meta.is_some() && value.level().is_some() {
        screen.meta_turn = Some(label);
    } else {
        screen.curtain = Some(label);
    }
    Some(WorkshopAction::Changed)
}

/// The optional second question: how the respondent thinks the other domain answers.
fn meta_step(
    screen: &mut WorkshopScreen,
    ui: &mut egui::Ui,
    assessment: &mut Assessment,
    question: &Question,
    round: u8,
    label: &str,
    lang: Lang,
) -> Option<WorkshopAction> {
    let Some(text) = &question.meta else {
        screen.meta_turn = None;
        screen.curtain = Some(label.to_owned());
        return None;
    };
    ui.label(
        RichText::new(lang.pick(
            "Hoe denkt u dat het andere domein antwoordt?",
            "How do you think the other domain answers?",
        ))
        .size(22.0)
        .strong(),
    );
    ui.label(RichText::new(text.get(lang)).size(18.0));
    ui.add_space(8.0);
    let mut picked = None;
    for level in Level::ALL {
        let text = format!("{}  {}", level.get(), question.option(level).get(lang));
        if card(ui, text, 18.0) {
            picked = Some(level);
        }
    }
    let skipped = ui.button(lang.pick("Overslaan", "Skip")).clicked();
    if picked.is_none() && !skipped {
        return None;
    }
    screen.meta_turn = None;
    screen.curtain = Some(label.to_owned());
    let level = picked?;
    assessment.set_meta_answer(label, &question.id, round, level);
    Some(WorkshopAction::Changed)
}

/// The curtain between two turns: thanks, and who gets the laptop next.
pub(super) fn curtain(
    screen: &mut WorkshopScreen,
    ui: &mut egui::Ui,
    assessment: &Assessment,
    question: &Question,
    round: u8,
    lang: Lang,
) -> Option<WorkshopAction> {
    let palette = super::WorkshopPalette::for_ui(ui);
    let next = current(screen, assessment, &question.id, round);
    let next_name = next
        .as_deref()
        .and_then(|l| assessment.respondent(l))
        .map(|r| who(r, assessment, lang));
    egui::Frame::new()
        .fill(palette.curtain)
        .inner_margin(32)
        .corner_radius(8)
        .show(ui, |ui| {
            ui.set_min_size(ui.available_size());
            ui.vertical_centered(|ui| {
                let white = egui::Color32::WHITE;
                ui.add_space(40.0);
                let thanks = match &next_name {
                    Some(name) => format!(
                        "{} {name}",
                        lang.pick(
                            "Dank u. Geef de laptop door aan",
                            "Thank you. Pass the laptop to"
                        )
                    ),
                    None => lang
                        .pick(
                            "Dank u. Geef de laptop terug aan de gespreksleider",
                            "Thank you. Give the laptop back to the facilitator",
                        )
                        .to_owned(),
                };
                ui.label(RichText::new(thanks).size(28.0).color(white));
                ui.add_space(24.0);
                let button = match &next {
                    Some(label) => {
                        format!("{} {label}", lang.pick("Verder: ik ben", "Continue: I am"))
                    }
                    None => lang.pick("Verder", "Continue").to_owned(),
                };
                if ui
                    .add(
                        Button::new(RichText::new(button).size(22.0))
                            .min_size(Vec2::new(240.0, 56.0)),
                    )
                    .clicked()
                {
                    screen.curtain = None;
                }
            });
        });
    None
}

/// The facilitator may let someone else answer first, or skip someone who stepped out.
fn picker(screen: &mut WorkshopScreen, ui: &mut egui::Ui, label: &str, left: &[&str], lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        let mut pick = label.to_owned();
        egui::ComboBox::from_label(lang.pick("Wie antwoordt?", "Who answers?"))
            .selected_text(pick.clone())
            .show_ui(ui, |ui| {
                for candidate in left {
                    ui.selectable_value(&mut pick, (*candidate).to_owned(), *candidate);
                }
            });
        if pick != label {
            screen.chosen = Some(pick);
        }
        if left.len() > 1 && ui.button(lang.pick("Overslaan", "Skip")).clicked() {
            let at = left.iter().position(|l| *l == label).unwrap_or(0);
            screen.chosen = left.get((at + 1) % left.len()).map(|l| (*l).to_owned());
        }
    });
}

/// The five option cards and "weet niet" / "n.v.t.": what was clicked, if anything.
fn options(ui: &mut egui::Ui, question: &Question, lang: Lang) -> Option<AnswerValue> {
    let mut chosen_value = None;
    ui.scope(|ui| {
        for level in Level::ALL {
            let text = format!("{}  {}", level.get(), question.option(level).get(lang));
            if card(ui, text, 20.0) {
                chosen_value = Some(AnswerValue::Level(level));
            }
        }
        ui.horizontal(|ui| {
            if ui
                .add(
                    Button::new(RichText::new(lang.pick("Weet niet", "Don't know")).size(20.0))
                        .min_size(Vec2::new(160.0, 44.0)),
                )
                .clicked()
            {
                chosen_value = Some(AnswerValue::DontKnow);
            }
            if question.not_applicable
                && ui
                    .add(
                        Button::new(
                            RichText::new(lang.pick("N.v.t.", "Not applicable")).size(20.0),
                        )
                        .min_size(Vec2::new(160.0, 44.0)),
                    )
                    .clicked()
            {
                chosen_value = Some(AnswerValue::NotApplicable);
            }
        });
    });
    chosen_value
}
