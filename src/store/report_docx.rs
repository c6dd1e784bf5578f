//! Reading the assessment back out of a Word report.
//!
//! A Word report carries the assessment it was made from as a custom XML part: a
//! `customXml/item*.xml` whose root element is `assessment` in the namespace
//! `urn:routekaart:assessment`, holding the RON text base64-encoded. The part survives an
//! edit in Word; this module only reads it.

use std::io::{Cursor, Read as _};

use base64::Engine as _;

/// The namespace of the part that carries the assessment.
const NAMESPACE: &str = "urn:routekaart:assessment";

/// The largest part read: far beyond the largest assessment.
const MAX_PART: u64 = 256 * 1024 * 1024;

/// Why no assessment could be taken from a Word document.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WordProblem {
    /// The bytes are not a Word document (not a ZIP package with `word/document.xml`).
    #[error("not a Word document")]
    NotWord,
    /// A Word document without the part (for example one not made by Routekaart, or one
    /// whose custom parts were dropped by the program that saved it).
    #[error("the Word document carries no assessment")]
    NoAssessment,
    /// The part is there but its content is damaged.
    #[error("the assessment in the Word document is damaged")]
    Damaged,
}

/// The RON text of the assessment a Word report carries.
pub fn word_assessment_ron(bytes: &[u8]) -> Result<String, WordProblem> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| WordProblem::NotWord)?;
    if archive.index_for_name("word/document.xml").is_none() {
        return Err(WordProblem::NotWord);
    }
    let mut parts: Vec<String> = archive
        .file_names()
        .filter(|name| {
            name.starts_with("customXml/item") && name.ends_with(".xml") && !name.contains("Props")
        })
        .map(str::to_owned)
        .collect();
    parts.sort_unstable();
    for name in parts {
        let mut text = String::new();
        let Ok(mut part) = archive.by_name(&name) else {
            continue;
        };
        // A part that is not text is someone else's; look on.
        // A part larger than any assessment is not one (and is not read into memory whole).
        if (&mut part)
            .take(MAX_PART)
            .read_to_string(&mut text)
            .is_err()
        {
            continue;
        }
        if let Some(encoded) = payload(&text) {
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(encoded.split_whitespace().collect::<String>())
                .map_err(|_| WordProblem::Damaged)?;
            return String::from_utf8(decoded).map_err(|_| WordProblem::Damaged);
        }
    }
    Err(WordProblem::NoAssessment)
}

/// The text inside the part's root element, when the root is Routekaart's `assessment`.
fn payload(xml: &str) -> Option<&str> {
    let start = xml.find("<assessment")?;
    let rest = xml.get(start..)?;
    let open_end = rest.find('>')?;
    let open = rest.get(..open_end)?;
    if !open.contains(NAMESPACE) {
        return None;
    }
    let body = rest.get(open_end + 1..)?;
    let close = body.find("</assessment>")?;
    body.get(..close)
}
