//! The command line as a user meets it.

use clap::Parser as _;
use routekaart::cli::{Args, run};

/// Runs the command line with `args` (without the program name): whether it succeeded, and
/// what it printed.
pub(crate) fn run_cli(args: &[&str]) -> (bool, String) {
    let args =
        Args::try_parse_from(std::iter::once("routekaart").chain(args.iter().copied())).unwrap();
    let mut out = Vec::new();
    let code = run(&args, &mut out);
    (
        code == std::process::ExitCode::SUCCESS,
        String::from_utf8(out).unwrap(),
    )
}

#[test]
fn overview_names_the_values_and_the_commands() {
    let (ok, out) = run_cli(&[]);
    assert!(ok, "overview succeeds: {out}");
    assert!(
        out.contains("Gelijkgerichtheid"),
        "Dutch value names: {out}"
    );
    assert!(
        out.contains("routekaart validate"),
        "names the validate command: {out}"
    );
    let (_, en) = run_cli(&["--lang", "en"]);
    assert!(en.contains("Alignment"), "English value names: {en}");
}

#[test]
fn validate_accepts_the_examples_folder() {
    let folder = crate::root().join("assessments");
    let (ok, out) = run_cli(&["validate", folder.to_str().unwrap()]);
    assert!(ok, "examples validate: {out}");
    assert_eq!(
        out.lines().filter(|l| l.starts_with('✓')).count(),
        crate::example_files().len(),
        "one line per example: {out}"
    );
}

#[test]
fn validate_reports_a_broken_file_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kapot.ron");
    std::fs::write(&path, "Assessment(schema_version: 1, meta: (").unwrap();
    let (ok, out) = run_cli(&["validate", path.to_str().unwrap()]);
    assert!(!ok, "a broken file fails validation");
    assert!(
        out.contains("regel 1, kolom"),
        "says where, in Dutch: {out}"
    );
}

#[test]
fn validate_checks_a_framework_file() {
    let fixture = crate::root().join("tests/fixtures/minimal_framework.ron");
    let (ok, out) = run_cli(&["validate", fixture.to_str().unwrap()]);
    assert!(ok, "the fixture framework validates: {out}");
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("kader.ron");
    std::fs::write(
        &broken,
        crate::minimal_framework().replace("stages: (1, 2)", "stages: (2, 9)"),
    )
    .unwrap();
    let (ok, out) = run_cli(&["validate", broken.to_str().unwrap(), "--lang", "en"]);
    assert!(!ok, "a broken framework fails");
    assert!(
        out.contains("stage window (2, 9)"),
        "names the problem: {out}"
    );
}

/// A report read as input is never replaced by its own new report: by default the new one
/// goes beside it as `<name>-rapport.pdf`, and `-o` naming the input itself is refused.
#[test]
fn a_report_never_replaces_the_file_it_was_read_from() {
    let dir = tempfile::tempdir().unwrap();
    let example = crate::root().join("assessments/2-veenmonde-gezamenlijke-agenda.ron");
    let first = dir.path().join("veenmonde.pdf");
    let (ok, out) = run_cli(&[
        "report",
        example.to_str().unwrap(),
        "-o",
        first.to_str().unwrap(),
    ]);
    assert!(ok, "{out}");
    let original = std::fs::read(&first).unwrap();

    let (ok, out) = run_cli(&["report", first.to_str().unwrap()]);
    assert!(ok, "{out}");
    assert!(dir.path().join("veenmonde-rapport.pdf").exists(), "{out}");
    assert_eq!(
        std::fs::read(&first).unwrap(),
        original,
        "the input is untouched"
    );

    let (ok, out) = run_cli(&[
        "report",
        first.to_str().unwrap(),
        "-o",
        first.to_str().unwrap(),
    ]);
    assert!(!ok, "writing over the input is refused");
    assert!(out.contains("Er is niets veranderd"), "{out}");
    assert_eq!(
        std::fs::read(&first).unwrap(),
        original,
        "the input is still untouched"
    );
}

/// A reader that stops listening (`routekaart summary … | head -1`) ends the command
/// quietly: no "Broken pipe" on the terminal, and success.
#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    use std::process::{Command, Stdio};
    let example = crate::root().join("assessments/3-rivierduin-samen-aan-de-slag.ron");
    let mut child = Command::new(env!("CARGO_BIN_EXE_routekaart"))
        .args(["summary", example.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before the command writes anything.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// What the system says about a file reaches the user in their language, not as the
/// system's English ("No such file or directory (os error 2)").
#[test]
fn file_problems_are_told_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("bestaat-niet.ron");
    let (ok, out) = run_cli(&["summary", missing.to_str().unwrap()]);
    assert!(!ok);
    assert!(out.contains("het bestaat niet"), "{out}");
    assert!(!out.contains("os error"), "{out}");
    let binary = dir.path().join("binair.ron");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let (ok, out) = run_cli(&["summary", binary.to_str().unwrap(), "--lang", "en"]);
    assert!(!ok);
    assert!(out.contains("not readable text"), "{out}");
    let (_, out) = run_cli(&["summary", dir.path().to_str().unwrap()]);
    assert!(out.contains("dit is een map"), "{out}");
}

/// Text that is not an assessment at all is told so, not described as a damaged one.
#[test]
fn a_letter_is_not_a_routekaart_file() {
    let dir = tempfile::tempdir().unwrap();
    let letter = dir.path().join("brief.ron");
    std::fs::write(&letter, "Beste Jan,\n\nHierbij de stukken voor dinsdag.\n").unwrap();
    let (ok, out) = run_cli(&["summary", letter.to_str().unwrap()]);
    assert!(!ok);
    assert!(out.contains("dit is geen Routekaart-bestand"), "{out}");
    assert!(!out.contains("Expected struct"), "{out}");
    let cut = dir.path().join("afgebroken.ron");
    std::fs::write(&cut, "Assessment(schema_version: 1, meta: (").unwrap();
    let (_, out) = run_cli(&["summary", cut.to_str().unwrap()]);
    assert!(
        out.contains("afgebroken"),
        "a cut-off assessment is still called that: {out}"
    );
}
