//! Errors of reading and writing files, with a sentence for the user in either language.
//!
//! Messages say what is wrong and where (line and column), and end with the path.

use std::io;
use std::path::PathBuf;

use super::report_docx::WordProblem;
use super::report_pdf::PdfProblem;
use crate::domain::Lang;
use crate::domain::framework::{FrameworkError, Problem};

/// What is wrong with the text of a file, in terms a user can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The text is not an assessment at all (a letter, another program's file).
    NotRoutekaart,
    /// The file stops in the middle, e.g. a copy that was cut off.
    Truncated,
    /// A field the format does not have (perhaps misspelt, perhaps from a newer version).
    UnknownField {
        /// The field as written.
        field: String,
    },
    /// A field the format needs is missing.
    MissingField {
        /// The field's name.
        field: String,
    },
    /// A value is not one of the allowed words.
    UnknownVariant {
        /// The word as written.
        found: String,
    },
    /// Anything else the parser reports.
    Other {
        /// The parser's own message (English).
        message: String,
    },
}

/// Whether a text stops inside a string or with brackets still open: the signature of a file
/// that was cut off, whatever the parser happened to trip over first.
fn looks_truncated(text: &str) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0i64, false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '/' if chars.peek() == Some(&'/') => {
                for rest in chars.by_ref() {
                    if rest == '\n' {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    in_string || depth > 0
}

impl SyntaxProblem {
    fn from_ron(code: &ron::Error, text: &str) -> Self {
        // An assessment starts with `Assessment(` (or a bare `(`), after blanks and comments.
        let start = text
            .trim_start_matches('\u{feff}')
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("//"))
            .unwrap_or("");
        if !(start.starts_with("Assessment") || start.starts_with('(') || start.starts_with("/*")) {
            return Self::NotRoutekaart;
        }
        if looks_truncated(text) {
            return Self::Truncated;
        }
        match code {
            ron::Error::Eof => Self::Truncated,
            ron::Error::NoSuchStructField { found, .. } => Self::UnknownField {
                field: found.clone(),
            },
            ron::Error::MissingStructField { field, .. } => Self::MissingField {
                field: (*field).to_owned(),
            },
            ron::Error::NoSuchEnumVariant { found, .. } => Self::UnknownVariant {
                found: found.clone(),
            },
            other => Self::Other {
                message: other.to_string(),
            },
        }
    }

    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::NotRoutekaart, Lang::Nl) => {
                "dit is geen Routekaart-bestand (een evaluatie begint met “Assessment(”)".to_owned()
            }
            (Self::NotRoutekaart, Lang::En) => {
                "this is not a Routekaart file (an assessment starts with “Assessment(”)".to_owned()
            }
            (Self::Truncated, Lang::Nl) => {
                "het bestand houdt onverwacht op; is het afgebroken bij het kopiëren?".to_owned()
            }
            (Self::Truncated, Lang::En) => {
                "the file ends unexpectedly; was it cut off while copying?".to_owned()
            }
            (Self::UnknownField { field }, Lang::Nl) => {
                format!("onbekend veld \"{field}\" (verkeerd gespeld, of uit een nieuwere versie?)")
            }
            (Self::UnknownField { field }, Lang::En) => {
                format!("unknown field \"{field}\" (misspelt, or from a newer version?)")
            }
            (Self::MissingField { field }, Lang::Nl) => format!("het veld \"{field}\" ontbreekt"),
            (Self::MissingField { field }, Lang::En) => format!("the field \"{field}\" is missing"),
            (Self::UnknownVariant { found }, Lang::Nl) => {
                format!("\"{found}\" is hier geen geldige waarde")
            }
            (Self::UnknownVariant { found }, Lang::En) => {
                format!("\"{found}\" is not a valid value here")
            }
            (Self::Other { message }, Lang::Nl) => format!("de opbouw klopt niet ({message})"),
            (Self::Other { message }, Lang::En) => format!("the structure is wrong ({message})"),
        }
    }
}

/// Why a file could not be loaded. The file itself is never changed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("cannot read the file: {source} ({})", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },

    /// The bytes are not text (not UTF-8), e.g. a word-processor document renamed to `.ron`.
    #[error("line {line}, column {column}: the content is not readable text (not UTF-8) ({})", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first byte that is not text.
        line: usize,
        /// 1-based column (in characters) of that byte.
        column: usize,
    },

    /// The text is not a valid file of this kind.
    #[error("line {line}, column {column}: {} ({})", problem.message(Lang::En), path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        problem: SyntaxProblem,
    },

    /// The file was written by a newer version of Routekaart.
    #[error("the file has format version {found}; this version of Routekaart reads up to {supported} ({})", path.display())]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },

    /// A PDF that does not carry a readable assessment.
    #[error("{problem} ({})", path.display())]
    Pdf {
        /// The file.
        path: PathBuf,
        /// What is missing or wrong.
        problem: PdfProblem,
    },

    /// A Word document that does not carry a readable assessment.
    #[error("{problem} ({})", path.display())]
    Word {
        /// The file.
        path: PathBuf,
        /// What is missing or wrong.
        problem: WordProblem,
    },

    /// A framework file parsed but its content has problems.
    #[error("{} problem(s) in the framework ({})", problems.len(), path.display())]
    InvalidFramework {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// The error for bytes that are not UTF-8, with the position of the first bad byte.
    pub(super) fn not_text(path: PathBuf, bytes: &[u8], err: &std::str::Utf8Error) -> Self {
        let good = bytes.get(..err.valid_up_to()).unwrap_or_default();
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        // What lies before the bad byte on its line is valid text, so it counts as characters.
        let column = std::str::from_utf8(good.get(line_start..).unwrap_or_default())
            .map_or(0, |t| t.chars().count())
            + 1;
        Self::NotText { path, line, column }
    }

    pub(super) fn syntax(path: PathBuf, err: &ron::error::SpannedError, text: &str) -> Self {
        Self::Syntax {
            path,
            line: err.span.start.line,
            column: err.span.start.col,
            problem: SyntaxProblem::from_ron(&err.code, text),
        }
    }

    pub(super) fn framework(path: PathBuf, err: FrameworkError) -> Self {
        match err {
            FrameworkError::Syntax {
                line,
                column,
                message,
            } => Self::Syntax {
                path,
                line,
                column,
                problem: SyntaxProblem::Other { message },
            },
            FrameworkError::Invalid(problems) => Self::InvalidFramework { path, problems },
        }
    }

    /// What is wrong, as a short clause without the path or the reassurance that the file is
    /// unchanged, for sentences that say those themselves (the recovery banner).
    pub fn reason(&self, lang: Lang) -> String {
        let at = |line: &usize, column: &usize| match lang {
            Lang::Nl => format!("regel {line}, kolom {column}"),
            Lang::En => format!("line {line}, column {column}"),
        };
        match self {
            Self::Read { source, .. } => io_reason(source, lang),
            Self::NotText { line, column, .. } => format!(
                "{}: {}",
                at(line, column),
                lang.pick("geen leesbare tekst", "not readable text")
            ),
            Self::Syntax {
                line,
                column,
                problem,
                ..
            } => format!(
                "{}: {}",
                at(line, column),
                problem.message(lang).trim_end_matches('.')
            ),
            Self::NewerVersion { found, .. } => match lang {
                Lang::Nl => format!(
                    "gemaakt met een nieuwere versie van Routekaart (bestandsversie {found})"
                ),
                Lang::En => {
                    format!("made with a newer version of Routekaart (file version {found})")
                }
            },
            Self::Pdf { problem, .. } => pdf_message(problem, lang),
            Self::Word { problem, .. } => word_message(problem, lang),
            Self::InvalidFramework { problems, .. } => match lang {
                Lang::Nl => format!("{} fout(en) in het kader", problems.len()),
                Lang::En => format!("{} problem(s) in the framework", problems.len()),
            },
        }
    }

    /// The error as a sentence for the user, path last.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Read { path, source }, Lang::Nl) => {
                format!(
                    "Het bestand kan niet worden geopend: {}. ({})",
                    io_reason(source, Lang::Nl),
                    path.display()
                )
            }
            (Self::Read { path, source }, Lang::En) => {
                format!(
                    "The file cannot be opened: {}. ({})",
                    io_reason(source, Lang::En),
                    path.display()
                )
            }
            (Self::NotText { path, line, column }, Lang::Nl) => format!(
                "Het bestand kan niet worden gelezen: regel {line}, kolom {column}: de inhoud is geen leesbare tekst (geen UTF-8). Is het een ander soort bestand? Het bestand is niet gewijzigd. ({})",
                path.display()
            ),
            (Self::NotText { path, line, column }, Lang::En) => format!(
                "The file cannot be read: line {line}, column {column}: the content is not readable text (not UTF-8). Is it another kind of file? The file has not been changed. ({})",
                path.display()
            ),
            (
                Self::Syntax {
                    path,
                    line,
                    column,
                    problem,
                },
                Lang::Nl,
            ) => format!(
                "Het bestand kan niet worden gelezen: regel {line}, kolom {column}: {} Het bestand is niet gewijzigd. ({})",
                ended(&problem.message(lang)),
                path.display()
            ),
            (
                Self::Syntax {
                    path,
                    line,
                    column,
                    problem,
                },
                Lang::En,
            ) => format!(
                "The file cannot be read: line {line}, column {column}: {} The file has not been changed. ({})",
                ended(&problem.message(lang)),
                path.display()
            ),
            (
                Self::NewerVersion {
                    path,
                    found,
                    supported,
                },
                Lang::Nl,
            ) => format!(
                "Dit bestand is gemaakt met een nieuwere versie van Routekaart (bestandsversie {found}; deze versie leest tot en met {supported}). Werk Routekaart bij om het te openen. Het bestand is niet gewijzigd. ({})",
                path.display()
            ),
            (
                Self::NewerVersion {
                    path,
                    found,
                    supported,
                },
                Lang::En,
            ) => format!(
                "This file was made with a newer version of Routekaart (file version {found}; this version reads up to {supported}). Update Routekaart to open it. The file has not been changed. ({})",
                path.display()
            ),
            (Self::Pdf { path, problem }, _) => {
                format!("{} ({})", pdf_message(problem, lang), path.display())
            }
            (Self::Word { path, problem }, _) => {
                format!("{} ({})", word_message(problem, lang), path.display())
            }
            (Self::InvalidFramework { path, problems }, _) => {
                let head = match lang {
                    Lang::Nl => format!("Het kader bevat {} fout(en):", problems.len()),
                    Lang::En => format!("The framework has {} problem(s):", problems.len()),
                };
                let list: Vec<String> = problems
                    .iter()
                    .map(|p| format!("  - {}", p.message(lang)))
                    .collect();
                format!("{head}\n{}\n({})", list.join("\n"), path.display())
            }
        }
    }
}

/// A clause as the end of a sentence: a full stop, unless it already ends in a question mark.
fn ended(clause: &str) -> String {
    if clause.ends_with(['?', '!', '.']) {
        clause.to_owned()
    } else {
        format!("{clause}.")
    }
}

fn pdf_message(problem: &PdfProblem, lang: Lang) -> String {
    match (problem, lang) {
        (PdfProblem::NotPdf, Lang::Nl) => "Dit is geen PDF-bestand (een PDF begint met “%PDF-”). Het bestand is niet gewijzigd.".to_owned(),
        (PdfProblem::NotPdf, Lang::En) => "This is not a PDF file (a PDF starts with “%PDF-”). The file has not been changed.".to_owned(),
        // The reader's own detail is English and technical: only the English message shows it.
        (PdfProblem::Unreadable(_), Lang::Nl) => {
            "Deze PDF is beschadigd en kan niet worden gelezen. Het bestand is niet gewijzigd.".to_owned()
        }
        (PdfProblem::Unreadable(detail), Lang::En) => {
            format!("This PDF cannot be read ({detail}). The file has not been changed.")
        }
        (PdfProblem::NoAssessment, Lang::Nl) => "Deze PDF bevat geen ingesloten evaluatie van Routekaart; alleen rapporten die met Routekaart zijn gemaakt kunnen worden vergeleken.".to_owned(),
        (PdfProblem::NoAssessment, Lang::En) => "This PDF carries no embedded Routekaart assessment; only reports made with Routekaart can be compared.".to_owned(),
        (PdfProblem::NotText, Lang::Nl) => "De ingesloten evaluatie in deze PDF is beschadigd (geen tekst).".to_owned(),
        (PdfProblem::NotText, Lang::En) => "The assessment embedded in this PDF is damaged (not text).".to_owned(),
    }
}

fn word_message(problem: &WordProblem, lang: Lang) -> String {
    match (problem, lang) {
        (WordProblem::NotWord, Lang::Nl) => "Dit is geen Word-document (.docx). Het bestand is niet gewijzigd.".to_owned(),
        (WordProblem::NotWord, Lang::En) => "This is not a Word document (.docx). The file has not been changed.".to_owned(),
        (WordProblem::NoAssessment, Lang::Nl) => "Dit Word-document bevat geen evaluatie van Routekaart. Alleen rapporten die met Routekaart zijn gemaakt kunnen worden vergeleken; sommige programma's laten de evaluatie weg als ze het document opslaan.".to_owned(),
        (WordProblem::NoAssessment, Lang::En) => "This Word document carries no Routekaart assessment. Only reports made with Routekaart can be compared; some programs leave the assessment out when they save the document.".to_owned(),
        (WordProblem::Damaged, Lang::Nl) => "De evaluatie in dit Word-document is beschadigd.".to_owned(),
        (WordProblem::Damaged, Lang::En) => "The assessment in this Word document is damaged.".to_owned(),
    }
}

/// Why a file could not be saved. The previous file, if any, is left as it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Writing failed.
    #[error("cannot save the file: {source} ({})", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },

    /// The assessment could not be turned into text (nothing was written).
    #[error("cannot encode the assessment: {message} ({})", path.display())]
    Encode {
        /// The file.
        path: PathBuf,
        /// What the encoder said.
        message: String,
    },
}

impl SaveError {
    /// The error as a sentence for the user, path last.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Write { path, source }, Lang::Nl) => format!(
                "Opslaan is niet gelukt: {}. Een eerder bewaard bestand is niet gewijzigd. ({})",
                io_reason(source, Lang::Nl),
                path.display()
            ),
            (Self::Write { path, source }, Lang::En) => format!(
                "Saving failed: {}. Any earlier saved file is unchanged. ({})",
                io_reason(source, Lang::En),
                path.display()
            ),
            (Self::Encode { path, message }, Lang::Nl) => format!(
                "Opslaan is niet gelukt: de gegevens konden niet worden omgezet ({message}). Er is niets overschreven. ({})",
                path.display()
            ),
            (Self::Encode { path, message }, Lang::En) => format!(
                "Saving failed: the data could not be encoded ({message}). Nothing was overwritten. ({})",
                path.display()
            ),
        }
    }
}

/// What the system said about a file, in the user's language for the common cases (the
/// system's own words, which are English, otherwise).
pub fn io_reason(error: &io::Error, lang: Lang) -> String {
    use io::ErrorKind as K;
    if error
        .get_ref()
        .is_some_and(|inner| inner.is::<super::atomic::HeldOpen>())
    {
        return lang
            .pick(
                "het bestand is geopend in een ander programma (bijvoorbeeld een PDF-lezer of Word); sluit het daar en probeer het opnieuw",
                "the file is open in another program (a PDF reader or Word, for example); close it there and try again",
            )
            .to_owned();
    }
    let reason = match error.kind() {
        K::NotFound => lang.pick("het bestaat niet (meer)", "it does not exist"),
        K::PermissionDenied => lang.pick(
            "u hebt geen toestemming voor dit bestand of deze map",
            "you have no permission for this file or folder",
        ),
        K::IsADirectory => lang.pick(
            "dit is een map, geen bestand",
            "this is a folder, not a file",
        ),
        K::StorageFull => lang.pick("de schijf is vol", "the disk is full"),
        K::ReadOnlyFilesystem => lang.pick(
            "op deze plek kan niet worden geschreven",
            "this place cannot be written to",
        ),
        K::InvalidData => lang.pick(
            "de inhoud is geen leesbare tekst (geen UTF-8)",
            "the content is not readable text (not UTF-8)",
        ),
        _ => return error.to_string(),
    };
    reason.to_owned()
}

#[cfg(test)]
mod tests {
    use super::{Lang, io_reason, looks_truncated};
    use std::io;

    #[test]
    fn a_file_held_open_is_named_in_both_languages() {
        let err = io::Error::new(io::ErrorKind::ResourceBusy, crate::store::atomic::HeldOpen);
        let nl = io_reason(&err, Lang::Nl);
        let en = io_reason(&err, Lang::En);
        assert!(nl.contains("geopend in een ander programma"), "{nl}");
        assert!(en.contains("open in another program"), "{en}");
        let other = io::Error::new(io::ErrorKind::ResourceBusy, "another save is running");
        assert!(
            !io_reason(&other, Lang::Nl).contains("ander programma"),
            "only a file held open is said to be"
        );
    }

    #[test]
    fn truncation_is_seen_in_strings_and_brackets() {
        assert!(looks_truncated("A(b: \"hal"), "inside a string");
        assert!(looks_truncated("A(b: [1, 2"), "brackets open");
        assert!(
            !looks_truncated("A(b: \"(\", c: [1]) // (\n"),
            "brackets in strings and comments do not count"
        );
        assert!(
            !looks_truncated("A(b: \"x\\\"y\")"),
            "escaped quote inside a string"
        );
    }
}
