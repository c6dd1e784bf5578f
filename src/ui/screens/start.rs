//! The start screen: a new assessment, open a file, recent files and the examples.

use egui::RichText;

use super::Context;
use crate::domain::assessment::{Form, Mode};
use crate::ui::command::{Command, Screen};
use crate::ui::files::EXAMPLES;
use crate::ui::{text, theme, widgets};

/// The start screen's own choices.
#[derive(Clone, Debug, Default)]
pub struct StartState {
    /// Full questionnaire instead of the quick scan.
    pub full: bool,
}

/// Draws the start screen.
pub fn ui(ui: &mut egui::Ui, state: &mut StartState, cx: &Context<'_>) -> Vec<Command> {
    let lang = cx.lang;
    let mut out = Vec::new();
    egui::ScrollArea::vertical().show(ui, |ui| {
        super::column(ui, |ui| {
            ui.add_space(12.0);
            ui.label(RichText::new(cx.framework.title.get(lang)).font(theme::bold_font(28.0)));
            ui.label(lang.pick(
                "Waar staat uw tafel op de route naar een regionale tafel die samen stuurt? Wat houdt de volgende stap tegen, en welke sturingsinstrumenten passen nu?",
                "Where does your table stand on the route to a regional table that steers together? What holds back the next step, and which steering instruments fit now?",
            ));
            ui.label(RichText::new(text::MIRROR.get(lang)).italics().color(theme::current(ui.ctx()).muted));
            ui.add_space(8.0);

            if let Some(doc) = cx.doc {
                widgets::card(ui, false, |ui| {
                    ui.label(RichText::new(lang.pick("Verder met", "Continue with")).strong());
                    ui.horizontal(|ui| {
                        ui.label(doc.display_name(lang));
                        if ui.button(lang.pick("Verder naar de vragen", "Continue to the questions")).clicked() {
                            out.push(Command::Navigate(Screen::Questions(0)));
                        }
                        if ui.button(lang.pick("Naar het resultaat", "To the results")).clicked() {
                            out.push(Command::Navigate(Screen::Results));
                        }
                    });
                });
            }

            widgets::card(ui, false, |ui| {
                ui.label(RichText::new(lang.pick("Nieuwe evaluatie", "New assessment")).font(theme::bold_font(18.0)));
                let quick = cx.framework.questions_for(true).count();
                let all = cx.framework.questions.len();
                ui.horizontal(|ui| {
                    ui.radio_value(&mut state.full, false, format!("{} ({quick} {})", Form::QuickScan.name(lang), lang.pick("vragen", "questions")));
                    ui.radio_value(&mut state.full, true, format!("{} ({all} {})", Form::Full.name(lang), lang.pick("vragen", "questions")));
                });
                let form = if state.full { Form::Full } else { Form::QuickScan };
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .add(widgets::primary(lang.pick("Nieuwe zelfevaluatie", "New self-assessment"), theme::current(ui.ctx())).min_size(egui::vec2(220.0, 36.0)))
                        .on_hover_text(lang.pick("U vult de vragen zelf in, bijvoorbeeld als voorzitter", "You answer the questions yourself, for example as chair"))
                        .clicked()
                    {
                        out.push(Command::New { mode: Mode::SelfAssessment, form });
                    }
                    if ui
                        .add(egui::Button::new(lang.pick("Nieuwe werksessie", "New workshop")).min_size(egui::vec2(200.0, 36.0)))
                        .on_hover_text(lang.pick("Meerdere deelnemers aan één tafel; eerst legt u de deelnemers vast", "Several participants at one table; you first record the participants"))
                        .clicked()
                    {
                        out.push(Command::New { mode: Mode::Workshop, form });
                    }
                });
            });

            widgets::card(ui, false, |ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(lang.pick("Bestaande evaluatie", "Existing assessment")).font(theme::bold_font(18.0)));
                    if ui.add_enabled(!cx.dialogs_pending, egui::Button::new(text::OPEN.get(lang))).clicked() {
                        out.push(Command::Open);
                    }
                });
                ui.label(RichText::new(lang.pick("U kunt een .ron-bestand ook op dit venster slepen.", "You can also drag a .ron file onto this window.")).small().color(theme::current(ui.ctx()).muted));
                if !cx.recent.is_empty() {
                    ui.label(RichText::new(lang.pick("Recent geopend", "Recently opened")).strong());
                    for path in cx.recent {
                        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                        if ui.link(name).on_hover_text(path.display().to_string()).clicked() {
                            out.push(Command::OpenPath(path.clone()));
                        }
                    }
                }
            });

            compare_card(ui, cx, &mut out);

            widgets::card(ui, false, |ui| {
                ui.label(RichText::new(lang.pick("Voorbeelden", "Examples")).font(theme::bold_font(18.0)));
                ui.label(lang.pick(
                    "Vijf verzonnen regio's, één per fase van de route. Bekijk hoe een resultaat eruitziet.",
                    "Five fictional regions, one per stage of the route. See what a result looks like.",
                ));
                for (index, (name, _)) in EXAMPLES.iter().enumerate() {
                    let label = example_label(name);
                    if ui.link(label).clicked() {
                        out.push(Command::OpenExample(index));
                    }
                }
            });
        });
    });
    out
}

/// The card that starts a comparison of many assessments.
fn compare_card(ui: &mut egui::Ui, cx: &Context<'_>, out: &mut Vec<Command>) {
    let lang = cx.lang;
    widgets::card(ui, false, |ui| {
        ui.label(
            RichText::new(lang.pick("Regio's vergelijken", "Compare regions"))
                .font(theme::bold_font(18.0)),
        );
        ui.label(lang.pick(
            "Leg evaluaties en rapporten van meerdere regio's of jaren naast elkaar: waar regio's staan, wat ze tegenhoudt en welke landelijke belemmeringen terugkomen.",
            "Put assessments and reports of several regions or years side by side: where regions stand, what holds them back and which national barriers recur.",
        ));
        ui.horizontal(|ui| {
            if cx.comparison_open
                && ui
                    .add(widgets::primary(
                        lang.pick("Terug naar de vergelijking", "Back to the comparison"),
                        theme::current(ui.ctx()),
                    ))
                    .clicked()
            {
                out.push(Command::Navigate(Screen::Compare));
            }
            if ui
                .add_enabled(
                    !cx.dialogs_pending,
                    egui::Button::new(lang.pick("Map kiezen…", "Choose a folder…")),
                )
                .clicked()
            {
                out.push(Command::CompareFolder);
            }
            if ui
                .add_enabled(
                    !cx.dialogs_pending,
                    egui::Button::new(lang.pick("Bestanden kiezen…", "Choose files…")),
                )
                .clicked()
            {
                out.push(Command::CompareFiles);
            }
        });
    });
}

/// "3-rivierduin-samen-aan-de-slag.ron" → "Rivierduin — samen aan de slag".
fn example_label(file: &str) -> String {
    let stem = file.trim_end_matches(".ron");
    let mut parts = stem.splitn(3, '-').skip(1);
    let region = parts.next().unwrap_or_default();
    let stage = parts.next().unwrap_or_default().replace('-', " ");
    let mut chars = region.chars();
    let region = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect::<String>())
        .unwrap_or_default();
    format!("{region} — {stage}")
}
