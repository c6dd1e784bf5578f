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
