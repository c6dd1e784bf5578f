//! The `routekaart` binary: without a command (or with `open FILE`) it opens the window;
//! other commands run headless in [`routekaart::cli`].
//!
//! On Windows it is a window program, so a double-click opens no console window; started from
//! a terminal it attaches to that terminal, so the commands print there.

// A window program on Windows (no console window of its own).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser as _;
use routekaart::cli::{Args, Command};

/// mimalloc rather than the system allocator: reading and evaluating a folder of assessments
/// makes and frees many small strings on every core, where glibc's allocator was a fifth of
/// the time (`benches/compare.rs` uses the same allocator).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    #[cfg(windows)]
    windows_console::attach_to_parent();
    let args = Args::parse();
    let open = match &args.command {
        None => None,
        Some(Command::Open { file }) => file.clone(),
        Some(_) => {
            let mut io = routekaart::cli::Streams {
                out: &mut std::io::stdout().lock(),
                err: &mut std::io::stderr().lock(),
            };
            return routekaart::cli::run(&args, &mut io).into();
        }
    };
    let framework = match &args.framework {
        Some(path) => routekaart::store::load_framework(path).map_err(|e| e.message(args.lang)),
        None => routekaart::domain::Framework::embedded().map_err(|e| e.to_string()),
    };
    let result = framework.map_err(anyhow::Error::msg).and_then(|framework| {
        let config = routekaart::ui::Config {
            open,
            // Set only to measure start-up: report the first frame's time and close.
            startup_probe: std::env::var_os("ROUTEKAART_STARTUP_PROBE").map(|_| started),
            frame_log: std::env::var_os("ROUTEKAART_FRAME_LOG").is_some(),
            settings: None,
            ..routekaart::ui::Config::default()
        };
        routekaart::ui::run(framework, config)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // The window could not open (e.g. no display): say why and what still works.
            let _ = writeln!(
                std::io::stderr(),
                "{}: {err}\n{}",
                args.lang
                    .pick("Het venster kon niet openen", "The window could not open"),
                args.lang.pick(
                    "De opdrachten werken ook zonder venster: routekaart --help",
                    "The commands also work without a window: routekaart --help"
                )
            );
            ExitCode::FAILURE
        }
    }
}

/// The terminal a Windows window program was started from.
#[cfg(windows)]
mod windows_console {
    use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
        SetStdHandle,
    };

    /// Sends output to the console of the program that started this one (cmd, PowerShell,
    /// Windows Terminal). Output that was redirected to a file or a pipe stays redirected;
    /// started from Explorer there is no such console and nothing changes.
    #[expect(
        unsafe_code,
        reason = "the Windows console calls have no safe wrapper in the standard library"
    )]
    pub fn attach_to_parent() {
        let present = |handle: HANDLE| !handle.is_null() && handle != INVALID_HANDLE_VALUE;
        // SAFETY: these calls take and return plain handle values and touch no memory of
        // this program; a failed call changes nothing.
        unsafe {
            let out = GetStdHandle(STD_OUTPUT_HANDLE);
            let err = GetStdHandle(STD_ERROR_HANDLE);
            if present(out) && present(err) {
                return;
            }
            if AttachConsole(ATTACH_PARENT_PROCESS) == 0 {
                return;
            }
            // Attaching points both at the console; keep what was redirected.
            if present(out) {
                SetStdHandle(STD_OUTPUT_HANDLE, out);
            }
            if present(err) {
                SetStdHandle(STD_ERROR_HANDLE, err);
            }
        }
    }
}
