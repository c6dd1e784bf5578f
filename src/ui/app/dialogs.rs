//! The app's modal dialogs: unsaved changes, restoring after a crash, and typing a path when
//! no file dialog is available.

use egui::{Id, Modal, RichText};

use super::{App, Leaving};
use crate::domain::Lang;
use crate::domain::evaluate::explain::count;
use crate::ui::command::Command;
use crate::ui::files::{DialogOutcome, Purpose, TypedPath, with_extension};
use crate::ui::{text, theme, widgets};

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
        if let Some(found) = self
            .recovered
            .as_ref()
            .filter(|_| !matches!(self.leaving, Leaving::Asking(_)))
        {
            let what = recovered_text(found, self.recovered_age, lang);
            Modal::new(Id::unique("restore")).show(ctx, |ui| {
                ui.set_max_width(480.0);
                ui.heading(lang.pick("Werk herstellen?", "Restore your work?"));
                ui.label(lang.pick(
                    "Routekaart is de vorige keer niet netjes afgesloten. Dit werk was nog niet opgeslagen:",
                    "Routekaart did not close properly last time. This work had not been saved yet:",
                ));
                ui.label(RichText::new(what).strong());
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let palette = theme::current(ui.ctx());
                    if ui
                        .add(widgets::primary(lang.pick("Herstellen", "Restore"), palette))
                        .clicked()
                    {
                        out.push(Command::RestoreRecovery);
                    }
                    ui.add_space(12.0);
                    if ui
                        .small_button(lang.pick("Weggooien", "Discard"))
                        .on_hover_text(lang.pick(
                            "Het bewaarde werk wordt verwijderd.",
                            "The kept work is deleted.",
                        ))
                        .clicked()
                    {
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

/// What the recovery file holds, in a line: the region, how much was answered and when it
/// was kept ("Lindewaard · 12 antwoorden van 1 deelnemer · 5 minuten geleden").
fn recovered_text(
    assessment: &crate::domain::Assessment,
    age: Option<std::time::Duration>,
    lang: Lang,
) -> String {
    let (answers, people) = match lang {
        Lang::Nl => (
            count(assessment.answers.len(), "antwoord", "antwoorden"),
            count(assessment.respondents.len(), "deelnemer", "deelnemers"),
        ),
        Lang::En => (
            count(assessment.answers.len(), "answer", "answers"),
            count(assessment.respondents.len(), "respondent", "respondents"),
        ),
    };
    let mut text = format!(
        "{} · {answers} {} {people}",
        assessment.meta.region,
        lang.pick("van", "from")
    );
    if let Some(age) = age {
        text.push_str(" · ");
        text.push_str(&ago(age, lang));
    }
    text
}

/// "zojuist", "5 minuten geleden", "2 uur geleden", "3 dagen geleden".
fn ago(age: std::time::Duration, lang: Lang) -> String {
    let minutes = usize::try_from(age.as_secs() / 60).unwrap_or(usize::MAX);
    let (n, nl, en) = if minutes < 1 {
        return lang.pick("zojuist", "just now").to_owned();
    } else if minutes < 60 {
        (minutes, ("minuut", "minuten"), ("minute", "minutes"))
    } else if minutes < 48 * 60 {
        (minutes / 60, ("uur", "uur"), ("hour", "hours"))
    } else {
        (minutes / (24 * 60), ("dag", "dagen"), ("day", "days"))
    };
    match lang {
        Lang::Nl => format!("{} geleden", count(n, nl.0, nl.1)),
        Lang::En => format!("{} ago", count(n, en.0, en.1)),
    }
}
