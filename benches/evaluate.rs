//! Benchmark: evaluating a workshop assessment with 40 respondents who answered every item.
//! Budget: ≤ 1 ms median in a release build.

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use routekaart::domain::{Framework, evaluate};

#[path = "support/workshop.rs"]
mod support;

fn bench(c: &mut Criterion) {
    let framework = Framework::embedded().unwrap();
    // 40 respondents over four domains, every item answered.
    let assessment = support::workshop(&framework, 40, framework.questions.len(), |_, _| true);
    c.bench_function("evaluate 40 respondents, all items", |b| {
        b.iter(|| {
            evaluate(
                std::hint::black_box(&framework),
                std::hint::black_box(&assessment),
            )
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
