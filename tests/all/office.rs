//! The Word report and the Excel workbooks: what is inside the packages, that a Word report
//! reads back and compares like its PDF, and that hidden names stay hidden.

use std::io::Read as _;

use routekaart::cli::Outcome;
use routekaart::domain::{Assessment, Framework, Lang, compare};
use routekaart::report::{ReportFormat, render_report, render_report_as};
use routekaart::store::{self, LoadError, WordProblem};

fn framework() -> Framework {
    Framework::embedded().unwrap()
}

fn example(name: &str) -> Assessment {
    store::load_assessment(&crate::root().join("assessments").join(name)).unwrap()
}

const RIVIERDUIN: &str = "3-rivierduin-samen-aan-de-slag.ron";

/// The parts of an Office package, by name.
fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    names
        .into_iter()
        .filter_map(|name| {
            let mut text = String::new();
            let mut part = archive.by_name(&name).unwrap();
            part.read_to_string(&mut text).ok()?;
            Some((name, text))
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    parts
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("the package has {name}"))
}

/// The text of a Word part: what its `w:t` elements hold, in order, joined by spaces.
fn word_text(xml: &str) -> String {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find("<w:t") {
        rest = &rest[start + 4..];
        // `<w:t>` or `<w:t xml:space="preserve">`, not `<w:tbl>` or `<w:tc>`.
        if !(rest.starts_with('>') || rest.starts_with(' ')) {
            continue;
        }
        let open = rest.find('>').unwrap();
        let close = rest.find("</w:t>").unwrap();
        out.push(
            rest[open + 1..close]
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'"),
        );
        rest = &rest[close..];
    }
    out.join(" ")
}

#[test]
fn a_word_report_has_word_headings_lists_tables_pictures_and_page_numbers() {
    let framework = framework();
    let bytes = render_report_as(
        &framework,
        &example(RIVIERDUIN),
        Lang::Nl,
        ReportFormat::Word,
    )
    .unwrap();
    let again = render_report_as(
        &framework,
        &example(RIVIERDUIN),
        Lang::Nl,
        ReportFormat::Word,
    )
    .unwrap();
    assert!(bytes == again, "the same assessment gives the same bytes");
    let parts = parts(&bytes);
    let document = part(&parts, "word/document.xml");
    let styles = part(&parts, "word/styles.xml");
    assert!(
        styles.contains(r#"w:styleId="Heading1""#)
            && styles.contains(r#"<w:name w:val="heading 1""#),
        "heading 1 is Word's own heading style"
    );
    assert!(
        styles.contains(r#"<w:outlineLvl w:val="0""#),
        "with an outline level, so the navigation pane lists it"
    );
    for heading in [
        "Samenvatting",
        "De vier waarden",
        "Aanbevolen instrumenten",
        "Actieplan",
        "Bijlage: alle vragen en antwoorden",
    ] {
        let at = document
            .find(&format!(">{heading}</w:t>"))
            .unwrap_or_else(|| panic!("{heading} is in the document"));
        let paragraph = document[..at].rfind("<w:p ").unwrap();
        assert!(
            document[paragraph..at].contains(r#"<w:pStyle w:val="Heading1" />"#),
            "{heading} is a heading 1"
        );
    }
    assert!(document.contains("<w:tbl>"), "tables are tables");
    assert!(document.contains("<w:numPr>"), "lists are lists");
    assert!(
        part(&parts, "word/numbering.xml").contains(r#"<w:numFmt w:val="bullet" />"#),
        "with bullets"
    );
    let pictures = document.matches("<pic:pic").count();
    assert_eq!(pictures, 3, "route, radar and spread are pictures");
    let alts: Vec<&str> = document
        .split(" descr=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(alts.len(), pictures, "every picture has a text alternative");
    assert!(
        alts[0].contains("De regio staat in fase 3 (Samen aan de slag)"),
        "that says what the picture shows: {}",
        alts[0]
    );
    let ids: std::collections::BTreeSet<&str> = document
        .split("<wp:docPr id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(ids.len(), pictures, "each picture has its own id");
    let headers: String = parts
        .iter()
        .filter(|(n, _)| n.starts_with("word/header") || n.starts_with("word/footer"))
        .map(|(_, t)| t.as_str())
        .collect();
    assert!(
        headers.contains("Routekaart · Rivierduin (voorbeeld)"),
        "the running header"
    );
    assert!(
        headers.contains("PAGE") && headers.contains("NUMPAGES"),
        "page numbers as fields"
    );
    let page = document.rfind("<w:pgSz").unwrap();
    assert!(
        document[page..].starts_with(r#"<w:pgSz w:w="11906" w:h="16838""#),
        "A4: {}",
        &document[page..page + 40]
    );
}

#[test]
fn the_pictures_are_print_resolution_pngs() {
    let framework = framework();
    let bytes = render_report_as(
        &framework,
        &example(RIVIERDUIN),
        Lang::Nl,
        ReportFormat::Word,
    )
    .unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .filter(|n| n.starts_with("word/media/") && n.ends_with(".png"))
        .map(str::to_owned)
        .collect();
    assert_eq!(names.len(), 3, "three charts: {names:?}");
    for name in names {
        let mut png = Vec::new();
        archive
            .by_name(&name)
            .unwrap()
            .read_to_end(&mut png)
            .unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{name} is a PNG");
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        // The text width is 166 mm: at 300 dpi that is 1 961 pixels.
        assert_eq!(width, 1961, "{name} is 300 dpi across the text width");
    }
}

/// The words of a text (letters and digits), one space between them: bullets, dashes and
/// line breaks left out.
fn words_of(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every word of the PDF report that is not in a chart (the pictures carry those) is in the
/// Word report, in the same order.
#[test]
fn the_word_report_says_what_the_pdf_says() {
    let framework = framework();
    for lang in [Lang::Nl, Lang::En] {
        let assessment = example(RIVIERDUIN);
        let docx = render_report_as(&framework, &assessment, lang, ReportFormat::Word).unwrap();
        let parts = parts(&docx);
        let word = words_of(&word_text(part(&parts, "word/document.xml")));
        let words: Vec<&str> = word.split(' ').collect();
        let pdf = render_report(&framework, &assessment, lang).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        let pdf_text = doc.extract_text(&pages).unwrap();
        // Each heading and paragraph of the Word text appears in the PDF text.
        let pdf_words = words_of(&pdf_text);
        let mut missing = Vec::new();
        for window in words.chunks(6) {
            let phrase = window.join(" ");
            if !pdf_words.contains(&phrase) {
                missing.push(phrase);
            }
        }
        // Phrases that run across a table cell or a line the PDF wrapped may not match
        // word for word; nearly all must.
        let share = missing.len() as f64 / words.chunks(6).count() as f64;
        assert!(
            share < 0.08,
            "{lang:?}: {:.0}% of the Word text's phrases are not in the PDF, e.g. {:?}",
            share * 100.0,
            &missing[..missing.len().min(8)]
        );
    }
}

#[test]
fn a_word_report_reads_back_and_compares_like_its_pdf() {
    let framework = framework();
    let dir = tempfile::tempdir().unwrap();
    for file in crate::example_files() {
        let assessment = store::load_assessment(&file).unwrap();
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let docx = dir.path().join(format!("{stem}.docx"));
        let pdf = dir.path().join(format!("{stem}.pdf"));
        routekaart::report::save_report(&framework, &assessment, Lang::Nl, &docx).unwrap();
        routekaart::report::save_report(&framework, &assessment, Lang::Nl, &pdf).unwrap();
        assert_eq!(
            ReportFormat::of(&docx),
            ReportFormat::Word,
            "the name decides the format"
        );
        let from_word = store::load_assessment(&docx).unwrap();
        assert_eq!(
            from_word,
            store::load_assessment(&pdf).unwrap(),
            "{stem}: the Word report carries what the PDF carries"
        );
        assert_eq!(
            from_word,
            assessment.shareable(),
            "{stem}: the shareable copy"
        );
        assert_eq!(
            compare::row(&framework, "x", &from_word),
            compare::row(&framework, "x", &assessment),
            "{stem}: it compares like the original"
        );
    }
    // A folder with both kinds of report beside their assessments counts each region once.
    for file in crate::example_files() {
        std::fs::copy(&file, dir.path().join(file.file_name().unwrap())).unwrap();
    }
    let (files, failed) = store::assessment_files(&[dir.path().to_path_buf()]);
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(
        files.len(),
        crate::example_files().len(),
        "reports beside their .ron are left out: {files:?}"
    );
}

#[test]
fn a_names_hidden_word_report_holds_no_name_anywhere_in_the_package() {
    let framework = framework();
    let mut assessment = example(RIVIERDUIN);
    assert!(
        !assessment.meta.privacy.show_names,
        "Rivierduin hides names"
    );
    for (n, r) in assessment.respondents.iter_mut().enumerate() {
        r.name = Some(format!("Deelnemer Geheim{n}"));
    }
    for a in assessment.answers.iter_mut().take(5) {
        a.note = "Vertrouwelijke toelichting".to_owned();
    }
    let bytes = render_report_as(&framework, &assessment, Lang::Nl, ReportFormat::Word).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rapport.docx");
    std::fs::write(&path, &bytes).unwrap();
    let carried = store::load_assessment(&path).unwrap();
    assert_eq!(
        carried,
        assessment.shareable(),
        "the shareable copy travels"
    );
    for (name, text) in parts(&bytes) {
        assert!(!text.contains("Geheim"), "{name} holds a name");
    }
    let ron = store::word_assessment_ron(&bytes).unwrap();
    assert!(
        !ron.contains("Vertrouwelijke toelichting"),
        "the carried copy holds no participant's note"
    );
    // As in the PDF, the appendix quotes a note with the domain it came from, never a name.
    let text = word_text(part(&parts(&bytes), "word/document.xml"));
    assert!(
        text.contains("“Vertrouwelijke toelichting” (")
            && !text.contains("“Vertrouwelijke toelichting” (R"),
        "a note is quoted with its domain only"
    );
}

#[test]
fn word_documents_that_carry_no_assessment_are_told_so() {
    let dir = tempfile::tempdir().unwrap();
    let not_word = dir.path().join("brief.docx");
    std::fs::write(&not_word, "Beste collega,\n").unwrap();
    let err = store::load_assessment(&not_word).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Word {
                problem: WordProblem::NotWord,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.message(Lang::Nl)
            .starts_with("Dit is geen Word-document")
    );

    // A real Word document that Routekaart did not make.
    let framework = framework();
    let report = render_report_as(
        &framework,
        &example(RIVIERDUIN),
        Lang::Nl,
        ReportFormat::Word,
    )
    .unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&report)).unwrap();
    let mut stripped = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut damaged = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().to_owned();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        let options = zip::write::SimpleFileOptions::default();
        if !name.starts_with("customXml/") {
            stripped.start_file(&name, options).unwrap();
            std::io::Write::write_all(&mut stripped, &content).unwrap();
        }
        if name == "customXml/item1.xml" {
            let text = String::from_utf8(content).unwrap().replacen('>', ">!!", 1);
            content = text.into_bytes();
        }
        damaged.start_file(&name, options).unwrap();
        std::io::Write::write_all(&mut damaged, &content).unwrap();
    }
    let stripped_path = dir.path().join("bewerkt.docx");
    std::fs::write(&stripped_path, stripped.finish().unwrap().into_inner()).unwrap();
    let err = store::load_assessment(&stripped_path).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Word {
                problem: WordProblem::NoAssessment,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.message(Lang::Nl)
            .contains("sommige programma's laten de evaluatie weg"),
        "says why it may be missing"
    );
    let damaged_path = dir.path().join("beschadigd.docx");
    std::fs::write(&damaged_path, damaged.finish().unwrap().into_inner()).unwrap();
    let err = store::load_assessment(&damaged_path).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Word {
                problem: WordProblem::Damaged,
                ..
            }
        ),
        "{err:?}"
    );
}

/// The workbook's cells of one sheet row: (reference, type, raw value).
fn cells(sheet: &str, row: u32) -> Vec<(&str, &str, &str)> {
    let marker = format!("<row r=\"{row}\"");
    let Some(start) = sheet.find(&marker) else {
        return Vec::new();
    };
    let end = start + sheet[start..].find("</row>").unwrap();
    sheet[start..end]
        .split("<c r=\"")
        .skip(1)
        .map(|c| {
            let reference = &c[..c.find('"').unwrap()];
            let kind = c
                .find(" t=\"")
                .map_or("n", |t| &c[t + 4..t + 4 + c[t + 4..].find('"').unwrap()]);
            let value = c
                .find("<v>")
                .map_or("", |v| &c[v + 3..v + 3 + c[v + 3..].find('<').unwrap()]);
            (reference, kind, value)
        })
        .collect()
}

#[test]
fn the_comparison_workbook_types_its_cells_and_says_what_it_holds() {
    let framework = framework();
    let loaded = store::load_many(
        &[crate::root().join("assessments/vergelijking")],
        &|_, _| {},
    );
    assert!(loaded.failed.is_empty());
    let comparison = compare::compare(
        &framework,
        &loaded
            .assessments
            .iter()
            .map(|(p, a)| (store::shown_name(p), a.clone()))
            .collect::<Vec<_>>(),
    );
    let bytes = store::comparison_xlsx(
        &framework,
        &comparison,
        "Alle 19 evaluaties; geen filter.",
        Lang::Nl,
    )
    .unwrap();
    let parts = parts(&bytes);
    let workbook = part(&parts, "xl/workbook.xml");
    for sheet in [
        "Evaluaties",
        "Wat tegenhoudt",
        "Instrumenten",
        "Landelijke belemmeringen",
        "Toelichting",
    ] {
        assert!(
            workbook.contains(&format!("name=\"{sheet}\"")),
            "sheet {sheet}"
        );
    }
    let strings = part(&parts, "xl/sharedStrings.xml");
    assert!(
        strings.contains("Alle 19 evaluaties; geen filter."),
        "the scope is on the first sheet"
    );
    let rows = part(&parts, "xl/worksheets/sheet1.xml");
    assert!(
        rows.contains(r#"state="frozen""#),
        "the header row is frozen"
    );
    assert!(
        rows.contains("<autoFilter ref=\"A4:"),
        "with a filter on the header row"
    );
    assert!(rows.contains("<cols>"), "and column widths");
    assert_eq!(comparison.rows.len(), 19);
    // Row 5 is the first assessment (title, scope, empty row, header first).
    let first = cells(rows, 5);
    let kind = |col: &str| {
        first
            .iter()
            .find(|(r, _, _)| r.trim_end_matches(char::is_numeric) == col)
            .map(|(_, k, v)| (*k, *v))
            .unwrap_or(("missing", ""))
    };
    assert_eq!(kind("A").0, "s", "the file is text");
    let (date_kind, date) = kind("D");
    assert_eq!(
        date_kind, "n",
        "the date is a number (a date with a date format)"
    );
    let serial: f64 = date.parse().unwrap();
    let row = &comparison.rows[0];
    // Excel counts days from 1899-12-30.
    let expected =
        routekaart::domain::Date::new(row.date.year(), row.date.month(), row.date.day()).unwrap();
    assert!(
        (serial - excel_serial(expected)).abs() < 0.5,
        "the date is {expected}: {serial}"
    );
    let (stage_kind, stage) = kind("L");
    assert_eq!(stage_kind, "n", "the stage is a number");
    assert_eq!(stage, row.stage.unwrap().get().to_string());
    assert_eq!(kind("M").0, "s", "with its name beside it");
    let last = cells(rows, 4 + 19);
    assert!(!last.is_empty(), "19 rows of assessments");
    assert!(cells(rows, 5 + 19).is_empty(), "and no more");
    let styles = part(&parts, "xl/styles.xml");
    assert!(
        styles.contains("dd-mm-yyyy") && styles.contains(r#"formatCode="0.0""#),
        "Excel's own number formats"
    );
}

fn excel_serial(date: routekaart::domain::Date) -> f64 {
    // Days from 1970-01-01 by the civil-from-days inverse, plus Excel's offset (25 569).
    let (y, m, d) = (
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468 + 25_569) as f64
}

#[test]
fn the_action_plan_workbook_has_one_row_per_action() {
    let framework = framework();
    let assessment = example(RIVIERDUIN);
    assert!(assessment.actions.len() >= 2, "Rivierduin has a plan");
    let bytes = store::plan_xlsx(&framework, &assessment, Lang::Nl).unwrap();
    let parts = parts(&bytes);
    let sheet = part(&parts, "xl/worksheets/sheet1.xml");
    let strings = part(&parts, "xl/sharedStrings.xml");
    for heading in [
        "Wat",
        "Wie",
        "Wanneer",
        "Stand",
        "Toelichting",
        "Instrument",
        "Versterkt",
    ] {
        assert!(
            strings.contains(&format!("<t>{heading}</t>")),
            "column {heading}"
        );
    }
    for action in &assessment.actions {
        assert!(
            strings.contains(&action.owner),
            "{} is in the plan",
            action.owner
        );
    }
    assert!(!cells(sheet, 4 + assessment.actions.len() as u32).is_empty());
    assert!(
        cells(sheet, 5 + assessment.actions.len() as u32).is_empty(),
        "one row per action"
    );
    let due = cells(sheet, 5)
        .into_iter()
        .find(|(r, _, _)| r.starts_with('C'))
        .unwrap();
    assert_eq!(due.1, "n", "when is a date");
}

#[test]
fn the_command_line_writes_word_and_excel() {
    let dir = tempfile::tempdir().unwrap();
    let input = crate::root().join("assessments").join(RIVIERDUIN);
    let run = |args: &[&str]| crate::cli::run_streams(args);
    let docx = dir.path().join("rapport.docx");
    let (outcome, out, err) = run(&[
        "report",
        input.to_str().unwrap(),
        "-o",
        docx.to_str().unwrap(),
    ]);
    assert_eq!(outcome, Outcome::Done, "{err}");
    assert!(out.starts_with("Rapport geschreven:"), "{out}");
    assert!(
        store::load_assessment(&docx).is_ok(),
        "a Word report that reads back"
    );

    let (outcome, out, err) = run(&[
        "plan",
        input.to_str().unwrap(),
        "-o",
        dir.path().join("plan.xlsx").to_str().unwrap(),
    ]);
    assert_eq!(outcome, Outcome::Done, "{err}");
    assert!(out.contains("(2 acties)"), "{out}");

    let workbook = dir.path().join("vergelijking.xlsx");
    let folder = crate::root().join("assessments/vergelijking");
    let (outcome, out, err) = run(&[
        "compare",
        folder.to_str().unwrap(),
        "-o",
        workbook.to_str().unwrap(),
    ]);
    assert_eq!(outcome, Outcome::Done, "{err}");
    assert!(out.contains("Werkmap geschreven:"), "{out}");
    let strings = parts(&std::fs::read(&workbook).unwrap());
    assert!(
        part(&strings, "xl/sharedStrings.xml")
            .contains("Alle 19 evaluaties uit de opgegeven bestanden en mappen; geen filter."),
        "the command line's scope"
    );

    // The Word report is compared like any report.
    let (outcome, out, _) = run(&["compare", docx.to_str().unwrap()]);
    assert_eq!(outcome, Outcome::Done);
    assert!(out.contains("Rivierduin"), "{out}");
}
