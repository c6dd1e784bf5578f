//! Comparing many assessments: bad files are reported and the rest compared; the CSV that
//! a spreadsheet reads holds the engine's figures.

use std::fs;

use routekaart::domain::compare::compare;
use routekaart::domain::{Framework, Lang, evaluate};
use routekaart::store::{self, LoadError};

use crate::example_files;

/// A folder with every example, a corrupt file and a file from a newer version.
fn mixed_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in example_files() {
        fs::copy(&file, dir.path().join(file.file_name().unwrap())).unwrap();
    }
    fs::write(
        dir.path().join("kapot.ron"),
        "Assessment(schema_version: 1, meta: (region: \"Half",
    )
    .unwrap();
    let newer = fs::read_to_string(&example_files()[0]).unwrap().replacen(
        "schema_version: 1",
        "schema_version: 2",
        1,
    );
    fs::write(dir.path().join("nieuwer.ron"), newer).unwrap();
    fs::write(dir.path().join("notities.txt"), "geen evaluatie").unwrap();
    dir
}

#[test]
fn good_files_are_compared_and_bad_ones_reported() {
    let dir = mixed_folder();
    let loaded = store::load_many(&[dir.path().to_owned()], &|_, _| {});
    assert_eq!(
        loaded.assessments.len(),
        example_files().len(),
        "every example loads"
    );
    assert_eq!(
        loaded.failed.len(),
        2,
        "the corrupt and the newer file fail; the .txt is not read"
    );
    let reasons: Vec<&LoadError> = loaded.failed.iter().map(|(_, e)| e).collect();
    assert!(
        reasons
            .iter()
            .any(|e| matches!(e, LoadError::Syntax { .. })),
        "corrupt file: syntax error"
    );
    assert!(
        reasons
            .iter()
            .any(|e| matches!(e, LoadError::NewerVersion { found: 2, .. })),
        "newer file: refused as newer"
    );

    let framework = Framework::embedded().unwrap();
    let entries: Vec<(String, _)> = loaded
        .assessments
        .into_iter()
        .map(|(p, a)| (p.file_name().unwrap().to_string_lossy().into_owned(), a))
        .collect();
    let c = compare(&framework, &entries);
    assert_eq!(c.stage_counts, [1, 1, 1, 1, 1], "one example per stage");
    let regions: Vec<&str> = c.rows.iter().map(|r| r.region.as_str()).collect();
    let mut sorted = regions.clone();
    sorted.sort_unstable();
    assert_eq!(regions, sorted, "rows sorted by region");
    let funding = c
        .barriers
        .iter()
        .find(|(id, _)| id == "funding_streams")
        .unwrap();
    assert_eq!(
        funding.1.len(),
        3,
        "three regions name separate funding streams: {:?}",
        funding.1
    );
}

#[test]
fn the_command_lists_failures_and_still_compares() {
    let dir = mixed_folder();
    let csv = dir.path().join("vergelijking.csv");
    let (outcome, out, err) = crate::cli::run_streams(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(
        outcome,
        routekaart::cli::Outcome::Rejected,
        "failures give exit code 1"
    );
    assert!(
        out.contains("Vergelijking van 5 evaluaties"),
        "the good ones are compared: {out}"
    );
    assert!(
        err.contains("nieuwere versie") && !out.contains("nieuwere versie"),
        "the newer file is named as newer, on the error stream: {err}"
    );
    assert!(csv.exists(), "the CSV is still written");
}

#[test]
fn csv_read_back_gives_the_engines_figures() {
    let framework = Framework::embedded().unwrap();
    let entries: Vec<(String, _)> = example_files()
        .iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                store::load_assessment(p).unwrap(),
            )
        })
        .collect();
    let c = compare(&framework, &entries);
    let bytes = store::comparison_csv(&framework, &c, Lang::Nl).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "UTF-8 byte-order mark for spreadsheets"
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("column {name}"))
    };
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), entries.len(), "one row per assessment");
    let mut names_with_comma = 0;
    for record in &records {
        let (_, assessment) = entries
            .iter()
            .find(|(source, _)| source == &record[column("bestand")])
            .unwrap();
        let e = evaluate(&framework, assessment);
        assert_eq!(
            record[column("fase")],
            e.stage().unwrap().to_string(),
            "stage"
        );
        let p = e.placement.as_ref().unwrap();
        assert_eq!(
            &record[column("voorlopig")],
            if p.provisional() { "ja" } else { "nee" },
            "provisional"
        );
        assert_eq!(
            record[column("fase als onbekend niet gehaald")],
            p.confirmed.to_string(),
            "stage if the unknowns stay unmet"
        );
        assert_eq!(
            record[column("deelnemers totaal")],
            e.respondent_count().to_string(),
            "respondents"
        );
        // A list cell is split on "; ", so value names with a comma stay whole.
        let blocking: Vec<&str> = record[column("blokkerende waarden")]
            .split("; ")
            .filter(|s| !s.is_empty())
            .collect();
        let expected: Vec<&str> = e
            .blockers
            .iter()
            .flat_map(|b| &b.dimensions)
            .filter_map(|d| framework.dimension(&d.dimension))
            .map(|d| d.name.nl.as_str())
            .collect();
        assert_eq!(blocking, expected, "blocking values, one per list item");
        names_with_comma += blocking.iter().filter(|n| n.contains(", ")).count();
        for d in &e.dimensions {
            let name = framework.dimension(&d.dimension).unwrap().name.nl.clone();
            assert_eq!(
                record[column(&format!("{name}: fase"))],
                d.stage.unwrap().to_string(),
                "{name} stage"
            );
            let balanced: f64 = record[column(&format!("{name}: in balans"))]
                .replace(',', ".")
                .parse()
                .unwrap();
            assert!(
                (balanced - d.balanced_mean.unwrap()).abs() < 0.005,
                "{name} balanced mean, decimal comma"
            );
        }
    }
    assert!(
        names_with_comma > 0,
        "the examples name a value with a comma in it, which stays whole"
    );
}

/// The example comparison set (`assessments/vergelijking`), loaded and compared.
fn example_comparison_set() -> (
    Vec<(String, routekaart::domain::Assessment)>,
    routekaart::domain::compare::Comparison,
) {
    let framework = Framework::embedded().unwrap();
    let folder = crate::root().join("assessments/vergelijking");
    let loaded = store::load_many(&[folder], &|_, _| {});
    assert!(loaded.failed.is_empty(), "{:?}", loaded.failed);
    let entries: Vec<(String, routekaart::domain::Assessment)> = loaded
        .assessments
        .into_iter()
        .map(|(path, a)| (path.display().to_string(), a))
        .collect();
    let comparison = compare(&framework, &entries);
    (entries, comparison)
}

#[test]
fn the_example_comparison_set_covers_many_regions_and_years() {
    let (_, comparison) = example_comparison_set();
    let mut regions: Vec<&str> = comparison.rows.iter().map(|r| r.region.as_str()).collect();
    regions.dedup();
    assert!(regions.len() >= 12, "{} regions", regions.len());
    assert!(
        comparison.rows.len() - regions.len() >= 4,
        "several regions come back over the years"
    );
    assert!(
        comparison.stage_counts.iter().filter(|&&n| n > 0).count() >= 4,
        "the set spreads over the route: {:?}",
        comparison.stage_counts
    );
    assert!(comparison.rows.iter().all(|r| r.stage.is_some()));
}

#[test]
fn each_barrier_lists_every_region_that_named_it_once() {
    let (entries, comparison) = example_comparison_set();
    assert!(!comparison.barriers.is_empty(), "the set names barriers");
    for (category, regions) in &comparison.barriers {
        // Worked out here from the files themselves: every region with an assessment that
        // names the category, each once, sorted.
        let mut expected: Vec<&str> = entries
            .iter()
            .filter(|(_, a)| a.barriers.iter().any(|b| b.category == *category))
            .map(|(_, a)| a.meta.region.as_str())
            .collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(regions, &expected, "regions naming {category}");
    }
    assert!(
        comparison
            .barriers
            .iter()
            .any(|(_, regions)| regions.len() > 1),
        "some barrier is named by several regions"
    );
}
