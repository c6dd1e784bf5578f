//! The example files shipped with the crate, for unit tests.

use std::path::{Path, PathBuf};

/// Every `.ron` file in a folder of the crate (e.g. `assessments`), sorted by name.
pub fn ron_files_in(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}
