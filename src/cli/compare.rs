//! `routekaart compare PATH…`: many assessments side by side, as text (and CSV).

use std::io::{self, IsTerminal as _, Write};
use std::path::{Path, PathBuf};

use super::{Outcome, Streams};
use crate::domain::compare::{self, Comparison};
use crate::domain::evaluate::explain::{count, dimension_name, question_text, stage_name};
use crate::domain::{Date, Framework, Lang};
use crate::{report, store};

/// The files a comparison may also be written to.
#[derive(Clone, Copy, Debug, Default)]
pub struct Outputs<'a> {
    /// A CSV for a spreadsheet.
    pub csv: Option<&'a Path>,
    /// A PDF report, or an Excel workbook for a name ending in `.xlsx`.
    pub document: Option<&'a Path>,
    /// The date on the PDF; by default the latest assessment's date.
    pub date: Option<Date>,
}

/// Loads, compares and prints; writes the CSV and the PDF when asked. Returns whether
/// everything loaded and was written; problems go to the error stream.
pub fn run(
    framework: &Framework,
    paths: &[PathBuf],
    outputs: Outputs<'_>,
    lang: Lang,
    io: &mut Streams<'_>,
) -> io::Result<Outcome> {
    let show_progress = io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if show_progress && total >= 50 && (done.is_multiple_of(25) || done == total) {
            // Progress is a courtesy on a terminal; a failed write changes nothing.
            let _ = write!(io::stderr(), "\r{done}/{total}");
            if done == total {
                let _ = writeln!(io::stderr());
            }
        }
    };
    let loaded = store::load_rows(framework, paths, &progress);
    let rows = loaded
        .assessments
        .into_iter()
        .map(|(path, mut row)| {
            // On the command line a row is known by its file name.
            row.source = store::shown_name(&path);
            row
        })
        .collect();
    let comparison = compare::from_rows(framework, rows);
    write_comparison(framework, &comparison, lang, io.out)?;
    if !loaded.failed.is_empty() {
        writeln!(io.err, "{}", lang.pick("NIET GELADEN", "NOT LOADED"))?;
        for (_, err) in &loaded.failed {
            writeln!(io.err, "  ✗ {}", err.message(lang))?;
        }
    }
    let left_out: Vec<report::LeftOut> = loaded
        .failed
        .iter()
        .map(|(path, err)| (store::shown_name(path), err.message(lang)))
        .collect();
    let is_workbook = |path: &Path| {
        path.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
    };
    if let Some(path) = outputs.document.filter(|p| is_workbook(p)) {
        let scope = scope(comparison.rows.len(), loaded.failed.len(), lang);
        match store::save_comparison_xlsx(path, framework, &comparison, &scope, lang) {
            Ok(()) => writeln!(
                io.out,
                "{} {}",
                lang.pick("Werkmap geschreven:", "Workbook written:"),
                path.display()
            )?,
            Err(err) => {
                writeln!(io.err, "{}", err.message(lang))?;
                return Ok(Outcome::Rejected);
            }
        }
    }
    if let Some(path) = outputs.document.filter(|p| !is_workbook(p))
        && !write_pdf(
            framework,
            &comparison,
            &left_out,
            path,
            outputs.date,
            lang,
            io,
        )?
    {
        return Ok(Outcome::Rejected);
    }
    if let Some(path) = outputs.csv {
        match store::save_comparison_csv(path, framework, &comparison, lang) {
            Ok(()) => writeln!(
                io.out,
                "{} {}",
                lang.pick("CSV geschreven:", "CSV written:"),
                path.display()
            )?,
            Err(err) => {
                writeln!(io.err, "{}", err.message(lang))?;
                return Ok(Outcome::Rejected);
            }
        }
    }
    Ok(if loaded.failed.is_empty() {
        Outcome::Done
    } else {
        Outcome::Rejected
    })
}

/// What a workbook made on the command line holds: every file given that could be read.
fn scope(compared: usize, failed: usize, lang: Lang) -> String {
    let mut out = match lang {
        Lang::Nl => format!(
            "Alle {} uit de opgegeven bestanden en mappen; geen filter.",
            count(compared, "evaluatie", "evaluaties")
        ),
        Lang::En => format!(
            "All {} from the files and folders given; no filter.",
            count(compared, "assessment", "assessments")
        ),
    };
    if failed > 0 {
        out.push(' ');
        out.push_str(&match lang {
            Lang::Nl => format!(
                "{} kon niet worden gelezen en ontbreekt.",
                count(failed, "bestand", "bestanden")
            ),
            Lang::En => format!(
                "{} could not be read and {} missing.",
                count(failed, "file", "files"),
                if failed == 1 { "is" } else { "are" }
            ),
        });
    }
    out
}

/// Writes the comparison PDF; says where, or why not.
fn write_pdf(
    framework: &Framework,
    comparison: &Comparison,
    left_out: &[report::LeftOut],
    path: &Path,
    date: Option<Date>,
    lang: Lang,
    io: &mut Streams<'_>,
) -> io::Result<bool> {
    let Some(date) = date.or_else(|| comparison.rows.iter().map(|r| r.date).max()) else {
        writeln!(
            io.err,
            "{}",
            lang.pick(
                "Er is niets te vergelijken, dus er is geen PDF geschreven.",
                "There is nothing to compare, so no PDF was written."
            )
        )?;
        return Ok(false);
    };
    match report::save_comparison(framework, comparison, left_out, None, lang, date, path) {
        Ok(()) => {
            writeln!(
                io.out,
                "{} {}",
                lang.pick("PDF geschreven:", "PDF written:"),
                path.display()
            )?;
            Ok(true)
        }
        Err(err) => {
            writeln!(io.err, "{}", err.message(lang))?;
            Ok(false)
        }
    }
}

fn write_comparison(
    framework: &Framework,
    c: &Comparison,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    rows(framework, c, lang, out)?;
    stages(framework, c, lang, out)?;
    blockers(framework, c, lang, out)?;
    instruments(framework, c, lang, out)?;
    barriers(framework, c, lang, out)
}

/// One line per assessment.
fn rows(framework: &Framework, c: &Comparison, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{}\n",
        match lang {
            Lang::Nl => format!(
                "Vergelijking van {}",
                count(c.rows.len(), "evaluatie", "evaluaties")
            ),
            Lang::En => format!(
                "Comparison of {}",
                count(c.rows.len(), "assessment", "assessments")
            ),
        }
    )?;
    let columns: Vec<String> = (1..=framework.dimensions.len())
        .map(|n| format!("{}{n:<2}", lang.pick("W", "V")))
        .collect();
    writeln!(
        out,
        "  {:<28} {:<10} {:<13} {:>4}  {:<5} {}  {}",
        lang.pick("regio", "region"),
        lang.pick("datum", "date"),
        lang.pick("vorm", "mode"),
        lang.pick("pers", "resp"),
        lang.pick("fase", "stage"),
        columns.join(" "),
        lang.pick("zelf · verdeeld", "self · split"),
    )?;
    for row in &c.rows {
        let dims: Vec<String> = row
            .dimensions
            .iter()
            .map(|(s, _, uncertain)| {
                format!(
                    "{}{:<2}",
                    s.map_or_else(|| "-".to_owned(), |l| l.to_string()),
                    if *uncertain { "?" } else { "" }
                )
            })
            .collect();
        writeln!(
            out,
            "  {:<28} {:<10} {:<13} {:>4}  {:<5} {}  {} · {:.0}%{}",
            row.region.chars().take(28).collect::<String>(),
            row.date.to_string(),
            row.mode.name(lang),
            row.respondent_count(),
            row.stage.map_or_else(
                || "-".to_owned(),
                |l| { format!("{l}{}", if row.held_by_gate { "*" } else { "" }) }
            ),
            dims.join(" "),
            row.self_placement
                .map_or_else(|| "-".to_owned(), |l| l.to_string()),
            row.split_share() * 100.0,
            if row.other_framework {
                lang.pick(" · ander kader", " · other framework")
            } else {
                ""
            },
        )?;
    }
    let legend: Vec<String> = framework
        .dimensions
        .iter()
        .enumerate()
        .map(|(n, d)| format!("{}{} {}", lang.pick("W", "V"), n + 1, d.name.get(lang)))
        .collect();
    writeln!(out, "  {}", legend.join(" · "))?;
    writeln!(
        out,
        "  {}\n",
        lang.pick(
            "* = door een voorwaarde lager dan de waarden · ? = onzeker: veel verdeelde antwoorden",
            "* = held below the values by a condition · ? = uncertain: many split answers"
        )
    )?;

    Ok(())
}

/// How many regions stand at each stage.
fn stages(
    framework: &Framework,
    c: &Comparison,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        lang.pick("VERDELING OVER DE FASEN", "DISTRIBUTION OVER THE STAGES")
    )?;
    for (index, n) in c.stage_counts.iter().enumerate() {
        let Some(stage) = crate::domain::Level::new(u8::try_from(index + 1).unwrap_or(1)) else {
            continue;
        };
        writeln!(
            out,
            "  {} {:<30} {:>3}  {}",
            stage,
            stage_name(framework, stage, lang),
            n,
            "■".repeat(*n)
        )?;
    }
    writeln!(out)?;

    Ok(())
}

/// Which values and items block most often.
fn blockers(
    framework: &Framework,
    c: &Comparison,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        lang.pick("WAT REGIO'S TEGENHOUDT", "WHAT HOLDS REGIONS BACK")
    )?;
    for (dimension, n) in &c.blocking_dimensions {
        writeln!(
            out,
            "  {:<50} {n}",
            dimension_name(framework, dimension, lang)
        )?;
    }
    for (question, n) in c.blocking_items.iter().take(5) {
        writeln!(out, "    {n}× {}", question_text(framework, question, lang))?;
    }
    writeln!(out)?;

    Ok(())
}

/// Instruments recommended first and adopted.
fn instruments(
    framework: &Framework,
    c: &Comparison,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "{}", lang.pick("INSTRUMENTEN", "INSTRUMENTS"))?;
    for (title, list) in [
        (
            lang.pick(
                "Vaakst als eerste aanbevolen",
                "Most often recommended first",
            ),
            &c.recommended,
        ),
        (
            lang.pick("Vaakst in een actieplan", "Most often in an action plan"),
            &c.adopted,
        ),
    ] {
        writeln!(out, "  {title}:")?;
        for (id, n) in list.iter().take(5) {
            let name = framework
                .instrument(id)
                .map_or(id.as_str(), |i| i.name.get(lang));
            writeln!(out, "    {n}× {name}")?;
        }
    }
    writeln!(out)?;

    Ok(())
}

/// National barriers and the regions that named them.
fn barriers(
    framework: &Framework,
    c: &Comparison,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        lang.pick("LANDELIJKE BELEMMERINGEN", "NATIONAL BARRIERS")
    )?;
    for (category, regions) in &c.barriers {
        let name = framework
            .barrier_category(category)
            .map_or(category.as_str(), |b| b.name.get(lang));
        writeln!(out, "  {name} ({}): {}", regions.len(), regions.join(", "))?;
    }
    writeln!(out)
}
