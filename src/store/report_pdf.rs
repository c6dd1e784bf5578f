//! Reading the assessment back out of an exported report.
//!
//! A report carries the assessment it was made from as an attached file named
//! `assessment.ron` (the PDF's `EmbeddedFiles` name tree), so that ministry staff can compare
//! reports without the sender's own files. This module only reads; writing the attachment is
//! the report's job; putting the finished file on disk is [`save_export`]'s.

use lopdf::{Dictionary, Document, Object};

/// The name under which a report attaches its assessment.
pub const ATTACHMENT_NAME: &str = "assessment.ron";

/// Why no assessment could be taken from a PDF.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfProblem {
    /// The bytes are not a PDF at all (no `%PDF-` header near the start).
    #[error("not a PDF file")]
    NotPdf,
    /// The bytes are not a PDF this reader understands.
    #[error("not a readable PDF: {0}")]
    Unreadable(String),
    /// A readable PDF without the attachment (for example a report from another program).
    #[error("the PDF carries no attached assessment")]
    NoAssessment,
    /// The attachment is there but is not UTF-8 text.
    #[error("the attached assessment is not UTF-8 text")]
    NotText,
}

/// Puts a finished export (a PDF, Word or Excel file) on disk atomically. No backup is kept:
/// an export is made again from its assessment at any time.
pub fn save_export(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    super::atomic::prepare(path, bytes)?.commit(false)
}

/// The RON text of the assessment attached to a report.
pub fn attached_assessment_ron(pdf: &[u8]) -> Result<String, PdfProblem> {
    // Readers accept the header anywhere in the first kilobyte; so does this check.
    let head = pdf.get(..1024).unwrap_or(pdf);
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfProblem::NotPdf);
    }
    let document = Document::load_mem(pdf).map_err(|e| PdfProblem::Unreadable(e.to_string()))?;
    let catalog = document
        .catalog()
        .map_err(|e| PdfProblem::Unreadable(e.to_string()))?;
    let tree = dict_at(&document, catalog, b"Names")
        .and_then(|names| dict_at(&document, names, b"EmbeddedFiles"))
        .ok_or(PdfProblem::NoAssessment)?;
    let spec = find_in_name_tree(&document, tree, ATTACHMENT_NAME.as_bytes(), 0)
        .ok_or(PdfProblem::NoAssessment)?;
    let stream = dict_at(&document, spec, b"EF")
        .and_then(|ef| ef.get(b"F").ok())
        .map(|object| resolve(&document, object))
        .and_then(|object| object.as_stream().ok())
        .ok_or(PdfProblem::NoAssessment)?;
    let bytes = if stream.dict.has(b"Filter") {
        stream
            .decompressed_content()
            .map_err(|e| PdfProblem::Unreadable(e.to_string()))?
    } else {
        stream.content.clone()
    };
    String::from_utf8(bytes).map_err(|_| PdfProblem::NotText)
}

/// Follows a reference to the object it names; other objects are returned as they are.
fn resolve<'a>(document: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => document.get_object(*id).unwrap_or(object),
        other => other,
    }
}

fn dict_at<'a>(document: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    dict.get(key)
        .ok()
        .map(|object| resolve(document, object))
        .and_then(|object| object.as_dict().ok())
}

/// Looks `name` up in a PDF name tree (leaf `Names` arrays of key/value pairs, inner `Kids`).
/// The depth guard stops a malicious file with a cyclic tree.
fn find_in_name_tree<'a>(
    document: &'a Document,
    node: &'a Dictionary,
    name: &[u8],
    depth: usize,
) -> Option<&'a Dictionary> {
    if depth > 32 {
        return None;
    }
    if let Some(pairs) = node
        .get(b"Names")
        .ok()
        .map(|object| resolve(document, object))
        .and_then(|object| object.as_array().ok())
    {
        for pair in pairs.chunks(2) {
            if let [key, value] = pair
                && resolve(document, key).as_str().ok() == Some(name)
            {
                return resolve(document, value).as_dict().ok();
            }
        }
    }
    let kids = node
        .get(b"Kids")
        .ok()
        .map(|object| resolve(document, object))
        .and_then(|object| object.as_array().ok())?;
    kids.iter()
        .filter_map(|kid| resolve(document, kid).as_dict().ok())
        .find_map(|kid| find_in_name_tree(document, kid, name, depth + 1))
}
