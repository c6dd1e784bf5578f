//! The example assessments: each loads, agrees with the framework and round-trips losslessly.

use routekaart::domain::Framework;
use routekaart::domain::assessment::{self, Severity};
use routekaart::store;

use crate::example_files;

#[test]
fn there_are_at_least_four_examples() {
    assert!(example_files().len() >= 4, "at least four example regions");
}

#[test]
fn every_example_loads_and_checks_clean() {
    let framework = Framework::embedded().unwrap();
    for path in example_files() {
        let assessment = store::load_assessment(&path)
            .unwrap_or_else(|e| panic!("{}", e.message(routekaart::domain::Lang::En)));
        assert!(
            assessment.meta.example,
            "{} is marked as an example",
            path.display()
        );
        let findings = assessment::check(&framework, &assessment);
        let errors: Vec<_> = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        assert!(
            findings.is_empty(),
            "{} has warnings: {findings:?}",
            path.display()
        );
    }
}

#[test]
fn every_example_round_trips() {
    for path in example_files() {
        let assessment = store::load_assessment(&path).unwrap();
        let text = store::assessment_to_ron(&assessment).unwrap();
        let again = store::assessment_from_ron(&text, &path).unwrap();
        assert_eq!(
            again,
            assessment,
            "{} survives a round trip",
            path.display()
        );

        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("copy.ron");
        store::save_assessment(&copy, &assessment).unwrap();
        assert_eq!(
            store::load_assessment(&copy).unwrap(),
            assessment,
            "{} survives save and load",
            path.display()
        );
        assert_eq!(
            std::fs::read_to_string(&copy).unwrap(),
            text,
            "saving is deterministic"
        );
    }
}

/// Files made with framework 1.0 keep working: they open, evaluate, and the check names the
/// questions whose old answers no longer count and those the file lacks.
#[test]
fn framework_one_zero_files_open_evaluate_and_name_what_they_lack() {
    use routekaart::domain::evaluate;
    let framework = Framework::embedded().unwrap();
    let dir = crate::root().join("tests/fixtures/v1.0");

    // A quick scan of 1.0 had eight questions; the 1.1 quick scan asks twelve.
    let quick = store::load_assessment(&dir.join("2-veenmonde-gezamenlijke-agenda.ron")).unwrap();
    assert_eq!(quick.meta.framework.version, "1.0");
    let findings = assessment::check(&framework, &quick);
    let lacks = findings
        .iter()
        .find(|f| f.en.starts_with("The file lacks"))
        .expect("the missing questions are named");
    for q in [
        "alignment.priorities",
        "parity.residents",
        "trust.knowing_each_other",
    ] {
        let text = &framework.question(q).unwrap().text;
        assert!(lacks.en.contains(&text.en), "{q} is named: {}", lacks.en);
        let nl = findings
            .iter()
            .find(|f| f.nl.starts_with("Het bestand mist"))
            .unwrap();
        assert!(nl.nl.contains(&text.nl), "{q} is named in Dutch: {}", nl.nl);
    }
    assert!(
        findings.iter().all(|f| f.severity == Severity::Warning),
        "{findings:?}"
    );
    let e = evaluate(&framework, &quick);
    let p = e.placement.as_ref().unwrap();
    assert_eq!(
        p.stage,
        routekaart::domain::Level::new(2).unwrap(),
        "still stage 2"
    );
    assert!(p.provisional(), "the missing questions make it provisional");
    assert!(
        p.to_confirm.iter().any(|q| q == "parity.decisions"),
        "the missing stage-5 gate is unknown: {:?}",
        p.to_confirm
    );

    // A full 1.0 workshop: answers at options that changed meaning count as unknown.
    let full = store::load_assessment(&dir.join("4-klaverstad-gedeelde-verantwoordelijkheid.ron"))
        .unwrap();
    let findings = assessment::check(&framework, &full);
    let revised = findings
        .iter()
        .find(|f| f.en.starts_with("Since framework 1.1"))
        .expect("the revised questions are named");
    assert!(
        revised
            .en
            .contains(&framework.question("parity.decisions").unwrap().text.en),
        "{}",
        revised.en
    );
    let e = evaluate(&framework, &full);
    let decisions = e.item("parity.decisions").unwrap();
    assert!(
        decisions.outdated > 0,
        "old answers at changed options are set aside"
    );
    let current = store::load_assessment(
        &crate::root().join("assessments/4-klaverstad-gedeelde-verantwoordelijkheid.ron"),
    )
    .unwrap();
    assert_eq!(
        evaluate(&framework, &current)
            .item("parity.decisions")
            .unwrap()
            .outdated,
        0,
        "answered anew for 1.1, nothing is set aside"
    );
    assert_eq!(
        e.stage(),
        evaluate(&framework, &current).stage(),
        "the same stage, 4"
    );
}
