//! Shared set-up for the benchmarks: many assessment files in a temporary folder.

use std::path::PathBuf;

/// Writes `count` copies of the `.ron` files in `folder` (relative to the crate root, taken in
/// name order, round and round) to a temporary folder as `regio-NNNN.ron`, each under the
/// region name `rename(original region, n)`. Returns the folder and the files.
pub fn copies(
    folder: &str,
    count: usize,
    rename: impl Fn(&str, usize) -> String,
) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut sources: Vec<PathBuf> =
        std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder))
            .expect("the example folder")
            .map(|e| e.expect("a folder entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
    sources.sort();
    let examples: Vec<(String, String)> = sources
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("an example file");
            let region = text
                .split("region: \"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .expect("a region name")
                .to_owned();
            (text, region)
        })
        .collect();
    let mut files = Vec::new();
    for n in 0..count {
        let (text, region) = &examples[n % examples.len()];
        let path = dir.path().join(format!("regio-{n:04}.ron"));
        std::fs::write(&path, text.replacen(region.as_str(), &rename(region, n), 1))
            .expect("a copy written");
        files.push(path);
    }
    (dir, files)
}
