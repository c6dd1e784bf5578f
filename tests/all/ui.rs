//! The window, driven headless with `egui_kittest` by labels and roles, as a user would.

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
use egui_kittest::kittest::Queryable as _;
use routekaart::domain::assessment::{Answer, AnswerValue, Form, Mode, Respondent};
use routekaart::domain::evaluate::explain::stage_label;
use routekaart::domain::{Assessment, Date, Framework, Lang, Level, evaluate};
use routekaart::ui::{App, Config};

fn framework() -> Framework {
    Framework::embedded().unwrap()
}

/// The recovery file in `dir` once it holds `expected`: it is written on a helper thread a
/// fraction of a second after a change. Fails after two seconds.
pub fn recovered_soon(dir: &Path, expected: &routekaart::domain::Assessment) {
    let path = dir.join("herstel.ron");
    let start = std::time::Instant::now();
    loop {
        let found = routekaart::store::load_assessment(&path).ok();
        if found.as_ref() == Some(expected) {
            return;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(2),
            "the recovery file should hold the work within a fraction of a second: {found:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

pub fn harness(recovery: &Path) -> Harness<'static, App> {
    build(recovery, None)
}

/// The window started with a file to open, as `routekaart open FILE` does.
fn harness_opening(recovery: &Path, file: &Path) -> Harness<'static, App> {
    build(recovery, Some(file.to_path_buf()))
}

fn build(recovery: &Path, open: Option<std::path::PathBuf>) -> Harness<'static, App> {
    let config = Config {
        recovery_dir: Some(recovery.to_path_buf()),
        dialogs: false,
        open,
        startup_probe: None,
        frame_log: false,
        settings: None,
    };
    Harness::builder()
        .with_size([1280.0, 1100.0])
        .build_eframe(move |cc| App::new(cc, framework(), config))
}

fn quick_questions() -> Vec<(String, [String; 5])> {
    framework()
        .questions_for(true)
        .map(|q| (q.id.to_string(), q.options.clone().map(|t| t.nl)))
        .collect()
}

/// The answers the tests give, one per quick-scan question.
const LEVELS: [u8; 12] = [2, 3, 1, 4, 2, 3, 3, 2, 3, 2, 1, 2];

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The same answers built without the window, evaluated by the engine.
fn expected_stage() -> Level {
    let fw = framework();
    let mut a = Assessment::new(
        &fw.id,
        &fw.version,
        "x",
        Date::new(2026, 3, 12).unwrap(),
        Mode::SelfAssessment,
        Form::QuickScan,
    );
    a.respondents.push(Respondent {
        label: "Voorzitter".into(),
        name: None,
        domain: routekaart::domain::assessment::Domain::Other,
        organisation: None,
        role: String::new(),
    });
    for ((id, _), level) in quick_questions().into_iter().zip(LEVELS) {
        a.answers.push(Answer {
            respondent: "Voorzitter".into(),
            question: id.into(),
            round: 1,
            value: AnswerValue::Level(Level::new(level).unwrap()),
            meta: None,
            note: String::new(),
            evidence: String::new(),
        });
    }
    evaluate(&fw, &a).stage().unwrap()
}

fn start_quick_scan(h: &mut Harness<'static, App>) {
    h.get_by_label("Nieuwe zelfevaluatie").click();
    h.run();
}

fn answer_by_clicking(h: &mut Harness<'static, App>) {
    let questions = quick_questions();
    for (i, ((_, options), level)) in questions.iter().zip(LEVELS).enumerate() {
        let text = &options[usize::from(level) - 1];
        h.get_by_label(&format!("{level}. {text}")).click();
        h.run();
        let next = if i + 1 < questions.len() {
            "Volgende →"
        } else {
            "Naar het resultaat →"
        };
        h.get_by_label(next).click();
        h.run();
    }
}

fn answers_given(h: &Harness<'static, App>) -> Vec<(String, AnswerValue)> {
    h.state()
        .document()
        .unwrap()
        .assessment()
        .answers
        .iter()
        .map(|a| (a.question.to_string(), a.value))
        .collect()
}

#[test]
fn a_quick_scan_answered_by_clicking_shows_the_engines_stage() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    start_quick_scan(&mut h);
    answer_by_clicking(&mut h);
    let given = answers_given(&h);
    let expected: Vec<(String, AnswerValue)> = quick_questions()
        .into_iter()
        .zip(LEVELS)
        .map(|((id, _), l)| (id, AnswerValue::Level(Level::new(l).unwrap())))
        .collect();
    assert_eq!(given, expected, "every click stored for the one respondent");
    assert_eq!(
        h.state().screen(),
        routekaart::ui::command::Screen::Results,
        "the last question leads to the results"
    );
    let stage = expected_stage();
    let label = capitalised(&stage_label(&framework(), stage, Lang::Nl));
    h.get_by_label(&label);
    assert!(
        h.state().document().unwrap().is_dirty(),
        "answers are not saved yet"
    );
    // Every answer reaches the recovery file, without the window closing.
    recovered_soon(dir.path(), h.state().document().unwrap().assessment());
}

#[test]
fn a_quick_scan_answered_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    start_quick_scan(&mut h);
    let keys = LEVELS.map(|l| match l {
        1 => Key::Num1,
        2 => Key::Num2,
        3 => Key::Num3,
        4 => Key::Num4,
        _ => Key::Num5,
    });
    for key in keys {
        h.key_press(key);
        h.run();
    }
    let levels: Vec<AnswerValue> = answers_given(&h).into_iter().map(|(_, v)| v).collect();
    let expected: Vec<AnswerValue> = LEVELS
        .iter()
        .map(|l| AnswerValue::Level(Level::new(*l).unwrap()))
        .collect();
    assert_eq!(levels, expected, "keys 1–5 answer and move on");
    // D answers "don't know"; arrows move back and forth.
    h.key_press(Key::ArrowLeft);
    h.run();
    h.key_press(Key::D);
    h.run();
    let last = answers_given(&h);
    assert_eq!(
        last[LEVELS.len() - 2].1,
        AnswerValue::DontKnow,
        "← went back one question, D set don't know"
    );
    assert_eq!(
        h.state().screen(),
        routekaart::ui::command::Screen::Questions(LEVELS.len() - 1),
        "and D moved on, as 1–5 do"
    );
    h.get_by_label("Naar het resultaat →").click();
    h.run();
    h.get_by_label_contains("Waar de tafel nu staat");
}

#[test]
fn an_instrument_goes_into_the_action_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Rivierduin — samen aan de slag").click();
    h.run();
    let before = h.state().document().unwrap().assessment().actions.len();
    let first = h
        .state()
        .document()
        .unwrap()
        .evaluation()
        .recommendations
        .now
        .iter()
        .find(|r| !r.in_plan)
        .unwrap()
        .instrument
        .clone();
    let buttons = h.get_all_by_label("Toevoegen aan actieplan").count();
    assert!(buttons > 0, "recommendations offer to add them");
    h.get_all_by_label("Toevoegen aan actieplan")
        .next()
        .unwrap()
        .click_accesskit();
    h.run();
    let doc = h.state().document().unwrap();
    assert_eq!(
        doc.assessment().actions.len(),
        before + 1,
        "one action added"
    );
    assert_eq!(
        doc.assessment()
            .actions
            .last()
            .unwrap()
            .instrument
            .as_deref(),
        Some(first.as_str()),
        "the first recommendation not yet in the plan"
    );
    assert_eq!(
        h.get_all_by_label("Toevoegen aan actieplan").count(),
        buttons - 1,
        "its button is gone"
    );
    // Rivierduin is a workshop, so its tabs include "3. Werksessie".
    h.get_by_label("5. Actieplan").click();
    h.run();
    let name = framework().instrument(&first).unwrap().name.nl.clone();
    h.get_by_label(&name);
}

pub fn type_path_and_confirm(h: &mut Harness<'static, App>, path: &Path, button: &str) {
    // The field has the keyboard with its suggestion selected: typing replaces it.
    h.event(egui::Event::Text(path.display().to_string()));
    h.run();
    assert_eq!(
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Pad")
            .value()
            .as_deref(),
        Some(path.display().to_string().as_str()),
        "the path is typed"
    );
    h.get_by_label(button).click();
    h.run();
}

#[test]
fn saving_and_reopening_keeps_the_content() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    start_quick_scan(&mut h);
    answer_by_clicking(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let file = dir.path().join("mijn-tafel.ron");
    type_path_and_confirm(&mut h, &dir.path().join("mijn-tafel"), "Opslaan");
    assert!(file.exists(), "saved with .ron added");
    let doc = h.state().document().unwrap();
    assert!(!doc.is_dirty(), "saved means clean");
    // Exporting a saved file suggests its own name beside it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    assert_eq!(
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Pad")
            .value()
            .as_deref(),
        Some(
            dir.path()
                .join("mijn-tafel.pdf")
                .display()
                .to_string()
                .as_str()
        ),
        "the export is suggested beside the saved file, under its name"
    );
    h.get_by_label("Annuleren").click();
    h.run();
    let doc = h.state().document().unwrap();
    let saved = doc.assessment().clone();
    assert_eq!(
        routekaart::store::load_assessment(&file).unwrap(),
        saved,
        "the file holds what the window showed"
    );
    assert!(
        !dir.path().join("herstel.ron").exists(),
        "saving removes the recovery file"
    );

    // Reopen in a fresh window.
    let mut h2 = harness(dir.path());
    h2.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h2.run();
    type_path_and_confirm(&mut h2, &file, "Openen");
    assert_eq!(
        h2.state().document().unwrap().assessment(),
        &saved,
        "reopened with the same content"
    );
    h2.get_by_label(&capitalised(&stage_label(
        &framework(),
        expected_stage(),
        Lang::Nl,
    )));

    // The command line's summary names the same stage.
    let args = <routekaart::cli::Args as clap::Parser>::try_parse_from([
        "routekaart",
        "summary",
        file.to_str().unwrap(),
    ])
    .unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    routekaart::cli::run(
        &args,
        &mut routekaart::cli::Streams {
            out: &mut out,
            err: &mut err,
        },
    );
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains(&stage_label(&framework(), expected_stage(), Lang::Nl)),
        "summary agrees: {out}"
    );
}

#[test]
fn a_broken_file_gives_a_message_and_keeps_the_open_work() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("kapot.ron");
    std::fs::write(
        &broken,
        "Assessment(schema_version: 1, meta: Meta(region: \"x\"",
    )
    .unwrap();
    let mut h = harness(dir.path());
    start_quick_scan(&mut h);
    h.key_press(Key::Num3);
    h.run();
    let before = h.state().document().unwrap().assessment().clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    type_path_and_confirm(&mut h, &broken, "Openen");
    // "Don't save" allows dropping the work only for a file that opens; this one does not.
    h.get_by_label("Niet opslaan").click();
    h.run();
    let message = h.state().message().unwrap().clone();
    assert!(message.error, "shown as a problem");
    assert!(
        message.text.contains("kapot.ron"),
        "names the file: {}",
        message.text
    );
    assert!(
        !message.text.contains("Error {"),
        "no debug dump: {}",
        message.text
    );
    assert_eq!(
        h.state().document().unwrap().assessment(),
        &before,
        "the open work is still there"
    );
}

#[test]
fn english_switches_every_label() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("English").click();
    h.run();
    h.get_by_label("New self-assessment");
    h.get_by_label("Examples");
    assert!(
        h.query_by_label("Nieuwe zelfevaluatie").is_none(),
        "no Dutch left"
    );
    h.get_by_label("New self-assessment").click();
    h.run();
    let fw = framework();
    let first = fw.questions_for(true).next().unwrap();
    h.get_by_label(first.text.en.as_str());
    h.get_by_label("Next →");
    h.get_by_label(&format!("1. {}", first.options[0].en));
}

#[test]
fn unsaved_changes_are_guarded() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    start_quick_scan(&mut h);
    h.key_press(Key::Num4);
    h.run();
    h.get_by_label("Start").click();
    h.run();
    h.get_by_label("Nieuwe zelfevaluatie").click();
    h.run();
    h.get_by_label("Niet-opgeslagen wijzigingen");
    h.get_by_label("Annuleren").click();
    h.run();
    assert!(
        h.query_by_label("Niet-opgeslagen wijzigingen").is_none(),
        "cancel closes the question"
    );
    assert_eq!(answers_given(&h).len(), 1, "cancel keeps the work");
    h.get_by_label("Nieuwe zelfevaluatie").click();
    h.run();
    h.get_by_label("Niet opslaan").click();
    h.run();
    assert_eq!(answers_given(&h).len(), 0, "don't save starts afresh");
}

#[test]
fn work_left_in_the_recovery_file_is_offered_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    start_quick_scan(&mut h);
    h.key_press(Key::Num5);
    h.run();
    recovered_soon(dir.path(), h.state().document().unwrap().assessment());
    // A crash: nothing saved, nothing cleaned up, nothing flushed.
    std::mem::forget(h);
    let mut h = harness(dir.path());
    h.get_by_label("Werk herstellen?");
    // It says what it found: the region, how much, and when.
    h.get_by_label("Onze regio · 1 antwoord van 1 deelnemer · zojuist");
    h.get_by_label("Herstellen").click();
    h.run();
    let doc = h.state().document().unwrap();
    assert!(doc.is_dirty(), "restored work is unsaved");
    assert_eq!(
        answers_given(&h)[0].1,
        AnswerValue::Level(Level::MAX),
        "the answer came back"
    );
}

/// A recovery file that cannot be read is never dropped in silence or overwritten: it is
/// moved aside, the user is told where, and new work goes to a fresh file.
#[test]
fn an_unreadable_recovery_file_is_kept_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let broken = "Assessment(schema_version: 1, meta: (region: \"Werksessie van dinsdag";
    std::fs::write(dir.path().join("herstel.ron"), broken).unwrap();
    let mut h = harness(dir.path());
    h.run();
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("herstel-onleesbaar-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "moved aside under a dated name");
    assert_eq!(
        std::fs::read_to_string(&aside[0]).unwrap(),
        broken,
        "as it was"
    );
    let name = aside[0].file_name().unwrap().to_string_lossy();
    let banner = h
        .get_by_label_contains(&format!("Het staat nu apart als {name} in de map"))
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(
        banner.contains("(regel 1, kolom"),
        "says where the file is damaged: {banner}"
    );
    assert!(
        !banner.contains("niet gewijzigd") && banner.matches("herstel").count() == 2,
        "one plain sentence, the name once: {banner}"
    );
    assert!(
        h.query_by_label("Werk herstellen?").is_none(),
        "nothing to restore"
    );
    start_quick_scan(&mut h);
    h.key_press(Key::Num3);
    h.run();
    recovered_soon(dir.path(), h.state().document().unwrap().assessment());
    assert_eq!(
        std::fs::read_to_string(&aside[0]).unwrap(),
        broken,
        "still there"
    );
}

/// Work offered back is kept until the user decides, even when a file is opened at start.
#[test]
fn a_file_opened_at_start_does_not_remove_work_waiting_to_be_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    start_quick_scan(&mut h);
    h.key_press(Key::Num2);
    h.run();
    let work = h.state().document().unwrap().assessment().clone();
    recovered_soon(dir.path(), &work);
    std::mem::forget(h);
    let file = crate::example_files().into_iter().nth(1).unwrap();
    let mut h = harness_opening(dir.path(), &file);
    h.run();
    h.get_by_label("Werk herstellen?");
    recovered_soon(dir.path(), &work);
    h.get_by_label("Herstellen").click();
    h.run();
    assert_eq!(h.state().document().unwrap().assessment(), &work);
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_file_opens() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::example_files().into_iter().nth(1).unwrap();
    let mut h = harness(dir.path());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file.clone())));
    h.run();
    let doc = h.state().document().unwrap();
    assert_eq!(doc.path(), Some(file.as_path()), "the dropped file is open");
    assert_eq!(
        doc.assessment(),
        &routekaart::store::load_assessment(&file).unwrap(),
        "with its content"
    );
}

#[test]
fn a_workshop_keeps_answers_per_respondent() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Nieuwe werksessie").click();
    h.run();
    h.get_by_label("Deelnemers");
    h.get_by_label("Deelnemer toevoegen").click();
    h.run();
    h.get_by_label("Naar de vragen →").click();
    h.run();
    h.key_press(Key::Num2);
    h.run();
    h.key_press(Key::ArrowLeft);
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Deelnemer")
        .click();
    h.run();
    h.get_by_label("Deelnemer 2").click();
    h.run();
    h.key_press(Key::Num4);
    h.run();
    let doc = h.state().document().unwrap();
    let first = framework().questions_for(true).next().unwrap().id.clone();
    let a = doc.assessment();
    assert_eq!(
        a.latest_answer("Deelnemer 1", &first).map(|x| x.value),
        Some(AnswerValue::Level(Level::new(2).unwrap())),
        "the first respondent's answer"
    );
    assert_eq!(
        a.latest_answer("Deelnemer 2", &first).map(|x| x.value),
        Some(AnswerValue::Level(Level::new(4).unwrap())),
        "the second respondent's own answer"
    );
}

#[test]
fn the_pdf_export_writes_a_report_that_carries_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    start_quick_scan(&mut h);
    answer_by_clicking(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let pdf = dir.path().join("rapport.pdf");
    type_path_and_confirm(&mut h, &pdf, "Exporteren");
    let bytes = std::fs::read(&pdf).expect("the report is written");
    assert!(bytes.starts_with(b"%PDF-"));
    let window = h.state().document().unwrap().assessment();
    assert_eq!(
        routekaart::store::load_assessment(&pdf).unwrap(),
        window.shareable(),
        "the report carries the answers in the window, as the session's privacy allows"
    );
    h.get_by_label_contains("zonder namen, rollen en toelichtingen van deelnemers");
}

fn request_close(h: &mut Harness<'static, App>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Lindewaard — kennismaken").click();
    h.run();
    request_close(&mut h);
    assert!(
        h.query_by_label("Niet-opgeslagen wijzigingen").is_none(),
        "nothing to lose: no question"
    );
    h.get_by_label("2. Vragen").click();
    h.run();
    h.key_press(Key::Num5);
    h.run();
    request_close(&mut h);
    h.get_by_label("Niet-opgeslagen wijzigingen");
    h.get_by_label("Annuleren").click();
    h.run();
    assert!(
        h.state().document().unwrap().is_dirty(),
        "the work is still open after cancelling"
    );
}

#[test]
fn an_export_that_cannot_be_written_says_so_and_keeps_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    start_quick_scan(&mut h);
    answer_by_clicking(&mut h);
    let before = h.state().document().unwrap().assessment().clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let pdf = dir.path().join("bestaat-niet").join("rapport.pdf");
    type_path_and_confirm(&mut h, &pdf, "Exporteren");
    let message = h.state().message().expect("a message is shown");
    assert!(message.error, "shown as a problem: {}", message.text);
    assert!(
        message
            .text
            .contains("Het rapport kan niet worden opgeslagen")
            && !message.text.contains("os error"),
        "in Dutch, not the system's English: {}",
        message.text
    );
    assert!(!pdf.exists());
    assert_eq!(
        h.state().document().unwrap().assessment(),
        &before,
        "the open work is untouched"
    );
}

/// A table whose stage rests on questions nobody could answer sees it called provisional on
/// the results screen, with what decides it.
#[test]
fn a_provisional_stage_is_shown_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::root().join("tests/calibration/K8.ron");
    let mut h = harness(dir.path());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file.clone())));
    h.run();
    let e = routekaart::domain::evaluate(
        &framework(),
        &routekaart::store::load_assessment(&file).unwrap(),
    );
    let p = e.placement.unwrap();
    assert!(p.provisional(), "K8 rests on unknown answers");
    let headline = format!(
        "{} (voorlopig)",
        capitalised(&stage_label(&framework(), p.stage, Lang::Nl))
    );
    // An opened file shows its results.
    h.get_by_label(&headline);
    h.get_by_label_contains("Voorlopig: deze fase rust op");
}

/// A file made with framework 1.0 opens in the window, which says what the newer framework
/// changes for it.
#[test]
fn an_older_framework_file_says_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let file =
        crate::root().join("tests/fixtures/v1.0/4-klaverstad-gedeelde-verantwoordelijkheid.ron");
    let mut h = harness(dir.path());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file)));
    h.run();
    h.get_by_label_contains("Gemaakt met kader routekaart-iza 1.0");
    h.get_by_label_contains("Sinds kader 1.1 zijn de antwoorden van");
}

#[test]
fn the_window_icon_is_the_programs_icon_and_decodes() {
    let icon = eframe::icon_data::from_png_bytes(routekaart::ui::ICON_PNG)
        .expect("the built-in icon is a PNG");
    assert_eq!((icon.width, icon.height), (256, 256), "a 256-pixel icon");
    assert_eq!(icon.rgba.len(), 256 * 256 * 4, "RGBA pixels");
    // The rounded corners are transparent, the middle is the accent blue.
    assert_eq!(icon.rgba[3], 0, "corner transparent");
    let middle = (128 * 256 + 20) * 4;
    assert_eq!(
        &icon.rgba[middle..middle + 4],
        &[29, 78, 156, 255],
        "accent blue"
    );
}

#[test]
fn a_new_row_takes_what_is_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Nieuwe werksessie").click();
    h.run();
    h.get_by_label("Deelnemer toevoegen").click();
    h.run();
    // No click into the new row: its name is selected and typing replaces it.
    h.event(egui::Event::Text("Anna Visser".to_owned()));
    h.run();
    let labels: Vec<String> = h
        .state()
        .document()
        .unwrap()
        .assessment()
        .respondents
        .iter()
        .map(|r| r.label.clone())
        .collect();
    assert_eq!(
        labels,
        ["Deelnemer 1", "Anna Visser"],
        "typed into the new row"
    );

    h.get_by_label("Zetel toevoegen").click();
    h.run();
    h.event(egui::Event::Text("Gemeente Lindewaard".to_owned()));
    h.run();
    let seats = &h.state().document().unwrap().assessment().seats;
    assert_eq!(
        seats.last().map(|s| s.organisation.as_str()),
        Some("Gemeente Lindewaard"),
        "typed into the new seat"
    );
}

#[test]
fn a_message_floats_and_information_goes_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assessments/1-lindewaard-kennismaken.ron");
    let mut h = harness_opening(dir.path(), &file);
    h.run();
    h.get_by_label_contains("Geopend:");
    let title = h.get_by_label("Lindewaard (voorbeeld)").rect();
    // Ten seconds later the information has gone, and the page did not move for it.
    for _ in 0..40 {
        h.step();
    }
    h.run();
    assert!(
        h.query_by_label_contains("Geopend:").is_none(),
        "information goes by itself"
    );
    assert_eq!(
        h.get_by_label("Lindewaard (voorbeeld)").rect(),
        title,
        "the page stays where it was when the message goes"
    );
}

#[test]
fn a_seat_warning_that_goes_does_not_move_the_row_being_edited() {
    use egui::accesskit::Role;
    use routekaart::domain::evaluate::TableFlag;
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Nieuwe zelfevaluatie").click();
    h.run();
    h.get_by_label("1. Opzet").click();
    h.run();
    h.get_by_label("Zetel toevoegen").click();
    h.run();
    h.event(egui::Event::Text("Gemeente Lindewaard".to_owned()));
    h.run();
    let flags = |h: &Harness<'static, App>| {
        h.state()
            .document()
            .unwrap()
            .evaluation()
            .table
            .flags
            .clone()
    };
    assert!(
        flags(&h).contains(&TableFlag::MandatesMissing),
        "a new seat votes without a mandate: a warning"
    );
    let row = h
        .get_by_role_and_label(Role::TextInput, "Organisatie")
        .rect();
    h.get_by_role_and_label(Role::CheckBox, "Mandaat").click();
    h.run();
    assert!(
        !flags(&h).contains(&TableFlag::MandatesMissing),
        "with a mandate the warning goes"
    );
    assert_eq!(
        h.get_by_role_and_label(Role::TextInput, "Organisatie")
            .rect(),
        row,
        "and the row stays under the pointer"
    );
}

#[test]
fn the_top_bar_fits_at_200_percent_text() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        recovery_dir: Some(dir.path().to_path_buf()),
        dialogs: false,
        open: None,
        startup_probe: None,
        frame_log: false,
        settings: None,
    };
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| App::new(cc, framework(), config));
    h.get_by_label("Rivierduin — samen aan de slag").click();
    h.run();
    // Up to the projector setting; the text-size buttons fold into "Weergave" on the way.
    for _ in 0..10 {
        if h.query_by_label("A+").is_none() {
            h.get_by_label("Weergave").click();
            h.run();
        }
        h.get_by_label("A+").click();
        h.run();
    }
    if h.query_by_label("200 %").is_none() {
        h.get_by_label("Weergave").click();
        h.run();
        h.get_by_label("200 %");
        h.key_press(Key::Escape);
        h.run();
    }
    let window = h.ctx.content_rect();
    let rects = [
        h.get_by_label("Routekaart").rect(),
        // The open file's name: the topmost of the texts naming the region.
        h.get_all_by_label_contains("Rivierduin")
            .map(|node| node.rect())
            .min_by(|a, b| a.top().total_cmp(&b.top()))
            .unwrap(),
        h.get_by_label("Bestand").rect(),
        h.get_by_label("Weergave").rect(),
    ];
    for (i, a) in rects.iter().enumerate() {
        assert!(
            window.contains_rect(*a),
            "{a:?} lies inside the window {window:?}"
        );
        for b in &rects[i + 1..] {
            assert!(!a.intersects(*b), "{a:?} and {b:?} do not overlap");
        }
    }
}

#[test]
fn an_action_gets_a_date() {
    use egui::accesskit::Role;
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Rivierduin — samen aan de slag").click();
    h.run();
    h.get_by_label("5. Actieplan").click();
    h.run();
    let first = h
        .get_all_by_role_and_label(Role::TextInput, "Wanneer (JJJJ-MM-DD)")
        .next()
        .expect("every action has a date field");
    assert_eq!(
        first.value().as_deref(),
        Some("2026-07-01"),
        "the date it has"
    );
    first.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.event(egui::Event::Text("2027-03-01".to_owned()));
    h.run();
    let due = h.state().document().unwrap().assessment().actions[0].due;
    assert_eq!(
        due,
        Some("2027-03-01".parse().unwrap()),
        "typed and taken over"
    );
}
