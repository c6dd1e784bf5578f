//! The results screen: where the table stands on the route, the values on a radar chart and
//! in a table, then (in `results_parts`) what blocks the next stage, where the table
//! disagrees, its composition, recommended instruments and national barriers.
//!
//! Every figure comes from the engine's `Evaluation`; every figure explains on hover how it
//! was computed.

use egui::RichText;

use super::{Context, results_parts};
use crate::domain::Lang;
use crate::domain::evaluate::explain::{self, decimal};
use crate::ui::command::{Command, Edit, Screen};
use crate::ui::document::Document;
use crate::ui::{text, theme, widgets};

/// Draws the results screen.
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) -> Vec<Command> {
    let lang = cx.lang;
    let mut out = Vec::new();
    let eval = doc.evaluation();
    egui::ScrollArea::vertical().show(ui, |ui| {
        super::column(ui, |ui| {
            let meta = &doc.assessment().meta;
            ui.label(RichText::new(&meta.region).font(theme::bold_font(26.0)));
            ui.label(RichText::new(format!("{} · {} · {}", meta.date.long(lang), meta.mode.name(lang), meta.form.name(lang))).color(theme::current(ui.ctx()).muted));
            widgets::card(ui, false, |ui| {
                match &eval.placement {
                    Some(placement) => {
                        ui.label(RichText::new(lang.pick("Waar de tafel nu staat", "Where the table stands now")).small());
                        let mut headline = capitalise(&explain::stage_label(cx.framework, placement.stage, lang));
                        if placement.provisional() {
                            headline.push_str(lang.pick(" (voorlopig)", " (provisional)"));
                        }
                        ui.label(RichText::new(headline).font(theme::bold_font(24.0)).color(theme::current(ui.ctx()).accent))
                            .on_hover_text(stage_explanation(cx, doc, lang));
                        if let Some(stage) = cx.framework.stage(placement.stage) {
                            ui.label(stage.description.get(lang));
                        }
                        if placement.provisional() {
                            ui.label(RichText::new(explain::provisional_text(cx.framework, placement, lang)).color(theme::current(ui.ctx()).discuss));
                        }
                        // A file of an earlier framework version says what that changes.
                        for finding in crate::domain::assessment::version_findings(cx.framework, doc.assessment()) {
                            ui.label(RichText::new(finding.message(lang)).small().color(theme::current(ui.ctx()).muted));
                        }
                        if !placement.complete {
                            ui.label(RichText::new(lang.pick("Niet alle waarden hebben antwoorden: de fase rust op minder waarden.", "Not every value has answers: the stage rests on fewer values.")).color(theme::current(ui.ctx()).discuss));
                        }
                    }
                    None => {
                        ui.label(RichText::new(lang.pick("Nog geen fase: er is nog niets beantwoord.", "No stage yet: nothing has been answered.")).font(theme::bold_font(20.0)));
                        if ui.button(lang.pick("Naar de vragen", "To the questions")).clicked() {
                            out.push(Command::Navigate(Screen::Questions(0)));
                        }
                    }
                }
                ui.label(RichText::new(text::MIRROR.get(lang)).italics().color(theme::current(ui.ctx()).muted));
                widgets::route(ui, cx.framework, eval.stage(), eval.self_placement, lang)
                    .on_hover_text(route_explanation(cx, doc, lang));
                out.extend(self_placement(ui, cx, doc));
            });
            values(ui, cx, doc);
            results_parts::blockers(ui, cx, doc);
            results_parts::disagreement(ui, cx, doc);
            results_parts::table(ui, cx, doc);
            out.extend(results_parts::recommendations(ui, cx, doc));
            results_parts::barriers(ui, cx, doc);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(lang.pick("Naar het actieplan →", "To the action plan →")).clicked() {
                    out.push(Command::Navigate(Screen::Plan));
                }
                if ui.button(text::EXPORT.get(lang)).on_hover_text("Ctrl+E").clicked() {
                    out.push(Command::ExportPdf);
                }
                if ui
                    .button(text::EXPORT_WORD.get(lang))
                    .on_hover_text(lang.pick("Hetzelfde rapport, om zelf aan te vullen in Word", "The same report, to edit in Word"))
                    .clicked()
                {
                    out.push(Command::ExportWord);
                }
            });
        });
    });
    out
}

/// The table's own view of where it stands, beside the calculated stage: shown and chosen
/// here, never used in the calculation.
fn self_placement(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) -> Option<Command> {
    let lang = cx.lang;
    let own = doc.evaluation().self_placement;
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(lang.pick(
                "Waar staat de tafel volgens uzelf?",
                "Where does the table stand in your own view?",
            ))
            .small(),
        )
        .on_hover_text(lang.pick(
            "Uw eigen inschatting staat naast de berekende fase, als gespreksstof. Ze telt niet mee in de berekening.",
            "Your own estimate stands beside the calculated stage, to talk about. It does not count in the calculation.",
        ));
        if ui
            .selectable_label(own.is_none(), lang.pick("geen", "none"))
            .clicked()
            && own.is_some()
        {
            chosen = Some(Command::Edit(Edit::SetSelfPlacement(None)));
        }
        for level in crate::domain::Level::ALL {
            let response = ui
                .selectable_label(own == Some(level), level.to_string())
                .on_hover_text(explain::stage_label(cx.framework, level, lang));
            if response.clicked() && own != Some(level) {
                chosen = Some(Command::Edit(Edit::SetSelfPlacement(Some(level))));
            }
        }
    });
    if let Some(own) = own {
        ui.label(
            RichText::new(format!(
                "▼ {} {}",
                lang.pick(
                    "De tafel plaatste zichzelf in",
                    "The table placed itself at"
                ),
                explain::stage_label(cx.framework, own, lang)
            ))
            .small()
            .color(theme::current(ui.ctx()).self_marker),
        );
    }
    chosen
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn stage_explanation(cx: &Context<'_>, doc: &Document, lang: Lang) -> String {
    let eval = doc.evaluation();
    let Some(p) = &eval.placement else {
        return String::new();
    };
    let mut why = explain::placement_reason(cx.framework, p, lang);
    if p.provisional() {
        // What decides a provisional stage is already on screen, under the stage.
        why.pop();
    }
    let mut text = format!(
        "{} {}",
        lang.pick(
            "Elke waarde staat in de fase van het gemiddelde van haar antwoorden, afgerond; elke fase vraagt iets anders van de waarden.",
            "Each value stands at the stage of the mean of its answers, rounded; each stage asks something different of the values.",
        ),
        why.join(" ")
    );
    if p.stage < p.by_values {
        text.push_str(lang.pick(
            " Een voorwaarde (poortvraag) die niet gehaald is, houdt de fase lager.",
            " A condition (gate question) that is not met keeps the stage lower.",
        ));
    }
    text
}

fn route_explanation(cx: &Context<'_>, doc: &Document, lang: Lang) -> String {
    let mut text = lang
        .pick(
            "De vijf fasen van de route. De gevulde bolletjes zijn bereikt; het grote bolletje is waar de tafel nu staat.",
            "The five stages of the route. Filled signposts are reached; the large one is where the table stands now.",
        )
        .to_owned();
    if let Some(own) = doc.evaluation().self_placement {
        text.push_str(&format!(
            " {} {}.",
            lang.pick(
                "Het driehoekje is waar de tafel zichzelf plaatste:",
                "The triangle is where the table placed itself:"
            ),
            explain::stage_label(cx.framework, own, lang)
        ));
    }
    text
}

/// The radar chart and the per-value table.
/// The width the values card needs for the radar and the table side by side.
const VALUES_SIDE_BY_SIDE: f32 = 1000.0;

fn values(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) {
    let lang = cx.lang;
    let eval = doc.evaluation();
    widgets::card(ui, false, |ui| {
        ui.label(
            RichText::new(lang.pick("De vier waarden", "The four values"))
                .font(theme::bold_font(18.0)),
        );
        // The radar beside the table, or above it when the card is too narrow for both.
        let layout = if ui.available_width() >= VALUES_SIDE_BY_SIDE {
            egui::Layout::left_to_right(egui::Align::Min)
        } else {
            egui::Layout::top_down(egui::Align::Min)
        };
        ui.with_layout(layout, |ui| {
            let axes: Vec<widgets::Axis<'_>> = eval
                .dimensions
                .iter()
                .map(|d| widgets::Axis {
                    label: explain::dimension_name(cx.framework, &d.dimension, lang),
                    value: d.balanced_mean,
                })
                .collect();
            widgets::radar(ui, &axes, 280.0).on_hover_text(lang.pick(
                "Per waarde het sectorgebalanceerde gemiddelde (1–5): het gemiddelde van de domeingemiddelden, zodat zeven medische en drie sociale deelnemers niet gewoon de medische blik geven.",
                "Per value the sector-balanced mean (1–5): the mean of the domain means, so seven medical and three social respondents do not simply give the medical view.",
            ));
            ui.vertical(|ui| {
                egui::Grid::new("values-grid").num_columns(4).spacing([14.0, 10.0]).striped(true).show(ui, |ui| {
                    ui.label(RichText::new(lang.pick("Waarde", "Value")).strong());
                    ui.label(RichText::new(lang.pick("Fase", "Stage")).strong());
                    ui.label(RichText::new(lang.pick("Gemiddelde", "Mean")).strong());
                    ui.label(RichText::new(lang.pick("Beeld", "Band")).strong());
                    ui.end_row();
                    for d in &eval.dimensions {
                        let summary = cx.framework.dimension(&d.dimension).map(|x| x.summary.get(lang)).unwrap_or_default();
                        ui.scope(|ui| {
                            ui.set_max_width(230.0);
                            ui.add(egui::Label::new(explain::dimension_name(cx.framework, &d.dimension, lang)).wrap())
                                .on_hover_text(summary);
                        });
                        let stage = d.stage.map_or_else(|| "—".to_owned(), |s| s.to_string());
                        ui.label(RichText::new(stage).strong()).on_hover_text(match lang {
                            Lang::Nl => format!("De hoogste fase die minstens twee derde van de {} beantwoorde vragen haalt ({} van {} vragen beantwoord).", d.answered_items, d.answered_items, d.items),
                            Lang::En => format!("The highest stage that at least two thirds of the {} answered questions reach ({} of {} questions answered).", d.answered_items, d.answered_items, d.items),
                        });
                        let mean = d.balanced_mean.map_or_else(|| "—".to_owned(), |m| decimal(m, lang));
                        let plain = d.mean.map_or_else(|| "—".to_owned(), |m| decimal(m, lang));
                        ui.label(mean).on_hover_text(match lang {
                            Lang::Nl => format!("Sectorgebalanceerd gemiddelde (gemiddelde van de domeingemiddelden); het gewone gemiddelde is {plain}."),
                            Lang::En => format!("Sector-balanced mean (mean of the domain means); the plain mean is {plain}."),
                        });
                        ui.horizontal(|ui| {
                            if let Some(band) = d.band {
                                widgets::band_chip(ui, band, lang).on_hover_text(lang.pick(
                                    "Sterk vanaf 4,0, bespreken vanaf 3,0, aandachtspunt daaronder (van het gebalanceerde gemiddelde).",
                                    "Strength from 4.0, discuss from 3.0, concern below (of the balanced mean).",
                                ));
                            }
                            if d.uncertain {
                                ui.label(RichText::new(lang.pick("onzeker", "uncertain")).color(theme::current(ui.ctx()).discuss))
                                    .on_hover_text(lang.pick("Een derde of meer van de vragen is verdeeld beantwoord.", "A third or more of the questions were answered in a split way."));
                            }
                        });
                        ui.end_row();
                    }
                });
            });
        });
    });
}
