//! The comparison's commands: loading files and folders, the screen's requests, and exports.
//!
//! Loading reads every file anew (added files join those already compared); files that fail
//! are listed on the screen with their reason, and the others are still compared.

use std::path::{Path, PathBuf};

use super::App;
use crate::store;
use crate::ui::command::{Command, ComparisonFormat, Screen};
use crate::ui::compare::{CompareAction, CompareScreen};
use crate::ui::files::{self, Purpose};

impl App {
    /// Compares `paths` together with the files already in the comparison.
    pub(super) fn compare_load(&mut self, paths: Vec<PathBuf>) {
        for path in paths {
            if !self.compare_paths.contains(&path) {
                self.compare_paths.push(path);
            }
        }
        let loaded = store::load_rows(&self.framework, &self.compare_paths, &|_, _| {});
        let lang = self.lang();
        if loaded.assessments.is_empty() && loaded.failed.is_empty() {
            self.error(lang.pick(
                "Hier staan geen evaluaties (.ron) of rapporten (.pdf) om te vergelijken.",
                "There are no assessments (.ron) or reports (.pdf) here to compare.",
            ));
            return;
        }
        let mut screen = CompareScreen::new(&self.framework, loaded);
        screen.set_palette(crate::ui::theme::compare_palette(self.settings.dark));
        self.state.compare = Some(screen);
        self.message = None;
        self.screen = Screen::Compare;
    }

    /// Carries out what the comparison screen asked for.
    pub(super) fn comparison_action(&mut self, ctx: &egui::Context, action: CompareAction) {
        match action {
            CompareAction::AddFiles => self.ask_path(ctx, Purpose::CompareFiles),
            CompareAction::AddFolder => self.ask_path(ctx, Purpose::CompareFolder),
            CompareAction::ExportPdf => self.ask_path(ctx, Purpose::ExportComparisonPdf),
            CompareAction::ExportCsv => self.ask_path(ctx, Purpose::ExportComparisonCsv),
            CompareAction::ExportXlsx => self.ask_path(ctx, Purpose::ExportComparisonXlsx),
            CompareAction::OpenAssessment(path) => self.apply(ctx, Command::OpenPath(path)),
            CompareAction::Close => {
                self.state.compare = None;
                self.compare_paths.clear();
                self.screen = Screen::Start;
            }
        }
    }

    /// Writes the comparison as a PDF report, a CSV table or an Excel workbook: the rows the
    /// screen's filters leave, and it says so.
    pub(super) fn export_comparison(&mut self, path: &Path, format: ComparisonFormat) {
        let lang = self.lang();
        let Some(screen) = &mut self.state.compare else {
            return;
        };
        let export = screen.for_export(&self.framework, lang);
        let comparison = &export.comparison;
        let result = match format {
            ComparisonFormat::Pdf => {
                // The report is dated by its newest assessment, so the same files give the
                // same PDF; with no dated rows, today.
                let date = comparison
                    .rows
                    .iter()
                    .map(|r| r.date)
                    .max()
                    .or_else(files::today);
                match date {
                    Some(date) => crate::report::save_comparison(
                        &self.framework,
                        comparison,
                        &screen.left_out(lang),
                        export.filter.as_deref(),
                        lang,
                        date,
                        path,
                    )
                    .map_err(|e| e.message(lang)),
                    None => Err(lang
                        .pick(
                            "Er is geen datum voor het rapport.",
                            "There is no date for the report.",
                        )
                        .to_owned()),
                }
            }
            ComparisonFormat::Csv => {
                store::save_comparison_csv(path, &self.framework, comparison, lang)
                    .map_err(|e| e.message(lang))
            }
            ComparisonFormat::Xlsx => {
                store::save_comparison_xlsx(path, &self.framework, comparison, &export.scope, lang)
                    .map_err(|e| e.message(lang))
            }
        };
        match result {
            Ok(()) => self.info(&format!(
                "{} {} — {}",
                lang.pick("Vergelijking geëxporteerd:", "Comparison exported:"),
                path.display(),
                export.scope
            )),
            Err(message) => self.error(&message),
        }
    }
}
