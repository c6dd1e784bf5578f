//! The assessment travels inside its report: the RON text is attached to the PDF as the
//! embedded file `assessment.ron`, so a ministry user can compare reports without the
//! sender's files.
//!
//! The contract (read by the store as well): the catalog's `/Names` → `/EmbeddedFiles` name
//! tree holds `/Names [(assessment.ron) <filespec>]`; the filespec has `/F` and `/UF`
//! `(assessment.ron)` and `/EF << /F <stream> >>`; the stream (`/Type /EmbeddedFile`) holds
//! the raw, uncompressed UTF-8 RON bytes. The catalog's `/AF` lists the filespec too.

use lopdf::{Dictionary, Document, Object, Stream, StringFormat};

use super::ReportError;

/// The name of the attached file.
pub const ATTACHMENT_NAME: &str = "assessment.ron";

fn name_string() -> Object {
    Object::String(ATTACHMENT_NAME.as_bytes().to_vec(), StringFormat::Literal)
}

/// Attaches the RON text to a document.
pub(super) fn attach(doc: &mut Document, ron: &str) -> Result<(), ReportError> {
    let mut params = Dictionary::new();
    params.set("Size", Object::Integer(ron.len() as i64));
    let mut stream_dict = Dictionary::new();
    stream_dict.set("Type", Object::Name(b"EmbeddedFile".to_vec()));
    stream_dict.set("Subtype", Object::Name(b"application/x-ron".to_vec()));
    stream_dict.set("Params", Object::Dictionary(params));
    let stream = Stream::new(stream_dict, ron.as_bytes().to_vec()).with_compression(false);
    let stream_id = doc.add_object(stream);

    let mut ef = Dictionary::new();
    ef.set("F", Object::Reference(stream_id));
    let mut filespec = Dictionary::new();
    filespec.set("Type", Object::Name(b"Filespec".to_vec()));
    filespec.set("F", name_string());
    filespec.set("UF", name_string());
    filespec.set("AFRelationship", Object::Name(b"Source".to_vec()));
    filespec.set(
        "Desc",
        Object::String(
            b"Routekaart assessment (RON)".to_vec(),
            StringFormat::Literal,
        ),
    );
    filespec.set("EF", Object::Dictionary(ef));
    let filespec_id = doc.add_object(filespec);

    let mut tree = Dictionary::new();
    tree.set(
        "Names",
        Object::Array(vec![name_string(), Object::Reference(filespec_id)]),
    );
    let mut names = Dictionary::new();
    names.set("EmbeddedFiles", Object::Dictionary(tree));
    let catalog = doc
        .catalog_mut()
        .map_err(|err| ReportError::Pdf(err.to_string()))?;
    catalog.set("Names", Object::Dictionary(names));
    catalog.set("AF", Object::Array(vec![Object::Reference(filespec_id)]));
    Ok(())
}

/// Resolves a reference (or returns the object itself).
fn resolve<'a>(doc: &'a Document, object: &'a Object) -> Result<&'a Object, lopdf::Error> {
    match object {
        Object::Reference(id) => doc.get_object(*id),
        other => Ok(other),
    }
}

/// The attached assessment's RON text, if the PDF carries one.
pub fn extract_assessment_ron(pdf: &[u8]) -> Result<Option<String>, ReportError> {
    let doc = Document::load_mem(pdf).map_err(|err| ReportError::Pdf(err.to_string()))?;
    let found = find(&doc).map_err(|err| ReportError::Pdf(err.to_string()))?;
    let Some(bytes) = found else {
        return Ok(None);
    };
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| ReportError::Pdf("the attached assessment is not UTF-8 text".to_owned()))
}

fn find(doc: &Document) -> Result<Option<Vec<u8>>, lopdf::Error> {
    let catalog = doc.catalog()?;
    let Ok(names) = catalog.get(b"Names") else {
        return Ok(None);
    };
    let names = resolve(doc, names)?.as_dict()?;
    let Ok(tree) = names.get(b"EmbeddedFiles") else {
        return Ok(None);
    };
    let tree = resolve(doc, tree)?.as_dict()?;
    let Ok(list) = tree.get(b"Names") else {
        return Ok(None);
    };
    let list = resolve(doc, list)?.as_array()?;
    for pair in list.chunks(2) {
        let [key, spec] = pair else { continue };
        if resolve(doc, key)?.as_str()? != ATTACHMENT_NAME.as_bytes() {
            continue;
        }
        let spec = resolve(doc, spec)?.as_dict()?;
        let ef = resolve(doc, spec.get(b"EF")?)?.as_dict()?;
        let stream = resolve(doc, ef.get(b"F")?)?.as_stream()?;
        let bytes = if stream.dict.has(b"Filter") {
            stream.decompressed_content()?
        } else {
            stream.content.clone()
        };
        return Ok(Some(bytes));
    }
    Ok(None)
}
