//! What screens ask for. Screens never change the document or the app themselves: they
//! return a [`Command`] and the app shell applies it in one place (`app/apply.rs`).

use std::path::PathBuf;

use crate::domain::assessment::{Action, AnswerValue, Barrier, Form, Meta, Mode, Respondent, Seat};
use crate::domain::{Assessment, Lang, Level};
use crate::ui::compare::CompareAction;

/// The screens of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// New, open, recent, examples.
    Start,
    /// Region, table composition, respondents.
    Setup,
    /// One question at a time; the index into the form's questions.
    Questions(usize),
    /// Where the table stands.
    Results,
    /// The action plan and national barriers.
    Plan,
    /// A workshop: private answers in turn, the reveal, the discussion and consensus.
    Workshop,
    /// Many assessments side by side (needs no open document).
    Compare,
}

/// Something a screen or the top bar wants done.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Go to a screen.
    Navigate(Screen),
    /// Start a new assessment (asks first when there are unsaved changes).
    New {
        /// Self-assessment or workshop.
        mode: Mode,
        /// Quick scan or full questionnaire.
        form: Form,
    },
    /// Choose a file to open.
    Open,
    /// Open this file (asks first when there are unsaved changes).
    OpenPath(PathBuf),
    /// Open one of the bundled examples by index.
    OpenExample(usize),
    /// Save to the current file, or ask where.
    Save,
    /// Ask where to save.
    SaveAs,
    /// Save to this file.
    SaveTo(PathBuf),
    /// Ask where to export the PDF report.
    ExportPdf,
    /// Ask where to export the report as a Word document.
    ExportWord,
    /// Export the report to this file: a Word document for `.docx`, a PDF otherwise.
    ExportTo(PathBuf),
    /// Ask where to export the action plan as an Excel workbook.
    ExportPlan,
    /// Export the action plan to this workbook.
    ExportPlanTo(PathBuf),
    /// Change the open document.
    Edit(Edit),
    /// Change the language.
    SetLang(Lang),
    /// Light or dark.
    SetDark(bool),
    /// Text scale in percent.
    SetScale(u16),
    /// Restore the assessment from the recovery file.
    RestoreRecovery,
    /// Throw the recovery file away.
    DiscardRecovery,
    /// Wait until the recovery file holds every change (before answers are revealed).
    FlushRecovery,
    /// Close the window (asks first when there are unsaved changes).
    Quit,
    /// Close the message banner.
    DismissMessage,
    /// Replace the assessment with an edited copy (the workshop screen edits a copy).
    ReplaceAssessment(Box<Assessment>),
    /// Open or close the projector window of a workshop.
    ToggleProjector,
    /// Choose a folder of assessments and reports to compare.
    CompareFolder,
    /// Choose assessment files and reports to add to the comparison.
    CompareFiles,
    /// Compare these files and folders (added to those already compared).
    CompareLoad(Vec<PathBuf>),
    /// Something the comparison screen asked for.
    Comparison(CompareAction),
    /// Export the comparison to this file (PDF or CSV by its purpose).
    ExportComparisonTo(PathBuf, ComparisonFormat),
}

/// A change to the open document: applied by the shell in `app/edit.rs`, then re-evaluated
/// and handed to the recovery file.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Answer the current question for the current respondent.
    Answer {
        /// The question id.
        question: String,
        /// The answer.
        value: AnswerValue,
    },
    /// Set the note and evidence of the current respondent's answer.
    AnswerText {
        /// The question id.
        question: String,
        /// The note.
        note: String,
        /// The evidence.
        evidence: String,
    },
    /// Choose whose answers the question screen shows.
    SelectRespondent(String),
    /// Replace the metadata.
    SetMeta(Meta),
    /// Replace or (at the end) add a seat.
    SetSeat(usize, Seat),
    /// Remove a seat.
    RemoveSeat(usize),
    /// Replace or (at the end) add a respondent; answers follow a changed label.
    SetRespondent(usize, Respondent),
    /// Remove a respondent and their answers.
    RemoveRespondent(usize),
    /// Add an instrument to the action plan.
    AddToPlan(String),
    /// Replace or (at the end) add an action.
    SetAction(usize, Action),
    /// Remove an action.
    RemoveAction(usize),
    /// Replace or (at the end) add a national barrier.
    SetBarrier(usize, Barrier),
    /// Remove a national barrier.
    RemoveBarrier(usize),
    /// Record (or clear) the stage the table names for itself.
    SetSelfPlacement(Option<Level>),
}

/// The file formats a comparison is exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparisonFormat {
    /// The comparison report.
    Pdf,
    /// A table for a spreadsheet.
    Csv,
    /// An Excel workbook.
    Xlsx,
}
