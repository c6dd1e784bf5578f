//! Headless commands: everything Routekaart can do without a window.
//!
//! Output goes to a writer passed in, so tests read exactly what a user sees. Errors are
//! shown once, as sentences in the chosen language, and give a non-zero exit code.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod compare;
mod report;
mod summary;

use crate::domain::assessment::{self, Severity};
use crate::domain::evaluate::explain::count;
use crate::domain::{Framework, Lang};
use crate::store;

/// Routekaart: where your regional table stands on the route to a regionale tafel.
#[derive(Debug, Parser)]
#[command(name = "routekaart", version, about, long_about = None)]
pub struct Args {
    /// Language of the output: nl (default) or en.
    #[arg(long, global = true, default_value = "nl", value_parser = parse_lang)]
    pub lang: Lang,

    /// Use this framework file instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub framework: Option<PathBuf>,

    /// What to do; without a command, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check framework and assessment files (folders are searched for .ron files).
    /// Without files, checks the built-in framework.
    Validate {
        /// Files or folders to check.
        paths: Vec<PathBuf>,
    },

    /// Compare many assessments (files, exported PDF reports, or folders of them): stages, what holds regions
    /// back, instruments and national barriers.
    Compare {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,

        /// Also write the comparison as CSV (for a spreadsheet: `;`, decimal comma).
        #[arg(long, value_name = "OUT.csv")]
        csv: Option<PathBuf>,

        /// Also write the comparison as a PDF report.
        #[arg(short = 'o', long = "output", value_name = "OUT.pdf")]
        output: Option<PathBuf>,

        /// The date printed on the PDF (YYYY-MM-DD); by default the latest assessment's date.
        #[arg(long, value_name = "YYYY-MM-DD", requires = "output")]
        date: Option<crate::domain::Date>,
    },

    /// Evaluate an assessment and print where the table stands, what blocks the next stage,
    /// where it disagrees and which instruments fit now.
    Summary {
        /// The assessment file.
        file: PathBuf,
    },

    /// Write the PDF report of an assessment (the assessment is attached to the PDF as
    /// assessment.ron).
    Report {
        /// The assessment file.
        file: PathBuf,

        /// Where to write the PDF; by default the assessment's name with .pdf.
        #[arg(short = 'o', long = "output", value_name = "OUT.pdf")]
        output: Option<PathBuf>,
    },

    /// Open an assessment in the window.
    Open {
        /// The assessment file.
        file: PathBuf,
    },
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_code(value).ok_or_else(|| format!("unknown language \"{value}\"; use nl or en"))
}

/// Runs the command line and returns the process exit code.
pub fn run(args: &Args, out: &mut dyn Write) -> ExitCode {
    let result = match &args.command {
        None => overview(args, out),
        Some(Command::Validate { paths }) => validate(args, paths, out),
        Some(Command::Summary { file }) => summary(args, file, out),
        Some(Command::Report { file, output }) => match framework(args, out) {
            Ok(Some(framework)) => report::run(&framework, file, output.as_deref(), args.lang, out),
            Ok(None) => Ok(false),
            Err(err) => Err(err),
        },
        // The binary opens the window itself; here (e.g. in tests) only say so.
        Some(Command::Open { file }) => writeln!(
            out,
            "{} {}",
            args.lang
                .pick("Openen in het venster:", "Open in the window:"),
            file.display()
        )
        .map(|()| true),
        Some(Command::Compare {
            paths,
            csv,
            output,
            date,
        }) => match framework(args, out) {
            Ok(Some(framework)) => compare::run(
                &framework,
                paths,
                compare::Outputs {
                    csv: csv.as_deref(),
                    pdf: output.as_deref(),
                    date: *date,
                },
                args.lang,
                out,
            ),
            Ok(None) => Ok(false),
            Err(err) => Err(err),
        },
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // The reader stopped listening (`routekaart summary … | head -1`): that is theirs to
        // decide, so end quietly, as command-line tools do.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            // Writing to the terminal failed otherwise: say so where it can still be seen.
            let _ = writeln!(io::stderr(), "{err}");
            ExitCode::FAILURE
        }
    }
}

/// Loads the framework the user chose, or the built-in one. Prints the problem if it fails.
fn framework(args: &Args, out: &mut dyn Write) -> io::Result<Option<Framework>> {
    let lang = args.lang;
    let loaded = match &args.framework {
        Some(path) => store::load_framework(path).map_err(|err| err.message(lang)),
        None => Framework::embedded().map_err(|err| match err {
            crate::domain::framework::FrameworkError::Invalid(problems) => problems
                .iter()
                .map(|p| p.message(lang))
                .collect::<Vec<_>>()
                .join("\n"),
            other @ crate::domain::framework::FrameworkError::Syntax { .. } => other.to_string(),
        }),
    };
    match loaded {
        Ok(framework) => Ok(Some(framework)),
        Err(message) => {
            writeln!(
                out,
                "{}\n{message}",
                lang.pick(
                    "Het kader kan niet worden gebruikt:",
                    "The framework cannot be used:"
                )
            )?;
            Ok(None)
        }
    }
}

fn overview(args: &Args, out: &mut dyn Write) -> io::Result<bool> {
    let lang = args.lang;
    let Some(framework) = framework(args, out)? else {
        return Ok(false);
    };
    writeln!(out, "Routekaart {}", env!("CARGO_PKG_VERSION"))?;
    writeln!(
        out,
        "{}",
        lang.pick(
            "Waar staat uw regionale tafel op de route naar een regionale tafel die samen stuurt, wat houdt de volgende stap tegen, en welke sturingsinstrumenten passen nu?",
            "Where does your regional table stand on the route to a table that steers together, what holds back the next stage, and which steering instruments fit now?"
        )
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{}: {} {}",
        lang.pick("Kader", "Framework"),
        framework.title.get(lang),
        framework.version
    )?;
    for dimension in &framework.dimensions {
        let count = framework.questions_of(&dimension.id).count();
        writeln!(
            out,
            "  - {} ({count} {})",
            dimension.name.get(lang),
            lang.pick("vragen", "questions")
        )?;
    }
    let quick = framework.questions_for(true).count();
    writeln!(
        out,
        "  {} {}, {quick} {}; {} {}",
        framework.questions.len(),
        lang.pick("vragen", "questions"),
        lang.pick("in de quickscan", "in the quick scan"),
        framework.instruments.len(),
        lang.pick("sturingsinstrumenten", "steering instruments"),
    )?;
    writeln!(out)?;
    writeln!(out, "{}", lang.pick("Opdrachten:", "Commands:"))?;
    writeln!(
        out,
        "  routekaart validate [BESTAND|MAP …]   {}",
        lang.pick(
            "controleer kader- en evaluatiebestanden",
            "check framework and assessment files"
        )
    )?;
    writeln!(
        out,
        "  routekaart report BESTAND [-o UIT.pdf] {}",
        lang.pick("schrijf het PDF-rapport", "write the PDF report")
    )?;
    writeln!(
        out,
        "  routekaart --help                     {}",
        lang.pick("alle opties", "all options")
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        lang.pick(
            "Voorbeeldevaluaties staan in de map assessments/ (probeer: routekaart validate assessments).",
            "Example assessments are in the assessments/ folder (try: routekaart validate assessments)."
        )
    )?;
    Ok(true)
}

fn validate(args: &Args, paths: &[PathBuf], out: &mut dyn Write) -> io::Result<bool> {
    let lang = args.lang;
    if paths.is_empty() {
        let Some(framework) = framework(args, out)? else {
            return Ok(false);
        };
        writeln!(out, "✓ {}", framework_line(&framework, lang))?;
        return Ok(true);
    }
    let files = expand(paths, lang, out)?;
    let mut framework_cache = None;
    let mut all_ok = true;
    for file in &files {
        all_ok &= validate_file(args, file, &mut framework_cache, out)?;
    }
    Ok(all_ok)
}

fn validate_file(
    args: &Args,
    file: &Path,
    framework_cache: &mut Option<Option<Framework>>,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let lang = args.lang;
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(source) => {
            let err = store::LoadError::Read {
                path: file.to_owned(),
                source,
            };
            writeln!(out, "✗ {}", err.message(lang))?;
            return Ok(false);
        }
    };
    if looks_like_framework(&text) {
        return Ok(match store::load_framework(file) {
            Ok(framework) => {
                writeln!(
                    out,
                    "✓ {}: {}",
                    file.display(),
                    framework_line(&framework, lang)
                )?;
                true
            }
            Err(err) => {
                writeln!(out, "✗ {}", err.message(lang))?;
                false
            }
        });
    }
    let assessment = match store::assessment_from_ron(&text, file) {
        Ok(assessment) => assessment,
        Err(err) => {
            writeln!(out, "✗ {}", err.message(lang))?;
            return Ok(false);
        }
    };
    if framework_cache.is_none() {
        *framework_cache = Some(framework(args, out)?);
    }
    let Some(Some(framework)) = framework_cache.as_ref() else {
        return Ok(false);
    };
    let findings = assessment::check(framework, &assessment);
    let has_error = findings.iter().any(|f| f.severity == Severity::Error);
    let meta = &assessment.meta;
    writeln!(
        out,
        "{} {}: {}, {}, {}, {}, {}",
        if has_error { "✗" } else { "✓" },
        file.display(),
        meta.region,
        meta.date.long(lang),
        meta.mode.name(lang).to_lowercase(),
        count(
            assessment.respondents.len(),
            lang.pick("deelnemer", "respondent"),
            lang.pick("deelnemers", "respondents")
        ),
        count(
            assessment.answers.len(),
            lang.pick("antwoord", "answer"),
            lang.pick("antwoorden", "answers")
        ),
    )?;
    for finding in &findings {
        let mark = match finding.severity {
            Severity::Error => lang.pick("fout", "error"),
            Severity::Warning => lang.pick("let op", "warning"),
        };
        writeln!(out, "    {mark}: {}", finding.message(lang))?;
    }
    Ok(!has_error)
}

fn summary(args: &Args, file: &Path, out: &mut dyn Write) -> io::Result<bool> {
    let lang = args.lang;
    let assessment = match store::load_assessment(file) {
        Ok(assessment) => assessment,
        Err(err) => {
            writeln!(out, "{}", err.message(lang))?;
            return Ok(false);
        }
    };
    let Some(framework) = framework(args, out)? else {
        return Ok(false);
    };
    for finding in assessment::check(&framework, &assessment) {
        writeln!(
            out,
            "{}: {}",
            lang.pick("Let op", "Note"),
            finding.message(lang)
        )?;
    }
    let evaluation = crate::domain::evaluate(&framework, &assessment);
    summary::write_summary(&framework, &assessment, &evaluation, lang, out)?;
    Ok(true)
}

fn framework_line(framework: &Framework, lang: Lang) -> String {
    format!(
        "{} {} ({} {}, {} {})",
        framework.title.get(lang),
        framework.version,
        framework.questions.len(),
        lang.pick("vragen", "questions"),
        framework.instruments.len(),
        lang.pick("instrumenten", "instruments"),
    )
}

/// Whether RON text is a framework (its first item is `Framework(`) rather than an assessment.
fn looks_like_framework(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with("//"))
        .is_some_and(|line| line.starts_with("Framework"))
}

/// Files as given, and the `.ron` files inside given folders (sorted, not recursive).
fn expand(paths: &[PathBuf], lang: Lang, out: &mut dyn Write) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut found: Vec<PathBuf> = entries
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                        .collect();
                    found.sort();
                    files.extend(found);
                }
                Err(source) => {
                    let err = store::LoadError::Read {
                        path: path.clone(),
                        source,
                    };
                    writeln!(out, "✗ {}", err.message(lang))?;
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}
