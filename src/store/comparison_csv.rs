//! The comparison as a CSV file that a Dutch spreadsheet opens correctly: UTF-8 with a
//! byte-order mark, `;` between fields, decimal commas. One row per assessment.

use std::path::Path;

use super::SaveError;
use crate::domain::compare::{Comparison, Row};
use crate::domain::{Framework, Lang};

/// A number with a decimal comma and two decimals, or empty.
fn number(value: Option<f64>) -> String {
    value
        .map(|v| format!("{v:.2}").replace('.', ","))
        .unwrap_or_default()
}

fn header(framework: &Framework, lang: Lang) -> Vec<String> {
    let mut h: Vec<String> = [
        lang.pick("bestand", "file"),
        lang.pick("regio", "region"),
        lang.pick("IZA-regio", "IZA region"),
        lang.pick("datum", "date"),
        lang.pick("vorm", "mode"),
        lang.pick("vragenlijst", "form"),
        lang.pick("deelnemers sociaal", "respondents social"),
        lang.pick("deelnemers medisch", "respondents medical"),
        lang.pick("deelnemers inwoners", "respondents residents"),
        lang.pick("deelnemers overig", "respondents other"),
        lang.pick("deelnemers totaal", "respondents total"),
        lang.pick("fase", "stage"),
        lang.pick("voorlopig", "provisional"),
        lang.pick("fase als onbekend niet gehaald", "stage if unknowns unmet"),
        lang.pick("zelf gekozen fase", "self-placed stage"),
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for d in &framework.dimensions {
        let name = d.name.get(lang);
        h.push(format!("{name}: {}", lang.pick("fase", "stage")));
        h.push(format!("{name}: {}", lang.pick("band", "band")));
        h.push(format!("{name}: {}", lang.pick("onzeker", "uncertain")));
        h.push(format!("{name}: {}", lang.pick("gemiddeld", "mean")));
        h.push(format!(
            "{name}: {}",
            lang.pick("in balans", "balanced mean")
        ));
    }
    for s in [
        lang.pick("beantwoorde vragen", "answered items"),
        lang.pick("verdeelde vragen", "split items"),
        lang.pick("aandeel verdeeld", "split share"),
        lang.pick("consensusvragen", "consensus items"),
        lang.pick("kaderversie", "framework version"),
        lang.pick("ander kader", "other framework"),
        lang.pick("blokkerende waarden", "blocking values"),
        lang.pick("eerste aanbevelingen", "first recommendations"),
        lang.pick("landelijke belemmeringen", "national barriers"),
    ] {
        h.push(s.to_owned());
    }
    h
}

fn record(framework: &Framework, row: &Row, lang: Lang) -> Vec<String> {
    let yes_no = |b: bool| {
        lang.pick(if b { "ja" } else { "nee" }, if b { "yes" } else { "no" })
            .to_owned()
    };
    let level = |l: Option<crate::domain::Level>| l.map(|l| l.to_string()).unwrap_or_default();
    let mut r = vec![
        row.source.clone(),
        row.region.clone(),
        row.iza_region.clone(),
        row.date.to_string(),
        row.mode.name(lang).to_owned(),
        row.form.name(lang).to_owned(),
    ];
    r.extend(row.respondents.iter().map(|(_, n)| n.to_string()));
    r.push(row.respondent_count().to_string());
    r.push(level(row.stage));
    r.push(yes_no(row.provisional()));
    r.push(level(row.confirmed));
    r.push(level(row.self_placement));
    for ((mean, balanced), (stage, band, uncertain)) in row.means.iter().zip(&row.dimensions) {
        r.push(level(*stage));
        r.push(band.map(|b| b.name(lang).to_owned()).unwrap_or_default());
        r.push(yes_no(*uncertain));
        r.push(number(*mean));
        r.push(number(*balanced));
    }
    r.push(row.answered_items.to_string());
    r.push(row.split_items.to_string());
    r.push(number(Some(row.split_share())));
    r.push(row.consensus_items.to_string());
    r.push(row.framework_version.clone());
    r.push(yes_no(row.other_framework));
    let blocking: Vec<&str> = row
        .blocking_values
        .iter()
        .filter_map(|d| framework.dimension(d))
        .map(|d| d.name.get(lang))
        .collect();
    r.push(blocking.join("; "));
    let first: Vec<&str> = row
        .first_recommended
        .iter()
        .filter_map(|id| framework.instrument(id))
        .map(|i| i.name.get(lang))
        .collect();
    r.push(first.join("; "));
    let barriers: Vec<&str> = row
        .barrier_categories
        .iter()
        .map(|id| {
            framework
                .barrier_category(id)
                .map_or(id.as_str(), |c| c.name.get(lang))
        })
        .collect();
    r.push(barriers.join("; "));
    r
}

/// The CSV bytes of a comparison.
pub fn comparison_csv(
    framework: &Framework,
    comparison: &Comparison,
    lang: Lang,
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    writer.write_record(header(framework, lang))?;
    for row in &comparison.rows {
        writer.write_record(record(framework, row, lang))?;
    }
    let body = writer
        .into_inner()
        .map_err(|err| csv::Error::from(err.into_error()))?;
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(body);
    Ok(bytes)
}

/// Writes the comparison CSV atomically.
pub fn save_comparison_csv(
    path: &Path,
    framework: &Framework,
    comparison: &Comparison,
    lang: Lang,
) -> Result<(), SaveError> {
    super::comparison_xlsx::save_encoded(path, comparison_csv(framework, comparison, lang))
}
