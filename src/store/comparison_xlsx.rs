//! The comparison as an Excel workbook for analysts: one sheet of rows with real numbers and
//! dates, sheets for what blocks, the instruments and the national barriers, and a sheet that
//! explains every column. Header rows are frozen and filtered; number formats are Excel's own
//! codes, which Excel shows in the reader's locale (a decimal comma in Dutch).
//!
//! The first sheet says which assessments the workbook holds (all that were compared, or the
//! ones a filter left), so nobody takes a filtered workbook for the whole set.

use std::path::Path;

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};

use super::{SaveError, atomic};
use crate::domain::assessment::Domain;
use crate::domain::compare::{Comparison, Row};
use crate::domain::evaluate::explain::{dimension_name, question_text};
use crate::domain::{Date, Framework, Lang, Level};

/// One column of the rows sheet: its heading, what it means, its width, and how to write it.
struct Column<'a> {
    heading: String,
    meaning: String,
    width: f64,
    value: Box<dyn Fn(&Row) -> Cell + 'a>,
}

/// A cell's value, typed.
enum Cell {
    Text(String),
    Number(f64),
    Integer(usize),
    Share(f64),
    Date(Date),
    Empty,
}

/// The formats the workbook uses.
struct Formats {
    title: Format,
    note: Format,
    header: Format,
    wrap: Format,
    date: Format,
    decimal: Format,
    integer: Format,
    percent: Format,
}

impl Formats {
    fn new() -> Self {
        let header = Format::new()
            .set_bold()
            .set_background_color("E0ECF7")
            .set_text_wrap()
            .set_align(FormatAlign::Top);
        Self {
            title: Format::new().set_bold().set_font_size(14),
            note: Format::new().set_italic().set_font_color("5F6873"),
            header,
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            date: Format::new()
                .set_num_format("dd-mm-yyyy")
                .set_align(FormatAlign::Top),
            decimal: Format::new()
                .set_num_format("0.0")
                .set_align(FormatAlign::Top),
            integer: Format::new()
                .set_num_format("0")
                .set_align(FormatAlign::Top),
            percent: Format::new()
                .set_num_format("0%")
                .set_align(FormatAlign::Top),
        }
    }
}

/// Names in one cell, `; ` between them (names may contain commas).
fn names<'n>(names: impl Iterator<Item = &'n str>) -> Cell {
    Cell::Text(names.collect::<Vec<_>>().join("; "))
}

fn yes_no(b: bool, lang: Lang) -> Cell {
    Cell::Text(
        lang.pick(if b { "ja" } else { "nee" }, if b { "yes" } else { "no" })
            .to_owned(),
    )
}

fn level(l: Option<Level>) -> Cell {
    l.map_or(Cell::Empty, |l| Cell::Integer(usize::from(l.get())))
}

fn stage_name(framework: &Framework, l: Option<Level>, lang: Lang) -> Cell {
    l.and_then(|l| framework.stage(l))
        .map_or(Cell::Empty, |s| Cell::Text(s.name.get(lang).to_owned()))
}

/// The columns of the rows sheet, in order.
#[expect(
    clippy::too_many_lines,
    reason = "one entry per column, each with its heading and meaning: a list, not logic"
)]
fn columns<'a>(framework: &'a Framework, lang: Lang) -> Vec<Column<'a>> {
    let col =
        |heading: &str, meaning: &str, width: f64, value: Box<dyn Fn(&Row) -> Cell + 'a>| Column {
            heading: heading.to_owned(),
            meaning: meaning.to_owned(),
            width,
            value,
        };
    let pick = move |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut out = vec![
        col(
            pick("Bestand", "File"),
            pick(
                "Het bestand waaruit de evaluatie is gelezen.",
                "The file the assessment was read from.",
            ),
            28.0,
            Box::new(|r| Cell::Text(r.source.clone())),
        ),
        col(
            pick("Regio", "Region"),
            pick(
                "De regio die de evaluatie deed.",
                "The region that made the assessment.",
            ),
            22.0,
            Box::new(|r| Cell::Text(r.region.clone())),
        ),
        col(
            pick("IZA-regio", "IZA region"),
            pick(
                "De zorgkantoorregio of IZA-regio, als die is ingevuld.",
                "The care-office or IZA region, when given.",
            ),
            22.0,
            Box::new(|r| Cell::Text(r.iza_region.clone())),
        ),
        col(
            pick("Datum", "Date"),
            pick("De datum van de evaluatie.", "The date of the assessment."),
            11.0,
            Box::new(|r| Cell::Date(r.date)),
        ),
        col(
            pick("Werkwijze", "Mode"),
            pick(
                "Werksessie met een tafel of zelfevaluatie door één persoon.",
                "A workshop with a table, or a self-assessment by one person.",
            ),
            14.0,
            Box::new(move |r| Cell::Text(r.mode.name(lang).to_owned())),
        ),
        col(
            pick("Vragenlijst", "Form"),
            pick(
                "Volledige vragenlijst of quickscan.",
                "The full form or the quick scan.",
            ),
            14.0,
            Box::new(move |r| Cell::Text(r.form.name(lang).to_owned())),
        ),
    ];
    for (domain, (domain_nl, domain_en)) in Domain::ALL.into_iter().zip([
        ("sociaal domein", "social domain"),
        ("medisch domein", "medical domain"),
        ("inwoners", "residents"),
        ("overig", "other"),
    ]) {
        out.push(Column {
            heading: match lang {
                Lang::Nl => format!("Deelnemers {domain_nl}"),
                Lang::En => format!("Respondents {domain_en}"),
            },
            meaning: match lang {
                Lang::Nl => format!("Hoeveel deelnemers uit {domain_nl} antwoord gaven."),
                Lang::En => format!("How many respondents from {domain_en} answered."),
            },
            width: 12.0,
            value: Box::new(move |r| {
                Cell::Integer(
                    r.respondents
                        .iter()
                        .find(|(d, _)| *d == domain)
                        .map_or(0, |(_, n)| *n),
                )
            }),
        });
    }
    out.extend([
        col(
            pick("Deelnemers totaal", "Respondents total"),
            pick("Alle deelnemers samen.", "All respondents together."),
            12.0,
            Box::new(|r| Cell::Integer(r.respondent_count())),
        ),
        col(
            pick("Fase", "Stage"),
            pick(
                "De berekende fase op de route (1 tot 5); leeg als er nog geen antwoorden zijn.",
                "The calculated stage on the route (1 to 5); empty without answers.",
            ),
            7.0,
            Box::new(|r| level(r.stage)),
        ),
        col(
            pick("Naam van de fase", "Stage name"),
            pick("De naam van die fase.", "The name of that stage."),
            24.0,
            Box::new(move |r| stage_name(framework, r.stage, lang)),
        ),
        col(
            pick("Voorlopig", "Provisional"),
            pick(
                "Ja als de fase kan zakken zodra de open vragen (weet niet) beantwoord zijn.",
                "Yes when the stage may drop once the open questions (don't know) are answered.",
            ),
            11.0,
            Box::new(move |r| yes_no(r.provisional(), lang)),
        ),
        col(
            pick("Fase als onbekend niet gehaald", "Stage if unknowns unmet"),
            pick(
                "De fase als elke open vraag (weet niet) niet gehaald blijkt.",
                "The stage if every open question (don't know) turns out unmet.",
            ),
            12.0,
            Box::new(|r| level(r.confirmed)),
        ),
        col(
            pick("Zelf gekozen fase", "Self-placed stage"),
            pick(
                "De fase waarin de tafel zichzelf plaatste.",
                "The stage the table placed itself at.",
            ),
            11.0,
            Box::new(|r| level(r.self_placement)),
        ),
    ]);
    for (index, dimension) in framework.dimensions.iter().enumerate() {
        let name = dimension.name.get(lang);
        let heading = |what: &str| format!("{name}: {what}");
        out.push(Column {
            heading: heading(pick("fase", "stage")),
            meaning: match lang {
                Lang::Nl => format!("De fase die {name} haalt (1 tot 5)."),
                Lang::En => format!("The stage {name} reaches (1 to 5)."),
            },
            width: 12.0,
            value: Box::new(move |r| level(r.dimensions.get(index).and_then(|d| d.0))),
        });
        out.push(Column {
            heading: heading(pick("beeld", "band")),
            meaning: pick(
                "Sterk punt, bespreken of aandachtspunt, naar het gemiddelde in balans.",
                "Strength, discuss or attention point, from the balanced mean.",
            )
            .to_owned(),
            width: 14.0,
            value: Box::new(move |r| {
                r.dimensions
                    .get(index)
                    .and_then(|d| d.1)
                    .map_or(Cell::Empty, |b| Cell::Text(b.name(lang).to_owned()))
            }),
        });
        out.push(Column {
            heading: heading(pick("onzeker", "uncertain")),
            meaning: pick(
                "Ja als zoveel vragen verdeeld zijn dat de fase van deze waarde onzeker is.",
                "Yes when so many questions are split that this value's stage is uncertain.",
            )
            .to_owned(),
            width: 11.0,
            value: Box::new(move |r| yes_no(r.dimensions.get(index).is_some_and(|d| d.2), lang)),
        });
        out.push(Column {
            heading: heading(pick("gemiddeld", "mean")),
            meaning: pick(
                "Het gemiddelde van alle antwoorden (1 tot 5).",
                "The mean of all answers (1 to 5).",
            )
            .to_owned(),
            width: 12.0,
            value: Box::new(move |r| {
                r.means
                    .get(index)
                    .and_then(|m| m.0)
                    .map_or(Cell::Empty, Cell::Number)
            }),
        });
        out.push(Column {
            heading: heading(pick("in balans", "balanced mean")),
            meaning: pick(
                "Het gemiddelde van de gemiddelden per domein, zodat een domein met meer deelnemers niet vanzelf de doorslag geeft.",
                "The mean of the domain means, so a domain with more respondents does not simply decide.",
            )
            .to_owned(),
            width: 12.0,
            value: Box::new(move |r| {
                r.means
                    .get(index)
                    .and_then(|m| m.1)
                    .map_or(Cell::Empty, Cell::Number)
            }),
        });
    }
    out.extend([
        col(
            pick("Beantwoorde vragen", "Answered items"),
            pick("Vragen met minstens één antwoord.", "Questions with at least one answer."),
            11.0,
            Box::new(|r| Cell::Integer(r.answered_items)),
        ),
        col(
            pick("Verdeelde vragen", "Split items"),
            pick("Vragen waarop de antwoorden ver uiteenlopen.", "Questions on which the answers lie far apart."),
            11.0,
            Box::new(|r| Cell::Integer(r.split_items)),
        ),
        col(
            pick("Aandeel verdeeld", "Split share"),
            pick("Verdeelde vragen als deel van de beantwoorde vragen.", "Split questions as a share of the answered ones."),
            11.0,
            Box::new(|r| Cell::Share(r.split_share())),
        ),
        col(
            pick("Consensusvragen", "Consensus items"),
            pick("Vragen waarop de tafel samen een antwoord vastlegde.", "Questions on which the table recorded one answer together."),
            12.0,
            Box::new(|r| Cell::Integer(r.consensus_items)),
        ),
        col(
            pick("Kaderversie", "Framework version"),
            pick("De versie van het kader waarmee de evaluatie is gemaakt.", "The framework version the assessment was made with."),
            11.0,
            Box::new(|r| Cell::Text(r.framework_version.clone())),
        ),
        col(
            pick("Ander kader", "Other framework"),
            pick("Ja als die versie afwijkt van het kader van deze vergelijking; dan tellen alleen de gedeelde vragen.", "Yes when that version differs from this comparison's framework; then only shared questions count."),
            10.0,
            Box::new(move |r| yes_no(r.other_framework, lang)),
        ),
        col(
            pick("Blokkerende waarden", "Blocking values"),
            pick("De waarden die de volgende fase tegenhouden, gescheiden door ;.", "The values that hold back the next stage, separated by ;."),
            30.0,
            Box::new(move |r| {
                names(r.blocking_values.iter().map(|d| dimension_name(framework, d, lang)))
            }),
        ),
        col(
            pick("Eerste aanbevelingen", "First recommendations"),
            pick("De eerste drie aanbevolen instrumenten, gescheiden door ;.", "The first three recommended instruments, separated by ;."),
            40.0,
            Box::new(move |r| {
                names(
                    r.first_recommended
                        .iter()
                        .map(|id| framework.instrument(id).map_or(id.as_str(), |i| i.name.get(lang))),
                )
            }),
        ),
        col(
            pick("Landelijke belemmeringen", "National barriers"),
            pick("De soorten landelijke belemmeringen die de regio noemde, gescheiden door ;. Ze tellen niet mee in de fase.", "The kinds of national barrier the region named, separated by ;. They do not count in the stage."),
            36.0,
            Box::new(move |r| {
                names(
                    r.barrier_categories
                        .iter()
                        .map(|id| framework.barrier_category(id).map_or(id.as_str(), |c| c.name.get(lang))),
                )
            }),
        ),
    ]);
    out
}

/// Where the rows sheet's table starts: a title and the scope line come first.
const HEADER_ROW: u32 = 3;

fn write_cell(
    sheet: &mut Worksheet,
    (row, col): (u32, u16),
    cell: Cell,
    f: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Text(text) => sheet.write_string_with_format(row, col, text, &f.wrap)?,
        Cell::Number(n) => sheet.write_number_with_format(row, col, n, &f.decimal)?,
        Cell::Integer(n) => sheet.write_number_with_format(row, col, n as f64, &f.integer)?,
        Cell::Share(n) => sheet.write_number_with_format(row, col, n, &f.percent)?,
        Cell::Date(d) => sheet.write_datetime_with_format(
            row,
            col,
            ExcelDateTime::from_ymd(d.year(), d.month(), d.day())?,
            &f.date,
        )?,
        Cell::Empty => sheet,
    };
    Ok(())
}

/// A sheet with a title, a header row (frozen, with a filter) and rows of cells.
fn list_sheet(
    workbook: &mut Workbook,
    name: &str,
    title: &str,
    header: &[(&str, f64)],
    rows: Vec<Vec<Cell>>,
    f: &Formats,
) -> Result<(), XlsxError> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(name)?;
    sheet.write_string_with_format(0, 0, title, &f.title)?;
    for (col, (heading, width)) in (0u16..).zip(header) {
        sheet.write_string_with_format(2, col, *heading, &f.header)?;
        sheet.set_column_width(col, *width)?;
    }
    let count = rows.len() as u32;
    for (row, cells) in (3u32..).zip(rows) {
        for (col, cell) in (0u16..).zip(cells) {
            write_cell(sheet, (row, col), cell, f)?;
        }
    }
    sheet.set_freeze_panes(3, 0)?;
    // Printed: one page wide, the header on every page.
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(2, 2)?;
    let last_col = header.len().saturating_sub(1) as u16;
    sheet.autofilter(2, 0, 2 + count, last_col)?;
    Ok(())
}

/// The workbook's bytes. `scope` says which assessments it holds (all, or those a filter
/// left); it is written on the first sheet. The file is dated by the newest assessment, so
/// the same comparison gives the same workbook.
pub fn comparison_xlsx(
    framework: &Framework,
    comparison: &Comparison,
    scope: &str,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let f = Formats::new();
    let title = lang.pick("Routekaart — vergelijking", "Routekaart — comparison");
    let mut workbook = new_workbook(title, comparison.rows.iter().map(|r| r.date).max())?;
    let columns = columns(framework, lang);

    let sheet = workbook.add_worksheet();
    sheet.set_name(lang.pick("Evaluaties", "Assessments"))?;
    sheet.write_string_with_format(0, 0, title, &f.title)?;
    sheet.write_string_with_format(1, 0, scope, &f.note)?;
    for (col, column) in (0u16..).zip(&columns) {
        sheet.write_string_with_format(HEADER_ROW, col, &column.heading, &f.header)?;
        sheet.set_column_width(col, column.width)?;
    }
    for (row, data) in (HEADER_ROW + 1..).zip(&comparison.rows) {
        for (col, column) in (0u16..).zip(&columns) {
            write_cell(sheet, (row, col), (column.value)(data), &f)?;
        }
    }
    sheet.set_row_height(HEADER_ROW, 45)?;
    // Printed: landscape, the header row and the region on every page.
    sheet.set_landscape();
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    sheet.set_repeat_columns(0, 1)?;
    sheet.set_freeze_panes(HEADER_ROW + 1, 2)?;
    sheet.autofilter(
        HEADER_ROW,
        0,
        HEADER_ROW + comparison.rows.len() as u32,
        columns.len().saturating_sub(1) as u16,
    )?;

    lists(&mut workbook, framework, comparison, lang, &f)?;
    let explained = columns
        .iter()
        .map(|c| vec![Cell::Text(c.heading.clone()), Cell::Text(c.meaning.clone())])
        .collect();
    list_sheet(
        &mut workbook,
        lang.pick("Toelichting", "Explanation"),
        lang.pick(
            "Wat elke kolom van het blad Evaluaties betekent",
            "What each column of the Assessments sheet means",
        ),
        &[
            (lang.pick("Kolom", "Column"), 36.0),
            (lang.pick("Betekenis", "Meaning"), 90.0),
        ],
        explained,
        &f,
    )?;
    workbook.save_to_buffer()
}

/// The sheets after the rows: what blocks, the instruments and the national barriers.
fn lists(
    workbook: &mut Workbook,
    framework: &Framework,
    comparison: &Comparison,
    lang: Lang,
    f: &Formats,
) -> Result<(), XlsxError> {
    let mut blocking: Vec<Vec<Cell>> = comparison
        .blocking_dimensions
        .iter()
        .map(|(id, n)| {
            vec![
                Cell::Text(lang.pick("waarde", "value").to_owned()),
                Cell::Text(dimension_name(framework, id, lang).to_owned()),
                Cell::Integer(*n),
            ]
        })
        .collect();
    blocking.extend(comparison.blocking_items.iter().map(|(id, n)| {
        vec![
            Cell::Text(lang.pick("vraag", "question").to_owned()),
            Cell::Text(question_text(framework, id, lang).to_owned()),
            Cell::Integer(*n),
        ]
    }));
    list_sheet(
        workbook,
        lang.pick("Wat tegenhoudt", "What blocks"),
        lang.pick(
            "Wat de volgende fase tegenhoudt: hoe vaak een waarde of vraag blokkeert",
            "What holds back the next stage: how often a value or question blocks",
        ),
        &[
            (lang.pick("Soort", "Kind"), 10.0),
            (lang.pick("Waarde of vraag", "Value or question"), 80.0),
            (lang.pick("Evaluaties", "Assessments"), 12.0),
        ],
        blocking,
        f,
    )?;

    let instruments = comparison
        .recommended
        .iter()
        .map(|(id, n)| {
            let adopted = comparison
                .adopted
                .iter()
                .find(|(a, _)| a == id)
                .map_or(0, |(_, k)| *k);
            vec![
                Cell::Text(
                    framework
                        .instrument(id)
                        .map_or(id.as_str(), |i| i.name.get(lang))
                        .to_owned(),
                ),
                Cell::Integer(*n),
                Cell::Integer(adopted),
            ]
        })
        .collect();
    list_sheet(
        workbook,
        lang.pick("Instrumenten", "Instruments"),
        lang.pick("Aanbevolen instrumenten", "Recommended instruments"),
        &[
            (lang.pick("Instrument", "Instrument"), 60.0),
            (
                lang.pick("Bij de eerste drie", "Among the first three"),
                16.0,
            ),
            (lang.pick("In een actieplan", "In an action plan"), 16.0),
        ],
        instruments,
        f,
    )?;

    let barriers = comparison
        .barriers
        .iter()
        .flat_map(|(category, regions)| {
            let name = framework
                .barrier_category(category)
                .map_or(category.as_str(), |b| b.name.get(lang))
                .to_owned();
            regions
                .iter()
                .map(move |region| vec![Cell::Text(name.clone()), Cell::Text(region.clone())])
        })
        .collect();
    list_sheet(
        workbook,
        lang.pick("Landelijke belemmeringen", "National barriers"),
        lang.pick(
            "Landelijke belemmeringen: wat regio's niet zelf kunnen wegnemen (telt niet mee in de fase)",
            "National barriers: what regions cannot remove themselves (not counted in the stage)",
        ),
        &[
            (lang.pick("Soort belemmering", "Kind of barrier"), 45.0),
            (lang.pick("Regio", "Region"), 30.0),
        ],
        barriers,
        f,
    )?;

    Ok(())
}

/// A workbook titled `title`, dated `date` (without a date: the moment it is made).
pub(super) fn new_workbook(title: &str, date: Option<Date>) -> Result<Workbook, XlsxError> {
    let mut workbook = Workbook::new();
    let properties = DocProperties::new()
        .set_title(title)
        .set_author("Routekaart");
    let properties = match date {
        Some(d) => properties.set_creation_datetime(&ExcelDateTime::from_ymd(
            d.year(),
            d.month(),
            d.day(),
        )?),
        None => properties,
    };
    workbook.set_properties(&properties);
    Ok(workbook)
}

/// Writes an export atomically, without a backup: `bytes` is what its writer gave, or why
/// it could not encode (then nothing is written).
pub(super) fn save_encoded<E: std::fmt::Display>(
    path: &Path,
    bytes: Result<Vec<u8>, E>,
) -> Result<(), SaveError> {
    let bytes = bytes.map_err(|err| SaveError::Encode {
        path: path.to_owned(),
        message: err.to_string(),
    })?;
    atomic::prepare(path, &bytes)
        .and_then(|prepared| prepared.commit(false))
        .map_err(|source| SaveError::Write {
            path: path.to_owned(),
            source,
        })
}

/// Writes the comparison workbook atomically (see [`comparison_xlsx`]).
pub fn save_comparison_xlsx(
    path: &Path,
    framework: &Framework,
    comparison: &Comparison,
    scope: &str,
    lang: Lang,
) -> Result<(), SaveError> {
    save_encoded(path, comparison_xlsx(framework, comparison, scope, lang))
}
