//! The command line as a user meets it.

use clap::Parser as _;
use routekaart::cli::{Args, Outcome, Streams, run};

/// Runs the command line with `args` (without the program name): how it ended, what it
/// wrote to standard output and what to standard error.
pub(crate) fn run_streams(args: &[&str]) -> (Outcome, String, String) {
    let args =
        Args::try_parse_from(std::iter::once("routekaart").chain(args.iter().copied())).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let outcome = run(
        &args,
        &mut Streams {
            out: &mut out,
            err: &mut err,
        },
    );
    (
        outcome,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// Runs the command line with `args`: whether it succeeded, and everything it wrote (output,
/// then errors).
pub(crate) fn run_cli(args: &[&str]) -> (bool, String) {
    let (outcome, out, err) = run_streams(args);
    (outcome == Outcome::Done, out + &err)
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

/// The binary as a script meets it: results on standard output, problems on standard
/// error, and the exit codes `--help` documents (0 done, 1 input rejected, 2 usage).
#[test]
fn exit_codes_and_streams_are_as_documented() {
    use std::process::Command;
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_routekaart"))
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    let example = crate::root().join("assessments/3-rivierduin-samen-aan-de-slag.ron");
    let example = example.to_str().unwrap();
    let dir = tempfile::tempdir().unwrap();

    let (code, out, err) = run(&["summary", example]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("Rivierduin") && err.is_empty(), "{out}\n{err}");

    let missing = dir.path().join("weg.ron");
    let (code, out, err) = run(&["summary", missing.to_str().unwrap()]);
    assert_eq!(code, Some(1), "a missing file is a rejected input");
    assert!(out.is_empty(), "nothing on standard output: {out}");
    assert!(err.contains("het bestaat niet"), "{err}");

    let (code, out, err) = run(&["summary", example, "--no-such-option"]);
    assert_eq!(
        code,
        Some(2),
        "an unknown option is a usage error: {out}{err}"
    );
    assert!(out.is_empty() && !err.is_empty(), "{out}\n{err}");

    let report = dir.path().join("r.pdf");
    let report = report.to_str().unwrap();
    assert_eq!(run(&["report", example, "-o", report]).0, Some(0));
    let (code, out, err) = run(&["report", report, "-o", report]);
    assert_eq!(
        code,
        Some(2),
        "a report over its own input is a usage error"
    );
    assert!(out.is_empty() && err.contains("niets veranderd"), "{err}");

    std::fs::write(dir.path().join("kapot.ron"), "Assessment(").unwrap();
    let (code, out, err) = run(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(code, Some(1), "one bad file fails the check");
    assert!(out.starts_with("✓ ") && out.contains("r.pdf"), "{out}");
    assert!(err.starts_with("✗ ") && err.contains("kapot.ron"), "{err}");
    assert!(
        !out.contains("kapot.ron") && !err.contains("r.pdf"),
        "{out}\n{err}"
    );

    let (code, help, _) = run(&["--help"]);
    assert_eq!(code, Some(0));
    for line in ["0  done", "1  an input was rejected", "2  usage"] {
        assert!(help.contains(line), "--help documents {line:?}: {help}");
    }
}

/// `validate` reads with the same loader as everything else: a `.RON` in capitals and a
/// report in a folder are checked, and a fake PDF is told it is not one.
#[test]
fn validate_checks_every_kind_of_file_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let example = crate::root().join("assessments/2-veenmonde-gezamenlijke-agenda.ron");
    std::fs::copy(&example, dir.path().join("HOOFDLETTERS.RON")).unwrap();
    std::fs::copy(&example, dir.path().join("HOOFDLETTERS.ron.txt")).unwrap();
    let (ok, out) = run_cli(&[
        "report",
        example.to_str().unwrap(),
        "-o",
        dir.path().join("rapport.pdf").to_str().unwrap(),
    ]);
    assert!(ok, "{out}");
    std::fs::write(dir.path().join("nep.pdf"), "Beste Jan, dit is geen PDF.").unwrap();
    let (outcome, out, err) = run_streams(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(outcome, Outcome::Rejected, "{out}{err}");
    assert_eq!(
        out.lines().filter(|l| l.starts_with('✓')).count(),
        2,
        "{out}"
    );
    assert!(
        out.contains("HOOFDLETTERS.RON") && out.contains("rapport.pdf"),
        "{out}"
    );
    assert!(!out.contains(".txt"), "other files are not checked: {out}");
    assert!(
        err.contains("nep.pdf") && err.contains("Dit is geen PDF-bestand"),
        "{err}"
    );
    assert!(!err.contains("invalid file header"), "{err}");
}

/// Bytes that are not text are told with the place of the first one.
#[test]
fn bytes_that_are_not_text_are_told_with_their_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regio.ron");
    std::fs::write(&path, b"Assessment(\n    x: \"caf\xe9\",\n").unwrap();
    let (outcome, _, err) = run_streams(&["summary", path.to_str().unwrap()]);
    assert_eq!(outcome, Outcome::Rejected);
    assert!(
        err.contains("regel 2, kolom 12") && err.contains("geen leesbare tekst"),
        "{err}"
    );
    assert!(!err.contains("stream did not contain"), "{err}");
}
