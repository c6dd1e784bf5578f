//! The `routekaart` binary: without a command (or with `open FILE`) it opens the window;
//! other commands run headless in [`routekaart::cli`].

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
    let args = Args::parse();
    let open = match &args.command {
        None => None,
        Some(Command::Open { file }) => Some(file.clone()),
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
