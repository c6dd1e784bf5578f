//! Assessment and framework files: RON text with a schema version.

use std::fs;
use std::path::Path;

use serde::Deserialize;

use super::error::{LoadError, SaveError};
use super::{atomic, report_docx, report_pdf};
use crate::domain::Framework;
use crate::domain::assessment::{Assessment, SCHEMA_VERSION};

/// Reads only the version of an assessment file, ignoring everything else, so a file from a
/// newer version is recognised even when its other fields are unknown here.
#[derive(Deserialize)]
#[serde(rename = "Assessment")]
struct VersionProbe {
    schema_version: u32,
}

/// Parses an assessment from RON text. `path` is only used in error messages.
pub fn assessment_from_ron(text: &str, path: &Path) -> Result<Assessment, LoadError> {
    // Editors on Windows may put a byte-order mark in front; it is not part of the content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let newer = |found: u32| LoadError::NewerVersion {
        path: path.to_owned(),
        found,
        supported: SCHEMA_VERSION,
    };
    match ron::from_str::<Assessment>(text) {
        Ok(assessment) if assessment.schema_version > SCHEMA_VERSION => {
            Err(newer(assessment.schema_version))
        }
        Ok(assessment) => Ok(assessment),
        // Only a file that does not parse is probed for its version (a second pass over the
        // text), so a newer file is refused as newer, not as malformed; good files are read
        // once.
        Err(err) => match ron::from_str::<VersionProbe>(text) {
            Ok(probe) if probe.schema_version > SCHEMA_VERSION => Err(newer(probe.schema_version)),
            _ => Err(LoadError::syntax(path.to_owned(), &err, text)),
        },
    }
}

/// Reads an assessment file. The file is only read, never changed.
///
/// An exported report (`.pdf` or `.docx`) is read through the assessment it carries.
pub fn load_assessment(path: &Path) -> Result<Assessment, LoadError> {
    if let Some(kind) = report_kind(path) {
        let bytes = fs::read(path).map_err(|source| LoadError::Read {
            path: path.to_owned(),
            source,
        })?;
        let text = match kind {
            ReportKind::Pdf => {
                report_pdf::attached_assessment_ron(&bytes).map_err(|problem| LoadError::Pdf {
                    path: path.to_owned(),
                    problem,
                })?
            }
            ReportKind::Word => {
                report_docx::word_assessment_ron(&bytes).map_err(|problem| LoadError::Word {
                    path: path.to_owned(),
                    problem,
                })?
            }
        };
        return assessment_from_ron(&text, path);
    }
    let text = read(path)?;
    assessment_from_ron(&text, path)
}

/// The two kinds of exported report that carry their assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ReportKind {
    /// A PDF report (`.pdf`).
    Pdf,
    /// A Word report (`.docx`).
    Word,
}

/// Which kind of report a path names, by its extension; `None` for other files.
pub(super) fn report_kind(path: &Path) -> Option<ReportKind> {
    let extension = path.extension()?;
    if extension.eq_ignore_ascii_case("pdf") {
        Some(ReportKind::Pdf)
    } else if extension.eq_ignore_ascii_case("docx") {
        Some(ReportKind::Word)
    } else {
        None
    }
}

/// What a Routekaart file holds: an assessment or a framework.
#[derive(Debug)]
pub enum FileContent {
    /// An assessment (from a `.ron` file or the attachment of a report).
    Assessment(Box<Assessment>),
    /// A framework (a `.ron` file whose first item is `Framework(`).
    Framework(Box<Framework>),
}

/// Reads any file Routekaart reads: an assessment, a report carrying one, or a framework.
/// The file is only read, never changed.
pub fn load_file(path: &Path) -> Result<FileContent, LoadError> {
    if report_kind(path).is_some() {
        return load_assessment(path).map(|a| FileContent::Assessment(Box::new(a)));
    }
    let text = read(path)?;
    if looks_like_framework(&text) {
        framework_from_ron(&text, path).map(|f| FileContent::Framework(Box::new(f)))
    } else {
        assessment_from_ron(&text, path).map(|a| FileContent::Assessment(Box::new(a)))
    }
}

/// Whether RON text is a framework (its first item is `Framework(`) rather than an assessment.
fn looks_like_framework(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with("//"))
        .is_some_and(|line| line.starts_with("Framework"))
}

/// Reads and validates a framework file.
pub fn load_framework(path: &Path) -> Result<Framework, LoadError> {
    framework_from_ron(&read(path)?, path)
}

fn framework_from_ron(text: &str, path: &Path) -> Result<Framework, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Framework::from_ron(text).map_err(|err| LoadError::framework(path.to_owned(), err))
}

/// Reads a file as text; bytes that are not UTF-8 are reported with their position.
fn read(path: &Path) -> Result<String, LoadError> {
    let bytes = fs::read(path).map_err(|source| LoadError::Read {
        path: path.to_owned(),
        source,
    })?;
    String::from_utf8(bytes)
        .map_err(|err| LoadError::not_text(path.to_owned(), err.as_bytes(), &err.utf8_error()))
}

/// The RON text of an assessment, as saved.
pub fn assessment_to_ron(assessment: &Assessment) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_owned())
        .new_line("\n".to_owned());
    let mut text = ron::ser::to_string_pretty(assessment, config)?;
    text.push('\n');
    Ok(text)
}

/// Saves an assessment atomically, keeping the previous version as `<name>.bak`.
pub fn save_assessment(path: &Path, assessment: &Assessment) -> Result<(), SaveError> {
    let text = assessment_to_ron(assessment).map_err(|err| SaveError::Encode {
        path: path.to_owned(),
        message: err.to_string(),
    })?;
    atomic::write(path, text.as_bytes()).map_err(|source| SaveError::Write {
        path: path.to_owned(),
        source,
    })
}
