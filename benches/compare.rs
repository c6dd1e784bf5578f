//! Benchmark: loading and evaluating 1 000 assessment files, against reading their bytes.
//! Budget: ≤ 1 s. Reading the same files' bytes is measured beside it, for scale.
//!
//! The files are the five example regions (1 to 10 respondents, 24 to 340 answers), each
//! copied 200 times under another region name, in a temporary folder: once as the examples
//! are written (one line per answer, 19 MB) and once as the app saves them (every field on its
//! own line, as in a saved file or a report's attachment, 40 MB).

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use routekaart::domain::Framework;
use routekaart::domain::compare::from_rows;
use routekaart::store;

#[path = "support/copies.rs"]
mod support;

use support::Layout;

/// The five examples, copied under other region names up to 1 000 files.
fn thousand_files(layout: Layout) -> (tempfile::TempDir, Vec<PathBuf>) {
    support::copies("assessments", 1000, layout, |_, n| format!("Regio {n:04}"))
}

fn bench(c: &mut Criterion) {
    let framework = Framework::embedded().unwrap();
    for (name, layout) in [
        ("1000 files as written", Layout::AsWritten),
        ("1000 files as saved", Layout::AsSaved),
    ] {
        let (dir, files) = thousand_files(layout);
        let folder = vec![dir.path().to_owned()];
        let mut group = c.benchmark_group(name);
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(20));
        group.bench_function("read bytes", |b| {
            b.iter(|| {
                files
                    .iter()
                    .map(|f| std::fs::read(f).unwrap().len())
                    .sum::<usize>()
            });
        });
        // What the comparison screen and `routekaart compare` do: every file read, parsed and
        // evaluated on the worker that read it, then the rows gathered into one comparison.
        group.bench_function("load and evaluate", |b| {
            b.iter(|| {
                let loaded = store::load_rows(&framework, &folder, &|_, _| {});
                let rows = loaded.assessments.into_iter().map(|(_, r)| r).collect();
                from_rows(&framework, rows).rows.len()
            });
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);

/// The allocator the `routekaart` binary uses (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
