//! The bar above the workshop screen: question navigation, the list view, the projector and
//! results buttons, and the session's privacy settings.

use egui::RichText;

use super::{View, WorkshopAction, WorkshopScreen};
use crate::domain::assessment::Assessment;
use crate::domain::framework::Question;
use crate::domain::{Framework, Lang};

impl WorkshopScreen {
    /// Draws the bar; returns `Changed` when a privacy setting changed.
    pub(super) fn top_bar(
        &mut self,
        ui: &mut egui::Ui,
        framework: &Framework,
        assessment: &mut Assessment,
        questions: &[&Question],
        lang: Lang,
    ) -> Option<WorkshopAction> {
        let mut action = None;
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(
                    self.question > 0,
                    egui::Button::new(lang.pick("Vorige vraag", "Previous question")),
                )
                .clicked()
            {
                self.go_to(self.question.saturating_sub(1));
            }
            let dimension = questions
                .get(self.question)
                .and_then(|q| framework.dimension(&q.dimension))
                .map_or("", |d| d.name.get(lang));
            ui.label(
                RichText::new(format!(
                    "{} {} {} {} · {dimension}",
                    lang.pick("Vraag", "Question"),
                    self.question + 1,
                    lang.pick("van", "of"),
                    questions.len(),
                ))
                .strong(),
            );
            if ui
                .add_enabled(
                    self.question + 1 < questions.len(),
                    egui::Button::new(lang.pick("Volgende vraag", "Next question")),
                )
                .clicked()
            {
                self.go_to(self.question + 1);
            }
            ui.separator();
            if ui
                .selectable_label(self.view == View::Question, lang.pick("Vraag", "Question"))
                .clicked()
            {
                self.view = View::Question;
            }
            if ui
                .selectable_label(
                    self.view == View::Queue,
                    lang.pick("Bespreeklijst", "Discussion list"),
                )
                .clicked()
            {
                self.view = View::Queue;
                self.curtain = None;
            }
            ui.separator();
            if ui
                .button(lang.pick("Projectorbeeld", "Projector view"))
                .clicked()
            {
                action = Some(WorkshopAction::ToggleProjector);
            }
            if ui
                .button(lang.pick("Naar de resultaten", "To the results"))
                .clicked()
            {
                action = Some(WorkshopAction::ShowResults);
            }
        });
        egui::CollapsingHeader::new(lang.pick("Sessie-instellingen", "Session settings"))
            .default_open(false)
            .show(ui, |ui| {
                let privacy = &mut assessment.meta.privacy;
                if ui
                    .checkbox(
                        &mut privacy.show_domains,
                        lang.pick("Domeinen tonen", "Show domains"),
                    )
                    .changed()
                    | ui.checkbox(
                        &mut privacy.show_names,
                        lang.pick("Namen tonen", "Show names"),
                    )
                    .changed()
                {
                    action = Some(WorkshopAction::Changed);
                }
                ui.separator();
                ui.checkbox(
                    &mut self.fast_entry,
                    lang.pick(
                        "Snelle invoer (papieren stembriefjes)",
                        "Fast entry (paper ballots)",
                    ),
                );
            });
        action
    }
}
