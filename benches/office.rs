//! Benchmark: the Word report of the largest example (Rivierduin: 10 respondents, 340
//! answers, three charts painted at 300 dpi), and the comparison workbook of 1 000
//! assessments (the examples copied under 1 000 region names). Budgets: a Word report
//! ≤ 100 ms and a workbook of 1 000 rows ≤ 200 ms, medians in a release build.

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use routekaart::domain::compare::{self, Row};
use routekaart::domain::{Framework, Lang};
use routekaart::report::{ReportFormat, render_report_as};
use routekaart::store;

fn bench(c: &mut Criterion) {
    let framework = Framework::embedded().unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assessments/3-rivierduin-samen-aan-de-slag.ron");
    let assessment = store::load_assessment(&path).unwrap();
    let word = || render_report_as(&framework, &assessment, Lang::Nl, ReportFormat::Word).unwrap();
    let docx = word();

    let examples: Vec<Row> = crate_examples()
        .iter()
        .map(|p| compare::row(&framework, "x", &store::load_assessment(p).unwrap()))
        .collect();
    let rows: Vec<Row> = (0..1000)
        .map(|n| {
            let mut row = examples[n % examples.len()].clone();
            row.region = format!("Regio {n:04}");
            row.source = format!("regio-{n:04}.ron");
            row
        })
        .collect();
    let comparison = compare::from_rows(&framework, rows);
    let scope = "Alle 1 000 evaluaties; geen filter.";
    let workbook = || store::comparison_xlsx(&framework, &comparison, scope, Lang::Nl).unwrap();
    let xlsx = workbook();
    #[expect(
        clippy::print_stderr,
        reason = "the sizes are part of the benchmark's result"
    )]
    {
        eprintln!(
            "Word report: {:.0} KB; workbook of {} rows: {:.0} KB",
            docx.len() as f64 / 1024.0,
            comparison.rows.len(),
            xlsx.len() as f64 / 1024.0
        );
    }
    c.bench_function("Word report, largest example", |b| b.iter(word));
    c.bench_function("comparison workbook, 1000 rows", |b| b.iter(workbook));
}

fn crate_examples() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assessments");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

criterion_group!(benches, bench);
criterion_main!(benches);
