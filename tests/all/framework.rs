//! The framework: the shipped one validates, and every kind of problem is reported with
//! its location, all at once.

use routekaart::domain::Framework;
use routekaart::domain::framework::{FrameworkError, Problem, ProblemKind};

use crate::minimal_framework;

fn problems(text: &str) -> Vec<Problem> {
    match Framework::from_ron(text) {
        Err(FrameworkError::Invalid(problems)) => problems,
        Err(other) => panic!("expected validation problems, got {other}"),
        Ok(_) => panic!("expected validation problems, the framework validated"),
    }
}

/// Replaces exactly one occurrence, so a test cannot silently edit nothing.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "fixture must contain {from:?} exactly once"
    );
    text.replacen(from, to, 1)
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle in text")
        + 1
}

#[test]
fn embedded_framework_validates_and_is_complete() {
    let framework = Framework::embedded().unwrap_or_else(|err| match err {
        FrameworkError::Invalid(problems) => {
            panic!(
                "{}",
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        }
        other @ FrameworkError::Syntax { .. } => panic!("{other}"),
    });
    let ids: Vec<&str> = framework.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        ["alignment", "parity", "collaboration", "trust"],
        "the four values"
    );
    assert_eq!(framework.stages.len(), 5, "five stages");
    for dimension in &ids {
        let count = framework.questions_of(dimension).count();
        assert!(
            count >= 7,
            "{dimension} has {count} questions, needs at least 7"
        );
        assert!(
            framework.questions_of(dimension).any(|q| q.quick_scan),
            "{dimension} has a quick-scan question"
        );
    }
    let quick = framework.questions_for(true).count();
    assert!(
        (6..=12).contains(&quick),
        "about 8 quick-scan questions, found {quick}"
    );
    let regional = framework
        .instruments
        .iter()
        .filter(|i| !i.is_national())
        .count();
    let national = framework
        .instruments
        .iter()
        .filter(|i| i.is_national())
        .count();
    assert!(
        regional >= 30,
        "at least 30 regional instruments, found {regional}"
    );
    assert!(national >= 1, "national instruments are marked as such");
    assert!(
        framework.questions.iter().any(|q| !q.gates.is_empty()),
        "gates exist"
    );
}

#[test]
fn minimal_fixture_validates() {
    let framework = Framework::from_ron(&minimal_framework()).expect("fixture is valid");
    assert_eq!(framework.questions.len(), 1, "one question");
}

/// A broken framework: a name, the text, the problem kind expected, and part of its location.
type Case = (&'static str, String, fn(&ProblemKind) -> bool, &'static str);

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one table of cases, one per problem kind"
)]
fn every_problem_kind_is_reported_with_its_location() {
    let base = minimal_framework();
    let cases: Vec<Case> = vec![
        (
            "duplicate question id",
            {
                let block = question_block(&base);
                edit(&base, &block, &format!("{block},\n{block}"))
            },
            |k| {
                matches!(
                    k,
                    ProblemKind::DuplicateId {
                        what: "question",
                        ..
                    }
                )
            },
            "questions[1]",
        ),
        (
            "unknown dimension",
            edit(
                &base,
                "dimension: \"alignment\"",
                "dimension: \"alinement\"",
            ),
            |k| matches!(k, ProblemKind::UnknownReference { what: "dimension", id } if id == "alinement"),
            "questions[0] \"alignment.shared_agenda\"",
        ),
        (
            "four options",
            edit(&base, "                (nl: \"vijf\", en: \"five\"),\n", ""),
            |k| matches!(k, ProblemKind::OptionCount { found: 4 }),
            "options",
        ),
        (
            "missing translation",
            edit(&base, "(nl: \"drie\", en: \"three\")", "(nl: \"drie\")"),
            |k| matches!(k, ProblemKind::MissingTranslation { .. }),
            "options[2]",
        ),
        (
            "stage window outside 1–5",
            edit(&base, "stages: (1, 2),", "stages: (0, 6),"),
            |k| matches!(k, ProblemKind::StageWindow { from: 0, to: 6 }),
            "instruments[0] \"working_visits\" › stages",
        ),
        (
            "gate level outside 1–5",
            edit(
                &base,
                "gate: Some((stage: 3, level: 3))",
                "gate: Some((stage: 3, level: 7))",
            ),
            |k| matches!(k, ProblemKind::LevelOutOfRange { value: 7 }),
            "gates[0] › level",
        ),
        (
            "missing stage",
            base.lines()
                .filter(|l| !l.contains("(number: 4,"))
                .collect::<Vec<_>>()
                .join("\n"),
            |k| matches!(k, ProblemKind::MissingStage { number: 4 }),
            "stages",
        ),
        (
            "backwards line range",
            edit(&base, "lines: (156, 160)", "lines: (160, 156)"),
            |k| {
                matches!(
                    k,
                    ProblemKind::LineRange {
                        first: 160,
                        last: 156
                    }
                )
            },
            "sources[0]",
        ),
        (
            "unknown document",
            edit(
                &base,
                "sources: [(doc: \"000\", lines: (156, 160))]",
                "sources: [(doc: \"009\", lines: (156, 160))]",
            ),
            |k| {
                matches!(
                    k,
                    ProblemKind::UnknownReference {
                        what: "document",
                        ..
                    }
                )
            },
            "instruments[0]",
        ),
        (
            "dangling builds_on",
            edit(
                &base,
                "dimensions: [\"alignment\"],",
                "dimensions: [\"alignment\"],\n            builds_on: [\"nothing_here\"],",
            ),
            |k| {
                matches!(
                    k,
                    ProblemKind::UnknownReference {
                        what: "instrument",
                        ..
                    }
                )
            },
            "builds_on",
        ),
        (
            "dangling addresses",
            edit(
                &base,
                "dimensions: [\"alignment\"],",
                "dimensions: [\"alignment\"],\n            addresses: [\"alignment.nothing\"],",
            ),
            |k| {
                matches!(
                    k,
                    ProblemKind::UnknownReference {
                        what: "question",
                        ..
                    }
                )
            },
            "addresses",
        ),
        (
            "no sources",
            edit(
                &base,
                "sources: [(doc: \"000\", lines: (156, 160))]",
                "sources: []",
            ),
            |k| matches!(k, ProblemKind::NoSources),
            "instruments[0]",
        ),
        (
            "bad threshold",
            edit(&base, "band_discuss: 3.0", "band_discuss: 4.5"),
            |k| matches!(k, ProblemKind::Threshold { .. }),
            "scoring",
        ),
    ];
    for (name, text, is_kind, path_part) in cases {
        let found = problems(&text);
        let problem = found
            .iter()
            .find(|p| is_kind(&p.kind))
            .unwrap_or_else(|| panic!("{name}: not reported; got {found:?}"));
        assert!(
            problem.location.path.contains(path_part),
            "{name}: location {:?} should name {path_part:?}",
            problem.location.path
        );
        if path_part != "stages" && path_part != "scoring" {
            assert!(
                problem.location.line.is_some(),
                "{name}: a line number is given"
            );
        }
    }
}

/// The text of the fixture's one question, from its opening to its closing parenthesis.
fn question_block(base: &str) -> String {
    let start = base
        .find("        (\n            id: \"alignment.shared_agenda\"")
        .unwrap();
    let end = base[start..].find("\n        ),").unwrap() + start + "\n        )".len();
    base[start..end].to_owned()
}

#[test]
fn all_problems_are_reported_at_once_with_lines() {
    let base = minimal_framework();
    let text = edit(
        &base,
        "dimension: \"alignment\"",
        "dimension: \"alinement\"",
    );
    let text = edit(&text, "stages: (1, 2),", "stages: (3, 1),");
    let text = edit(
        &text,
        "(nl: \"twee\", en: \"two\")",
        "(nl: \"\", en: \"two\")",
    );
    let found = problems(&text);
    // The misspelt dimension also leaves "alignment" without questions: four problems.
    assert_eq!(found.len(), 4, "four problems at once: {found:?}");
    assert!(
        found
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::DimensionWithoutQuestions)),
        "the dimension left without questions is reported"
    );
    let question_line = line_of(&text, "id: \"alignment.shared_agenda\"");
    assert_eq!(
        found[0].location.line,
        Some(question_line),
        "unknown dimension sits on the question's line"
    );
    let message = found[0].message(routekaart::domain::Lang::Nl);
    assert!(
        message.starts_with(&format!("regel {question_line},")),
        "Dutch message leads with the line: {message}"
    );
}

#[test]
fn syntax_errors_give_line_and_column() {
    let text = edit(
        &minimal_framework(),
        "quick_scan: true,",
        "quick_scan: true,,",
    );
    match Framework::from_ron(&text) {
        Err(FrameworkError::Syntax { line, column, .. }) => {
            assert_eq!(
                line,
                line_of(&text, "quick_scan: true,,"),
                "line of the stray comma"
            );
            assert!(column > 1, "a column is given");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn versions_compare_by_their_numbers() {
    use routekaart::domain::framework::version_before;
    assert!(version_before("1.0", "1.1"));
    assert!(version_before("1.9", "1.10"), "numbers, not text");
    assert!(version_before("1", "1.1"), "a shorter prefix comes first");
    assert!(!version_before("1.1", "1.1"));
    assert!(!version_before("1.1", "1.0"));
    assert!(!version_before("1.1", "1"));
    assert!(!version_before("2.0", "1.10"));
}
