//! The screen's sentences and short labels in Dutch and English.

use crate::domain::assessment::Domain;
use crate::domain::compare::Row;
use crate::domain::evaluate::explain::count;
use crate::domain::{Framework, Lang};

/// "19 evaluaties van 14 regio's".
pub fn summary(assessments: usize, regions: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "{} van {}",
            count(assessments, "evaluatie", "evaluaties"),
            count(regions, "regio", "regio's")
        ),
        Lang::En => format!(
            "{} of {}",
            count(assessments, "assessment", "assessments"),
            count(regions, "region", "regions")
        ),
    }
}

/// "2 bestanden konden niet worden gelezen".
pub fn failed_title(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 bestand kon niet worden gelezen".to_owned(),
        (Lang::Nl, _) => format!("{n} bestanden konden niet worden gelezen"),
        (Lang::En, 1) => "1 file could not be read".to_owned(),
        (Lang::En, _) => format!("{n} files could not be read"),
    }
}

/// One letter per domain: S(ociaal), M(edisch), I(nwoners) / R(esidents), O(verig).
fn domain_letter(domain: Domain, lang: Lang) -> &'static str {
    match domain {
        Domain::Social => "S",
        Domain::Medical => "M",
        Domain::Residents => lang.pick("I", "R"),
        Domain::Other => "O",
    }
}

/// The respondent mix, e.g. "S 4 · M 5 · I 1" (domains without respondents left out).
pub fn respondent_mix(row: &Row, lang: Lang) -> String {
    let parts: Vec<String> = row
        .respondents
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(d, n)| format!("{} {n}", domain_letter(*d, lang)))
        .collect();
    if parts.is_empty() {
        "–".to_owned()
    } else {
        parts.join(" · ")
    }
}

/// The respondent mix spelled out, for the hover text.
pub fn respondent_mix_long(row: &Row, lang: Lang) -> String {
    let mut lines: Vec<String> = row
        .respondents
        .iter()
        .map(|(d, n)| format!("{}: {n}", d.name(lang)))
        .collect();
    lines.push(format!(
        "{}: {}",
        lang.pick("Totaal", "Total"),
        row.respondent_count()
    ));
    lines.join("\n")
}

/// The mark for a self-assessment by one person.
pub fn one_person(lang: Lang) -> &'static str {
    lang.pick("1 persoon", "1 person")
}

/// Why one person's assessment weighs differently.
pub fn one_person_hint(lang: Lang) -> &'static str {
    lang.pick(
        "Een zelfevaluatie door één persoon weegt anders dan een werksessie met vijftien deelnemers",
        "A self-assessment by one person weighs differently from a workshop with fifteen participants",
    )
}

/// The first word of a value's name, for a narrow column header.
pub fn short_dimension(framework: &Framework, index: usize, lang: Lang) -> String {
    framework.dimensions.get(index).map_or_else(
        || format!("{} {}", lang.pick("Waarde", "Value"), index + 1),
        |d| {
            d.name
                .get(lang)
                .split([' ', ','])
                .next()
                .unwrap_or_default()
                .to_owned()
        },
    )
}

/// A share as a whole percentage, e.g. "12%".
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// "3 van 25 onderwerpen verdeeld".
pub fn split_hint(row: &Row, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "{} van {} onderwerpen verdeeld (de deelnemers liepen ver uiteen); {} bij consensus",
            row.split_items, row.answered_items, row.consensus_items
        ),
        Lang::En => format!(
            "{} of {} items split (participants far apart); {} by consensus",
            row.split_items, row.answered_items, row.consensus_items
        ),
    }
}

/// The mark for an assessment made with another framework version.
pub fn other_framework(row: &Row, lang: Lang) -> (String, String) {
    (
        format!("v{}", row.framework_version),
        match lang {
            Lang::Nl => format!(
                "Gemaakt met versie {} van het kader; vergeleken op de vragen die beide versies delen",
                row.framework_version
            ),
            Lang::En => format!(
                "Made with version {} of the framework; compared on the questions both versions share",
                row.framework_version
            ),
        },
    )
}
