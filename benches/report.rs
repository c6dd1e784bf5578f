//! Benchmark: the full PDF report of the largest example (Rivierduin: 10 respondents, 340
//! answers, 15 pages), from the loaded assessment to the finished bytes with the assessment
//! attached. Budget: ≤ 50 ms median in a release build, and ≤ 300 KB.
//!
//! The bundled fonts are parsed once per process (on the first report); the measured runs
//! include evaluation, layout, font subsetting, compression and the attachment.

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use routekaart::domain::{Framework, Lang};
use routekaart::report::render_report;
use routekaart::store;

fn bench(c: &mut Criterion) {
    let framework = Framework::embedded().unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assessments/3-rivierduin-samen-aan-de-slag.ron");
    let assessment = store::load_assessment(&path).unwrap();
    let first = std::time::Instant::now();
    let bytes = render_report(&framework, &assessment, Lang::Nl).unwrap();
    let first = first.elapsed();
    #[expect(
        clippy::print_stderr,
        reason = "the size is part of the benchmark's result"
    )]
    {
        eprintln!(
            "report: {} bytes ({:.0} KB); first report, including parsing the fonts: {first:?}",
            bytes.len(),
            bytes.len() as f64 / 1024.0
        );
    }
    assert!(bytes.len() <= 300 * 1024, "over the size budget");
    c.bench_function("full report, largest example", |b| {
        b.iter(|| render_report(&framework, &assessment, Lang::Nl).unwrap());
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
