//! The app's modal dialogs: unsaved changes, restoring after a crash, and typing a path when
//! no file dialog is available.

use egui::{Id, Modal, RichText};

use super::{App, Leaving};
use crate::ui::command::Command;
use crate::ui::files::{DialogOutcome, Purpose, TypedPath, with_extension};
use crate::ui::{text, widgets};

impl App {
    /// Checks the file dialog running on its helper thread.
    pub(super) fn poll_dialog(&mut self) -> Option<Command> {
        let dialog = self.dialog.as_ref()?;
        let purpose = dialog.purpose;
        match dialog.poll() {
            DialogOutcome::Waiting => None,
            DialogOutcome::Chosen(paths) => {
                self.dialog = None;
                Self::path_chosen(purpose, paths)
            }
            DialogOutcome::Cancelled => {
                self.dialog = None;
                self.save_first_abandoned();
                None
            }
            DialogOutcome::Unavailable => {
                self.dialog = None;
                self.typed_path = TypedPath::asking(purpose, self.suggested_path(purpose));
                None
            }
        }
    }

    /// Draws whichever modal is open and returns what the user chose.
    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut out = Vec::new();
        let lang = self.lang();
        if let Leaving::Asking(waiting) = self.leaving.clone() {
            let mut choice = None;
            Modal::new(Id::unique("unsaved-guard")).show(ctx, |ui| {
                ui.set_max_width(460.0);
                ui.heading(lang.pick("Niet-opgeslagen wijzigingen", "Unsaved changes"));
                ui.label(lang.pick(
                    "Deze evaluatie heeft wijzigingen die nog niet zijn opgeslagen. Wat wilt u doen?",
                    "This assessment has changes that are not saved yet. What would you like to do?",
                ));
                ui.horizontal(|ui| {
                    if ui.button(lang.pick("Eerst opslaan", "Save first")).clicked() {
                        choice = Some(0);
                    }
                    if ui.button(lang.pick("Niet opslaan", "Don't save")).clicked() {
                        choice = Some(1);
                    }
                    if ui.button(text::CANCEL.get(lang)).clicked() {
                        choice = Some(2);
                    }
                });
            });
            match choice {
                Some(0) => {
                    self.leaving = Leaving::SavingFirst(waiting);
                    out.push(Command::Save);
                }
                Some(1) => self.apply_discarding(ctx, waiting),
                Some(_) => self.leaving = Leaving::Working,
                None => {}
            }
        }
        if self.recovered.is_some() && !matches!(self.leaving, Leaving::Asking(_)) {
            Modal::new(Id::unique("restore")).show(ctx, |ui| {
                ui.set_max_width(460.0);
                ui.heading(lang.pick("Werk herstellen?", "Restore your work?"));
                ui.label(lang.pick(
                    "Routekaart is de vorige keer niet netjes afgesloten. Er is een evaluatie met niet-opgeslagen antwoorden bewaard.",
                    "Routekaart did not close properly last time. An assessment with unsaved answers was kept.",
                ));
                ui.horizontal(|ui| {
                    if ui.button(lang.pick("Herstellen", "Restore")).clicked() {
                        out.push(Command::RestoreRecovery);
                    }
                    if ui.button(lang.pick("Weggooien", "Discard")).clicked() {
                        out.push(Command::DiscardRecovery);
                    }
                });
            });
        }
        if let Some(purpose) = self.typed_path.purpose {
            out.extend(self.typed_path_ui(ctx, purpose));
        }
        out
    }

    fn typed_path_ui(&mut self, ctx: &egui::Context, purpose: Purpose) -> Option<Command> {
        let lang = self.lang();
        let mut result = None;
        let mut close = false;
        Modal::new(Id::unique("typed-path")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(purpose.title(lang));
            ui.label(if purpose == Purpose::CompareFolder {
                lang.pick(
                    "Er is geen bestandsvenster beschikbaar. Typ het pad van de map:",
                    "No file dialog is available. Type the path of the folder:",
                )
            } else {
                lang.pick(
                    "Er is geen bestandsvenster beschikbaar. Typ het pad van het bestand:",
                    "No file dialog is available. Type the path of the file:",
                )
            });
            let label = ui.label(RichText::new(lang.pick("Pad", "Path")).strong());
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut self.typed_path.text)
                        .desired_width(480.0)
                        .hint_text(match purpose {
                            Purpose::Export | Purpose::ExportComparisonPdf => "/home/…/rapport.pdf",
                            Purpose::ExportComparisonCsv => "/home/…/vergelijking.csv",
                            Purpose::ExportWord => "/home/…/rapport.docx",
                            Purpose::ExportPlan => "/home/…/actieplan.xlsx",
                            Purpose::ExportComparisonXlsx => "/home/…/vergelijking.xlsx",
                            Purpose::CompareFolder => "/home/…/evaluaties",
                            Purpose::CompareFiles | Purpose::Open | Purpose::Save => {
                                "/home/…/evaluatie.ron"
                            }
                        }),
                )
                .labelled_by(label.id);
            if self.typed_path.focus_pending {
                self.typed_path.focus_pending = false;
                widgets::focus_selecting(ui, &edit, &self.typed_path.text);
            }
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let ok = match purpose {
                    Purpose::Open => lang.pick("Openen", "Open"),
                    Purpose::Save => text::SAVE.get(lang),
                    Purpose::Export
                    | Purpose::ExportWord
                    | Purpose::ExportPlan
                    | Purpose::ExportComparisonPdf
                    | Purpose::ExportComparisonCsv
                    | Purpose::ExportComparisonXlsx => lang.pick("Exporteren", "Export"),
                    Purpose::CompareFolder | Purpose::CompareFiles => {
                        lang.pick("Vergelijken", "Compare")
                    }
                };
                let filled = !self.typed_path.text.trim().is_empty();
                if (ui.add_enabled(filled, egui::Button::new(ok)).clicked() || (enter && filled))
                    && !close
                {
                    result = Self::path_chosen(
                        purpose,
                        vec![with_extension(&self.typed_path.text, purpose)],
                    );
                    close = true;
                }
                if ui.button(text::CANCEL.get(lang)).clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.typed_path = TypedPath::default();
            if result.is_none() {
                self.save_first_abandoned();
            }
        }
        result
    }
}
