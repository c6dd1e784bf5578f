//! Benchmark: one frame of the workshop screen with 20 respondents on 30 items.
//! Budget (issue 6): ≤ 4 ms CPU per frame, median, release build.
//!
//! Frames are drawn headless with `egui::Context::run_ui` (layout and tessellation input, no
//! GPU), after a few warm-up frames so fonts and text layout caches are as in a running app.

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use routekaart::domain::assessment::{
    Answer, AnswerValue, Assessment, Domain, Form, Mode, Respondent,
};
use routekaart::domain::{Date, Framework, Lang, Level};
use routekaart::ui::workshop::WorkshopScreen;

const PEOPLE: usize = 20;
const ITEMS: usize = 30;

/// 20 respondents (social, medical, residents, other), every one of the first 30 items answered
/// except the last `open` respondents on item `current`.
fn workshop(framework: &Framework, current: usize, open: usize) -> Assessment {
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
    for r in 0..PEOPLE {
        a.respondents.push(Respondent {
            label: format!("R{r:02}"),
            name: Some(format!("Deelnemer {r}")),
            domain: domains[r % domains.len()],
            organisation: None,
            role: String::new(),
        });
    }
    let ids: Vec<String> = framework
        .questions_for(false)
        .take(ITEMS)
        .map(|q| q.id.clone())
        .collect();
    for (qi, id) in ids.iter().enumerate() {
        for r in 0..PEOPLE {
            if qi == current && r >= PEOPLE - open {
                continue;
            }
            let level = Level::new(((r * 7 + qi * 3) % 5 + 1) as u8).unwrap();
            a.answers.push(Answer {
                respondent: format!("R{r:02}").into(),
                question: id.as_str().into(),
                round: 1,
                value: AnswerValue::Level(level),
                meta: None,
                note: String::new(),
                evidence: String::new(),
            });
        }
    }
    a.meta.privacy.show_names = true;
    a
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    }
}

fn bench_frame(c: &mut Criterion, name: &str, mut screen: WorkshopScreen, mut a: Assessment) {
    let framework = Framework::embedded().unwrap();
    let ctx = egui::Context::default();
    let frame = |screen: &mut WorkshopScreen, a: &mut Assessment| {
        ctx.run_ui(input(), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                let _ = screen.ui(ui, &framework, a, Lang::Nl);
            });
        })
    };
    for _ in 0..5 {
        frame(&mut screen, &mut a);
    }
    c.bench_function(name, |b| b.iter(|| frame(&mut screen, &mut a)));
}

fn frames(c: &mut Criterion) {
    let framework = Framework::embedded().unwrap();
    let current = ITEMS - 1;

    // Answering the last item: 12 of 20 answered, the option cards up.
    let mut answering = WorkshopScreen::new();
    answering.go_to(current);
    bench_frame(
        c,
        "workshop frame: answering (20 people, 30 items)",
        answering,
        workshop(&framework, current, 8),
    );

    // Fast entry of paper ballots on the same item: the 20-row grid.
    let mut fast = WorkshopScreen::new();
    fast.go_to(current);
    fast.set_fast_entry(true);
    bench_frame(
        c,
        "workshop frame: fast entry (20 people, 30 items)",
        fast,
        workshop(&framework, current, 8),
    );

    // The reveal of the last item, everyone answered.
    let mut revealed = WorkshopScreen::new();
    revealed.go_to(current);
    bench_frame(
        c,
        "workshop frame: reveal (20 people, 30 items)",
        revealed,
        workshop(&framework, current, 0),
    );
}

fn list(c: &mut Criterion) {
    let framework = Framework::embedded().unwrap();
    // The discussion list after round 1: every item revealed, sorted each frame.
    let mut queue = WorkshopScreen::new();
    queue.open_discussion_list();
    bench_frame(
        c,
        "workshop frame: discussion list (20 people, 30 items)",
        queue,
        workshop(&framework, 0, 0),
    );
}

criterion_group!(benches, frames, list);
criterion_main!(benches);
