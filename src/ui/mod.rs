//! The desktop window (eframe, glow renderer).
//!
//! The app shell ([`App`]) owns the framework, the open [`document::Document`], the current
//! screen and the settings. Each screen in [`screens`] draws from what it is given and returns
//! [`command::Command`]s; the shell applies them in one place. Every number shown comes from
//! the engine's `Evaluation`. All colours and text styles live in [`theme`].

mod app;
mod chrome;
pub mod command;
pub mod compare;
pub mod document;
pub mod files;
mod screens;
pub mod settings;
pub mod text;
pub mod theme;
mod widgets;
pub mod workshop;

pub use app::{App, Config, Message};

use crate::domain::Framework;

/// The window's icon (the same picture as the Windows program's and the desktop entry's).
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/routekaart.png");

/// Opens the window and runs it until it is closed.
pub fn run(framework: Framework, config: Config) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(text::APP)
        // The name the desktop entry and the window manager know the window by.
        .with_app_id("routekaart")
        .with_inner_size([1280.0, 860.0])
        .with_min_inner_size([760.0, 520.0])
        .with_drag_and_drop(true);
    // The built-in icon always decodes (a test reads it); without it the window still opens.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(std::sync::Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        text::APP,
        options,
        Box::new(move |cc| Ok(Box::new(App::new(cc, framework, config)))),
    )
    .map_err(|err| anyhow::anyhow!("{err}"))
}

/// Reports the time from start to the first frame shown (`ROUTEKAART_STARTUP_PROBE`).
fn report_startup(elapsed: std::time::Duration) {
    use std::io::Write as _;
    // Only for measuring: a failed write has no one to tell.
    let _ = writeln!(
        std::io::stderr(),
        "first frame shown after {:.1} ms",
        elapsed.as_secs_f64() * 1000.0
    );
}

/// Logs one frame (`ROUTEKAART_FRAME_LOG`).
fn log_frame(number: u64) {
    use std::io::Write as _;
    // Only for measuring: a failed write has no one to tell.
    let _ = writeln!(std::io::stderr(), "frame {number}");
}
