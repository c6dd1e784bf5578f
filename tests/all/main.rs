//! Integration tests of Routekaart, in one test binary (one build, one link).

#![expect(
    clippy::unwrap_used,
    reason = "tests fail loudly on any unexpected error; helpers outside #[test] fns included"
)]

mod calibration;
mod cli;
mod compare;
mod compare_ui;
mod engine_props;
mod examples;
mod framework;
mod golden;
mod kill;
mod layout;
mod office;
mod purity;
mod report;
mod report_pdf;
mod sources;
mod store;
mod ui;
mod ui_flows;
mod workshop;
mod workshop_ui;
mod workshop_ui_session;

use std::path::{Path, PathBuf};

/// The crate root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every example assessment shipped in `assessments/`, sorted.
pub fn example_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("assessments"))
        .expect("assessments/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// The minimal valid framework used to build broken variants.
pub fn minimal_framework() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/minimal_framework.ron")).unwrap()
}
