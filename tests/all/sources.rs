//! Every source reference in the shipped framework points at an existing, non-blank line
//! range of the named source document.
//!
//! The source documents are not part of the product (it only cites them); they sit beside
//! the repository in `../shared/seeds`, or wherever `ROUTEKAART_SEEDS` points. Where they are
//! not (a fresh clone on its own), the passage check says so and is skipped; CI has them and
//! sets `ROUTEKAART_REQUIRE_SEEDS`, so there a missing folder fails.

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
    let dir = seeds_dir();
    if !dir.is_dir() {
        assert!(
            std::env::var_os("ROUTEKAART_REQUIRE_SEEDS").is_none(),
            "source documents expected in {}",
            dir.display()
        );
        // Straight to the terminal: the test harness holds back what `eprintln!` prints.
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "note: skipped checking source passages: no source documents in {} (set ROUTEKAART_SEEDS)",
            dir.display()
        );
        return;
    }
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

/// What users see of a source is document and section, never our text copy's line numbers,
/// and never the internal document.
#[test]
fn citations_name_document_and_section_and_never_the_internal_document() {
    let framework = Framework::embedded().unwrap();
    let internal: Vec<&str> = framework
        .documents
        .iter()
        .filter(|d| d.internal)
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(internal, ["002"], "one internal document");
    let mut cited = 0;
    let mut uncited = Vec::new();
    for q in &framework.questions {
        let c = framework.citations(&q.sources);
        cited += c.len();
        if c.is_empty() {
            uncited.push(q.id.to_string());
        }
        for c in &c {
            assert!(
                !c.contains(", r. ") && !c.contains(", l. "),
                "{}: {c}",
                q.id
            );
            assert!(
                !c.contains("002") && !c.contains("handreiking"),
                "{}: {c}",
                q.id
            );
        }
    }
    for i in &framework.instruments {
        let c = framework.citations(&i.sources);
        cited += c.len();
        if c.is_empty() {
            uncited.push(i.id.to_string());
        }
    }
    assert!(cited > framework.questions.len(), "citations are shown");
    assert!(
        uncited.is_empty(),
        "every item keeps a public source: {uncited:?}"
    );
    let shared_agenda = framework.question("alignment.shared_agenda").unwrap();
    assert!(
        framework
            .citations(&shared_agenda.sources)
            .contains(&"Pionieren in niemandsland, §5.1".to_owned()),
        "{:?}",
        framework.citations(&shared_agenda.sources)
    );
}
