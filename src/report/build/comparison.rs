//! The comparison report for the ministry: many assessments side by side, in the same look
//! as the single report. Cover, regions over the five stages, one row per assessment, what
//! blocks most often, which instruments are recommended, and the national barriers with the
//! regions that named them; and the files that could not be read, so nobody takes the
//! comparison for more complete than it is.

use super::{h1, h2, mirror, p, small};
use crate::domain::compare::{Comparison, Row};
use crate::domain::evaluate::explain::{count, dimension_name, question_text, stage_label};
use crate::domain::{Date, Framework, Lang, Level};
use crate::report::LeftOut;
use crate::report::model::{Block, Chart, Cover, Report, Table};

/// Builds the comparison report.
pub(in crate::report) fn comparison(
    framework: &Framework,
    c: &Comparison,
    left_out: &[LeftOut],
    selection: Option<&str>,
    lang: Lang,
    date: Date,
) -> Report {
    let title = match lang {
        Lang::Nl => format!(
            "Vergelijking van {}",
            count(c.rows.len(), "evaluatie", "evaluaties")
        ),
        Lang::En => format!(
            "Comparison of {}",
            count(c.rows.len(), "assessment", "assessments")
        ),
    };
    let mut blocks = stages(framework, c, lang);
    blocks.extend(overview(framework, c, lang));
    blocks.extend(not_read(left_out, lang));
    blocks.extend(blockers(framework, c, lang));
    blocks.extend(instruments(framework, c, lang));
    blocks.extend(barriers(framework, c, lang));
    blocks.push(h1(lang.pick("Werkwijze", "Method")));
    blocks.push(Block::Note(mirror(lang).to_owned()));
    blocks.push(p(lang.pick(
        "Elke evaluatie is met dezelfde rekenregels beoordeeld als in het rapport van de regio zelf. Een fase van één invuller weegt niet als die van een werksessie met vijftien deelnemers: kijk daarom ook naar de vorm, het aantal deelnemers en hoe verdeeld de antwoorden zijn. Evaluaties met een andere versie van het kader zijn vergeleken op de vragen die ze delen.",
        "Each assessment was evaluated with the same rules as in the region's own report. A stage from one person does not weigh like one from a workshop of fifteen: look at the mode, the number of participants and how split the answers are as well. Assessments made with another version of the framework are compared on the questions they share.",
    )));
    Report {
        title: format!("Routekaart — {title}"),
        header_left: format!("Routekaart · {}", title.to_lowercase()),
        header_right: date.long(lang),
        page_word: lang.pick("pagina", "page").to_owned(),
        of_word: lang.pick("van", "of").to_owned(),
        date,
        cover: cover(c, (left_out.len(), selection), lang, date, title),
        blocks,
    }
}

/// The title page's lines about what the comparison holds: the filter that chose the
/// assessments, and the files that could not be read.
fn what_is_in(selection: Option<&str>, left_out: usize, lang: Lang) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    if let Some(selection) = selection {
        facts.push((
            lang.pick("Selectie", "Selection").to_owned(),
            selection.to_owned(),
        ));
    }
    if left_out > 0 {
        facts.push((
            lang.pick("Niet meegenomen", "Left out").to_owned(),
            match lang {
                Lang::Nl => format!(
                    "{}, niet te lezen (zie onder het overzicht per evaluatie)",
                    count(left_out, "bestand", "bestanden")
                ),
                Lang::En => format!(
                    "{}, could not be read (see below the overview per assessment)",
                    count(left_out, "file", "files")
                ),
            },
        ));
    }
    facts
}

fn cover(
    c: &Comparison,
    (left_out, selection): (usize, Option<&str>),
    lang: Lang,
    date: Date,
    title: String,
) -> Cover {
    let mut kinds: Vec<(String, usize)> = Vec::new();
    for (label, n) in [
        (
            lang.pick("Werksessies", "Workshops"),
            c.rows
                .iter()
                .filter(|r| r.mode == crate::domain::assessment::Mode::Workshop)
                .count(),
        ),
        (
            lang.pick("Zelfevaluaties", "Self-assessments"),
            c.rows
                .iter()
                .filter(|r| r.mode == crate::domain::assessment::Mode::SelfAssessment)
                .count(),
        ),
        (
            // Quick scans are workshops or self-assessments too: counted within them.
            lang.pick("Waarvan quickscans", "Of which quick scans"),
            c.rows
                .iter()
                .filter(|r| r.form == crate::domain::assessment::Form::QuickScan)
                .count(),
        ),
        (
            lang.pick(
                "Met een andere kaderversie",
                "With another framework version",
            ),
            c.rows.iter().filter(|r| r.other_framework).count(),
        ),
        (
            lang.pick("Met een voorlopige fase", "With a provisional stage"),
            c.rows.iter().filter(|r| r.provisional()).count(),
        ),
    ] {
        kinds.push((label.to_owned(), n));
    }
    let first = c.rows.iter().map(|r| r.date).min();
    let last = c.rows.iter().map(|r| r.date).max();
    let mut facts = vec![(lang.pick("Datum", "Date").to_owned(), date.long(lang))];
    if let (Some(first), Some(last)) = (first, last) {
        facts.push((
            lang.pick("Evaluaties van", "Assessments from").to_owned(),
            format!(
                "{} {} {}",
                first.long(lang),
                lang.pick("tot en met", "to"),
                last.long(lang)
            ),
        ));
    }
    facts.push((lang.pick("Regio's", "Regions").to_owned(), {
        let mut regions: Vec<&str> = c.rows.iter().map(|r| r.region.as_str()).collect();
        regions.dedup();
        regions.len().to_string()
    }));
    facts.extend(what_is_in(selection, left_out, lang));
    Cover {
        kicker: lang
            .pick(
                "Routekaart · regio's naast elkaar",
                "Routekaart · regions side by side",
            )
            .to_owned(),
        title,
        subtitle: String::new(),
        facts,
        people_heading: lang
            .pick("Wat er is vergeleken", "What was compared")
            .to_owned(),
        people: Table {
            header: vec![
                lang.pick("Soort", "Kind").to_owned(),
                lang.pick("Aantal", "Number").to_owned(),
            ],
            widths: vec![3.0, 1.0],
            rows: kinds
                .into_iter()
                .map(|(label, n)| vec![label, n.to_string()])
                .collect(),
        },
        note: mirror(lang).to_owned(),
    }
}

/// The files that could not be read, with why; nothing when every file was read.
fn not_read(left_out: &[LeftOut], lang: Lang) -> Vec<Block> {
    if left_out.is_empty() {
        return Vec::new();
    }
    vec![
        h2(&format!(
            "{} ({})",
            lang.pick("Niet meegenomen", "Left out"),
            left_out.len()
        )),
        p(lang.pick(
            "Deze bestanden konden niet worden gelezen. Ze tellen nergens in deze vergelijking mee.",
            "These files could not be read. They count nowhere in this comparison.",
        )),
        Block::Table(Table {
            header: vec![
                lang.pick("Bestand", "File").to_owned(),
                lang.pick("Waarom", "Why").to_owned(),
            ],
            widths: vec![1.2, 3.0],
            rows: left_out
                .iter()
                .map(|(file, why)| vec![file.clone(), why.clone()])
                .collect(),
        }),
    ]
}

fn stages(framework: &Framework, c: &Comparison, lang: Lang) -> Vec<Block> {
    let mut out = vec![h1(
        lang.pick("Regio's over de vijf fasen", "Regions over the five stages")
    )];
    let mut bars: Vec<(String, usize)> = Level::ALL
        .iter()
        .zip(c.stage_counts)
        .map(|(&stage, n)| (stage_label(framework, stage, lang), n))
        .collect();
    if c.unplaced > 0 {
        bars.push((
            lang.pick("nog geen fase", "no stage yet").to_owned(),
            c.unplaced,
        ));
    }
    out.push(Block::Chart(Chart::Counts { bars }));
    out.push(small(lang.pick(
        "Het aantal evaluaties per fase. Een regio die vaker meedeed, telt met elke evaluatie mee.",
        "The number of assessments per stage. A region that took part more than once counts with each assessment.",
    )));
    out
}

fn overview(framework: &Framework, c: &Comparison, lang: Lang) -> Vec<Block> {
    let mut out = vec![h1(
        lang.pick("Overzicht per evaluatie", "Overview per assessment")
    )];
    let values: Vec<String> = framework
        .dimensions
        .iter()
        .enumerate()
        .map(|(n, d)| format!("{}{} {}", lang.pick("W", "V"), n + 1, d.name.get(lang)))
        .collect();
    out.push(small(format!(
        "{} {}. {}",
        lang.pick("Fase per waarde, in de volgorde", "Stage per value, in the order"),
        values.join(", "),
        lang.pick(
            "Een v bij de fase: voorlopig, want de fase rust op vragen die niemand kon beantwoorden. Een vraagteken: de waarde is onzeker, veel antwoorden lopen uiteen. Verdeeld: het deel van de beantwoorde vragen waarop de antwoorden ver uiteenlopen. Deelnemers: sociaal · medisch · inwoners · overig.",
            "A p beside the stage: provisional, because the stage rests on questions nobody could answer. A question mark: the value is uncertain, many answers lie far apart. Split: the share of answered questions where the answers lie far apart. Participants: social · medical · residents · other.",
        )
    )));
    out.push(Block::Table(Table {
        header: vec![
            lang.pick("Regio", "Region").to_owned(),
            lang.pick("Datum", "Date").to_owned(),
            lang.pick("Vorm", "Mode").to_owned(),
            lang.pick("Deelnemers", "Participants").to_owned(),
            lang.pick("Fase", "Stage").to_owned(),
            lang.pick("Per waarde", "Per value").to_owned(),
            lang.pick("Verdeeld", "Split").to_owned(),
            lang.pick("Zelf", "Self").to_owned(),
        ],
        widths: vec![27.0, 20.0, 23.0, 22.0, 14.0, 22.0, 18.0, 11.0],
        rows: c.rows.iter().map(|row| overview_row(row, lang)).collect(),
    }));
    out
}

fn overview_row(row: &Row, lang: Lang) -> Vec<String> {
    let people: Vec<String> = row.respondents.iter().map(|(_, n)| n.to_string()).collect();
    let per_value: Vec<String> = row
        .dimensions
        .iter()
        .map(|(stage, _, uncertain)| {
            format!(
                "{}{}",
                stage.map_or_else(|| "–".to_owned(), |s| s.to_string()),
                if *uncertain { "?" } else { "" }
            )
        })
        .collect();
    let mut region = row.region.clone();
    if row.other_framework {
        region.push_str(&format!(
            " ({} {})",
            lang.pick("kader", "framework"),
            row.framework_version
        ));
    }
    vec![
        region,
        row.date.to_string(),
        row.mode.name(lang).to_owned(),
        people.join(" · "),
        row.stage.map_or_else(
            || "–".to_owned(),
            |s| {
                if row.provisional() {
                    format!("{s} {}", lang.pick("v", "p"))
                } else {
                    s.to_string()
                }
            },
        ),
        per_value.join(" "),
        format!("{:.0}%", row.split_share() * 100.0),
        row.self_placement
            .map_or_else(|| "–".to_owned(), |s| s.to_string()),
    ]
}

fn blockers(framework: &Framework, c: &Comparison, lang: Lang) -> Vec<Block> {
    let mut out = vec![h1(lang.pick(
        "Wat de volgende stap het vaakst tegenhoudt",
        "What most often holds back the next step",
    ))];
    out.push(Block::Chart(Chart::Counts {
        bars: c
            .blocking_dimensions
            .iter()
            .map(|(d, n)| (dimension_name(framework, d, lang).to_owned(), *n))
            .collect(),
    }));
    if !c.blocking_items.is_empty() {
        out.push(h2(lang.pick(
            "Vragen die het vaakst tegenhouden",
            "Questions that hold back most often",
        )));
        out.push(Block::Table(Table {
            header: vec![
                lang.pick("Vraag", "Question").to_owned(),
                lang.pick("Regio's", "Regions").to_owned(),
            ],
            widths: vec![5.0, 1.0],
            rows: c
                .blocking_items
                .iter()
                .take(10)
                .map(|(q, n)| vec![question_text(framework, q, lang).to_owned(), n.to_string()])
                .collect(),
        }));
    }
    out
}

fn instruments(framework: &Framework, c: &Comparison, lang: Lang) -> Vec<Block> {
    let mut out = vec![h1(
        lang.pick("Aanbevolen instrumenten", "Recommended instruments")
    )];
    if c.recommended.is_empty() {
        out.push(p(lang.pick("Geen aanbevelingen.", "No recommendations.")));
        return out;
    }
    out.push(Block::Table(Table {
        header: vec![
            lang.pick("Instrument", "Instrument").to_owned(),
            lang.pick("Bij de eerste drie", "Among the first three")
                .to_owned(),
            lang.pick("In een actieplan", "In an action plan")
                .to_owned(),
        ],
        widths: vec![4.0, 1.3, 1.3],
        rows: c
            .recommended
            .iter()
            .map(|(id, n)| {
                let adopted = c
                    .adopted
                    .iter()
                    .find(|(a, _)| a == id)
                    .map_or(0, |(_, k)| *k);
                vec![
                    framework
                        .instrument(id)
                        .map_or(id.as_str(), |i| i.name.get(lang))
                        .to_owned(),
                    n.to_string(),
                    adopted.to_string(),
                ]
            })
            .collect(),
    }));
    out
}

fn barriers(framework: &Framework, c: &Comparison, lang: Lang) -> Vec<Block> {
    let mut out = vec![h1(
        lang.pick("Landelijke belemmeringen", "National barriers")
    )];
    out.push(Block::Note(
        lang.pick(
            "Wat regio's hier noemen, kunnen ze niet zelf wegnemen. Het telt niet mee in hun fase.",
            "What regions name here is beyond their own reach. It does not count in their stage.",
        )
        .to_owned(),
    ));
    if c.barriers.is_empty() {
        out.push(p(lang.pick(
            "Geen regio noemde een landelijke belemmering.",
            "No region named a national barrier.",
        )));
    }
    for (category, regions) in &c.barriers {
        let name = framework
            .barrier_category(category)
            .map_or(category.as_str(), |b| b.name.get(lang));
        out.push(h2(&format!("{name} ({})", regions.len())));
        out.push(p(regions.join("; ")));
    }
    out
}
