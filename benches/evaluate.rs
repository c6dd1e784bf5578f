//! Benchmark: evaluating a workshop assessment with 40 respondents who answered every item.
//! Budget (issue 3): ≤ 1 ms median in a release build.

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use routekaart::domain::assessment::{
    Answer, AnswerValue, Assessment, Domain, Form, Mode, Respondent,
};
use routekaart::domain::{Date, Framework, Level, evaluate};

/// 40 respondents over four domains; levels vary by respondent and question, deterministically.
fn workshop(framework: &Framework) -> Assessment {
    let mut a = Assessment::new(
        &framework.id,
        &framework.version,
        "Benchregio",
        Date::new(2026, 6, 1).unwrap(),
        Mode::Workshop,
        Form::Full,
    );
    let domains = [
        Domain::Social,
        Domain::Medical,
        Domain::Social,
        Domain::Medical,
        Domain::Residents,
    ];
    for r in 0..40u32 {
        let label = format!("R{r:02}");
        a.respondents.push(Respondent {
            label: label.clone(),
            name: None,
            domain: domains[(r as usize) % domains.len()],
            organisation: None,
            role: String::new(),
        });
        for (q, question) in framework.questions.iter().enumerate() {
            let level = Level::new(((r as usize * 7 + q * 3) % 5 + 1) as u8).unwrap();
            a.answers.push(Answer {
                respondent: label.as_str().into(),
                question: question.id.as_str().into(),
                round: 1,
                value: AnswerValue::Level(level),
                meta: question.meta.as_ref().map(|_| level),
                note: String::new(),
                evidence: String::new(),
            });
        }
    }
    a
}

fn bench(c: &mut Criterion) {
    let framework = Framework::embedded().unwrap();
    let assessment = workshop(&framework);
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
