//! Benchmark: one frame of the results screen of the largest example
//! (`assessments/3-rivierduin-samen-aan-de-slag.ron`), with the app's real `ui`: layout and
//! tessellation on the CPU, as eframe does each frame before handing triangles to the GPU.
//! Budget: ≤ 4 ms CPU per frame in a release build.
//!
//! And typing: one keystroke in the set-up screen's region field, as the window handles it
//! (the change applied, the assessment re-evaluated, the recovery file asked for, the next
//! frame drawn), with the recovery file on and off. The recovery file is written on a
//! helper thread, so the two should not differ by more than the copy handed to it.

#![expect(clippy::unwrap_used, reason = "benchmark set-up fails loudly")]
#![expect(
    missing_docs,
    reason = "criterion macros generate undocumented functions"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::App as _;
use routekaart::domain::Framework;
use routekaart::ui::command::{Command, Edit, Screen};
use routekaart::ui::{App, Config};

/// The frame and input of a 1280×860 window, after a few frames to let fonts load and
/// layouts settle, as in a window that has been open a moment.
fn settle(ctx: &egui::Context, app: &mut App) -> (eframe::Frame, egui::RawInput) {
    let mut frame = eframe::Frame::_new_kittest();
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 860.0),
        )),
        ..Default::default()
    };
    for _ in 0..5 {
        let _ = ctx.run_ui(input.clone(), |ui| app.ui(ui, &mut frame));
    }
    (frame, input)
}

fn results_frame(c: &mut Criterion) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assessments/3-rivierduin-samen-aan-de-slag.ron");
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let config = Config {
        recovery_dir: None,
        dialogs: false,
        open: Some(path),
        startup_probe: None,
        frame_log: false,
        settings: None,
    };
    let mut app = App::new(&cc, Framework::embedded().unwrap(), config);
    assert_eq!(
        app.screen(),
        Screen::Results,
        "the example opens on its results"
    );
    let (mut frame, input) = settle(&ctx, &mut app);
    c.bench_function("results screen, one frame (layout + tessellation)", |b| {
        b.iter(|| {
            let out = ctx.run_ui(input.clone(), |ui| app.ui(ui, &mut frame));
            ctx.tessellate(out.shapes, out.pixels_per_point)
        });
    });
}

fn typing_frame(c: &mut Criterion) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assessments/3-rivierduin-samen-aan-de-slag.ron");
    let dir = tempfile::tempdir().unwrap();
    for (name, recovery_dir) in [
        (
            "keystroke in set-up, recovery file on",
            Some(dir.path().to_owned()),
        ),
        ("keystroke in set-up, recovery file off", None),
    ] {
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let config = Config {
            recovery_dir,
            dialogs: false,
            open: Some(path.clone()),
            startup_probe: None,
            frame_log: false,
            settings: None,
        };
        let mut app = App::new(&cc, Framework::embedded().unwrap(), config);
        app.apply(&ctx, Command::Navigate(Screen::Setup));
        let (mut frame, input) = settle(&ctx, &mut app);
        let mut meta = app.document().unwrap().assessment().meta.clone();
        let mut n = 0u32;
        c.bench_function(name, |b| {
            b.iter(|| {
                n += 1;
                meta.region = format!("Rivierduin {n}");
                app.apply(&ctx, Command::Edit(Edit::SetMeta(meta.clone())));
                let out = ctx.run_ui(input.clone(), |ui| app.ui(ui, &mut frame));
                ctx.tessellate(out.shapes, out.pixels_per_point)
            });
        });
    }
}

criterion_group!(benches, results_frame, typing_frame);
criterion_main!(benches);
