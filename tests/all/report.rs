//! The PDF report: its text, its determinism, the attached assessment and failed saves.

use routekaart::cli::Outcome;
use routekaart::domain::evaluate::explain::stage_name;
use routekaart::domain::{Assessment, Framework, Lang, evaluate};
use routekaart::report::{ReportError, render_report, save_report};
use routekaart::store;

fn framework() -> Framework {
    Framework::embedded().unwrap()
}

fn example(name: &str) -> Assessment {
    store::load_assessment(&crate::root().join("assessments").join(name)).unwrap()
}

const RIVIERDUIN: &str = "3-rivierduin-samen-aan-de-slag.ron";

/// All text of a PDF, whitespace collapsed so wrapped lines read as running text.
fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    collapse(&text)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_contains(text: &str, needle: &str) {
    let needle = collapse(needle);
    assert!(
        text.contains(&needle),
        "the PDF text should contain “{needle}”; it has: {}…",
        text.chars().take(600).collect::<String>()
    );
}

#[test]
fn dutch_report_has_every_section_the_stage_and_the_instruments() {
    let framework = framework();
    let assessment = example(RIVIERDUIN);
    let bytes = render_report(&framework, &assessment, Lang::Nl).unwrap();
    let text = pdf_text(&bytes);
    for heading in [
        "Samenvatting",
        "De vier waarden",
        "Waar de tafel verschilt",
        "De tafel zelf",
        "Aanbevolen instrumenten",
        "Actieplan",
        "Landelijke belemmeringen",
        "Bijlage: alle vragen en antwoorden",
        "Werkwijze",
    ] {
        assert_contains(&text, heading);
    }
    let evaluation = evaluate(&framework, &assessment);
    let stage = evaluation.stage().unwrap();
    assert_contains(&text, stage_name(&framework, stage, Lang::Nl));
    assert!(
        !evaluation.recommendations.now.is_empty(),
        "the example has recommendations to look for"
    );
    for rec in &evaluation.recommendations.now {
        let instrument = framework.instrument(&rec.instrument).unwrap();
        assert_contains(&text, instrument.name.get(Lang::Nl));
    }
    // Accents survive font subsetting and text extraction.
    assert_contains(&text, "Cliëntenplatform Rivierduin");
    assert_contains(&text, "coöperatie");
    assert_contains(&text, "pagina 2 van");
    assert!(
        !text.contains("Beoordeling"),
        "the stage is a mirror, not a grade"
    );
}

#[test]
fn english_report_is_in_english() {
    let bytes = render_report(&framework(), &example(RIVIERDUIN), Lang::En).unwrap();
    let text = pdf_text(&bytes);
    for heading in [
        "Summary",
        "The four values",
        "Where the table differs",
        "Recommended instruments",
        "National barriers",
        "Method",
        "page 2 of",
    ] {
        assert_contains(&text, heading);
    }
    // A Dutch source's own section name may appear in a citation ("Grenzeloos
    // samenwerken?, Samenvatting"); as a heading of this report it may not.
    assert!(
        !text
            .replace("samenwerken?, Samenvatting", "")
            .contains("Samenvatting"),
        "no Dutch heading in English"
    );
}

#[test]
fn same_input_gives_the_same_bytes() {
    let framework = framework();
    let assessment = example(RIVIERDUIN);
    let first = render_report(&framework, &assessment, Lang::Nl).unwrap();
    let second = render_report(&framework, &assessment, Lang::Nl).unwrap();
    assert!(first == second, "two renders differ");
    let english = render_report(&framework, &assessment, Lang::En).unwrap();
    assert!(first != english, "the language changes the report");
}

#[test]
fn every_example_renders_within_the_size_budget_and_carries_its_assessment() {
    let framework = framework();
    let files = crate::example_files();
    assert!(files.len() >= 5, "the examples are there");
    for file in files {
        let assessment = store::load_assessment(&file).unwrap();
        let bytes = render_report(&framework, &assessment, Lang::Nl).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{} is a PDF", file.display());
        assert!(
            bytes.len() <= 300 * 1024,
            "{}: {} bytes is over the 300 KB budget",
            file.display(),
            bytes.len()
        );
        let text = pdf_text(&bytes);
        assert_contains(&text, &assessment.meta.region);
        // The store reads it back as the comparison does: from a .pdf on disk.
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("rapport.pdf");
        std::fs::write(&pdf, &bytes).unwrap();
        let back = store::load_assessment(&pdf).unwrap();
        assert_eq!(
            back,
            assessment.shareable(),
            "{} carries what its privacy allows",
            file.display()
        );
    }
}

#[test]
fn a_pdf_without_attachment_has_no_assessment() {
    let bytes = render_report(&framework(), &example(RIVIERDUIN), Lang::Nl).unwrap();
    let mut doc = lopdf::Document::load_mem(&bytes).unwrap();
    doc.catalog_mut().unwrap().remove(b"Names");
    let mut stripped = Vec::new();
    doc.save_to(&mut stripped).unwrap();
    assert_eq!(
        store::attached_assessment_ron(&stripped),
        Err(store::PdfProblem::NoAssessment),
        "no attachment, no assessment"
    );
}

#[test]
fn unwritable_path_gives_an_error_naming_it_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("regio.ron");
    std::fs::copy(crate::root().join("assessments").join(RIVIERDUIN), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let target = dir.path().join("no-such-folder").join("rapport.pdf");
    let err = save_report(&framework(), &example(RIVIERDUIN), Lang::Nl, &target).unwrap_err();
    assert!(
        matches!(&err, ReportError::Write { path, .. } if path == &target),
        "a write error for the target: {err:?}"
    );
    let message = err.message(Lang::Nl);
    assert!(
        message.contains("rapport.pdf") && message.contains("niet"),
        "the message names the path in Dutch: {message}"
    );
    // Through the command line too: failure, a sentence, the input untouched.
    let (outcome, _, err) = crate::cli::run_streams(&[
        "report",
        input.to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(outcome, Outcome::Rejected, "the command fails");
    assert!(err.contains("rapport.pdf"), "it says where: {err}");
    assert_eq!(std::fs::read(&input).unwrap(), before, "input unchanged");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "nothing else was written");
}

#[test]
fn report_command_writes_beside_the_assessment_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("regio.ron");
    std::fs::copy(crate::root().join("assessments").join(RIVIERDUIN), &input).unwrap();
    let (outcome, out, err) =
        crate::cli::run_streams(&["report", input.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(outcome, Outcome::Done, "report written: {err}");
    let pdf = dir.path().join("regio.pdf");
    assert!(out.contains("regio.pdf"), "says where: {out}");
    let text = pdf_text(&std::fs::read(pdf).unwrap());
    assert_contains(&text, "Summary");
}

fn comparison_of_examples() -> routekaart::domain::compare::Comparison {
    let entries: Vec<(String, Assessment)> = crate::example_files()
        .iter()
        .map(|f| {
            (
                f.file_name().unwrap().to_string_lossy().into_owned(),
                store::load_assessment(f).unwrap(),
            )
        })
        .collect();
    routekaart::domain::compare::compare(&framework(), &entries)
}

#[test]
fn comparison_pdf_names_every_region_and_is_deterministic() {
    let framework = framework();
    let comparison = comparison_of_examples();
    let date = routekaart::domain::Date::new(2026, 7, 1).unwrap();
    let bytes =
        routekaart::report::render_comparison(&framework, &comparison, &[], None, Lang::Nl, date)
            .unwrap();
    let text = pdf_text(&bytes);
    for row in &comparison.rows {
        assert_contains(&text, &row.region);
    }
    for heading in [
        "Regio's over de vijf fasen",
        "Overzicht per evaluatie",
        "Waarvan quickscans",
        "Wat de volgende stap het vaakst tegenhoudt",
        "Aanbevolen instrumenten",
        "Landelijke belemmeringen",
        "1 juli 2026",
    ] {
        assert_contains(&text, heading);
    }
    for (id, _) in &comparison.recommended {
        assert_contains(&text, framework.instrument(id).unwrap().name.get(Lang::Nl));
    }
    let again =
        routekaart::report::render_comparison(&framework, &comparison, &[], None, Lang::Nl, date)
            .unwrap();
    assert!(bytes == again, "two renders differ");
    let english =
        routekaart::report::render_comparison(&framework, &comparison, &[], None, Lang::En, date)
            .unwrap();
    assert_contains(&pdf_text(&english), "Regions over the five stages");
}

#[test]
fn compare_command_writes_the_pdf_and_keeps_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("vergelijking.pdf");
    let csv = dir.path().join("vergelijking.csv");
    let folder = crate::root().join("assessments");
    let (ok, out) = crate::cli::run_cli(&[
        "compare",
        folder.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert!(ok, "compare succeeds: {out}");
    assert!(
        out.contains("vergelijking.pdf"),
        "says where the PDF went: {out}"
    );
    assert!(csv.exists(), "the CSV is still written");
    let text = pdf_text(&std::fs::read(&pdf).unwrap());
    assert_contains(&text, "Rivierduin (voorbeeld)");
    // Without --date the PDF carries the latest assessment's date, not today's.
    let latest = comparison_of_examples()
        .rows
        .iter()
        .map(|r| r.date)
        .max()
        .unwrap();
    assert_contains(&text, &latest.long(Lang::Nl));
}

/// Files that cannot be read are named in the comparison report, with why, so a reader of
/// the PDF alone knows the comparison is missing them.
#[test]
fn the_comparison_pdf_names_the_files_it_could_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::root().join("assessments").join(RIVIERDUIN),
        dir.path().join("rivierduin.ron"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("kapot.ron"),
        "Assessment(\n    schema_version: 1,\n    meta: [\n",
    )
    .unwrap();
    let pdf = dir.path().join("uit").join("vergelijking.pdf");
    std::fs::create_dir(pdf.parent().unwrap()).unwrap();
    let (ok, out) = crate::cli::run_cli(&[
        "compare",
        dir.path().to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert!(!ok, "a file that cannot be read is a failure: {out}");
    let text = pdf_text(&std::fs::read(&pdf).unwrap());
    assert_contains(&text, "Niet meegenomen (1)");
    assert_contains(&text, "kapot.ron");
    assert_contains(&text, "regel 3");
    assert_contains(&text, "Rivierduin (voorbeeld)");
}

#[test]
fn an_assessment_without_answers_still_gives_a_report() {
    let framework = framework();
    let empty = Assessment::new(
        &framework.id,
        &framework.version,
        "Nieuwe regio Zuidoëvers",
        routekaart::domain::Date::new(2026, 9, 1).unwrap(),
        routekaart::domain::assessment::Mode::SelfAssessment,
        routekaart::domain::assessment::Form::QuickScan,
    );
    let bytes = render_report(&framework, &empty, Lang::Nl).unwrap();
    let text = pdf_text(&bytes);
    assert_contains(&text, "Nieuwe regio Zuidoëvers");
    assert_contains(&text, "nog geen fase te berekenen");
    assert_contains(&text, "Bijlage: alle vragen en antwoorden");
}

#[test]
fn the_workshop_report_shows_its_consensus_items_and_disagreements() {
    let framework = framework();
    let assessment = example(RIVIERDUIN);
    let evaluation = evaluate(&framework, &assessment);
    let text = pdf_text(&render_report(&framework, &assessment, Lang::Nl).unwrap());
    assert_contains(&text, "Verdeelde vragen");
    let split = evaluation.split_items();
    assert!(!split.is_empty(), "the workshop example has split items");
    for item in split {
        let question = framework.question(&item.question).unwrap();
        assert_contains(&text, question.text.get(Lang::Nl));
    }
    assert_eq!(assessment.consensus.len(), 2);
    for consensus in &assessment.consensus {
        let question = framework.question(&consensus.question).unwrap();
        let level = consensus.value.level().unwrap();
        assert_contains(
            &text,
            &format!(
                "{} Beeld: niveau {level} (in consensus)",
                question.text.get(Lang::Nl)
            ),
        );
        assert_contains(
            &text,
            &format!("Waarom in consensus: {}", consensus.rationale),
        );
    }
    assert_contains(&text, "(middelste antwoord)");
}

/// No example report, in either language, cites our line numbers or names the internal
/// document.
#[test]
fn reports_cite_document_and_section_only() {
    let framework = framework();
    let internal = framework
        .documents
        .iter()
        .find(|d| d.internal)
        .unwrap()
        .clone();
    let line_citation = |t: &str| {
        t.split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                (w[0] == "r." || w[0] == "l.") && w[1].starts_with(|c: char| c.is_ascii_digit())
            })
    };
    for path in crate::example_files() {
        let assessment = store::load_assessment(&path).unwrap();
        for lang in [Lang::Nl, Lang::En] {
            let text = pdf_text(&render_report(&framework, &assessment, lang).unwrap());
            let name = path.display();
            assert!(
                !line_citation(&text),
                "{name} ({lang:?}) cites line numbers"
            );
            assert!(
                !text.contains(&internal.title),
                "{name} names the internal document"
            );
            assert!(!text.contains(&internal.author), "{name} names its author");
            assert!(!text.contains(" 002"), "{name} names its id");
        }
    }
}

/// A provisional stage is called so in the report, with where it would stand and the
/// questions that decide it.
#[test]
fn a_provisional_stage_says_so_and_names_what_decides_it() {
    let framework = framework();
    let assessment =
        store::load_assessment(&crate::root().join("tests/calibration/K8.ron")).unwrap();
    let p = evaluate(&framework, &assessment).placement.unwrap();
    assert!(p.provisional());
    let text = pdf_text(&render_report(&framework, &assessment, Lang::Nl).unwrap());
    assert_contains(&text, "De tafel staat voorlopig in fase 5");
    assert_contains(&text, "Nog te beantwoorden om de fase te bevestigen");
    for q in &p.to_confirm {
        assert_contains(&text, &framework.question(q).unwrap().text.nl);
    }
    assert_contains(
        &text,
        &format!("dan staat de tafel in fase {}", p.confirmed),
    );
    let settled = example("4-klaverstad-gedeelde-verantwoordelijkheid.ron");
    let text = pdf_text(&render_report(&framework, &settled, Lang::Nl).unwrap());
    assert!(
        !text.contains("De tafel staat voorlopig"),
        "a settled stage is not called provisional"
    );
    assert!(
        !text.contains("Nog te beantwoorden om"),
        "nothing is listed to confirm it"
    );
}

/// A workshop that hides names sends none of them along: the attached copy has neutral codes
/// and no names, roles, notes or evidence, and still evaluates and compares exactly like the
/// original.
#[test]
fn a_names_hidden_report_carries_no_names_roles_or_notes() {
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
        a.evidence = "Intern memo".to_owned();
    }
    let bytes = render_report(&framework, &assessment, Lang::Nl).unwrap();
    let ron = store::attached_assessment_ron(&bytes).unwrap();
    for hidden in [
        "Geheim",
        "Vertrouwelijke toelichting",
        "Intern memo",
        "wethouder",
        "bestuurder ziekenhuis",
    ] {
        assert!(!ron.contains(hidden), "the attachment holds {hidden:?}");
    }
    for label in ["S1", "M1", "I1"] {
        assert!(
            !ron.contains(&format!("\"{label}\"")),
            "the original label {label} is replaced"
        );
    }
    let shared = store::assessment_from_ron(&ron, std::path::Path::new("assessment.ron")).unwrap();
    assert_eq!(
        evaluate(&framework, &shared),
        evaluate(&framework, &assessment),
        "the copy evaluates like the original"
    );
    let row = |a| routekaart::domain::compare::row(&framework, "x", a);
    assert_eq!(row(&shared), row(&assessment), "and compares like it");
    let text = pdf_text(&bytes);
    assert_contains(
        &text,
        "zonder namen, rollen en toelichtingen van deelnemers",
    );

    // A session that shows names sends the whole file.
    assessment.meta.privacy.show_names = true;
    let bytes = render_report(&framework, &assessment, Lang::Nl).unwrap();
    let ron = store::attached_assessment_ron(&bytes).unwrap();
    assert!(
        ron.contains("Geheim0"),
        "names travel when the session shows them"
    );
}
