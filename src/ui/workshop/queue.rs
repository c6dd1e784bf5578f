//! After the reveal: the discussion list (split items first), the choice of items for a
//! re-vote in round 2, and the consensus the table agrees on.

use std::hash::{DefaultHasher, Hash, Hasher};

use egui::{Button, RichText};

use super::{Draft, Phase, WorkshopAction, WorkshopPalette, WorkshopScreen};
use crate::domain::assessment::{AnswerValue, Assessment};
use crate::domain::evaluate::explain::signed;
use crate::domain::framework::Question;
use crate::domain::workshop::{QueueItem, discussion_queue};
use crate::domain::{Framework, Lang, Level};

/// A question's text cut to a line for lists.
fn short(text: &str) -> String {
    const MAX: usize = 64;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The name of an agreed answer: "niveau 3" or "n.v.t.".
pub(super) fn value_text(value: AnswerValue, lang: Lang) -> String {
    match value {
        AnswerValue::Level(level) => format!("{} {}", lang.pick("niveau", "level"), level.get()),
        AnswerValue::DontKnow => lang.pick("weet niet", "don't know").to_owned(),
        AnswerValue::NotApplicable => lang.pick("n.v.t.", "not applicable").to_owned(),
    }
}

/// The discussion list after round 1, with the re-vote choice.
pub(super) fn show(
    screen: &mut WorkshopScreen,
    ui: &mut egui::Ui,
    framework: &Framework,
    assessment: &Assessment,
    questions: &[&Question],
    lang: Lang,
) -> Option<WorkshopAction> {
    let palette = WorkshopPalette::for_ui(ui);
    ui.heading(lang.pick("Bespreeklijst na ronde 1", "Discussion list after round 1"));
    ui.label(lang.pick(
        "Verdeelde vragen eerst, dan de grootste spreiding en het grootste verschil tussen sociaal en medisch. Klik op een vraag om de antwoorden te tonen.",
        "Split questions first, then the largest spread and the largest gap between social and medical. Click a question to show its answers.",
    ));
    let queue = cached_queue(screen, framework, assessment);
    if queue.is_empty() {
        ui.label(lang.pick("Nog geen onthulde vragen.", "No revealed questions yet."));
        return None;
    }
    // One wrapping line per question, so a long question and its marks fit any width.
    ui.scope(|ui| {
        for (item, round) in &queue {
            let index = questions.iter().position(|q| q.id == item.question);
            let text = questions
                .iter()
                .find(|q| q.id == item.question)
                .map_or(item.question.clone(), |q| short(q.text.get(lang)));
            let mut ticked = screen.revote.contains(&item.question);
            ui.horizontal_wrapped(|ui| {
                if ui
                    .checkbox(&mut ticked, lang.pick("Ronde 2", "Round 2"))
                    .changed()
                {
                    if ticked {
                        screen.revote.insert(item.question.clone());
                    } else {
                        screen.revote.remove(&item.question);
                    }
                }
                if ui.link(text).clicked()
                    && let Some(index) = index
                {
                    screen.go_to(index);
                }
                flags(ui, &palette, item, *round, lang);
            });
            ui.separator();
        }
    });
    start_round_two(screen, ui, questions, lang);
    None
}

/// Under a reveal: the consensus (record, show or change it) and the re-vote.
pub(super) fn decide(
    screen: &mut WorkshopScreen,
    ui: &mut egui::Ui,
    assessment: &mut Assessment,
    question: &Question,
    round: u8,
    phase: Phase,
    lang: Lang,
) -> Option<WorkshopAction> {
    if phase == Phase::Consensus {
        if let Some(consensus) = assessment.consensus_for(&question.id) {
            ui.label(
                RichText::new(format!(
                    "{}: {}",
                    lang.pick("Besloten in consensus", "Decided by consensus"),
                    value_text(consensus.value, lang)
                ))
                .size(20.0)
                .strong(),
            );
            if !consensus.rationale.is_empty() {
                ui.label(&consensus.rationale);
            }
        }
        if ui
            .button(lang.pick("Consensus wijzigen", "Change consensus"))
            .clicked()
        {
            screen.set_item(&question.id, round, Phase::Revealed);
        }
        return None;
    }

    if screen.draft.question != question.id {
        let existing = assessment.consensus_for(&question.id);
        screen.draft = Draft {
            question: question.id.to_string(),
            value: existing.map(|c| c.value),
            rationale: existing.map(|c| c.rationale.clone()).unwrap_or_default(),
        };
    }
    ui.label(
        RichText::new(lang.pick("Consensus vastleggen", "Record consensus"))
            .size(18.0)
            .strong(),
    );
    ui.horizontal_wrapped(|ui| {
        ui.label(lang.pick("Afgesproken niveau:", "Agreed level:"));
        for level in Level::ALL {
            let value = AnswerValue::Level(level);
            ui.selectable_value(
                &mut screen.draft.value,
                Some(value),
                level.get().to_string(),
            );
        }
        if question.not_applicable {
            ui.selectable_value(
                &mut screen.draft.value,
                Some(AnswerValue::NotApplicable),
                lang.pick("N.v.t.", "N/a"),
            );
        }
    });
    let label = ui.label(lang.pick(
        "Toelichting (kort: waarom dit niveau)",
        "Rationale (short: why this level)",
    ));
    ui.add(
        egui::TextEdit::multiline(&mut screen.draft.rationale)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        let ready = screen.draft.value.is_some() && !screen.draft.rationale.trim().is_empty();
        if ui
            .add_enabled(
                ready,
                Button::new(lang.pick("Consensus opslaan", "Save consensus")),
            )
            .clicked()
            && let Some(value) = screen.draft.value
        {
            assessment.set_consensus(&question.id, value, &screen.draft.rationale);
            screen.set_item(&question.id, round, Phase::Consensus);
            screen.draft = Draft::default();
            action = Some(WorkshopAction::Changed);
        }
        if round == 1
            && ui
                .button(lang.pick("Opnieuw stemmen in ronde 2", "Vote again in round 2"))
                .clicked()
        {
            screen.set_item(&question.id, 2, Phase::Answering);
            screen.curtain = None;
        }
    });
    action
}

/// What marks an item in the list: split, spread, gap, decided, round 2.
fn flags(ui: &mut egui::Ui, palette: &WorkshopPalette, item: &QueueItem, round: u8, lang: Lang) {
    if item.split {
        egui::Frame::new()
            .fill(palette.split)
            .inner_margin(3)
            .corner_radius(3)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(lang.pick("Verdeeld", "Split"))
                        .strong()
                        .color(palette.on_split),
                );
            });
    }
    if item.decided {
        ui.label(
            RichText::new(lang.pick("besloten in consensus", "decided by consensus")).italics(),
        );
    }
    if round > 1 {
        ui.label(lang.pick("ronde 2", "round 2"));
    }
    ui.label(format!(
        "{} {}",
        lang.pick("spreiding", "spread"),
        item.spread
    ));
    if let Some(gap) = item.parity_gap {
        ui.label(format!(
            "{} {}",
            lang.pick("verschil", "gap"),
            signed(gap, lang).trim_start_matches('+')
        ));
    }
}

/// The button that starts round 2 for the ticked items.
fn start_round_two(
    screen: &mut WorkshopScreen,
    ui: &mut egui::Ui,
    questions: &[&Question],
    lang: Lang,
) {
    let ticked = screen.revote.len();
    if ui
        .add_enabled(
            ticked > 0,
            Button::new(format!(
                "{} ({ticked})",
                lang.pick(
                    "Ronde 2 starten met de gekozen vragen",
                    "Start round 2 with the chosen questions"
                )
            )),
        )
        .clicked()
    {
        let chosen: Vec<String> = std::mem::take(&mut screen.revote).into_iter().collect();
        for question in &chosen {
            screen.set_item(question, 2, Phase::Answering);
        }
        let first = questions
            .iter()
            .position(|q| chosen.iter().any(|c| q.id == *c));
        if let Some(first) = first {
            screen.go_to(first);
        }
    }
}

/// A hash of everything the list depends on: answers, consensus, privacy, item phases.
fn fingerprint(screen: &WorkshopScreen, assessment: &Assessment) -> u64 {
    let mut h = DefaultHasher::new();
    for a in &assessment.answers {
        (&a.respondent, &a.question, a.round, a.value, a.meta).hash(&mut h);
    }
    for c in &assessment.consensus {
        (&c.question, c.value).hash(&mut h);
    }
    for r in &assessment.respondents {
        (&r.label, r.domain).hash(&mut h);
    }
    let privacy = assessment.meta.privacy;
    (privacy.show_domains, privacy.show_names).hash(&mut h);
    for (question, state) in &screen.items {
        (question, state.round, state.phase).hash(&mut h);
    }
    h.finish()
}

/// The revealed items in discussion order with their rounds, recomputed only when something
/// they depend on changed (sorting 30 reveals every frame costs more than a frame may).
/// Only revealed items: the list must not leak answers of an item still being answered.
fn cached_queue(
    screen: &mut WorkshopScreen,
    framework: &Framework,
    assessment: &Assessment,
) -> Vec<(QueueItem, u8)> {
    let key = fingerprint(screen, assessment);
    if let Some((cached, rows)) = &screen.queue_cache
        && *cached == key
    {
        return rows.clone();
    }
    let rows: Vec<(QueueItem, u8)> = discussion_queue(framework, assessment, 1)
        .into_iter()
        .filter(|item| screen.phase(assessment, &item.question) != Phase::Answering)
        .map(|item| {
            let round = screen.round(assessment, &item.question);
            (item, round)
        })
        .collect();
    screen.queue_cache = Some((key, rows.clone()));
    rows
}
