//! Applies commands: the one place where the document, the screen and the settings change.

use std::path::{Path, PathBuf};

use super::{App, Leaving, Message};
use crate::domain::assessment::Mode;
use crate::store;
use crate::ui::command::{Command, ComparisonFormat, Screen};
use crate::ui::document::Document;
use crate::ui::files::{self, PendingDialog, Purpose, TypedPath};
use crate::ui::theme;

impl App {
    /// Applies one command.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let lang = self.lang();
        match command {
            Command::Navigate(screen) => self.screen = self.clamp(screen),
            Command::New { .. }
            | Command::OpenPath(_)
            | Command::OpenExample(_)
            | Command::Quit
                if !matches!(self.leaving, Leaving::Discarding)
                    && self.doc.as_ref().is_some_and(Document::is_dirty) =>
            {
                self.leaving = Leaving::Asking(command);
            }
            Command::New { mode, form } => {
                let Some(today) = files::today() else {
                    self.error(lang.pick(
                        "De klok van de computer geeft geen geldige datum.",
                        "The computer's clock gives no valid date.",
                    ));
                    return;
                };
                self.doc = Some(Document::blank(&self.framework, mode, form, today, lang));
                self.reset_screens();
                self.message = None;
                self.screen = if mode == Mode::Workshop {
                    Screen::Setup
                } else {
                    Screen::Questions(0)
                };
                self.autosave();
            }
            Command::Open => self.ask_path(ctx, Purpose::Open),
            Command::OpenPath(path) => self.open(&path),
            Command::OpenExample(index) => match files::example(index) {
                Some(Ok(assessment)) => {
                    self.forget_recovery();
                    self.doc = Some(Document::new(&self.framework, assessment, None));
                    self.reset_screens();
                    self.message = None;
                    self.screen = Screen::Results;
                }
                Some(Err(err)) => self.error(&err.message(lang)),
                None => {}
            },
            Command::Save => match self
                .doc
                .as_ref()
                .and_then(|d| d.path().map(Path::to_path_buf))
            {
                Some(path) => self.save_to(&path),
                None => self.ask_path(ctx, Purpose::Save),
            },
            Command::SaveAs => self.ask_path(ctx, Purpose::Save),
            Command::SaveTo(path) => self.save_to(&path),
            Command::ExportPdf => self.ask_path(ctx, Purpose::Export),
            Command::ExportWord => self.ask_path(ctx, Purpose::ExportWord),
            Command::ExportTo(path) => self.export_to(&path),
            Command::ExportPlan => self.ask_path(ctx, Purpose::ExportPlan),
            Command::ExportPlanTo(path) => self.export_plan_to(&path),
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::SetDark(dark) => {
                self.settings.dark = dark;
                theme::apply_theme(ctx, dark);
                if let Some(screen) = &mut self.state.compare {
                    screen.set_palette(theme::compare_palette(dark));
                }
            }
            Command::SetScale(scale) => {
                self.settings.scale = scale.clamp(
                    crate::ui::settings::Settings::SCALE_MIN,
                    crate::ui::settings::Settings::SCALE_MAX,
                );
            }
            Command::RestoreRecovery => self.restore_recovery(),
            Command::DiscardRecovery => {
                self.recovered = None;
                self.recovery.clear();
                // The work open meanwhile (a file given at start) is kept from here on.
                self.autosave();
            }
            Command::FlushRecovery => self.recovery.flush(),
            Command::Quit => {
                self.forget_recovery();
                self.leaving = Leaving::Closing;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::DismissMessage => self.message = None,
            Command::ReplaceAssessment(assessment) => self.edit(|a, _| *a = *assessment),
            Command::ToggleProjector => self.projector = !self.projector,
            Command::CompareFolder => self.ask_path(ctx, Purpose::CompareFolder),
            Command::CompareFiles => self.ask_path(ctx, Purpose::CompareFiles),
            Command::CompareLoad(paths) => self.compare_load(paths),
            Command::Comparison(action) => self.comparison_action(ctx, action),
            Command::ExportComparisonTo(path, format) => self.export_comparison(&path, format),
            Command::Edit(edit) => self.apply_edit(edit),
        }
    }

    /// Forgets the screens' state of the previous document; a comparison stays open, so an
    /// analyst who opens one of its rows can go back to it.
    fn reset_screens(&mut self) {
        let compare = self.state.compare.take();
        self.state = crate::ui::screens::ScreenState::default();
        self.state.compare = compare;
    }

    /// A screen that exists for the current document.
    fn clamp(&self, screen: Screen) -> Screen {
        match (&self.doc, screen) {
            (None, _) => Screen::Start,
            (Some(doc), Screen::Questions(i)) => {
                let count = self
                    .framework
                    .questions_for(
                        doc.assessment().meta.form == crate::domain::assessment::Form::QuickScan,
                    )
                    .count();
                Screen::Questions(i.min(count.saturating_sub(1)))
            }
            (Some(_), other) => other,
        }
    }

    /// Applies a change to the document and writes the recovery file.
    pub(super) fn edit(&mut self, change: impl FnOnce(&mut crate::domain::Assessment, &str)) {
        let Some(doc) = &mut self.doc else { return };
        let who = doc.respondent.clone();
        doc.edit(&self.framework, |a| change(a, &who));
        self.autosave();
    }

    /// Asks for the open work to be written to the recovery file (on a helper thread),
    /// unless a recovered file still waits for the user's decision.
    fn autosave(&mut self) {
        if self.recovered.is_some() {
            return;
        }
        if let Some(doc) = &self.doc {
            self.recovery.write(doc.assessment());
        }
    }

    /// Removes the recovery file once the work it holds is saved or deliberately left, but
    /// never one that still waits for the user's decision.
    fn forget_recovery(&mut self) {
        if self.recovered.is_none() {
            self.recovery.clear();
        }
    }

    /// Tells the user when the recovery file could not be written.
    pub(super) fn recovery_failures(&mut self) {
        if let Some(err) = self.recovery.take_failure() {
            let lang = self.lang();
            self.error(&format!(
                "{} {}",
                lang.pick(
                    "Het herstelbestand kon niet worden geschreven; sla uw werk zelf op.",
                    "The recovery file could not be written; please save your work."
                ),
                err.message(lang)
            ));
        }
    }

    fn open(&mut self, path: &Path) {
        let lang = self.lang();
        if path.is_dir() {
            // A folder holds many assessments: compare them.
            self.compare_paths.clear();
            self.compare_load(vec![path.to_path_buf()]);
            return;
        }
        match store::load_assessment(path) {
            Ok(assessment) => {
                self.forget_recovery();
                // A report carries its assessment, but saving must never write over the PDF:
                // such a document has no file yet and "Opslaan" asks where.
                let from_report = path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
                self.doc = Some(Document::new(
                    &self.framework,
                    assessment,
                    (!from_report).then(|| path.to_path_buf()),
                ));
                self.reset_screens();
                self.settings.remember(path);
                self.screen = Screen::Results;
                self.info(&format!(
                    "{} {}",
                    lang.pick("Geopend:", "Opened:"),
                    path.display()
                ));
            }
            // The open work stays as it was: only the message changes.
            Err(err) => self.error(&err.message(lang)),
        }
    }

    fn save_to(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else { return };
        match store::save_assessment(path, doc.assessment()) {
            Ok(()) => {
                doc.saved_at(path.to_path_buf());
                self.settings.remember(path);
                self.forget_recovery();
                self.info(&format!(
                    "{} {}",
                    lang.pick("Opgeslagen:", "Saved:"),
                    path.display()
                ));
                if let Leaving::SavingFirst(next) =
                    std::mem::replace(&mut self.leaving, Leaving::Working)
                {
                    // The command that waited runs on the next frame, now the work is saved.
                    self.queued = Some(next);
                }
            }
            Err(err) => {
                self.save_first_abandoned();
                self.error(&err.message(lang));
            }
        }
    }

    /// A save the user chose before leaving failed or was cancelled: the command that
    /// waited for it is forgotten, and the work stays open.
    pub(super) fn save_first_abandoned(&mut self) {
        if matches!(self.leaving, Leaving::SavingFirst(_)) {
            self.leaving = Leaving::Working;
        }
    }

    /// Runs a command the user allowed to drop unsaved changes.
    pub(super) fn apply_discarding(&mut self, ctx: &egui::Context, command: Command) {
        self.leaving = Leaving::Discarding;
        self.apply(ctx, command);
        // Quitting leaves the window closing; anything else returns to work.
        if matches!(self.leaving, Leaving::Discarding) {
            self.leaving = Leaving::Working;
        }
    }

    fn export_to(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(doc) = &self.doc else { return };
        let done = match crate::report::ReportFormat::of(path) {
            crate::report::ReportFormat::Pdf => lang.pick("PDF geëxporteerd:", "PDF exported:"),
            crate::report::ReportFormat::Word => {
                lang.pick("Word-document geëxporteerd:", "Word document exported:")
            }
        };
        match crate::report::save_report(&self.framework, doc.assessment(), lang, path) {
            Ok(()) => self.info(&format!(
                "{} {} — {} {}",
                done,
                path.display(),
                lang.pick("bijgevoegd:", "attached:"),
                crate::report::attachment_text(doc.assessment(), lang)
            )),
            Err(err) => self.error(&err.message(lang)),
        }
    }

    fn restore_recovery(&mut self) {
        if let Some(assessment) = self.recovered.take() {
            // The recovery file stays: it holds this work until it is saved.
            let mut doc = Document::new(&self.framework, assessment, None);
            doc.mark_dirty();
            self.doc = Some(doc);
            self.reset_screens();
            self.screen = Screen::Questions(0);
        }
    }

    fn export_plan_to(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(doc) = &self.doc else { return };
        match crate::store::save_plan_xlsx(path, &self.framework, doc.assessment(), lang) {
            Ok(()) => self.info(&format!(
                "{} {}",
                lang.pick("Actieplan geëxporteerd:", "Action plan exported:"),
                path.display()
            )),
            Err(err) => self.error(&err.message(lang)),
        }
    }

    /// Opens a file dialog, or the typed-path box when dialogs are off.
    pub(super) fn ask_path(&mut self, ctx: &egui::Context, purpose: Purpose) {
        if self.dialog.is_some() {
            return;
        }
        let lang = self.lang();
        let suggested = self.suggested_name(purpose);
        if self.config.dialogs {
            self.dialog = Some(PendingDialog::start(purpose, &suggested, lang, ctx));
        } else {
            self.typed_path = TypedPath::asking(purpose, self.suggested_path(purpose));
        }
    }

    /// What the typed-path field starts with: beside the open file (or in the current
    /// folder) the name the file dialog would suggest; for opening and comparing, the folder.
    pub(super) fn suggested_path(&self, purpose: Purpose) -> String {
        let folder = self
            .doc
            .as_ref()
            .and_then(|d| d.path())
            .and_then(Path::parent)
            .filter(|dir| !dir.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        match purpose {
            Purpose::Open | Purpose::CompareFiles | Purpose::CompareFolder => {
                let mut text = folder.display().to_string();
                if purpose != Purpose::CompareFolder
                    && !text.is_empty()
                    && !text.ends_with(std::path::MAIN_SEPARATOR)
                {
                    text.push(std::path::MAIN_SEPARATOR);
                }
                text
            }
            _ => folder
                .join(self.suggested_name(purpose))
                .display()
                .to_string(),
        }
    }

    fn suggested_name(&self, purpose: Purpose) -> String {
        // A saved file's own name ("mijn-regio.ron" → "mijn-regio.pdf"), else the region's.
        let saved = self
            .doc
            .as_ref()
            .and_then(|d| d.path())
            .and_then(Path::file_stem)
            .map(|stem| stem.to_string_lossy().into_owned());
        let base = saved.unwrap_or_else(|| {
            self.doc.as_ref().map_or_else(
                || "routekaart".to_owned(),
                |d| {
                    d.assessment()
                        .meta
                        .region
                        .chars()
                        .map(|c| {
                            if c.is_alphanumeric() {
                                c.to_ascii_lowercase()
                            } else {
                                '-'
                            }
                        })
                        .collect::<String>()
                },
            )
        });
        match purpose {
            Purpose::Export => format!("{base}.pdf"),
            Purpose::ExportWord => format!("{base}.docx"),
            Purpose::ExportPlan => format!("{base}-actieplan.xlsx"),
            Purpose::ExportComparisonXlsx => "vergelijking.xlsx".to_owned(),
            Purpose::ExportComparisonPdf => "vergelijking.pdf".to_owned(),
            Purpose::ExportComparisonCsv => "vergelijking.csv".to_owned(),
            Purpose::Save | Purpose::Open | Purpose::CompareFolder | Purpose::CompareFiles => {
                format!("{base}.ron")
            }
        }
    }

    /// Shows a problem in the banner.
    pub(super) fn error(&mut self, text: &str) {
        self.message = Some(Message {
            error: true,
            text: text.to_owned(),
        });
    }

    /// Shows information in the banner.
    pub(super) fn info(&mut self, text: &str) {
        self.message = Some(Message {
            error: false,
            text: text.to_owned(),
        });
    }

    /// The path chosen in a dialog or typed, turned into the command it was asked for.
    pub(super) fn path_chosen(purpose: Purpose, mut paths: Vec<PathBuf>) -> Option<Command> {
        if purpose == Purpose::CompareFiles || purpose == Purpose::CompareFolder {
            return Some(Command::CompareLoad(paths));
        }
        let path = paths.pop()?;
        Some(match purpose {
            Purpose::Open => Command::OpenPath(path),
            Purpose::Save => Command::SaveTo(path),
            Purpose::Export | Purpose::ExportWord => Command::ExportTo(path),
            Purpose::ExportPlan => Command::ExportPlanTo(path),
            Purpose::ExportComparisonXlsx => {
                Command::ExportComparisonTo(path, ComparisonFormat::Xlsx)
            }
            Purpose::ExportComparisonPdf => {
                Command::ExportComparisonTo(path, ComparisonFormat::Pdf)
            }
            Purpose::ExportComparisonCsv => {
                Command::ExportComparisonTo(path, ComparisonFormat::Csv)
            }
            Purpose::CompareFolder | Purpose::CompareFiles => Command::CompareLoad(vec![path]),
        })
    }
}
