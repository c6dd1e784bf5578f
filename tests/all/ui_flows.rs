//! The workshop and the comparison inside the real window: reached from the app's own
//! navigation, every workshop answer autosaved, comparisons loaded and exported through the
//! same file flow as everything else.

use egui_kittest::kittest::Queryable as _;
use routekaart::domain::assessment::Domain;
use routekaart::domain::{Framework, Lang, Level};
use routekaart::ui::command::Screen;

use crate::ui::{harness, type_path_and_confirm};

#[test]
fn a_workshop_answer_in_the_window_is_stored_and_autosaved_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Nieuwe werksessie").click();
    h.run();
    h.get_by_label("Deelnemer toevoegen").click();
    h.run();
    let people: Vec<(String, Domain)> = h
        .state()
        .document()
        .unwrap()
        .assessment()
        .respondents
        .iter()
        .map(|r| (r.label.clone(), r.domain))
        .collect();
    assert_eq!(
        people,
        [
            ("Deelnemer 1".to_owned(), Domain::Social),
            ("Deelnemer 2".to_owned(), Domain::Medical)
        ],
        "a workshop starts with a participant, not the chair; the next one joins the smaller domain"
    );
    h.get_by_label("3. Werksessie").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Workshop);
    h.get_by_label_contains("Aan de beurt: Deelnemer 1");
    let framework = Framework::embedded().unwrap();
    let first = framework.questions_for(true).next().unwrap();
    let option = first.option(Level::new(3).unwrap()).get(Lang::Nl);
    h.get_by_label(&format!("3  {option}")).click();
    h.run();
    let doc = h.state().document().unwrap();
    let answer = doc
        .assessment()
        .latest_answer("Deelnemer 1", &first.id)
        .expect("the answer is in the document");
    assert_eq!(answer.round, 1);
    assert!(doc.is_dirty());
    // The recovery file holds the answer a fraction of a second after it was given.
    crate::ui::recovered_soon(dir.path(), doc.assessment());
    assert!(
        h.query_by_label(&format!("3  {option}")).is_none(),
        "the next person does not see the options until they take their turn"
    );
    h.get_by_label_contains("Geef de laptop door aan Deelnemer 2");

    h.get_by_label("Projectorbeeld").click();
    h.run();
    assert!(h.state().projector_open(), "the projector view opens");
}

#[test]
fn regions_are_compared_from_the_start_screen_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Map kiezen…").click();
    h.run();
    let folder = crate::root().join("assessments/vergelijking");
    type_path_and_confirm(&mut h, &folder, "Vergelijken");
    assert_eq!(h.state().screen(), Screen::Compare);
    h.get_by_label_contains("19 evaluaties van 14 regio's");
    // The table lays out only the rows in view (sorted by region): the first ones show.
    for region in ["Brakmeer", "Duinzoom"] {
        assert!(
            h.query_all_by_label(region).next().is_some(),
            "{region} is in the comparison"
        );
    }

    h.get_by_label("Exporteren als…").click();
    h.run();
    h.get_by_label("CSV exporteren…").click();
    h.run();
    let csv = dir.path().join("vergelijking");
    type_path_and_confirm(&mut h, &csv, "Exporteren");
    let text = std::fs::read_to_string(dir.path().join("vergelijking.csv")).unwrap();
    assert!(
        text.starts_with('\u{feff}'),
        "with a byte-order mark for spreadsheets"
    );
    assert_eq!(
        text.lines().count(),
        1 + 19,
        "a header and one row per assessment"
    );

    h.get_by_label("Exporteren als…").click();
    h.run();
    h.get_by_label("PDF exporteren…").click();
    h.run();
    let pdf = dir.path().join("vergelijking.pdf");
    type_path_and_confirm(&mut h, &pdf, "Exporteren");
    let bytes = std::fs::read(&pdf).unwrap();
    let text = lopdf::Document::load_mem(&bytes)
        .unwrap()
        .extract_text(&[1, 2, 3])
        .unwrap();
    assert!(text.contains("Zandhove"), "the PDF lists the regions");
    assert!(!h.state().message().unwrap().error);

    h.get_by_label("Sluiten").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Start);
}

#[test]
fn a_folder_that_cannot_be_compared_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Map kiezen…").click();
    h.run();
    let empty = dir.path().join("leeg");
    std::fs::create_dir(&empty).unwrap();
    type_path_and_confirm(&mut h, &empty, "Vergelijken");
    let message = h.state().message().expect("a message");
    assert!(message.error);
    assert!(message.text.contains("geen evaluaties"), "{}", message.text);
    assert_eq!(h.state().screen(), Screen::Start);
}

#[test]
fn the_results_say_which_items_the_table_decided_by_consensus() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Rivierduin — samen aan de slag").click();
    h.run();
    h.get_by_label("Besloten in consensus");
    let framework = Framework::embedded().unwrap();
    for id in ["parity.seat_balance", "trust.binding_agreements"] {
        let text = framework.question(id).unwrap().text.get(Lang::Nl);
        h.get_by_label_contains(&format!("{text} (niveau 3)"));
    }
}

#[test]
fn a_row_opens_its_assessment_and_the_comparison_stays_to_go_back_to() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Map kiezen…").click();
    h.run();
    type_path_and_confirm(
        &mut h,
        &crate::root().join("assessments/vergelijking"),
        "Vergelijken",
    );
    h.get_all_by_label("Openen").next().unwrap().click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Results);
    let region = h
        .state()
        .document()
        .unwrap()
        .assessment()
        .meta
        .region
        .clone();
    assert_eq!(region, "Brakmeer", "the first row, sorted by region");
    h.get_by_label("Start").click();
    h.run();
    h.get_by_label("Terug naar de vergelijking").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Compare);
    h.get_by_label_contains("19 evaluaties van 14 regio's");
}

#[test]
fn the_table_names_its_own_stage_beside_the_calculated_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Veenmonde — gezamenlijke agenda").click();
    h.run();
    let calculated = h.state().document().unwrap().evaluation().stage();
    h.get_by_label("4").click();
    h.run();
    let doc = h.state().document().unwrap();
    assert_eq!(doc.assessment().self_placement, Level::new(4));
    assert!(doc.is_dirty(), "a change to save");
    assert_eq!(
        doc.evaluation().stage(),
        calculated,
        "the own view never moves the calculated stage"
    );
    h.get_by_label_contains("De tafel plaatste zichzelf in fase 4");
    h.get_by_label("geen").click();
    h.run();
    assert_eq!(
        h.state().document().unwrap().assessment().self_placement,
        None
    );
}

#[test]
fn the_report_goes_to_word_and_the_action_plan_to_excel_from_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Rivierduin — samen aan de slag").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Results);
    // The button sits at the end of the results; a screen reader's "press" reaches it.
    h.get_by_label("Word-document exporteren…")
        .click_accesskit();
    h.run();
    // Typed without an extension, the path gets the one the button promised.
    type_path_and_confirm(&mut h, &dir.path().join("rapport"), "Exporteren");
    let word = dir.path().join("rapport.docx");
    let carried = routekaart::store::load_assessment(&word).unwrap();
    let open = h.state().document().unwrap().assessment().shareable();
    assert_eq!(carried, open, "the Word report carries the shareable copy");
    h.get_by_label_contains("Word-document geëxporteerd:");

    h.get_by_label("Naar het actieplan →").click_accesskit();
    h.run();
    h.get_by_label("Actieplan naar Excel…").click_accesskit();
    h.run();
    let plan = dir.path().join("plan.xlsx");
    type_path_and_confirm(&mut h, &plan, "Exporteren");
    h.get_by_label_contains("Actieplan geëxporteerd:");
    let bytes = std::fs::read(&plan).unwrap();
    assert!(bytes.starts_with(b"PK"), "a workbook (a ZIP package)");
}

#[test]
fn a_filtered_comparison_exports_only_its_rows_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Map kiezen…").click();
    h.run();
    type_path_and_confirm(
        &mut h,
        &crate::root().join("assessments/vergelijking"),
        "Vergelijken",
    );
    let search = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Zoek regio");
    search.focus();
    search.type_text("brak");
    h.run();
    h.get_by_label_contains("2 van 19 getoond");
    // The charts below say which rows they count.
    h.get_by_label_contains(
        "Verdeling en wat regio's tegenhoudt: regio bevat “brak”: 2 evaluaties van 19.",
    );
    h.get_by_label("Exporteren als…").click();
    h.run();
    h.get_by_label("Excel exporteren…").click();
    h.run();
    let workbook = dir.path().join("brakmeer.xlsx");
    type_path_and_confirm(&mut h, &workbook, "Exporteren");
    let scope = "Gefilterd op regio bevat “brak”: 2 evaluaties van 19.";
    h.get_by_label_contains(scope);
    let strings = shared_strings(&workbook);
    assert!(strings.contains(scope), "the first sheet says so");
    assert!(
        strings.contains("brakmeer-2025.ron") && !strings.contains("duinzoom"),
        "and holds only the filtered rows"
    );

    h.get_by_label("Exporteren als…").click();
    h.run();
    h.get_by_label("CSV exporteren…").click();
    h.run();
    let csv = dir.path().join("brakmeer.csv");
    type_path_and_confirm(&mut h, &csv, "Exporteren");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(
        text.lines().count(),
        1 + 2,
        "the CSV follows the filter too"
    );
}

fn shared_strings(workbook: &std::path::Path) -> String {
    use std::io::Read as _;
    let bytes = std::fs::read(workbook).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}
