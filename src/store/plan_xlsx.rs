//! An assessment's action plan as an Excel workbook: one sheet, one row per action (what,
//! who, when, status, note, the instrument and the values it strengthens), with a frozen,
//! filtered header row, for the table that follows the plan up in a spreadsheet.

use std::path::Path;

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, XlsxError};

use super::SaveError;
use super::comparison_xlsx::{new_workbook, save_encoded};
use crate::domain::assessment::Assessment;
use crate::domain::evaluate::explain::dimension_name;
use crate::domain::{Framework, Lang};

/// The row of the header; a title and a line about the region come first.
const HEADER_ROW: u32 = 3;

/// The workbook's bytes.
pub fn plan_xlsx(
    framework: &Framework,
    assessment: &Assessment,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let meta = &assessment.meta;
    let title = match lang {
        Lang::Nl => format!("Actieplan — {}", meta.region),
        Lang::En => format!("Action plan — {}", meta.region),
    };
    let mut workbook = new_workbook(&title, Some(meta.date))?;
    let bold = Format::new().set_bold().set_font_size(14);
    let note = Format::new().set_italic().set_font_color("5F6873");
    let header = Format::new()
        .set_bold()
        .set_background_color("E0ECF7")
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let date = Format::new()
        .set_num_format("dd-mm-yyyy")
        .set_align(FormatAlign::Top);

    let sheet = workbook.add_worksheet();
    sheet.set_name(lang.pick("Actieplan", "Action plan"))?;
    sheet.write_string_with_format(0, 0, &title, &bold)?;
    let line = match lang {
        Lang::Nl => format!(
            "Uit de evaluatie van {}{}. Vul aan en houd de stand bij; de evaluatie zelf verandert hier niet door.",
            meta.date.long(lang),
            if meta.iza_region.is_empty() {
                String::new()
            } else {
                format!(", {}", meta.iza_region)
            }
        ),
        Lang::En => format!(
            "From the assessment of {}{}. Add to it and keep the status up to date; the assessment itself does not change.",
            meta.date.long(lang),
            if meta.iza_region.is_empty() {
                String::new()
            } else {
                format!(", {}", meta.iza_region)
            }
        ),
    };
    sheet.write_string_with_format(1, 0, &line, &note)?;
    let columns = [
        (lang.pick("Wat", "What"), 40.0),
        (lang.pick("Wie", "Who"), 22.0),
        (lang.pick("Wanneer", "When"), 12.0),
        (lang.pick("Stand", "Status"), 12.0),
        (lang.pick("Toelichting", "Note"), 40.0),
        (lang.pick("Instrument", "Instrument"), 36.0),
        (lang.pick("Versterkt", "Strengthens"), 30.0),
    ];
    for (col, (heading, width)) in (0u16..).zip(columns) {
        sheet.write_string_with_format(HEADER_ROW, col, heading, &header)?;
        sheet.set_column_width(col, width)?;
    }
    for (row, action) in (HEADER_ROW + 1..).zip(&assessment.actions) {
        let instrument = action
            .instrument
            .as_deref()
            .and_then(|id| framework.instrument(id));
        let what = if action.title.is_empty() {
            instrument.map_or("", |i| i.name.get(lang))
        } else {
            action.title.as_str()
        };
        sheet.write_string_with_format(row, 0, what, &wrap)?;
        sheet.write_string_with_format(row, 1, &action.owner, &wrap)?;
        if let Some(due) = action.due {
            let when = ExcelDateTime::from_ymd(due.year(), due.month(), due.day())?;
            sheet.write_datetime_with_format(row, 2, &when, &date)?;
        }
        sheet.write_string_with_format(row, 3, action.status.name(lang), &wrap)?;
        sheet.write_string_with_format(row, 4, &action.note, &wrap)?;
        if let Some(instrument) = instrument {
            sheet.write_string_with_format(row, 5, instrument.name.get(lang), &wrap)?;
            let values: Vec<&str> = instrument
                .dimensions
                .iter()
                .map(|d| dimension_name(framework, d, lang))
                .collect();
            sheet.write_string_with_format(row, 6, values.join("; "), &wrap)?;
        }
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    // Printed: landscape, one page wide, the header on every page.
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    sheet.autofilter(
        HEADER_ROW,
        0,
        HEADER_ROW + assessment.actions.len() as u32,
        columns.len() as u16 - 1,
    )?;
    workbook.save_to_buffer()
}

/// Writes the action plan workbook atomically.
pub fn save_plan_xlsx(
    path: &Path,
    framework: &Framework,
    assessment: &Assessment,
    lang: Lang,
) -> Result<(), SaveError> {
    save_encoded(path, plan_xlsx(framework, assessment, lang))
}
