//! The PDF report: what a table takes home and the ministry puts side by side.
//!
//! [`render_report`] builds a plain report model from the framework, the assessment and its
//! evaluation ([`build`]), lays it out on A4 pages ([`layout`], with [`charts`]) and writes
//! the PDF ([`pdf`], the only code that touches printpdf), with the assessment attached as
//! `assessment.ron` ([`embed`]). The same assessment and language give the same bytes: the
//! document's dates come from the assessment, never from the clock.

mod build;
pub mod charts;
mod docx;
pub mod embed;
pub mod layout;
pub mod model;
mod pdf;
pub mod raster;

use std::path::{Path, PathBuf};

use crate::domain::assessment::Assessment;
use crate::domain::compare::Comparison;
use crate::domain::{Date, Framework, Lang, evaluate};
use crate::store;

/// Why a report could not be made or saved.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The bundled font could not be read (a broken build).
    #[error("the bundled font could not be read")]
    Font,

    /// The assessment could not be written as RON for the attachment.
    #[error("the assessment could not be encoded: {0}")]
    Encode(String),

    /// The PDF structure could not be built or read.
    #[error("PDF error: {0}")]
    Pdf(String),

    /// The file could not be written.
    #[error("could not write {}: {source}", path.display())]
    Write {
        /// Where it should have gone.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl ReportError {
    /// The error as a sentence for the user, path last.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Font, Lang::Nl) => {
                "Het ingebouwde lettertype kan niet worden gelezen; het programma is beschadigd."
                    .to_owned()
            }
            (Self::Font, Lang::En) => {
                "The built-in font cannot be read; the program is damaged.".to_owned()
            }
            (Self::Encode(detail), Lang::Nl) => {
                format!("De vragenlijst kan niet in het rapport worden opgenomen: {detail}.")
            }
            (Self::Encode(detail), Lang::En) => {
                format!("The assessment cannot be included in the report: {detail}.")
            }
            (Self::Pdf(detail), Lang::Nl) => format!("Het PDF-bestand klopt niet: {detail}."),
            (Self::Pdf(detail), Lang::En) => format!("The PDF file is not valid: {detail}."),
            (Self::Write { path, source }, Lang::Nl) => format!(
                "Het rapport kan niet worden opgeslagen: {}. Er is niets gewijzigd. ({})",
                store::io_reason(source, Lang::Nl),
                path.display()
            ),
            (Self::Write { path, source }, Lang::En) => format!(
                "The report cannot be saved: {}. Nothing was changed. ({})",
                store::io_reason(source, Lang::En),
                path.display()
            ),
        }
    }
}

/// The two documents a report can be: a PDF to read and print, or a Word document to edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// A PDF (`.pdf`).
    Pdf,
    /// A Word document (`.docx`).
    Word,
}

impl ReportFormat {
    /// The format a file name asks for: Word for `.docx`, otherwise PDF.
    pub fn of(path: &Path) -> Self {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
        {
            Self::Word
        } else {
            Self::Pdf
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Word => "docx",
        }
    }
}

/// Renders the report of an assessment as PDF bytes.
pub fn render_report(
    framework: &Framework,
    assessment: &Assessment,
    lang: Lang,
) -> Result<Vec<u8>, ReportError> {
    render_report_as(framework, assessment, lang, ReportFormat::Pdf)
}

/// Renders the report of an assessment as the bytes of a PDF or a Word document: the same
/// sections, order and words, with the same copy of the assessment inside.
pub fn render_report_as(
    framework: &Framework,
    assessment: &Assessment,
    lang: Lang,
    format: ReportFormat,
) -> Result<Vec<u8>, ReportError> {
    let evaluation = evaluate(framework, assessment);
    let report = build::report(framework, assessment, &evaluation, lang);
    // What travels with the report is what the session's privacy allows (names hidden:
    // neutral codes, no names, roles or notes); the table keeps its full file itself.
    let ron = store::assessment_to_ron(&assessment.shareable())
        .map_err(|err| ReportError::Encode(err.to_string()))?;
    match format {
        ReportFormat::Pdf => write_pdf(&report, Some(&ron)),
        ReportFormat::Word => write_docx(&report, Some(&ron), lang),
    }
}

/// Writes a report model as the bytes of a Word document, with an optional assessment.
fn write_docx(
    report: &model::Report,
    ron: Option<&str>,
    lang: Lang,
) -> Result<Vec<u8>, ReportError> {
    let fonts = pdf::fonts()?;
    docx::document(
        report,
        ron,
        &fonts.metrics,
        (pdf::REGULAR_TTF, pdf::BOLD_TTF),
        lang,
    )
}

/// What the report carries as `assessment.ron`, in a phrase for the cover, the window and
/// the command line.
pub fn attachment_text(assessment: &Assessment, lang: Lang) -> &'static str {
    match assessment.shared_copy() {
        crate::domain::assessment::SharedCopy::Full => lang.pick(
            "de hele evaluatie, als assessment.ron om te vergelijken",
            "the whole assessment, as assessment.ron for comparing",
        ),
        crate::domain::assessment::SharedCopy::WithoutNames => lang.pick(
            "de evaluatie zonder namen, rollen en toelichtingen van deelnemers, als assessment.ron om te vergelijken",
            "the assessment without participants' names, roles and notes, as assessment.ron for comparing",
        ),
    }
}

/// A file that was meant to be compared but could not be read: its name and why, in the
/// report's language. The comparison report lists these, so a reader knows what is missing.
pub type LeftOut = (String, String);

/// Renders the comparison of many assessments as PDF bytes, dated `date` (the caller's
/// choice, so the same comparison and date give the same bytes), listing the files that were
/// `left_out`; `selection` says which filter chose the assessments, when one did.
pub fn render_comparison(
    framework: &Framework,
    comparison: &Comparison,
    left_out: &[LeftOut],
    selection: Option<&str>,
    lang: Lang,
    date: Date,
) -> Result<Vec<u8>, ReportError> {
    let report =
        build::comparison::comparison(framework, comparison, left_out, selection, lang, date);
    write_pdf(&report, None)
}

/// Lays out a report model and writes it as PDF bytes, with an optional attachment.
fn write_pdf(report: &model::Report, ron: Option<&str>) -> Result<Vec<u8>, ReportError> {
    let fonts = pdf::fonts()?;
    let pages = layout::lay_out(report, &fonts.metrics);
    let mut doc = pdf::document(report, &pages, fonts);
    pdf::compress(&mut doc);
    if let Some(ron) = ron {
        embed::attach(&mut doc, ron)?;
    }
    // A fixed file identifier instead of printpdf's random one, for byte-identical output.
    let id = file_id(report);
    doc.trailer.set(
        "ID",
        lopdf::Object::Array(vec![
            lopdf::Object::String(id.clone(), lopdf::StringFormat::Hexadecimal),
            lopdf::Object::String(id, lopdf::StringFormat::Hexadecimal),
        ]),
    );
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .map_err(|err| ReportError::Pdf(err.to_string()))?;
    Ok(bytes)
}

/// A 16-byte identifier derived from the report's title and date (FNV-1a, twice).
fn file_id(report: &model::Report) -> Vec<u8> {
    let seed = format!("{}|{}", report.title, report.date);
    let mut out = Vec::with_capacity(16);
    for salt in [0xcbf2_9ce4_8422_2325_u64, 0x8422_2325_cbf2_9ce4] {
        let mut hash = salt;
        for byte in seed.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        out.extend_from_slice(&hash.to_be_bytes());
    }
    out
}

/// Renders the comparison and saves it atomically, like [`save_report`].
pub fn save_comparison(
    framework: &Framework,
    comparison: &Comparison,
    left_out: &[LeftOut],
    selection: Option<&str>,
    lang: Lang,
    date: Date,
    path: &Path,
) -> Result<(), ReportError> {
    let bytes = render_comparison(framework, comparison, left_out, selection, lang, date)?;
    write_file(path, &bytes)
}

/// Renders the report and saves it atomically, as a Word document when the path ends in
/// `.docx` and as a PDF otherwise. When the path cannot be written, nothing is changed and
/// the error names the path.
pub fn save_report(
    framework: &Framework,
    assessment: &Assessment,
    lang: Lang,
    path: &Path,
) -> Result<(), ReportError> {
    let bytes = render_report_as(framework, assessment, lang, ReportFormat::of(path))?;
    write_file(path, &bytes)
}

/// Writes the document through the store; the error names the path.
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    store::save_export(path, bytes).map_err(|source| ReportError::Write {
        path: path.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::layout::{Item, LEFT, PAGE_W, lay_out};
    use super::model::{Block, Cover, Report, Style, Table};
    use super::*;

    fn examples() -> Vec<Assessment> {
        crate::test_files::ron_files_in("assessments")
            .iter()
            .map(|f| store::load_assessment(f).unwrap())
            .collect()
    }

    #[test]
    fn real_glyph_widths_are_measured() {
        let fonts = &pdf::fonts().unwrap().metrics;
        let narrow = fonts.regular.width("iiii", 10.0);
        let wide = fonts.regular.width("WWWW", 10.0);
        assert!(
            wide > 2.0 * narrow,
            "W is much wider than i: {wide} vs {narrow}"
        );
        assert!(
            fonts.bold.width("Gelijkwaardigheid", 10.0)
                > fonts.regular.width("Gelijkwaardigheid", 10.0),
            "bold is wider"
        );
        let word = fonts.regular.width("coördinatie", 10.0);
        assert!(
            (15.0..30.0).contains(&word),
            "a plausible width in mm: {word}"
        );
    }

    #[test]
    fn no_text_runs_past_the_right_margin_in_any_example() {
        let framework = Framework::embedded().unwrap();
        for assessment in examples() {
            for lang in Lang::ALL {
                let evaluation = evaluate(&framework, &assessment);
                let report = build::report(&framework, &assessment, &evaluation, lang);
                assert_within_margins(&report, &assessment.meta.region);
            }
        }
    }

    fn assert_within_margins(report: &Report, what: &str) {
        let fonts = &pdf::fonts().unwrap().metrics;
        for (n, page) in lay_out(report, fonts).iter().enumerate() {
            for item in &page.items {
                if let Item::Text {
                    x,
                    size,
                    bold,
                    text,
                    ..
                } = item
                {
                    let right = x + fonts.face(*bold).width(text, *size);
                    assert!(
                        right <= PAGE_W - LEFT + 0.5 && *x >= LEFT - 3.0,
                        "{what} page {}: “{text}” runs from {x} to {right} mm",
                        n + 1
                    );
                }
            }
        }
    }

    #[test]
    fn the_comparison_stays_within_the_margins() {
        let framework = Framework::embedded().unwrap();
        // The five examples and the comparison set of nineteen assessments.
        let files = crate::test_files::ron_files_in("assessments/vergelijking");
        let entries: Vec<(String, Assessment)> = examples()
            .into_iter()
            .chain(files.iter().map(|f| store::load_assessment(f).unwrap()))
            .enumerate()
            .map(|(n, a)| (n.to_string(), a))
            .collect();
        let comparison = crate::domain::compare::compare(&framework, &entries);
        let left_out = [(
            "een-heel-lange-bestandsnaam-van-een-regio-die-niet-te-lezen-was.ron".to_owned(),
            "Regel 12, kolom 7: hier werd een komma verwacht. Het bestand is niet gewijzigd."
                .repeat(3),
        )];
        for lang in Lang::ALL {
            let date = Date::new(2026, 7, 1).unwrap();
            let report =
                build::comparison::comparison(&framework, &comparison, &left_out, None, lang, date);
            assert_within_margins(&report, "comparison");
        }
    }

    #[test]
    fn a_heading_is_never_the_last_thing_on_a_page() {
        let fonts = &pdf::fonts().unwrap().metrics;
        let filler = "Een regel tekst die de pagina vult. ".repeat(9);
        for lines_before in 30..60 {
            let mut blocks: Vec<Block> = (0..lines_before)
                .map(|_| Block::Paragraph {
                    text: "Een korte regel.".to_owned(),
                    style: Style::Body,
                })
                .collect();
            blocks.push(Block::Heading {
                level: 2,
                text: "KOPJE".to_owned(),
            });
            blocks.push(Block::Paragraph {
                text: filler.clone(),
                style: Style::Body,
            });
            let report = Report {
                title: String::new(),
                header_left: String::new(),
                header_right: String::new(),
                page_word: "pagina".to_owned(),
                of_word: "van".to_owned(),
                date: Date::new(2026, 1, 1).unwrap(),
                cover: Cover {
                    kicker: String::new(),
                    title: String::new(),
                    subtitle: String::new(),
                    facts: Vec::new(),
                    people_heading: String::new(),
                    people: Table {
                        header: Vec::new(),
                        widths: Vec::new(),
                        rows: Vec::new(),
                    },
                    note: String::new(),
                },
                blocks,
            };
            let pages = lay_out(&report, fonts);
            let page = pages
                .iter()
                .find(|p| {
                    p.items
                        .iter()
                        .any(|i| matches!(i, Item::Text { text, .. } if text == "KOPJE"))
                })
                .unwrap();
            let after = page.items.iter().any(
                |i| matches!(i, Item::Text { text, .. } if text.starts_with("Een regel tekst")),
            );
            assert!(
                after,
                "with {lines_before} lines before, the heading keeps its text"
            );
        }
    }
}
