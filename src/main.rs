//! The `routekaart` binary: parses the command line and hands over to [`routekaart::cli`].

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let args = routekaart::cli::Args::parse();
    routekaart::cli::run(&args, &mut std::io::stdout().lock())
}
