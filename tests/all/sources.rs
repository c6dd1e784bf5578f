//! Every source reference in the shipped framework points at an existing, non-blank line
//! range of the named source document.
//!
//! The source documents are not part of the product (it only cites them); they sit beside
//! the repository in `../shared/seeds`, or wherever `ROUTEKAART_SEEDS` points.

use std::path::PathBuf;

use routekaart::domain::Framework;

fn seeds_dir() -> PathBuf {
    std::env::var_os("ROUTEKAART_SEEDS")
        .map_or_else(|| crate::root().join("../shared/seeds"), PathBuf::from)
}

/// The lines of the seed whose file name starts with `<doc>_`.
fn seed_lines(doc: &str) -> Option<Vec<String>> {
    let dir = seeds_dir();
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("source documents expected in {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("{doc}_"))
        })?;
    Some(
        std::fs::read_to_string(entry)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect(),
    )
}

#[test]
fn every_source_reference_points_at_an_existing_passage() {
    let framework = Framework::embedded().unwrap();
    let refs = framework.all_source_refs();
    assert!(
        refs.len() >= framework.questions.len() + framework.instruments.len(),
        "every question and instrument cites"
    );
    let mut problems = Vec::new();
    for (owner, r) in refs {
        let Some(lines) = seed_lines(&r.doc) else {
            problems.push(format!("{owner}: no source document {}", r.doc));
            continue;
        };
        let (first, last) = (r.first_line as usize, r.last_line as usize);
        if first == 0 || last > lines.len() || first > last {
            problems.push(format!(
                "{owner}: {} lines {first}–{last} outside 1–{}",
                r.doc,
                lines.len()
            ));
            continue;
        }
        if lines[first - 1..last].iter().all(|l| l.trim().is_empty()) {
            problems.push(format!("{owner}: {} lines {first}–{last} are blank", r.doc));
        }
    }
    assert!(
        problems.is_empty(),
        "bad references:\n{}",
        problems.join("\n")
    );
}
