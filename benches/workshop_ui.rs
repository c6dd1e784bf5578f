//! Benchmark: one frame of the workshop screen with 20 respondents on 30 items.
//! Budget: ≤ 4 ms CPU per frame, median, release build.
//!
//! Frames are drawn headless with `egui::Context::run_ui` (layout and tessellation input, no
//! GPU), after a few warm-up frames so fonts and text layout caches are as in a running app.

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use routekaart::domain::assessment::Assessment;
use routekaart::domain::{Framework, Lang};
use routekaart::ui::workshop::WorkshopScreen;

#[path = "support/workshop.rs"]
mod support;

const PEOPLE: usize = 20;
const ITEMS: usize = 30;

/// 20 respondents, every one of the first 30 items answered except the last `open`
/// respondents on item `current`; names may be shown.
fn workshop(framework: &Framework, current: usize, open: usize) -> Assessment {
    let mut a = support::workshop(framework, PEOPLE, ITEMS, |r, q| {
        q != current || r < PEOPLE - open
    });
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
