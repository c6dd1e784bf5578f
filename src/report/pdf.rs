//! The PDF writer: the only code that names printpdf.
//!
//! It parses the bundled `DejaVu Sans` faces (once per process), gives the layout their glyph
//! advances, and turns laid-out pages into printpdf operations. Fonts are embedded as
//! subsets. Every id inside the file is fixed rather than random, and the dates come from the
//! report, so the same report gives the same bytes.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem,
    WindingOrder,
};

use super::ReportError;
use super::layout::{Fonts, Item, Metrics, PAGE_H, PAGE_W, Page};
use super::model::Report;
use crate::domain::Date;

pub(super) static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub(super) static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Fixed font ids; their first six letters become the subset tag (`ROUTEA+DejaVuSans`).
const REGULAR_ID: &str = "ROUTEAregular";
const BOLD_ID: &str = "ROUTEBbold";

/// The parsed faces and their metrics.
pub(super) struct LoadedFonts {
    regular: ParsedFont,
    bold: ParsedFont,
    /// Advance widths for the layout.
    pub metrics: Fonts,
}

/// The bundled fonts, parsed once.
pub(super) fn fonts() -> Result<&'static LoadedFonts, ReportError> {
    static FONTS: OnceLock<Option<LoadedFonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let regular = ParsedFont::from_bytes(REGULAR_TTF, 0, &mut Vec::new())?;
            let bold = ParsedFont::from_bytes(BOLD_TTF, 0, &mut Vec::new())?;
            let metrics = Fonts {
                regular: metrics(&regular),
                bold: metrics(&bold),
            };
            Some(LoadedFonts {
                regular,
                bold,
                metrics,
            })
        })
        .as_ref()
        .ok_or(ReportError::Font)
}

/// Advances of the characters a Dutch or English report can contain.
fn metrics(font: &ParsedFont) -> Metrics {
    let ranges = [
        0x20..=0x7e,
        0xa0..=0x24f,
        0x2000..=0x206f,
        0x2190..=0x21ff,
        0x2200..=0x22ff,
        0x25a0..=0x25ff,
        0x20ac..=0x20ac,
    ];
    let mut advances = BTreeMap::new();
    for range in ranges {
        for code in range {
            if let (Some(c), Some(glyph)) = (char::from_u32(code), font.lookup_glyph_index(code)) {
                advances.insert(c, font.get_horizontal_advance(glyph));
            }
        }
    }
    let fallback = advances.get(&'n').copied().unwrap_or(1000);
    Metrics::new(font.pdf_font_metrics.units_per_em, advances, fallback)
}

fn color((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

/// A point from top-left millimetres.
fn at((x, y): (f32, f32)) -> Point {
    Point::new(Mm(x), Mm(PAGE_H - y))
}

fn points(list: &[(f32, f32)]) -> Vec<LinePoint> {
    list.iter()
        .map(|&p| LinePoint {
            p: at(p),
            bezier: false,
        })
        .collect()
}

fn ops(page: &Page) -> Vec<Op> {
    let regular = PdfFontHandle::External(FontId(REGULAR_ID.to_owned()));
    let bold = PdfFontHandle::External(FontId(BOLD_ID.to_owned()));
    let mut ops = Vec::new();
    // Font and colour belong to the graphics state and persist between text objects, so
    // they are only set when they change. Each line is its own text object, which keeps text
    // extraction (and copying from a viewer) line by line.
    let mut font: Option<(bool, f32)> = None;
    let mut fill: Option<(f32, f32, f32)> = None;
    for item in &page.items {
        match item {
            Item::Text {
                x,
                y,
                size,
                bold: is_bold,
                color: c,
                text,
            } => {
                if fill != Some(*c) {
                    ops.push(Op::SetFillColor { col: color(*c) });
                    fill = Some(*c);
                }
                ops.push(Op::StartTextSection);
                if font != Some((*is_bold, *size)) {
                    ops.push(Op::SetFont {
                        font: if *is_bold {
                            bold.clone()
                        } else {
                            regular.clone()
                        },
                        size: Pt(*size),
                    });
                    font = Some((*is_bold, *size));
                }
                ops.extend([
                    Op::SetTextCursor { pos: at((*x, *y)) },
                    Op::ShowText {
                        items: vec![TextItem::Text(text.clone())],
                    },
                    Op::EndTextSection,
                ]);
            }
            Item::Line {
                points: list,
                width,
                color: c,
                closed,
            } => ops.extend([
                Op::SetOutlineColor { col: color(*c) },
                Op::SetOutlineThickness { pt: Pt(*width) },
                Op::DrawLine {
                    line: Line {
                        points: points(list),
                        is_closed: *closed,
                    },
                },
            ]),
            Item::Fill {
                points: list,
                color: c,
            } => {
                fill = Some(*c);
                ops.extend([
                    Op::SetFillColor { col: color(*c) },
                    Op::DrawPolygon {
                        polygon: Polygon {
                            rings: vec![PolygonRing {
                                points: points(list),
                            }],
                            mode: PaintMode::Fill,
                            winding_order: WindingOrder::NonZero,
                        },
                    },
                ]);
            }
        }
    }
    ops
}

fn timestamp(date: Date) -> printpdf::OffsetDateTime {
    printpdf::OffsetDateTime {
        date: printpdf::date::Date {
            year: i32::from(date.year()),
            month: date.month(),
            day: date.day(),
        },
        time: printpdf::date::Time {
            hour: 12,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::date::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    }
}

/// Writes laid-out pages as a PDF document (not yet saved to bytes).
pub(super) fn document(report: &Report, pages: &[Page], fonts: &LoadedFonts) -> lopdf::Document {
    let mut doc = PdfDocument::new(&report.title);
    let stamp = timestamp(report.date);
    doc.metadata.info.creation_date = stamp;
    doc.metadata.info.modification_date = stamp;
    doc.metadata.info.metadata_date = stamp;
    doc.metadata.info.creator = format!("Routekaart {}", env!("CARGO_PKG_VERSION"));
    doc.metadata.info.producer = "Routekaart (printpdf)".to_owned();
    doc.resources.fonts.map.insert(
        FontId(REGULAR_ID.to_owned()),
        PdfFont::new(fonts.regular.clone()),
    );
    doc.resources
        .fonts
        .map
        .insert(FontId(BOLD_ID.to_owned()), PdfFont::new(fonts.bold.clone()));
    doc.with_pages(
        pages
            .iter()
            .map(|p| PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), ops(p)))
            .collect(),
    );
    let mut warnings = Vec::new();
    printpdf::serialize::to_lopdf_doc(&doc, &PdfSaveOptions::default(), &mut warnings)
}

/// Compresses every stream that allows it with zlib at its fastest level. lopdf's own
/// `compress` uses the best (slowest) level, which took about half the time of a report for
/// a few percent of size.
pub(super) fn compress(doc: &mut lopdf::Document) {
    use std::io::Write as _;
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.allows_compression
            && !stream.dict.has(b"Filter")
        {
            let mut encoder =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            if encoder.write_all(&stream.content).is_ok()
                && let Ok(compressed) = encoder.finish()
                && compressed.len() < stream.content.len()
            {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
    }
}
