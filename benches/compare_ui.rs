//! Benchmark: one frame of the comparison screen with 1 000 rows.
//! Budget: ≤ 4 ms per frame.
//!
//! The rows are the 19 assessments of `assessments/vergelijking`, copied under other region
//! names up to 1 000 files in a temporary folder (as in `benches/compare.rs`), loaded with
//! `store::load_rows`. A frame is a full egui pass (layout and tessellation, no GPU) at
//! 1400×900 with the table at the top, as the analyst first sees it.

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use routekaart::domain::{Framework, Lang};
use routekaart::store;
use routekaart::ui::compare::CompareScreen;

#[path = "support/copies.rs"]
#[expect(dead_code, reason = "this benchmark copies the files as written only")]
mod support;

/// The comparison set, copied up to 1 000 files; every 19 copies form one "region" with
/// several dates, like the examples.
fn thousand_files() -> tempfile::TempDir {
    support::copies(
        "assessments/vergelijking",
        1000,
        support::Layout::AsWritten,
        |region, n| format!("{region} {:02}", n / 19),
    )
    .0
}

fn bench(c: &mut Criterion) {
    let framework = Framework::embedded().unwrap();
    let dir = thousand_files();
    let loaded = store::load_rows(&framework, &[dir.path().to_owned()], &|_, _| {});
    assert_eq!(loaded.assessments.len(), 1000, "all files load");
    let mut screen = CompareScreen::new(&framework, loaded);
    let ctx = egui::Context::default();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    };
    let frame = |screen: &mut CompareScreen| {
        let output = ctx.run_ui(input(), |ui| {
            let _ = screen.ui(ui, &framework, Lang::Nl);
        });
        ctx.tessellate(output.shapes, output.pixels_per_point).len()
    };
    // Settle the layout (first frames measure column widths).
    for _ in 0..3 {
        frame(&mut screen);
    }
    c.bench_function("compare screen frame, 1000 rows", |b| {
        b.iter(|| frame(&mut screen));
    });
    // The 19 example rows alone: with virtualised rows the 1 000-row frame should cost about
    // the same, since only the visible rows are laid out.
    let examples = store::load_rows(
        &framework,
        &[concat!(env!("CARGO_MANIFEST_DIR"), "/assessments/vergelijking").into()],
        &|_, _| {},
    );
    let mut small = CompareScreen::new(&framework, examples);
    for _ in 0..3 {
        frame(&mut small);
    }
    c.bench_function("compare screen frame, 19 rows", |b| {
        b.iter(|| frame(&mut small));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
