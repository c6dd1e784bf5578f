//! The cells of one table row: region, date, mode, respondent mix, stage chips, self-placed
//! stage and agreement; and the small painted pieces they use.

use egui::{Color32, RichText, Sense};

use super::palette::ComparePalette;
use super::table::Context;
use super::text;
use crate::domain::compare::Row;
use crate::domain::evaluate::explain::stage_name;
use crate::domain::{Lang, Level};

/// The cells from region to agreement.
pub fn cells(row: &mut egui_extras::TableRow<'_, '_>, r: &Row, ctx: &Context<'_>) {
    let lang = ctx.lang;
    row.col(|ui| {
        ui.add(egui::Label::new(&r.region).truncate())
            .on_hover_text(&r.iza_region);
    });
    row.col(|ui| {
        ui.label(r.date.to_string());
    });
    row.col(|ui| {
        ui.label(r.mode.name(lang)).on_hover_text(r.form.name(lang));
    });
    row.col(|ui| {
        ui.add(egui::Label::new(text::respondent_mix(r, lang)).truncate())
            .on_hover_text(text::respondent_mix_long(r, lang));
        if r.respondent_count() == 1 {
            ui.label(RichText::new(text::one_person(lang)).color(ctx.palette.caution))
                .on_hover_text(text::one_person_hint(lang));
        }
    });
    row.col(|ui| {
        let capped = r.held_by_gate;
        let hint = r.stage.map_or_else(
            || {
                lang.pick("Nog geen fase: geen antwoorden", "No stage yet: no answers")
                    .to_owned()
            },
            |s| {
                let mut hint = format!(
                    "{} {s}: {}",
                    lang.pick("Fase", "Stage"),
                    stage_name(ctx.framework, s, lang)
                );
                if capped {
                    hint.push_str(lang.pick(
                        "\n* Begrensd door een poortvraag",
                        "\n* Capped by a gate question",
                    ));
                }
                if r.provisional() {
                    hint.push_str(&match lang {
                        Lang::Nl => format!(
                            "\nv Voorlopig: rust op vragen die niemand kon beantwoorden; anders fase {}",
                            r.confirmed.map_or(0, |c| c.get())
                        ),
                        Lang::En => format!(
                            "\np Provisional: rests on questions nobody could answer; otherwise stage {}",
                            r.confirmed.map_or(0, |c| c.get())
                        ),
                    });
                }
                hint
            },
        );
        let mark = match (capped, r.provisional()) {
            (true, true) => lang.pick("*v", "*p"),
            (true, false) => "*",
            (false, true) => lang.pick("v", "p"),
            (false, false) => "",
        };
        stage_chip(ui, r.stage, false, mark, ctx.palette).on_hover_text(hint);
    });
    for (d, (stage, band, uncertain)) in r.dimensions.iter().enumerate() {
        row.col(|ui| {
            let mut hint = text::short_dimension(ctx.framework, d, lang);
            if let Some(band) = band {
                hint.push_str(&format!(": {}", band.name(lang)));
            }
            if *uncertain {
                hint.push_str(lang.pick(
                    "\n? Onzeker: te weinig antwoorden of te veel spreiding om de fase stevig te noemen",
                    "\n? Uncertain: too few answers or too much spread to call the stage firm",
                ));
            }
            stage_chip(ui, *stage, *uncertain, "", ctx.palette).on_hover_text(hint);
        });
    }
    row.col(|ui| {
        ui.label(
            r.self_placement
                .map_or_else(|| "–".to_owned(), |s| s.to_string()),
        );
    });
    row.col(|ui| {
        ui.label(text::percent(r.split_share()))
            .on_hover_text(text::split_hint(r, lang));
    });
}

/// A small triangle pointing up (ascending) or down, drawn so it needs no font glyph.
pub fn sort_arrow(ui: &mut egui::Ui, ascending: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::Vec2::splat(10.0), Sense::hover());
    let c = rect.center();
    let (tip, base) = if ascending { (-4.0, 3.0) } else { (4.0, -3.0) };
    let points = vec![
        egui::pos2(c.x, c.y + tip),
        egui::pos2(c.x - 4.0, c.y + base),
        egui::pos2(c.x + 4.0, c.y + base),
    ];
    let color = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        color,
        egui::Stroke::NONE,
    ));
}

/// A fixed-size coloured block with the stage number; a "?" when uncertain.
pub fn stage_chip(
    ui: &mut egui::Ui,
    stage: Option<Level>,
    uncertain: bool,
    mark: &str,
    palette: &ComparePalette,
) -> egui::Response {
    let label = stage.map_or_else(
        || "–".to_owned(),
        |s| format!("{s}{mark}{}", if uncertain { " ?" } else { "" }),
    );
    let (fill, fg) = stage.map_or((Color32::TRANSPARENT, palette.muted), |s| {
        (palette.stage(s.index()), palette.on_stage(s.index()))
    });
    let (rect, response) = ui.allocate_exact_size(egui::vec2(36.0, 18.0), Sense::hover());
    // Painted, so tell screen readers (and UI tests) what it says.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    ui.painter().rect_filled(rect, 3.0, fill);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        label,
        egui::FontId::proportional(13.0),
        fg,
    );
    response
}
