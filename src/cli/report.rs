//! `routekaart report FILE [-o OUT.pdf|OUT.docx]`: the report of an assessment, as a PDF or
//! (for `.docx`) a Word document.

use std::io;
use std::path::{Path, PathBuf};

use super::{Outcome, Streams};
use crate::domain::assessment::Assessment;
use crate::domain::evaluate::explain::count;
use crate::domain::{Framework, Lang};
use crate::{report, store};

/// The default output: the assessment's path with `.pdf`; for a report read as input (PDF
/// or Word), `<name>-rapport.pdf` beside it, so a report never replaces the file it was read
/// from.
pub fn default_output(file: &Path) -> PathBuf {
    let is_report = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf") || e.eq_ignore_ascii_case("docx"));
    if is_report {
        let stem = file
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        file.with_file_name(format!("{stem}-rapport.pdf"))
    } else {
        file.with_extension("pdf")
    }
}

/// The action plan's default output: `<name>-actieplan.xlsx` beside the file.
pub fn default_plan_output(file: &Path) -> PathBuf {
    let stem = file
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    file.with_file_name(format!("{stem}-actieplan.xlsx"))
}

/// Loads the assessment and writes its action plan as a workbook; says where it went.
pub fn plan(
    framework: &Framework,
    file: &Path,
    output: Option<&Path>,
    lang: Lang,
    io: &mut Streams<'_>,
) -> io::Result<Outcome> {
    let target = output.map_or_else(|| default_plan_output(file), Path::to_path_buf);
    let assessment = match load_for(file, &target, lang.pick(
        "Het actieplan zou het bestand vervangen waaruit het gelezen wordt; kies met -o een andere naam. Er is niets veranderd.",
        "The action plan would replace the file it is read from; choose another name with -o. Nothing was changed.",
    ), lang, io)? {
        Ok(assessment) => assessment,
        Err(outcome) => return Ok(outcome),
    };
    match store::save_plan_xlsx(&target, framework, &assessment, lang) {
        Ok(()) => {
            writeln!(
                io.out,
                "{} {} ({})",
                lang.pick("Actieplan geschreven:", "Action plan written:"),
                target.display(),
                count(
                    assessment.actions.len(),
                    lang.pick("actie", "action"),
                    lang.pick("acties", "actions")
                )
            )?;
            Ok(Outcome::Done)
        }
        Err(err) => {
            writeln!(io.err, "{}", err.message(lang))?;
            Ok(Outcome::Rejected)
        }
    }
}

/// Loads the assessment a file is made from, unless the file to write (`target`) is that
/// very input: then nothing is read or written and the user is told `refusal` (a usage
/// error). A file that cannot be read is told as such (rejected).
fn load_for(
    file: &Path,
    target: &Path,
    refusal: &str,
    lang: Lang,
    io: &mut Streams<'_>,
) -> io::Result<Result<Assessment, Outcome>> {
    if same_file(target, file) {
        writeln!(io.err, "{refusal} ({})", file.display())?;
        return Ok(Err(Outcome::Usage));
    }
    match store::load_assessment(file) {
        Ok(assessment) => Ok(Ok(assessment)),
        Err(err) => {
            writeln!(io.err, "{}", err.message(lang))?;
            Ok(Err(Outcome::Rejected))
        }
    }
}

/// Whether two paths name the same file (one that exists).
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// Loads the assessment, writes the report and says where it went. Asking to write the
/// report over its own input is a usage error: nothing is written.
pub fn run(
    framework: &Framework,
    file: &Path,
    output: Option<&Path>,
    lang: Lang,
    io: &mut Streams<'_>,
) -> io::Result<Outcome> {
    let target = output.map_or_else(|| default_output(file), Path::to_path_buf);
    let assessment = match load_for(file, &target, lang.pick(
        "Het rapport zou het bestand vervangen waaruit het gelezen wordt; kies met -o een andere naam. Er is niets veranderd.",
        "The report would replace the file it is read from; choose another name with -o. Nothing was changed.",
    ), lang, io)? {
        Ok(assessment) => assessment,
        Err(outcome) => return Ok(outcome),
    };
    match report::save_report(framework, &assessment, lang, &target) {
        Ok(()) => {
            writeln!(
                io.out,
                "{} {} — {} {}",
                lang.pick("Rapport geschreven:", "Report written:"),
                target.display(),
                lang.pick("bijgevoegd:", "attached:"),
                report::attachment_text(&assessment, lang)
            )?;
            Ok(Outcome::Done)
        }
        Err(err) => {
            writeln!(io.err, "{}", err.message(lang))?;
            Ok(Outcome::Rejected)
        }
    }
}
