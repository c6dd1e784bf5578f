//! Headless commands: everything Routekaart can do without a window.
//!
//! Results go to one writer and problems to another (standard output and standard error in
//! the binary), so tests read exactly what a user sees. Problems are told once, as sentences
//! in the chosen language. Exit codes: 0 done, 1 an input was rejected, 2 a usage error.

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

/// The exit codes, as `--help` shows them.
const EXIT_CODES: &str = "Exit codes / afsluitcodes:
  0  done / gelukt
  1  an input was rejected: a file is missing, unreadable or not valid, or could not be written
     / een bestand ontbreekt, is onleesbaar of ongeldig, of kon niet worden geschreven
  2  usage: an unknown option, a missing argument, or a report over its own input
     / verkeerd gebruik: onbekende optie, ontbrekend argument, of een rapport over zijn eigen invoer
Results go to standard output, problems to standard error.";

/// Routekaart: where your regional table stands on the route to a regionale tafel.
#[derive(Debug, Parser)]
#[command(
    name = "routekaart",
    version,
    about,
    long_about = None,
    after_help = EXIT_CODES
)]
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

        /// Also write the comparison as a PDF report, or as an Excel workbook when the name
        /// ends in .xlsx.
        #[arg(short = 'o', long = "output", value_name = "OUT.pdf|OUT.xlsx")]
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

    /// Write the report of an assessment: a PDF, or a Word document when the output ends in
    /// .docx (either carries the assessment, so it can be compared).
    Report {
        /// The assessment file (or a report).
        file: PathBuf,

        /// Where to write the report (.pdf or .docx); by default the assessment's name with .pdf.
        #[arg(short = 'o', long = "output", value_name = "OUT.pdf|OUT.docx")]
        output: Option<PathBuf>,
    },

    /// Write the action plan of an assessment as an Excel workbook (what, who, when, status,
    /// note, instrument and the values it strengthens).
    Plan {
        /// The assessment file (or a report).
        file: PathBuf,

        /// Where to write the workbook; by default `<name>-actieplan.xlsx` beside the file.
        #[arg(short = 'o', long = "output", value_name = "OUT.xlsx")]
        output: Option<PathBuf>,
    },

    /// Open an assessment (or a folder to compare) in the window; without a file, the start
    /// screen.
    Open {
        /// The assessment file or folder.
        file: Option<PathBuf>,
    },
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_code(value).ok_or_else(|| format!("unknown language \"{value}\"; use nl or en"))
}

/// The two streams a command writes to: results to `out`, problems to `err`.
pub struct Streams<'a> {
    /// What the command produces (standard output).
    pub out: &'a mut dyn Write,
    /// Why something could not be done (standard error).
    pub err: &'a mut dyn Write,
}

/// How a command ended; its [`Outcome::code`] is the process's exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Done: 0.
    Done,
    /// An input was rejected (a file is missing, unreadable or invalid; a file could not be
    /// written): 1.
    Rejected,
    /// The command was asked for something it cannot do as asked (for example a report over
    /// its own input): 2, as for an unknown option.
    Usage,
}

impl Outcome {
    /// The exit code: 0, 1 or 2.
    pub fn code(self) -> u8 {
        match self {
            Self::Done => 0,
            Self::Rejected => 1,
            Self::Usage => 2,
        }
    }
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> Self {
        Self::from(outcome.code())
    }
}

/// Runs the command line: results to `io.out`, problems to `io.err`.
pub fn run(args: &Args, io: &mut Streams<'_>) -> Outcome {
    let result = match &args.command {
        None => overview(args, io),
        Some(Command::Validate { paths }) => validate(args, paths, io),
        Some(Command::Summary { file }) => summary(args, file, io),
        Some(Command::Report { file, output }) => match framework(args, io) {
            Ok(Some(framework)) => report::run(&framework, file, output.as_deref(), args.lang, io),
            Ok(None) => Ok(Outcome::Rejected),
            Err(err) => Err(err),
        },
        Some(Command::Plan { file, output }) => match framework(args, io) {
            Ok(Some(framework)) => report::plan(&framework, file, output.as_deref(), args.lang, io),
            Ok(None) => Ok(Outcome::Rejected),
            Err(err) => Err(err),
        },
        // The binary opens the window itself; here (e.g. in tests) only say so.
        Some(Command::Open { file }) => writeln!(
            io.out,
            "{} {}",
            args.lang
                .pick("Openen in het venster:", "Open in the window:"),
            file.as_deref().unwrap_or(Path::new("-")).display()
        )
        .map(|()| Outcome::Done),
        Some(Command::Compare {
            paths,
            csv,
            output,
            date,
        }) => match framework(args, io) {
            Ok(Some(framework)) => compare::run(
                &framework,
                paths,
                compare::Outputs {
                    csv: csv.as_deref(),
                    document: output.as_deref(),
                    date: *date,
                },
                args.lang,
                io,
            ),
            Ok(None) => Ok(Outcome::Rejected),
            Err(err) => Err(err),
        },
    };
    match result {
        Ok(outcome) => outcome,
        // The reader stopped listening (`routekaart summary … | head -1`): that is theirs to
        // decide, so end quietly, as command-line tools do.
        Err(err) if reader_gone(&err) => Outcome::Done,
        Err(err) => {
            // Writing the output failed otherwise: say so where it can still be seen.
            let _ = writeln!(io.err, "{err}");
            Outcome::Rejected
        }
    }
}

/// Whether a write failed because the reader of the output closed it. Windows says so as a
/// broken pipe or, for a pipe already disconnected, `ERROR_PIPE_NOT_CONNECTED` (233), which
/// the standard library does not count as one.
fn reader_gone(err: &io::Error) -> bool {
    const ERROR_PIPE_NOT_CONNECTED: i32 = 233;
    err.kind() == io::ErrorKind::BrokenPipe
        || (cfg!(windows) && err.raw_os_error() == Some(ERROR_PIPE_NOT_CONNECTED))
}

/// Loads the framework the user chose, or the built-in one. Tells the problem if it fails.
fn framework(args: &Args, io: &mut Streams<'_>) -> io::Result<Option<Framework>> {
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
                io.err,
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

fn overview(args: &Args, io: &mut Streams<'_>) -> io::Result<Outcome> {
    let lang = args.lang;
    let Some(framework) = framework(args, io)? else {
        return Ok(Outcome::Rejected);
    };
    let out = &mut *io.out;
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
    Ok(Outcome::Done)
}

fn validate(args: &Args, paths: &[PathBuf], io: &mut Streams<'_>) -> io::Result<Outcome> {
    let lang = args.lang;
    if paths.is_empty() {
        let Some(framework) = framework(args, io)? else {
            return Ok(Outcome::Rejected);
        };
        writeln!(io.out, "✓ {}", framework_line(&framework, lang))?;
        return Ok(Outcome::Done);
    }
    let (files, unreadable) = store::routekaart_files(paths);
    let mut all_ok = unreadable.is_empty();
    for (_, err) in &unreadable {
        writeln!(io.err, "✗ {}", err.message(lang))?;
    }
    let mut framework_cache = None;
    for file in &files {
        all_ok &= validate_file(args, file, &mut framework_cache, io)?;
    }
    Ok(if all_ok {
        Outcome::Done
    } else {
        Outcome::Rejected
    })
}

/// Checks one file: a ✓ line (with any warnings) on the output, or a ✗ line with the
/// reason on the error stream. Returns whether the file passed.
fn validate_file(
    args: &Args,
    file: &Path,
    framework_cache: &mut Option<Option<Framework>>,
    io: &mut Streams<'_>,
) -> io::Result<bool> {
    let lang = args.lang;
    let assessment = match store::load_file(file) {
        Ok(store::FileContent::Framework(framework)) => {
            writeln!(
                io.out,
                "✓ {}: {}",
                file.display(),
                framework_line(&framework, lang)
            )?;
            return Ok(true);
        }
        Ok(store::FileContent::Assessment(assessment)) => assessment,
        Err(err) => {
            writeln!(io.err, "✗ {}", err.message(lang))?;
            return Ok(false);
        }
    };
    if framework_cache.is_none() {
        *framework_cache = Some(framework(args, io)?);
    }
    let Some(Some(framework)) = framework_cache.as_ref() else {
        return Ok(false);
    };
    let findings = assessment::check(framework, &assessment);
    let has_error = findings.iter().any(|f| f.severity == Severity::Error);
    let meta = &assessment.meta;
    let stream = if has_error {
        &mut *io.err
    } else {
        &mut *io.out
    };
    writeln!(
        stream,
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
        writeln!(stream, "    {mark}: {}", finding.message(lang))?;
    }
    Ok(!has_error)
}

fn summary(args: &Args, file: &Path, io: &mut Streams<'_>) -> io::Result<Outcome> {
    let lang = args.lang;
    let assessment = match store::load_assessment(file) {
        Ok(assessment) => assessment,
        Err(err) => {
            writeln!(io.err, "{}", err.message(lang))?;
            return Ok(Outcome::Rejected);
        }
    };
    let Some(framework) = framework(args, io)? else {
        return Ok(Outcome::Rejected);
    };
    for finding in assessment::check(&framework, &assessment) {
        writeln!(
            io.err,
            "{}: {}",
            lang.pick("Let op", "Note"),
            finding.message(lang)
        )?;
    }
    let evaluation = crate::domain::evaluate(&framework, &assessment);
    summary::write_summary(&framework, &assessment, &evaluation, lang, io.out)?;
    Ok(Outcome::Done)
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
