//! `routekaart report FILE [-o OUT.pdf]`: the PDF report of an assessment.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::domain::{Framework, Lang};
use crate::{report, store};

/// The default output: the assessment's path with `.pdf`; for a report read as input,
/// `<name>-rapport.pdf` beside it, so a report never replaces the file it was read from.
pub fn default_output(file: &Path) -> PathBuf {
    let is_pdf = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if is_pdf {
        let stem = file
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        file.with_file_name(format!("{stem}-rapport.pdf"))
    } else {
        file.with_extension("pdf")
    }
}

/// Whether two paths name the same file (one that exists).
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// Loads the assessment, writes the report and says where it went.
pub fn run(
    framework: &Framework,
    file: &Path,
    output: Option<&Path>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let assessment = match store::load_assessment(file) {
        Ok(assessment) => assessment,
        Err(err) => {
            writeln!(out, "{}", err.message(lang))?;
            return Ok(false);
        }
    };
    let target = output.map_or_else(|| default_output(file), Path::to_path_buf);
    if same_file(&target, file) {
        writeln!(
            out,
            "{} ({})",
            lang.pick(
                "Het rapport zou het bestand vervangen waaruit het gelezen wordt; kies met -o een andere naam. Er is niets veranderd.",
                "The report would replace the file it is read from; choose another name with -o. Nothing was changed."
            ),
            file.display()
        )?;
        return Ok(false);
    }
    match report::save_report(framework, &assessment, lang, &target) {
        Ok(()) => {
            writeln!(
                out,
                "{} {} — {} {}",
                lang.pick("Rapport geschreven:", "Report written:"),
                target.display(),
                lang.pick("bijgevoegd:", "attached:"),
                report::attachment_text(&assessment, lang)
            )?;
            Ok(true)
        }
        Err(err) => {
            writeln!(out, "{}", err.message(lang))?;
            Ok(false)
        }
    }
}
