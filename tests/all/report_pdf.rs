//! Reading the assessment attached to an exported report, independent of how the report is
//! drawn: PDFs are built here by hand to the attachment contract (an `EmbeddedFiles` name
//! tree entry `assessment.ron`), compressed and not, and with the entry one level down.

use std::fs;
use std::io::Write;

use lopdf::{Dictionary, Document, Object, Stream, dictionary};
use routekaart::domain::Lang;
use routekaart::store::{self, LoadError, PdfProblem};

use crate::example_files;

/// A one-page PDF; `attachment` is (name, bytes, compress, nested in Kids).
fn pdf_with(attachment: Option<(&str, &[u8], bool, bool)>) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let content_id = doc.add_object(Stream::new(Dictionary::new(), b"BT ET".to_vec()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    if let Some((name, bytes, compress, nested)) = attachment {
        let mut stream = Stream::new(dictionary! { "Type" => "EmbeddedFile" }, bytes.to_vec());
        if compress {
            let mut encoder =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            encoder.write_all(bytes).unwrap();
            stream = Stream::new(
                dictionary! { "Type" => "EmbeddedFile", "Filter" => "FlateDecode" },
                encoder.finish().unwrap(),
            );
        }
        let file_id = doc.add_object(stream);
        let spec_id = doc.add_object(dictionary! {
            "Type" => "Filespec",
            "F" => Object::string_literal(name),
            "UF" => Object::string_literal(name),
            "EF" => dictionary! { "F" => file_id },
        });
        let leaf = dictionary! {
            "Names" => vec![Object::string_literal(name), spec_id.into()],
        };
        let tree = if nested {
            let leaf_id = doc.add_object(leaf);
            dictionary! { "Kids" => vec![leaf_id.into()] }
        } else {
            leaf
        };
        catalog.set("Names", dictionary! { "EmbeddedFiles" => tree });
    }
    let catalog_id = doc.add_object(catalog);
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn the_attached_assessment_is_read_plain_compressed_and_nested() {
    let source = &example_files()[2];
    let text = fs::read_to_string(source).unwrap();
    let expected = store::load_assessment(source).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (compress, nested) in [(false, false), (true, false), (false, true), (true, true)] {
        let path = dir.path().join(format!("rapport-{compress}-{nested}.pdf"));
        let pdf = pdf_with(Some(("assessment.ron", text.as_bytes(), compress, nested)));
        fs::write(&path, &pdf).unwrap();
        let loaded = store::load_assessment(&path).unwrap();
        assert_eq!(loaded, expected, "compress {compress}, nested {nested}");
    }
}

#[test]
fn a_pdf_without_the_attachment_says_so_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("leeg.pdf", pdf_with(None)),
        (
            "ander.pdf",
            pdf_with(Some(("notes.txt", b"not ours", false, false))),
        ),
    ];
    for (name, pdf) in cases {
        let path = dir.path().join(name);
        fs::write(&path, &pdf).unwrap();
        let err = store::load_assessment(&path).unwrap_err();
        assert!(
            matches!(
                &err,
                LoadError::Pdf {
                    problem: PdfProblem::NoAssessment,
                    ..
                }
            ),
            "{name}: {err:?}"
        );
        assert!(err.message(Lang::Nl).contains("geen ingesloten evaluatie"));
        assert!(
            err.message(Lang::En)
                .contains("no embedded Routekaart assessment")
        );
        assert_eq!(fs::read(&path).unwrap(), pdf, "the file is not changed");
    }
}

#[test]
fn a_damaged_pdf_or_attachment_is_reported_not_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("kapot.pdf");
    fs::write(&garbage, b"%PDF-1.7\nthis is not a pdf body").unwrap();
    let err = store::load_assessment(&garbage).unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::Pdf {
                problem: PdfProblem::Unreadable(_),
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.message(Lang::Nl).contains("kan niet worden gelezen"));

    let broken = dir.path().join("half.pdf");
    let pdf = pdf_with(Some((
        "assessment.ron",
        b"Assessment(schema_version: 1, meta: (region: \"Half",
        false,
        false,
    )));
    fs::write(&broken, pdf).unwrap();
    let err = store::load_assessment(&broken).unwrap_err();
    assert!(
        matches!(&err, LoadError::Syntax { line: 1, .. }),
        "a broken attachment is a syntax error with its position: {err:?}"
    );
}

#[test]
fn a_folder_of_reports_and_files_is_compared_together() {
    let dir = tempfile::tempdir().unwrap();
    let files = example_files();
    for (index, file) in files.iter().enumerate() {
        let stem = file.file_stem().unwrap().to_str().unwrap();
        if index % 2 == 0 {
            let text = fs::read(file).unwrap();
            let pdf = pdf_with(Some(("assessment.ron", &text, true, false)));
            fs::write(dir.path().join(format!("{stem}.pdf")), pdf).unwrap();
        } else {
            fs::copy(file, dir.path().join(format!("{stem}.ron"))).unwrap();
        }
    }
    fs::write(dir.path().join("zonder.pdf"), pdf_with(None)).unwrap();
    let loaded = store::load_many(&[dir.path().to_owned()], &|_, _| {});
    assert_eq!(loaded.assessments.len(), files.len());
    assert_eq!(loaded.failed.len(), 1);
    assert!(loaded.failed[0].0.ends_with("zonder.pdf"));
}

#[test]
fn a_report_beside_its_assessment_is_not_counted_twice() {
    let dir = tempfile::tempdir().unwrap();
    let source = &example_files()[0];
    let text = fs::read(source).unwrap();
    fs::write(dir.path().join("regio.ron"), &text).unwrap();
    let pdf = pdf_with(Some(("assessment.ron", &text, false, false)));
    fs::write(dir.path().join("regio.pdf"), &pdf).unwrap();
    fs::write(dir.path().join("andere-regio.pdf"), &pdf).unwrap();
    let (files, failed) = store::assessment_files(&[dir.path().to_owned()]);
    assert!(failed.is_empty());
    let names: Vec<&str> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(names, vec!["andere-regio.pdf", "regio.ron"]);
}
