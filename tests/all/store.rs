//! Files: bad input gets a clear error with line and column and is never touched; saves are
//! atomic and keep a backup.

use std::fs;
use std::path::Path;

use routekaart::domain::Lang;
use routekaart::store::{self, LoadError, SyntaxProblem, atomic};

use crate::example_files;

/// A valid assessment file text to break in different ways.
fn valid_text() -> String {
    fs::read_to_string(&example_files()[0]).unwrap()
}

fn write_temp(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

/// Loads a broken file and checks the error and that the file is byte-identical afterwards.
fn load_broken(text: &str) -> LoadError {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(dir.path(), "broken.ron", text);
    let before = fs::read(&path).unwrap();
    let err = store::load_assessment(&path).expect_err("a broken file must not load");
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the file is left byte-identical"
    );
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names.len(),
        1,
        "loading wrote nothing beside the file: {names:?}"
    );
    let nl = err.message(Lang::Nl);
    assert!(
        nl.ends_with(&format!("({})", path.display())),
        "path last: {nl}"
    );
    err
}

#[test]
fn malformed_ron_reports_line_and_column() {
    let text = valid_text().replacen("meta:", "meta::", 1);
    let expected_line = text.lines().position(|l| l.contains("meta::")).unwrap() + 1;
    match load_broken(&text) {
        err @ LoadError::Syntax { line, column, .. } => {
            assert_eq!(line, expected_line, "line of the error");
            assert!(column > 1, "column given");
            let nl = err.message(Lang::Nl);
            assert!(
                nl.contains(&format!("regel {line}, kolom {column}")),
                "Dutch says where: {nl}"
            );
            let en = err.message(Lang::En);
            assert!(
                en.contains(&format!("line {line}, column {column}")),
                "English says where: {en}"
            );
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn truncated_file_is_recognised() {
    let text = valid_text();
    let cut = &text[..text.len() / 2];
    match load_broken(cut) {
        err @ LoadError::Syntax {
            problem: SyntaxProblem::Truncated,
            ..
        } => {
            let message = err.message(Lang::Nl);
            assert!(message.contains("afgebroken"), "Dutch explains truncation");
            assert!(
                message.contains("kopiëren? Het bestand is niet gewijzigd"),
                "one sentence ends once: {message}"
            );
        }
        other => panic!("expected a truncation error, got {other:?}"),
    }
}

#[test]
fn newer_schema_version_is_refused_with_a_message() {
    let text = valid_text().replacen(
        "schema_version: 1,",
        "schema_version: 7,\n    signature: \"from the future\",",
        1,
    );
    match load_broken(&text) {
        err @ LoadError::NewerVersion {
            found: 7,
            supported: 1,
            ..
        } => {
            assert!(
                err.message(Lang::Nl).contains("nieuwere versie"),
                "Dutch says it is newer"
            );
            assert!(
                err.message(Lang::En).contains("newer version"),
                "English says it is newer"
            );
        }
        other => panic!("expected a newer-version error, got {other:?}"),
    }
}

#[test]
fn unknown_field_is_named_with_its_line() {
    let text = valid_text().replacen("    meta: ", "    colour: \"blue\",\n    meta: ", 1);
    let expected_line = text.lines().position(|l| l.contains("colour:")).unwrap() + 1;
    match load_broken(&text) {
        err @ LoadError::Syntax {
            line,
            problem: SyntaxProblem::UnknownField { .. },
            ..
        } => {
            assert_eq!(line, expected_line, "line of the unknown field");
            assert!(
                err.message(Lang::Nl).contains("onbekend veld \"colour\""),
                "names the field"
            );
        }
        other => panic!("expected an unknown-field error, got {other:?}"),
    }
}

#[test]
fn out_of_range_level_is_refused() {
    let text = valid_text();
    let broken = text.replacen("value: Level(", "value: Level(9", 1);
    assert_ne!(broken, text, "the example has a level answer to break");
    assert!(
        matches!(load_broken(&broken), LoadError::Syntax { .. }),
        "level 9x is not a level"
    );
}

#[test]
fn interrupted_save_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let original = valid_text();
    let path = write_temp(dir.path(), "regio.ron", &original);
    let mut assessment = store::load_assessment(&path).unwrap();
    assessment.meta.region.push_str(" (gewijzigd)");
    let new_text = store::assessment_to_ron(&assessment).unwrap();

    // The save stops after the temporary file is written and synced, before the rename.
    let prepared = atomic::prepare(&path, new_text.as_bytes()).unwrap();
    drop(prepared);

    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        original,
        "old file intact"
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    store::load_assessment(&path).expect("old file still loads");
}

#[test]
fn save_replaces_the_file_and_keeps_the_previous_version() {
    let dir = tempfile::tempdir().unwrap();
    let original = valid_text();
    let path = write_temp(dir.path(), "regio.ron", &original);
    let mut assessment = store::load_assessment(&path).unwrap();
    assessment.meta.facilitator = "Nieuwe begeleider".to_owned();
    store::save_assessment(&path, &assessment).unwrap();
    assert_eq!(
        store::load_assessment(&path).unwrap(),
        assessment,
        "new content saved"
    );
    assert_eq!(
        fs::read_to_string(atomic::backup_path(&path)).unwrap(),
        original,
        "previous version kept as backup"
    );
}

#[test]
fn saving_where_nothing_can_be_written_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let assessment = store::load_assessment(&example_files()[0]).unwrap();
    let path = dir.path().join("no-such-folder").join("regio.ron");
    let err = store::save_assessment(&path, &assessment).expect_err("the folder does not exist");
    let nl = err.message(Lang::Nl);
    assert!(
        nl.starts_with("Opslaan is niet gelukt"),
        "Dutch sentence: {nl}"
    );
    assert!(
        nl.ends_with(&format!("({})", path.display())),
        "path last: {nl}"
    );
}

#[test]
fn windows_line_endings_and_byte_order_mark_are_read() {
    let text = valid_text();
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let dir = tempfile::tempdir().unwrap();
    let plain = store::load_assessment(&write_temp(dir.path(), "a.ron", &text)).unwrap();
    let edited = store::load_assessment(&write_temp(dir.path(), "b.ron", &windows)).unwrap();
    assert_eq!(plain, edited, "same content either way");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

    /// Arbitrary bytes through every reader of user files: an error or a value, never a
    /// crash (the stable toolchain's counterpart of the fuzz targets in `fuzz/`).
    #[test]
    fn arbitrary_bytes_never_crash_a_reader(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
        let dir = tempfile::tempdir().unwrap();
        for name in ["x.ron", "x.pdf"] {
            let path = dir.path().join(name);
            std::fs::write(&path, &bytes).unwrap();
            let _ = routekaart::store::load_file(&path);
            proptest::prop_assert_eq!(std::fs::read(&path).unwrap(), bytes.clone(), "never changed by reading");
        }
        let _ = routekaart::store::attached_assessment_ron(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = routekaart::domain::Framework::from_ron(text);
        }
    }
}
