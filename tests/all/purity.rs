//! `src/domain` stays pure: no UI, PDF or dialog crates, no file system, no clock.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn domain_names_no_ui_pdf_dialog_file_or_clock() {
    let mut files = Vec::new();
    rust_files(&crate::root().join("src/domain"), &mut files);
    assert!(files.len() > 5, "the domain module was found");
    let forbidden = [
        "egui",
        "eframe",
        "printpdf",
        "rfd",
        "std::fs",
        "SystemTime",
        "Instant::now",
        "std::env",
    ];
    let mut hits = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in forbidden {
                if code.contains(word) {
                    hits.push(format!("{}:{}: {word}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        hits.is_empty(),
        "src/domain must stay pure:\n{}",
        hits.join("\n")
    );
}
