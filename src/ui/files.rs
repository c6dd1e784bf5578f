//! What the window needs around files: file dialogs (on a helper thread, so the window keeps
//! drawing), the typed-path fallback when no dialog is available, and the bundled examples.
//!
//! Reading and writing assessments goes through `crate::store` (clear errors, atomic saves).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::domain::{Assessment, Date, Lang};
use crate::store;

/// The example assessments shipped with the app: (file name, RON text).
pub const EXAMPLES: [(&str, &str); 5] = [
    (
        "1-lindewaard-kennismaken.ron",
        include_str!("../../assessments/1-lindewaard-kennismaken.ron"),
    ),
    (
        "2-veenmonde-gezamenlijke-agenda.ron",
        include_str!("../../assessments/2-veenmonde-gezamenlijke-agenda.ron"),
    ),
    (
        "3-rivierduin-samen-aan-de-slag.ron",
        include_str!("../../assessments/3-rivierduin-samen-aan-de-slag.ron"),
    ),
    (
        "4-klaverstad-gedeelde-verantwoordelijkheid.ron",
        include_str!("../../assessments/4-klaverstad-gedeelde-verantwoordelijkheid.ron"),
    ),
    (
        "5-wadkust-regionale-tafel.ron",
        include_str!("../../assessments/5-wadkust-regionale-tafel.ron"),
    ),
];

/// An example assessment by index.
pub fn example(index: usize) -> Option<Result<Assessment, store::LoadError>> {
    EXAMPLES
        .get(index)
        .map(|(name, text)| store::assessment_from_ron(text, Path::new(name)))
}

/// What a file dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Open an assessment.
    Open,
    /// Save the assessment.
    Save,
    /// Export the PDF report.
    Export,
    /// Export the report as a Word document.
    ExportWord,
    /// Export the action plan as an Excel workbook.
    ExportPlan,
    /// Choose a folder to compare.
    CompareFolder,
    /// Choose files to compare.
    CompareFiles,
    /// Export the comparison as PDF.
    ExportComparisonPdf,
    /// Export the comparison as CSV.
    ExportComparisonCsv,
    /// Export the comparison as an Excel workbook.
    ExportComparisonXlsx,
}

impl Purpose {
    /// The title of the dialog or the typed-path box.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Self::Open => lang.pick("Evaluatie openen", "Open an assessment"),
            Self::Save => lang.pick("Evaluatie opslaan", "Save the assessment"),
            Self::Export => lang.pick("PDF-rapport exporteren", "Export the PDF report"),
            Self::ExportWord => lang.pick(
                "Rapport als Word-document exporteren",
                "Export the report as a Word document",
            ),
            Self::ExportPlan => lang.pick(
                "Actieplan naar Excel exporteren",
                "Export the action plan to Excel",
            ),
            Self::CompareFolder => lang.pick(
                "Map met evaluaties kiezen",
                "Choose a folder of assessments",
            ),
            Self::CompareFiles => lang.pick(
                "Evaluaties en rapporten kiezen",
                "Choose assessments and reports",
            ),
            Self::ExportComparisonPdf => lang.pick(
                "Vergelijking als PDF exporteren",
                "Export the comparison as PDF",
            ),
            Self::ExportComparisonCsv => lang.pick(
                "Vergelijking als CSV exporteren",
                "Export the comparison as CSV",
            ),
            Self::ExportComparisonXlsx => lang.pick(
                "Vergelijking als Excel-werkmap exporteren",
                "Export the comparison as an Excel workbook",
            ),
        }
    }

    /// The extension a typed path gets when the user leaves it out (none when opening).
    fn extension(self) -> Option<&'static str> {
        match self {
            Self::Save => Some("ron"),
            Self::Export | Self::ExportComparisonPdf => Some("pdf"),
            Self::ExportComparisonCsv => Some("csv"),
            Self::ExportWord => Some("docx"),
            Self::ExportPlan | Self::ExportComparisonXlsx => Some("xlsx"),
            Self::Open | Self::CompareFolder | Self::CompareFiles => None,
        }
    }
}

/// A dialog answered faster than this was never shown (no portal, no zenity): a person
/// cannot cancel that fast. rfd reports both cases as `None`.
const NO_DIALOG: Duration = Duration::from_millis(250);

/// A file dialog running on a helper thread.
#[derive(Debug)]
pub struct PendingDialog {
    /// What it is for.
    pub purpose: Purpose,
    started: Instant,
    rx: Receiver<Option<Vec<PathBuf>>>,
}

/// What became of a dialog.
#[derive(Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    /// Still open.
    Waiting,
    /// The user chose one file or folder (or several, where the purpose allows).
    Chosen(Vec<PathBuf>),
    /// The user cancelled.
    Cancelled,
    /// No dialog could be shown: ask for a typed path.
    Unavailable,
}

impl PendingDialog {
    /// Starts a dialog; `suggested` is the file name offered when saving.
    pub fn start(purpose: Purpose, suggested: &str, lang: Lang, ctx: &egui::Context) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let title = purpose.title(lang).to_owned();
        let suggested = suggested.to_owned();
        std::thread::spawn(move || {
            let dialog = rfd::AsyncFileDialog::new().set_title(title);
            let one =
                |handle: Option<rfd::FileHandle>| handle.map(|h| vec![h.path().to_path_buf()]);
            let chosen = match purpose {
                Purpose::Open => one(pollster::block_on(
                    dialog
                        .add_filter("Routekaart (.ron, .pdf, .docx)", &["ron", "pdf", "docx"])
                        .pick_file(),
                )),
                Purpose::Save => one(pollster::block_on(
                    dialog
                        .add_filter("Routekaart (.ron)", &["ron"])
                        .set_file_name(suggested)
                        .save_file(),
                )),
                Purpose::Export | Purpose::ExportComparisonPdf => one(pollster::block_on(
                    dialog
                        .add_filter("PDF", &["pdf"])
                        .set_file_name(suggested)
                        .save_file(),
                )),
                Purpose::ExportComparisonCsv => one(pollster::block_on(
                    dialog
                        .add_filter("CSV", &["csv"])
                        .set_file_name(suggested)
                        .save_file(),
                )),
                Purpose::ExportWord => one(pollster::block_on(
                    dialog
                        .add_filter("Word (.docx)", &["docx"])
                        .set_file_name(suggested)
                        .save_file(),
                )),
                Purpose::ExportPlan | Purpose::ExportComparisonXlsx => one(pollster::block_on(
                    dialog
                        .add_filter("Excel (.xlsx)", &["xlsx"])
                        .set_file_name(suggested)
                        .save_file(),
                )),
                Purpose::CompareFolder => one(pollster::block_on(dialog.pick_folder())),
                Purpose::CompareFiles => pollster::block_on(
                    dialog
                        .add_filter("Routekaart (.ron, .pdf, .docx)", &["ron", "pdf", "docx"])
                        .pick_files(),
                )
                .map(|handles| handles.iter().map(|h| h.path().to_path_buf()).collect()),
            };
            // The window may be gone already; then nobody needs the answer.
            let _ = tx.send(chosen);
            ctx.request_repaint();
        });
        Self {
            purpose,
            started: Instant::now(),
            rx,
        }
    }

    /// Checks whether the dialog has closed.
    pub fn poll(&self) -> DialogOutcome {
        match self.rx.try_recv() {
            Err(TryRecvError::Empty) => DialogOutcome::Waiting,
            Err(TryRecvError::Disconnected) => DialogOutcome::Unavailable,
            Ok(Some(paths)) if paths.is_empty() => DialogOutcome::Cancelled,
            Ok(Some(paths)) => DialogOutcome::Chosen(paths),
            Ok(None) if self.started.elapsed() < NO_DIALOG => DialogOutcome::Unavailable,
            Ok(None) => DialogOutcome::Cancelled,
        }
    }
}

/// A file path typed by the user, for when no file dialog is available.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypedPath {
    /// What the path is for.
    pub purpose: Option<Purpose>,
    /// The text typed so far.
    pub text: String,
    /// The field has not had the keyboard yet (it gets it, text selected, when shown).
    pub focus_pending: bool,
}

impl TypedPath {
    /// Asks for a path, `suggested` filled in and selected.
    pub fn asking(purpose: Purpose, suggested: String) -> Self {
        Self {
            purpose: Some(purpose),
            text: suggested,
            focus_pending: true,
        }
    }
}

/// Adds the extension when the user left it out.
pub fn with_extension(path: &str, purpose: Purpose) -> PathBuf {
    let mut path = PathBuf::from(path.trim());
    if let Some(ext) = purpose.extension()
        && path.extension().is_none()
    {
        path.set_extension(ext);
    }
    path
}

/// Today's date (UTC) from the system clock; `None` only for a clock outside the calendar.
pub fn today() -> Option<Date> {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    Date::from_days_since_epoch(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_get_their_extension() {
        assert_eq!(
            with_extension(" plan ", Purpose::Save),
            PathBuf::from("plan.ron"),
            "save adds .ron"
        );
        assert_eq!(
            with_extension("rapport", Purpose::Export),
            PathBuf::from("rapport.pdf"),
            "export adds .pdf"
        );
    }
}
