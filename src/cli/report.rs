//! `routekaart report FILE [-o OUT.pdf]`: the PDF report of an assessment.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::domain::{Framework, Lang};
use crate::{report, store};

/// The default output: the assessment's path with `.pdf`.
pub fn default_output(file: &Path) -> PathBuf {
    file.with_extension("pdf")
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
