//! Benchmark: loading and evaluating 1 000 assessment files, against reading their bytes.
//! Budget (issue 7): ≤ 1 s, and no more than 3× the time to read the same files' bytes.
//!
//! The files are the five example regions (1 to 10 respondents, 24 to 340 answers), each
//! copied 200 times under another region name, in a temporary folder.

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use routekaart::domain::Framework;
use routekaart::domain::compare::compare;
use routekaart::store;

fn thousand_files() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let examples: Vec<(String, String)> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assessments"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .map(|p| {
                let text = std::fs::read_to_string(&p).unwrap();
                let region = text
                    .split("region: \"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .to_owned();
                (text, region)
            })
            .collect();
    let mut files = Vec::new();
    for n in 0..1000 {
        let (text, region) = &examples[n % examples.len()];
        let path = dir.path().join(format!("regio-{n:04}.ron"));
        std::fs::write(
            &path,
            text.replacen(region.as_str(), &format!("Regio {n:04}"), 1),
        )
        .unwrap();
        files.push(path);
    }
    (dir, files)
}

fn bench(c: &mut Criterion) {
    let framework = Framework::embedded().unwrap();
    let (dir, files) = thousand_files();
    let folder = vec![dir.path().to_owned()];
    let mut group = c.benchmark_group("1000 files");
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
    group.bench_function("load and evaluate", |b| {
        b.iter(|| {
            let loaded = store::load_many(&folder, &|_, _| {});
            let entries: Vec<(String, _)> = loaded
                .assessments
                .into_iter()
                .map(|(p, a)| (p.to_string_lossy().into_owned(), a))
                .collect();
            compare(&framework, &entries).rows.len()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
