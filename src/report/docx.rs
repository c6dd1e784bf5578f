//! The Word writer: the only code that names docx-rs.
//!
//! The same report model the PDF is laid out from becomes a Word document: headings as
//! Word's own heading styles (so the navigation pane and a table of contents work), tables as
//! tables, lists as lists, the charts as pictures at print resolution with a text
//! alternative, the running header and page numbers in the header and footer, A4. Word lays
//! out the pages itself, so page breaks fall where Word puts them; the words are the PDF's.
//!
//! The assessment travels along as a custom XML part (`customXml/item1.xml`, root element
//! `assessment` in the namespace [`ASSESSMENT_NS`], the RON text base64-encoded inside), so
//! an edited report can still be compared. Word keeps such parts when it saves a document.
//!
//! docx-rs has no field for a picture's text alternative, so after it has built the parts
//! this writer fills in the `descr` of each picture's `wp:docPr` (in document order) before
//! the parts are packed.

use std::io::Cursor;

use base64::Engine as _;
use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, Header, IndentLevel, Level, LevelJc,
    LevelText, LineSpacing, NumPages, NumberFormat, Numbering, NumberingId, PageMargin, PageNum,
    Paragraph, Pic, Run, RunFonts, Shading, SpecialIndentType, Start, Style, StyleType, Tab,
    TabValueType, Table, TableBorder, TableBorderPosition, TableBorders, TableCell,
    TableCellMargins, TableRow, WidthType,
};

use super::ReportError;
use super::layout::{ACCENT, Fonts, INK, MUTED, RULE, Rgb, TINT, WIDTH};
use super::model::{Block, Chart, Cover, Report, Style as TextStyle, Table as ModelTable};
use super::raster;
use crate::domain::Lang;

/// The namespace of the custom XML part that carries the assessment.
pub const ASSESSMENT_NS: &str = "urn:routekaart:assessment";

/// The data-store id of that part (fixed, so the same report gives the same package).
const ITEM_ID: &str = "7B0F3C1E-5A2D-4E8B-9C61-52A7D3E4F801";

/// Twentieths of a point per millimetre.
const TWIPS_PER_MM: f32 = 1440.0 / 25.4;
/// English metric units per millimetre (pictures).
const EMU_PER_MM: f32 = 36_000.0;
/// The list numbering used for bullets (docx-rs defines a numbered list as 1).
const BULLETS: usize = 2;
/// The body font: on every Windows and Office installation, and metric-compatible
/// substitutes elsewhere (Liberation Sans).
const FONT: &str = "Arial";

fn twips(mm: f32) -> i32 {
    (mm * TWIPS_PER_MM).round() as i32
}

fn hex((r, g, b): Rgb) -> String {
    let c = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("{:02X}{:02X}{:02X}", c(r), c(g), c(b))
}

/// Half-points, the unit of Word's font sizes.
fn half_points(pt: f32) -> usize {
    (pt * 2.0).round() as usize
}

/// Writes a report as the bytes of a `.docx` file, with `ron` (the assessment) as a custom
/// XML part when given. `fonts` and `faces` draw the charts.
pub(super) fn document(
    report: &Report,
    ron: Option<&str>,
    fonts: &Fonts,
    faces: (&[u8], &[u8]),
    lang: Lang,
) -> Result<Vec<u8>, ReportError> {
    let mut docx = Docx::new()
        .styles(
            styles()
                .into_iter()
                .fold(docx_rs::Styles::new(), docx_rs::Styles::add_style),
        )
        .page_size(twips(210.0) as u32, twips(297.0) as u32)
        .page_margin(
            PageMargin::new()
                .top(twips(28.0))
                .bottom(twips(21.0))
                .left(twips(22.0))
                .right(twips(22.0))
                .header(twips(12.0))
                .footer(twips(10.0)),
        )
        .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT))
        .default_size(half_points(10.0))
        .default_line_spacing(spacing(0.0, 2.5))
        .created_at(&iso(report))
        .updated_at(&iso(report))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(twips(6.0)),
                    Some(SpecialIndentType::Hanging(twips(4.0))),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .header(running_header(report))
        .footer(page_footer(report))
        // The title page has no running header or page number, as in the PDF.
        .first_header(Header::new())
        .first_footer(Footer::new())
        .title_pg();
    docx = cover(docx, &report.cover);
    docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    let mut alts = Vec::new();
    for (index, block) in report.blocks.iter().enumerate() {
        let next = report.blocks.get(index + 1);
        docx = add_block(docx, block, next, (fonts, faces, lang), &mut alts)?;
    }
    if let Some(ron) = ron {
        docx = docx.add_custom_item(ITEM_ID, &assessment_part(ron));
    }
    let mut parts = docx.build();
    parts.document = with_alt_texts(&parts.document, &alts);
    let mut out = Cursor::new(Vec::new());
    parts
        .pack(&mut out)
        .map_err(|err| ReportError::Encode(err.to_string()))?;
    Ok(out.into_inner())
}

/// Adds one block of the report to the document; a chart's text alternative goes to `alts`.
fn add_block(
    docx: Docx,
    block: &Block,
    next: Option<&Block>,
    (fonts, faces, lang): (&Fonts, (&[u8], &[u8]), Lang),
    alts: &mut Vec<String>,
) -> Result<Docx, ReportError> {
    let next_is_break = matches!(next, Some(Block::PageBreak));
    Ok(match block {
        // A break at the very end would leave a blank page.
        Block::PageBreak if next.is_none() => docx,
        Block::PageBreak => {
            docx.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)))
        }
        Block::Heading { level, text } => docx.add_paragraph(
            Paragraph::new()
                .style(if *level <= 1 { "Heading1" } else { "Heading2" })
                // A heading never ends a page: it stays with what it introduces.
                .keep_next(true)
                .add_run(Run::new().add_text(text)),
        ),
        Block::Paragraph { text, style } => docx.add_paragraph(lines(
            Paragraph::new().style(match style {
                TextStyle::Body => "Normal",
                TextStyle::Strong => "Strong",
                TextStyle::Small => "Small",
            }),
            text,
        )),
        Block::Bullets(items) => items.iter().fold(docx, |docx, item| {
            docx.add_paragraph(lines(
                Paragraph::new()
                    .style("ListBullet")
                    .numbering(NumberingId::new(BULLETS), IndentLevel::new(0)),
                item,
            ))
        }),
        Block::Table(table) => docx
            .add_table(grid_table(table))
            .add_paragraph(spacer(next_is_break)),
        Block::Chart(chart) => {
            let picture = raster::chart_png(chart, fonts, faces, WIDTH)?;
            alts.push(alt_text(chart, lang));
            let pic = Pic::new_with_dimensions(picture.png, picture.width_px, picture.height_px)
                .id(format!("rIdChart{}", alts.len()))
                .size(
                    (picture.width_mm * EMU_PER_MM) as u32,
                    (picture.height_mm * EMU_PER_MM) as u32,
                );
            docx.add_paragraph(
                Paragraph::new()
                    .style("Figure")
                    .add_run(Run::new().add_image(pic)),
            )
        }
        Block::Note(text) => docx
            .add_table(note(text))
            .add_paragraph(spacer(next_is_break)),
    })
}

/// The report's date as the document's creation time.
fn iso(report: &Report) -> String {
    format!("{}T00:00:00Z", report.date)
}

/// The custom XML part: the RON text, base64-encoded so that no character of a note can
/// break the XML.
fn assessment_part(ron: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(ron.as_bytes());
    format!(
        "<assessment xmlns=\"{ASSESSMENT_NS}\" name=\"{}\" encoding=\"base64\">{encoded}</assessment>",
        crate::store::ATTACHMENT_NAME
    )
}

/// Space before and after a paragraph, in millimetres, and lines 1.15 apart (a multiple of
/// the line, so pictures and larger text get the room they need).
fn spacing(before: f32, after: f32) -> LineSpacing {
    LineSpacing::new()
        .before(twips(before) as u32)
        .after(twips(after) as u32)
        .line_rule(docx_rs::LineSpacingType::Auto)
        .line(276)
}

/// The paragraph and character styles the report uses. Heading styles carry Word's own ids
/// and names, so Word treats them as headings.
fn styles() -> Vec<Style> {
    let ink = hex(INK);
    let accent = hex(ACCENT);
    let muted = hex(MUTED);
    let spaced = spacing;
    vec![
        Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .color(ink)
            .size(half_points(10.0))
            .line_spacing(spaced(0.0, 2.5)),
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .bold()
            .size(half_points(26.0))
            .color(accent.clone())
            .line_spacing(spaced(0.0, 2.0)),
        Style::new("Subtitle", StyleType::Paragraph)
            .name("Subtitle")
            .based_on("Normal")
            .next("Normal")
            .size(half_points(13.0))
            .color(muted.clone())
            .line_spacing(spaced(0.0, 8.0)),
        Style::new("Kicker", StyleType::Paragraph)
            .name("Kicker")
            .based_on("Normal")
            .bold()
            .size(half_points(10.0))
            .color(accent.clone()),
        Style::new("Heading1", StyleType::Paragraph)
            .name("heading 1")
            .based_on("Normal")
            .next("Normal")
            .bold()
            .size(half_points(16.0))
            .color(accent.clone())
            .outline_lvl(0)
            .line_spacing(spaced(6.0, 2.5)),
        Style::new("Heading2", StyleType::Paragraph)
            .name("heading 2")
            .based_on("Normal")
            .next("Normal")
            .bold()
            .size(half_points(12.0))
            .color(hex(INK))
            .outline_lvl(1)
            .line_spacing(spaced(4.0, 1.5)),
        Style::new("Strong", StyleType::Paragraph)
            .name("Strong text")
            .based_on("Normal")
            .bold(),
        Style::new("Small", StyleType::Paragraph)
            .name("Small text")
            .based_on("Normal")
            .size(half_points(8.5))
            .color(muted.clone()),
        Style::new("ListBullet", StyleType::Paragraph)
            .name("List Bullet")
            .based_on("Normal"),
        Style::new("Figure", StyleType::Paragraph)
            .name("Figure")
            .based_on("Normal")
            .line_spacing(spaced(2.0, 4.0)),
        Style::new("Header", StyleType::Paragraph)
            .name("header")
            .based_on("Normal")
            .size(half_points(8.5))
            .color(muted.clone()),
        Style::new("Footer", StyleType::Paragraph)
            .name("footer")
            .based_on("Normal")
            .size(half_points(8.5))
            .color(muted),
    ]
}

/// "Routekaart · Rivierduin" on the left, the date on the right.
fn running_header(report: &Report) -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .style("Header")
            .add_tab(
                Tab::new()
                    .val(TabValueType::Right)
                    .pos(twips(WIDTH) as usize),
            )
            .add_run(Run::new().add_text(&report.header_left).add_tab())
            .add_run(Run::new().add_text(&report.header_right)),
    )
}

/// "pagina 3 van 12", centred.
fn page_footer(report: &Report) -> Footer {
    Footer::new().add_paragraph(
        Paragraph::new()
            .style("Footer")
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text(format!("{} ", report.page_word)))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(format!(" {} ", report.of_word)))
            .add_num_pages(NumPages::new()),
    )
}

fn cover(docx: Docx, cover: &Cover) -> Docx {
    let mut docx = docx
        .add_paragraph(
            Paragraph::new()
                .style("Kicker")
                .add_run(Run::new().add_text(&cover.kicker)),
        )
        .add_paragraph(
            Paragraph::new()
                .style("Title")
                .add_run(Run::new().add_text(&cover.title)),
        );
    if !cover.subtitle.is_empty() {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Subtitle")
                .add_run(Run::new().add_text(&cover.subtitle)),
        );
    }
    let facts = ModelTable {
        header: Vec::new(),
        widths: vec![1.0, 2.6],
        rows: cover
            .facts
            .iter()
            .map(|(label, value)| vec![label.clone(), value.clone()])
            .collect(),
    };
    docx.add_table(plain_table(&facts))
        .add_paragraph(Paragraph::new())
        .add_paragraph(
            Paragraph::new()
                .style("Heading2")
                // On the title page, not in the navigation pane.
                .outline_lvl(9)
                .add_run(Run::new().add_text(&cover.people_heading)),
        )
        .add_table(grid_table(&cover.people))
        .add_paragraph(Paragraph::new())
        .add_paragraph(lines(Paragraph::new().style("Small"), &cover.note))
}

/// A paragraph holding `text`, with its line breaks kept.
fn lines(paragraph: Paragraph, text: &str) -> Paragraph {
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    paragraph.add_run(run)
}

/// A little space after a table, unless a page break follows anyway.
fn spacer(next_is_break: bool) -> Paragraph {
    if next_is_break {
        Paragraph::new().line_spacing(LineSpacing::new().before(0).after(0).line(20))
    } else {
        Paragraph::new()
    }
}

/// Column widths in twips, scaled to the text width.
fn grid(widths: &[f32], columns: usize) -> Vec<usize> {
    let widths: Vec<f32> = (0..columns)
        .map(|i| widths.get(i).copied().filter(|w| *w > 0.0).unwrap_or(1.0))
        .collect();
    let total: f32 = widths.iter().sum();
    widths
        .iter()
        .map(|w| (w / total * WIDTH * TWIPS_PER_MM).round() as usize)
        .collect()
}

fn cell(text: &str, width: usize, header: bool) -> TableCell {
    let paragraph = Paragraph::new().line_spacing(LineSpacing::new().before(0).after(0));
    let paragraph = if header {
        lines(paragraph.bold(), text)
    } else {
        lines(paragraph, text)
    };
    let cell = TableCell::new()
        .add_paragraph(paragraph)
        .width(width, WidthType::Dxa);
    if header {
        cell.shading(Shading::new().fill(hex(TINT)))
    } else {
        cell
    }
}

fn rows(table: &ModelTable, widths: &[usize]) -> Vec<TableRow> {
    let mut rows = Vec::new();
    if !table.header.is_empty() {
        rows.push(
            TableRow::new(
                table
                    .header
                    .iter()
                    .zip(widths)
                    .map(|(text, w)| cell(text, *w, true))
                    .collect(),
            )
            .cant_split(),
        );
    }
    for row in &table.rows {
        rows.push(
            TableRow::new(
                widths
                    .iter()
                    .enumerate()
                    .map(|(i, w)| cell(row.get(i).map_or("", String::as_str), *w, false))
                    .collect(),
            )
            .cant_split(),
        );
    }
    rows
}

fn columns(table: &ModelTable) -> usize {
    table
        .header
        .len()
        .max(table.rows.iter().map(Vec::len).max().unwrap_or(0))
        .max(1)
}

/// A table with a header row and thin rules between the rows.
fn grid_table(table: &ModelTable) -> Table {
    let widths = grid(&table.widths, columns(table));
    let rule = hex(RULE);
    let line = |position| {
        TableBorder::new(position)
            .size(4)
            .color(rule.clone())
            .border_type(docx_rs::BorderType::Single)
    };
    Table::new(rows(table, &widths))
        .set_grid(widths)
        .width(twips(WIDTH) as usize, WidthType::Dxa)
        .margins(cell_margins())
        .set_borders(
            TableBorders::with_empty()
                .set(line(TableBorderPosition::Top))
                .set(line(TableBorderPosition::Bottom))
                .set(line(TableBorderPosition::InsideH)),
        )
}

/// A table without rules (the title page's facts).
fn plain_table(table: &ModelTable) -> Table {
    let widths = grid(&table.widths, columns(table));
    Table::new(rows(table, &widths))
        .set_grid(widths)
        .width(twips(WIDTH) as usize, WidthType::Dxa)
        .margins(cell_margins())
        .set_borders(TableBorders::with_empty())
}

fn cell_margins() -> TableCellMargins {
    TableCellMargins::new().margin(
        twips(0.8) as usize,
        twips(1.5) as usize,
        twips(0.8) as usize,
        twips(1.5) as usize,
    )
}

/// The shaded box for what the reader must not miss.
fn note(text: &str) -> Table {
    let width = twips(WIDTH) as usize;
    Table::new(vec![
        TableRow::new(vec![
            TableCell::new()
                .add_paragraph(lines(
                    Paragraph::new().line_spacing(LineSpacing::new().before(0).after(0)),
                    text,
                ))
                .width(width, WidthType::Dxa)
                .shading(Shading::new().fill(hex(TINT))),
        ])
        .cant_split(),
    ])
    .set_grid(vec![width])
    .width(width, WidthType::Dxa)
    .margins(TableCellMargins::new().margin(
        twips(2.5) as usize,
        twips(3.0) as usize,
        twips(2.5) as usize,
        twips(3.0) as usize,
    ))
    .set_borders(TableBorders::with_empty())
}

/// What a chart shows, in words, for readers who cannot see the picture.
pub fn alt_text(chart: &Chart, lang: Lang) -> String {
    match chart {
        Chart::Route {
            stages,
            current,
            self_placed,
            ..
        } => {
            let named = |stage: u8| {
                let name = stages
                    .get(usize::from(stage).saturating_sub(1))
                    .map_or("", String::as_str);
                format!("{stage} ({name})")
            };
            let mut out = match lang {
                Lang::Nl => format!("De route in vijf fasen: {}.", stages.join(", ")),
                Lang::En => format!("The route in five stages: {}.", stages.join(", ")),
            };
            out.push(' ');
            out.push_str(&match (current, lang) {
                (Some(s), Lang::Nl) => format!("De regio staat in fase {}.", named(*s)),
                (Some(s), Lang::En) => format!("The region stands at stage {}.", named(*s)),
                (None, Lang::Nl) => "De fase is nog niet te bepalen.".to_owned(),
                (None, Lang::En) => "The stage cannot be determined yet.".to_owned(),
            });
            if let Some(s) = self_placed {
                out.push(' ');
                out.push_str(&match lang {
                    Lang::Nl => format!("De tafel plaatste zichzelf in fase {}.", named(*s)),
                    Lang::En => format!("The table placed itself at stage {}.", named(*s)),
                });
            }
            out
        }
        Chart::Radar { axes, .. } => {
            let values: Vec<String> = axes
                .iter()
                .map(|a| format!("{} {}", a.label, a.detail))
                .collect();
            match lang {
                Lang::Nl => format!("Radar van de waarden (1 tot 5): {}.", values.join("; ")),
                Lang::En => format!("Radar of the values (1 to 5): {}.", values.join("; ")),
            }
        }
        Chart::Spread { rows, levels } => {
            let rows: Vec<String> = rows
                .iter()
                .map(|row| {
                    let counts: Vec<String> = row
                        .counts
                        .iter()
                        .zip(levels)
                        .filter(|(n, _)| **n > 0)
                        .map(|(n, level)| format!("{n} × {level}"))
                        .collect();
                    format!("{}: {}", row.label, counts.join(", "))
                })
                .collect();
            match lang {
                Lang::Nl => format!("Spreiding van de antwoorden. {}.", rows.join("; ")),
                Lang::En => format!("Spread of the answers. {}.", rows.join("; ")),
            }
        }
        Chart::Counts { bars } => {
            let bars: Vec<String> = bars.iter().map(|(l, n)| format!("{l}: {n}")).collect();
            format!("{}.", bars.join("; "))
        }
    }
}

/// Gives each picture of the document part its own id and its text alternative. docx-rs
/// writes every picture's `wp:docPr` as `id="1" name="Figure"`; the pictures are the
/// report's charts, in order.
fn with_alt_texts(document: &[u8], alts: &[String]) -> Vec<u8> {
    const DOC_PR: &[u8] = b"<wp:docPr id=\"1\" name=\"Figure\"";
    let mut out = Vec::with_capacity(document.len() + alts.iter().map(String::len).sum::<usize>());
    let mut rest = document;
    let mut index = 0;
    while let Some(at) = memchr::memmem::find(rest, DOC_PR) {
        let (before, after) = rest.split_at(at);
        out.extend_from_slice(before);
        let alt = alts.get(index).map_or("", String::as_str);
        index += 1;
        out.extend_from_slice(
            format!(
                "<wp:docPr id=\"{index}\" name=\"Chart {index}\" descr=\"{}\"",
                escape_attribute(alt)
            )
            .as_bytes(),
        );
        rest = after.get(DOC_PR.len()..).unwrap_or_default();
    }
    out.extend_from_slice(rest);
    out
}

fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}
