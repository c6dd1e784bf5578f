//! What holds regions back: blocking values and items, recommended and adopted instruments,
//! and the national barriers regions named, with the regions that named them.

use egui::{Align2, FontId, RichText, Sense, Vec2};

use super::palette::ComparePalette;
use crate::domain::compare::Comparison;
use crate::domain::evaluate::explain::{dimension_name, question_text};
use crate::domain::{Framework, Lang};

/// How many items, instruments or regions a list shows before "and N more".
const LIST_LIMIT: usize = 8;
const REGION_LIMIT: usize = 12;
/// The narrowest a column of this screen may be before the columns go one under the other.
pub const COLUMN_MIN: f32 = 300.0;

/// The three columns of what holds regions back.
pub fn show(
    ui: &mut egui::Ui,
    comparison: &Comparison,
    framework: &Framework,
    palette: &ComparePalette,
    lang: Lang,
) {
    ui.heading(lang.pick("Wat regio's tegenhoudt", "What holds regions back"));
    crate::ui::widgets::columns_or_stack(
        ui,
        COLUMN_MIN,
        [
            &mut |ui| blockers(ui, comparison, framework, palette, lang),
            &mut |ui| instruments(ui, comparison, framework, palette, lang),
            &mut |ui| barriers(ui, comparison, framework, lang),
        ],
    );
}

/// A count with a small bar, then the wrapped text.
fn count_row(ui: &mut egui::Ui, n: usize, max: usize, text: &str, palette: &ComparePalette) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(Vec2::new(64.0, 16.0), Sense::hover());
        let share = n as f32 / max.max(1) as f32;
        let bar = egui::Rect::from_min_size(rect.min, Vec2::new(36.0 * share, rect.height()));
        ui.painter().rect_filled(bar, 2.0, palette.bar);
        ui.painter().text(
            egui::pos2(rect.left() + 40.0, rect.center().y),
            Align2::LEFT_CENTER,
            n,
            FontId::proportional(12.0),
            palette.text,
        );
        ui.add(egui::Label::new(text).wrap());
    });
}

fn more(ui: &mut egui::Ui, left: usize, lang: Lang) {
    if left > 0 {
        ui.weak(match lang {
            Lang::Nl => format!("en nog {left}"),
            Lang::En => format!("and {left} more"),
        });
    }
}

fn blockers(
    ui: &mut egui::Ui,
    comparison: &Comparison,
    framework: &Framework,
    palette: &ComparePalette,
    lang: Lang,
) {
    ui.strong(lang.pick(
        "Waarden die de volgende fase blokkeren",
        "Values that block the next stage",
    ));
    let max = comparison
        .blocking_dimensions
        .iter()
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    for (id, n) in &comparison.blocking_dimensions {
        count_row(ui, *n, max, dimension_name(framework, id, lang), palette);
    }
    ui.add_space(8.0);
    ui.strong(lang.pick(
        "Onderwerpen die het vaakst blokkeren",
        "Items that block most often",
    ));
    if comparison.blocking_items.is_empty() {
        ui.weak(lang.pick("Geen", "None"));
    }
    let max = comparison.blocking_items.first().map_or(0, |(_, n)| *n);
    for (id, n) in comparison.blocking_items.iter().take(LIST_LIMIT) {
        count_row(ui, *n, max, question_text(framework, id, lang), palette);
    }
    more(
        ui,
        comparison.blocking_items.len().saturating_sub(LIST_LIMIT),
        lang,
    );
}

fn instrument_list(
    ui: &mut egui::Ui,
    list: &[(String, usize)],
    framework: &Framework,
    palette: &ComparePalette,
    lang: Lang,
) {
    if list.is_empty() {
        ui.weak(lang.pick("Geen", "None"));
    }
    let max = list.first().map_or(0, |(_, n)| *n);
    for (id, n) in list.iter().take(LIST_LIMIT) {
        let name = framework
            .instrument(id)
            .map_or(id.as_str(), |i| i.name.get(lang));
        count_row(ui, *n, max, name, palette);
    }
    more(ui, list.len().saturating_sub(LIST_LIMIT), lang);
}

fn instruments(
    ui: &mut egui::Ui,
    comparison: &Comparison,
    framework: &Framework,
    palette: &ComparePalette,
    lang: Lang,
) {
    ui.strong(lang.pick("Aanbevolen instrumenten", "Recommended instruments"))
        .on_hover_text(lang.pick(
            "Hoe vaak een instrument bij de eerste drie aanbevelingen van een evaluatie hoort",
            "How often an instrument is among an assessment's first three recommendations",
        ));
    instrument_list(ui, &comparison.recommended, framework, palette, lang);
    ui.add_space(8.0);
    ui.strong(lang.pick(
        "Instrumenten in actieplannen",
        "Instruments in action plans",
    ));
    instrument_list(ui, &comparison.adopted, framework, palette, lang);
}

fn barriers(ui: &mut egui::Ui, comparison: &Comparison, framework: &Framework, lang: Lang) {
    ui.strong(lang.pick("Landelijke belemmeringen", "National barriers"))
        .on_hover_text(lang.pick(
            "Belemmeringen die regio's zelf niet kunnen wegnemen, per soort, met de regio's die ze noemden",
            "Barriers regions cannot remove themselves, by kind, with the regions that named them",
        ));
    if comparison.barriers.is_empty() {
        ui.weak(lang.pick("Geen genoemd", "None named"));
    }
    for (category, regions) in &comparison.barriers {
        let name = framework
            .barrier_category(category)
            .map_or(category.as_str(), |c| c.name.get(lang));
        ui.add(
            egui::Label::new(
                RichText::new(format!(
                    "{name} · {} {}",
                    regions.len(),
                    if regions.len() == 1 {
                        lang.pick("regio", "region")
                    } else {
                        lang.pick("regio's", "regions")
                    }
                ))
                .strong(),
            )
            .wrap(),
        );
        let shown: Vec<&str> = regions
            .iter()
            .take(REGION_LIMIT)
            .map(String::as_str)
            .collect();
        ui.add(egui::Label::new(RichText::new(shown.join(", ")).weak()).wrap());
        more(ui, regions.len().saturating_sub(REGION_LIMIT), lang);
        ui.add_space(4.0);
    }
}
