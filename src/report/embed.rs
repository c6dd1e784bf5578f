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

use crate::store::ATTACHMENT_NAME;

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
