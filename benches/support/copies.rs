//! Shared set-up for the benchmarks: many assessment files in a temporary folder.

use std::path::PathBuf;

/// How the copies are laid out.
#[derive(Clone, Copy, Debug)]
pub enum Layout {
    /// As the example files are written: one line per answer.
    AsWritten,
    /// As the app saves an assessment (and attaches it to a report): every field on its own
    /// line.
    AsSaved,
}

/// Writes `count` copies of the `.ron` files in `folder` (relative to the crate root, taken in
/// name order, round and round) to a temporary folder as `regio-NNNN.ron`, each under the
/// region name `rename(original region, n)`. Returns the folder and the files.
pub fn copies(
    folder: &str,
    count: usize,
    layout: Layout,
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
            let assessment = routekaart::store::load_assessment(p).expect("an example file");
            let text = match layout {
                Layout::AsWritten => std::fs::read_to_string(p).expect("an example file"),
                Layout::AsSaved => {
                    routekaart::store::assessment_to_ron(&assessment).expect("an example saved")
                }
            };
            (text, assessment.meta.region)
        })
        .collect();
    let mut files = Vec::new();
    for n in 0..count {
        let (text, region) = &examples[n % examples.len()];
        let path = dir.path().join(format!("regio-{n:04}.ron"));
        let renamed = text.replacen(
            &format!("region: \"{region}\""),
            &format!("region: \"{}\"", rename(region, n)),
            1,
        );
        assert_ne!(&renamed, text, "the region is renamed");
        std::fs::write(&path, renamed).expect("a copy written");
        files.push(path);
    }
    (dir, files)
}
