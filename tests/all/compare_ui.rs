//! The comparison screen, driven headless with `egui_kittest`: the example comparison set plus
//! a corrupt file, as a ministry analyst would load it.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use routekaart::domain::compare::Row;
use routekaart::domain::{Framework, Lang};
use routekaart::store;
use routekaart::ui::compare::{CompareAction, CompareScreen};

use crate::root;

struct State {
    screen: CompareScreen,
    framework: Framework,
    lang: Lang,
    action: Option<CompareAction>,
}

/// The screen over `assessments/vergelijking` plus one corrupt file; also the corrupt file's
/// name and its reason in the chosen language, taken from the loader.
fn harness(lang: Lang) -> (Harness<'static, State>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let corrupt = dir.path().join("kapot.ron");
    std::fs::write(&corrupt, "(schema_version: 1, meta: (region: \"Half\"").unwrap();
    let loaded = store::load_rows(
        &Framework::embedded().unwrap(),
        &[root().join("assessments/vergelijking"), corrupt.clone()],
        &|_, _| {},
    );
    assert_eq!(loaded.failed.len(), 1, "only the corrupt file fails");
    let reason = loaded.failed[0].1.message(lang);
    let harness = build(lang, loaded);
    (harness, "kapot.ron".to_owned(), reason)
}

/// A harness of 1400×2400 points (tall enough for all example rows) around the screen.
fn build(lang: Lang, loaded: store::Loaded<Row>) -> Harness<'static, State> {
    let framework = Framework::embedded().unwrap();
    let screen = CompareScreen::new(&framework, loaded);
    let state = State {
        screen,
        framework,
        lang,
        action: None,
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 2400.0])
        .build_ui_state(
            |ui, s: &mut State| {
                if let Some(action) = s.screen.ui(ui, &s.framework, s.lang) {
                    s.action = Some(action);
                }
            },
            state,
        );
    harness.run();
    harness
}

fn rows(harness: &Harness<'_, State>) -> Vec<Row> {
    harness.state().screen.comparison().rows.clone()
}

fn regions(rows: &[Row]) -> Vec<String> {
    let mut regions: Vec<String> = rows.iter().map(|r| r.region.clone()).collect();
    regions.sort();
    regions.dedup();
    regions
}

/// The top of the highest label that reads exactly `text`, if shown.
fn top_of(harness: &Harness<'_, State>, text: &str) -> Option<f32> {
    harness
        .query_all_by_label(text)
        .map(|n| n.rect().top())
        .min_by(f32::total_cmp)
}

/// The region shown in the first table row: the highest region label on the screen.
fn first_region(harness: &Harness<'_, State>, regions: &[String]) -> String {
    regions
        .iter()
        .filter_map(|r| top_of(harness, r).map(|y| (y, r)))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, r)| r.clone())
        .unwrap()
}

#[test]
fn every_region_and_the_failed_file_are_shown() {
    let (mut harness, name, reason) = harness(Lang::Nl);
    let rows = rows(&harness);
    assert_eq!(rows.len(), 19, "the example set has 19 assessments");
    let regions = regions(&rows);
    assert_eq!(regions.len(), 14, "the example set has 14 regions");
    for region in &regions {
        assert!(
            top_of(&harness, region).is_some(),
            "{region} is shown in the table"
        );
    }
    harness.get_by_label_contains("19 evaluaties van 14 regio's");
    harness
        .get_by_label_contains("1 bestand kon niet worden gelezen")
        .click();
    harness.run();
    harness.get_by_label(&name);
    harness.get_by_label(&reason);
    if rows.iter().any(|r| r.respondent_count() == 1) {
        harness.get_all_by_label("1 persoon").next().unwrap();
    }
}

#[test]
fn clicking_the_stage_header_sorts_by_stage() {
    let (mut harness, _, _) = harness(Lang::Nl);
    let rows = rows(&harness);
    let regions = regions(&rows);
    assert_eq!(
        first_region(&harness, &regions),
        rows[0].region,
        "unsorted, the comparison's order (by region) is shown"
    );
    // Ties keep the comparison's order, so the first row at the lowest stage comes first.
    let lowest = rows.iter().filter_map(|r| r.stage).min().unwrap();
    let highest = rows.iter().filter_map(|r| r.stage).max().unwrap();
    let first_low = &rows
        .iter()
        .find(|r| r.stage == Some(lowest))
        .unwrap()
        .region;
    let first_high = &rows
        .iter()
        .find(|r| r.stage == Some(highest))
        .unwrap()
        .region;
    assert_ne!(first_low, first_high, "the set spans more than one stage");
    assert_ne!(
        first_high, &rows[0].region,
        "sorting must change the first row"
    );
    harness.get_by_label("Fase").click();
    harness.run();
    assert_eq!(
        &first_region(&harness, &regions),
        first_low,
        "lowest stage first"
    );
    harness.get_by_label("Fase").click();
    harness.run();
    assert_eq!(
        &first_region(&harness, &regions),
        first_high,
        "then highest first"
    );
}

#[test]
fn the_text_filter_narrows_the_rows() {
    let (mut harness, _, _) = harness(Lang::Nl);
    let rows = rows(&harness);
    let input = harness.get_by_role(egui::accesskit::Role::TextInput);
    input.focus();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("zand");
    harness.run();
    let matching = rows
        .iter()
        .filter(|r| r.region.to_lowercase().contains("zand"))
        .count();
    assert!(matching > 0 && matching < rows.len(), "the filter narrows");
    harness.get_by_label(&format!("{matching} van {} getoond", rows.len()));
    for region in regions(&rows) {
        let shown = top_of(&harness, &region).is_some();
        assert_eq!(
            shown,
            region.to_lowercase().contains("zand"),
            "{region} shown only if it matches"
        );
    }
}

#[test]
fn english_labels_and_actions() {
    let (mut harness, _, reason) = harness(Lang::En);
    for label in ["Region", "Stage", "Comparison", "What holds regions back"] {
        harness.get_by_label(label);
    }
    harness
        .get_by_label_contains("1 file could not be read")
        .click();
    harness.run();
    harness.get_by_label(&reason);
    harness.get_by_label("Export as…").click();
    harness.run();
    harness.get_by_label("Export CSV…").click();
    harness.run();
    assert_eq!(
        harness.state().action,
        Some(CompareAction::ExportCsv),
        "CSV action"
    );
    harness.get_by_label("Add folder…").click();
    harness.run();
    assert_eq!(
        harness.state().action,
        Some(CompareAction::AddFolder),
        "folder action"
    );
}

#[test]
fn opening_a_row_and_choosing_a_profile() {
    let (mut harness, _, _) = harness(Lang::Nl);
    let rows = rows(&harness);
    harness.get_all_by_label("Openen").next().unwrap().click();
    harness.run();
    assert_eq!(
        harness.state().action,
        Some(CompareAction::OpenAssessment(rows[0].source.clone().into())),
        "the first row's file is opened"
    );
    let first = &rows[0];
    harness
        .get_by_label(&format!("Kies {} {}", first.region, first.date))
        .click();
    harness.run();
    harness.get_by_label(&format!("— {} {}", first.region, first.date.year()));
}

#[test]
fn an_assessment_of_another_framework_version_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("assessments/vergelijking/brakmeer-2025.ron"))
        .unwrap()
        .replace("version: \"1.1\"", "version: \"0.9\"");
    assert!(
        text.contains("version: \"0.9\""),
        "the copy names version 0.9"
    );
    let older = dir.path().join("brakmeer-oud.ron");
    std::fs::write(&older, text).unwrap();
    let loaded = store::load_rows(
        &Framework::embedded().unwrap(),
        &[root().join("assessments/vergelijking"), older],
        &|_, _| {},
    );
    let harness = build(Lang::Nl, loaded);
    let marked: Vec<&Row> = harness
        .state()
        .screen
        .comparison()
        .rows
        .iter()
        .filter(|r| r.other_framework)
        .collect();
    assert_eq!(marked.len(), 1, "only the copy is of another version");
    assert_eq!(
        harness.query_all_by_label("v0.9").count(),
        1,
        "its row carries the version mark"
    );
}
