//! The presenter view on the projector: the current question in large text, the reveal once
//! the facilitator revealed it, and the route with its five stages. No controls, and while an
//! item is being answered only how many have answered.

use egui::RichText;

use super::{Phase, WorkshopPalette, WorkshopScreen, questions, queue, reveal_view};
use crate::domain::assessment::Assessment;
use crate::domain::workshop::reveal;
use crate::domain::{Framework, Lang};

/// Text is drawn this much larger than on the laptop.
const SCALE: f32 = 1.2;

/// The projector always reads as if the window were zoomed to 200 %, whatever text size the
/// facilitator chose for the laptop (the zoom factor is shared by both windows).
fn projector_factor(ui: &egui::Ui) -> f32 {
    (2.0 / ui.ctx().zoom_factor()).max(1.0)
}

pub(super) fn show(
    screen: &WorkshopScreen,
    ui: &mut egui::Ui,
    framework: &Framework,
    assessment: &Assessment,
    lang: Lang,
) {
    let k = projector_factor(ui);
    for font in ui.style_mut().text_styles.values_mut() {
        font.size *= k;
    }
    // The question and the answers come first; the route goes under them when there is
    // room for it on the screen, and is left out rather than cut off when there is not.
    let height = ui.available_height();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            content(screen, ui, framework, assessment, lang, k);
            if ui.min_rect().height() + route_height(ui, SCALE * k) <= height {
                let palette = WorkshopPalette::for_ui(ui);
                let agreed = agreed_level(screen, assessment, framework);
                ui.add_space(8.0);
                reveal_view::route(ui, &palette, framework, agreed, lang, SCALE * k);
            }
        });
}

/// How tall the route is at most: a frame around the stage number and a name of up to
/// two lines, with the space above it.
fn route_height(ui: &egui::Ui, scale: f32) -> f32 {
    let line = 1.3;
    8.0 + 2.0 * (6.0 + 3.0 + 1.5)
        + 18.0 * scale * line
        + ui.spacing().item_spacing.y
        + 2.0 * 14.0 * scale * line
}

/// The stage the table agreed on for the open question, if it did.
fn agreed_level(
    screen: &WorkshopScreen,
    assessment: &Assessment,
    framework: &Framework,
) -> Option<crate::domain::Level> {
    let questions = questions(framework, assessment);
    let question = questions.get(screen.question)?;
    let state = screen.item(assessment, &question.id);
    (state.phase == Phase::Consensus)
        .then(|| assessment.consensus_for(&question.id))
        .flatten()
        .and_then(|c| c.value.level())
}

/// The question and, once revealed, the answers.
fn content(
    screen: &WorkshopScreen,
    ui: &mut egui::Ui,
    framework: &Framework,
    assessment: &Assessment,
    lang: Lang,
    k: f32,
) {
    let palette = WorkshopPalette::for_ui(ui);
    let questions = questions(framework, assessment);
    let Some(question) = questions.get(screen.question) else {
        ui.label(RichText::new(&assessment.meta.region).size(40.0 * k));
        return;
    };
    let state = screen.item(assessment, &question.id);
    let dimension = framework
        .dimension(&question.dimension)
        .map_or("", |d| d.name.get(lang));
    let round = match (state.round, screen.shown_round) {
        (1, _) => "",
        (_, Some(1)) if state.phase != Phase::Answering => lang.pick(" · ronde 1", " · round 1"),
        _ => lang.pick(" · ronde 2", " · round 2"),
    };
    ui.label(
        RichText::new(format!(
            "{} {} {} {} · {dimension}{round}",
            lang.pick("Vraag", "Question"),
            screen.question + 1,
            lang.pick("van", "of"),
            questions.len()
        ))
        .size(18.0 * k),
    );
    ui.label(
        RichText::new(question.text.get(lang))
            .size(26.0 * k)
            .strong(),
    );
    ui.add_space(8.0);
    match state.phase {
        Phase::Answering => {
            let answered = assessment
                .respondents
                .iter()
                .filter(|r| {
                    assessment
                        .answer(&r.label, &question.id, state.round)
                        .is_some()
                })
                .count();
            ui.label(
                RichText::new(lang.pick(
                    "De antwoorden worden samen onthuld",
                    "The answers are revealed together",
                ))
                .size(26.0 * k),
            );
            ui.label(
                RichText::new(format!(
                    "{answered} {} {} {}",
                    lang.pick("van", "of"),
                    assessment.respondents.len(),
                    lang.pick("hebben geantwoord", "have answered")
                ))
                .size(26.0 * k),
            );
        }
        Phase::Revealed | Phase::Consensus => {
            // The round the facilitator chose to show on the laptop.
            let shown = screen.shown_round.unwrap_or(state.round).min(state.round);
            let revealed = reveal(framework, assessment, question, shown);
            reveal_view::show(
                ui,
                &palette,
                framework,
                question,
                &revealed,
                lang,
                SCALE * k,
            );
            if let Some(consensus) = assessment.consensus_for(&question.id)
                && state.phase == Phase::Consensus
            {
                {
                    ui.add_space(4.0);
                    ui.label(
                        RichText::new(format!(
                            "{}: {}",
                            lang.pick("Besloten in consensus", "Decided by consensus"),
                            queue::value_text(consensus.value, lang)
                        ))
                        .size(26.0 * k)
                        .strong(),
                    );
                }
            }
        }
    }
}
