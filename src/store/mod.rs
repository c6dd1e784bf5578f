//! Files on disk: assessments and frameworks, read with clear errors and written atomically.
//!
//! This is the only module that reads or writes user files. Loading never changes the file
//! it reads. Saving writes a temporary file beside the target, syncs it, keeps the previous
//! version as `<name>.bak` and then renames the new file over the old one, so a crash at any
//! moment leaves either the old or the new file whole.

mod assessment_file;
pub mod atomic;
mod comparison_csv;
mod comparison_xlsx;
mod error;
mod many;
mod plan_xlsx;
pub mod recovery;
mod report_docx;
mod report_pdf;

pub use assessment_file::{
    FileContent, assessment_from_ron, assessment_to_ron, load_assessment, load_file,
    load_framework, save_assessment,
};
pub use comparison_csv::{comparison_csv, save_comparison_csv};
pub use comparison_xlsx::{comparison_xlsx, save_comparison_xlsx};
pub use error::{LoadError, SaveError, SyntaxProblem, io_reason};
pub use many::{
    Loaded, assessment_files, load_many, load_many_with, load_rows, routekaart_files, shown_name,
};
pub use plan_xlsx::{plan_xlsx, save_plan_xlsx};
pub use recovery::Recovery;
pub use report_docx::{WordProblem, word_assessment_ron};
pub use report_pdf::{ATTACHMENT_NAME, PdfProblem, attached_assessment_ron, save_export};
