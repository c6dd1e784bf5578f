//! The comparison screen: many assessments side by side, for the ministry's view across
//! regions and a chair's view of one region over the years.
//!
//! The screen shows the [`Comparison`] of the rows the store loaded ([`crate::store::load_rows`])
//! and recomputes nothing:
//! an overview table (sortable, filterable, virtualised), charts drawn with the painter (spread
//! over the stages, overlaid value profiles, one region's route over time) and what holds
//! regions back. It opens no dialogs and touches no files: it returns a [`CompareAction`] and
//! the app shell does the rest.

mod cells;
mod charts;
mod holding;
mod palette;
mod table;
mod text;

use std::collections::BTreeMap;
use std::path::PathBuf;

use egui::RichText;

use crate::domain::compare::{Comparison, Row, from_rows};
use crate::domain::evaluate::explain::count;
use crate::domain::{Framework, Lang};
use crate::store::Loaded;

pub use palette::ComparePalette;

/// What the comparison screen asks the app shell to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareAction {
    /// Choose more assessment files to add.
    AddFiles,
    /// Choose a folder of assessment files to add.
    AddFolder,
    /// Export the comparison as a PDF.
    ExportPdf,
    /// Export the comparison as a CSV file.
    ExportCsv,
    /// Export the comparison as an Excel workbook.
    ExportXlsx,
    /// Open one assessment (the file it was loaded from).
    OpenAssessment(PathBuf),
    /// Leave the comparison.
    Close,
}

/// What an export of the comparison holds.
#[derive(Clone, Debug)]
pub struct Export {
    /// The assessments exported, compared.
    pub comparison: Comparison,
    /// Which assessments these are, as a sentence ("Alle 19 evaluaties …; geen filter.").
    pub scope: String,
    /// The filter and how many it left, when a filter chose them.
    pub filter: Option<String>,
}

/// A file that could not be loaded, with its reason in both languages.
#[derive(Clone, Debug)]
struct Failed {
    name: String,
    reason_nl: String,
    reason_en: String,
}

/// The comparison screen's state: the comparison itself and how the user views it.
#[derive(Debug)]
pub struct CompareScreen {
    comparison: Comparison,
    /// The file of each row, in row order.
    paths: Vec<PathBuf>,
    failed: Vec<Failed>,
    /// Regions with more than one assessment, for the route over time.
    repeated_regions: Vec<String>,
    region_count: usize,
    view: table::View,
    route_region: Option<String>,
    palette: ComparePalette,
    /// The rows a filter leaves, compared again for the distribution and what holds regions
    /// back (kept until the filter changes).
    filtered: Option<(Vec<usize>, Comparison)>,
}

impl CompareScreen {
    /// Compares the loaded rows (once) and keeps the files that failed with their reasons.
    pub fn new(framework: &Framework, loaded: Loaded<Row>) -> Self {
        let rows = loaded.assessments.into_iter().map(|(_, row)| row).collect();
        let comparison = from_rows(framework, rows);
        let paths = comparison
            .rows
            .iter()
            .map(|r| PathBuf::from(&r.source))
            .collect();
        let failed = loaded
            .failed
            .iter()
            .map(|(path, err)| Failed {
                name: crate::store::shown_name(path),
                reason_nl: err.message(Lang::Nl),
                reason_en: err.message(Lang::En),
            })
            .collect();
        let mut per_region: BTreeMap<&str, usize> = BTreeMap::new();
        for row in &comparison.rows {
            *per_region.entry(row.region.as_str()).or_default() += 1;
        }
        let region_count = per_region.len();
        let mut repeated: Vec<(&str, usize)> =
            per_region.into_iter().filter(|(_, n)| *n > 1).collect();
        // Most assessments first, then by name: the richest route is shown first.
        repeated.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let repeated_regions: Vec<String> =
            repeated.into_iter().map(|(r, _)| r.to_owned()).collect();
        let route_region = repeated_regions.first().cloned();
        let view = table::View::new(comparison.rows.len());
        Self {
            comparison,
            paths,
            failed,
            repeated_regions,
            region_count,
            view,
            route_region,
            palette: ComparePalette::light(),
            filtered: None,
        }
    }

    /// The files that could not be read, with why in `lang`, for the exported report.
    pub fn left_out(&self, lang: Lang) -> Vec<crate::report::LeftOut> {
        self.failed
            .iter()
            .map(|f| {
                (
                    f.name.clone(),
                    lang.pick(&f.reason_nl, &f.reason_en).to_owned(),
                )
            })
            .collect()
    }

    /// The comparison shown.
    pub fn comparison(&self) -> &Comparison {
        &self.comparison
    }

    /// What an export holds: the rows the filters leave (all of them without a filter),
    /// compared again so the counts, blockers and instruments are theirs, with a sentence
    /// that says so and, when a filter chose them, the filter in words.
    pub fn for_export(&mut self, framework: &Framework, lang: Lang) -> Export {
        let total = self.comparison.rows.len();
        match (self.refresh_filtered(framework, lang), &self.filtered) {
            (Some(selection), Some((_, filtered))) => Export {
                comparison: filtered.clone(),
                scope: match lang {
                    Lang::Nl => format!("Gefilterd op {selection}."),
                    Lang::En => format!("Filtered by {selection}."),
                },
                filter: Some(selection),
            },
            _ => Export {
                comparison: self.comparison.clone(),
                scope: match lang {
                    Lang::Nl => format!(
                        "Alle {} van deze vergelijking; geen filter.",
                        count(total, "evaluatie", "evaluaties")
                    ),
                    Lang::En => format!(
                        "All {} of this comparison; no filter.",
                        count(total, "assessment", "assessments")
                    ),
                },
                filter: None,
            },
        }
    }

    /// Sets the colours (the app shell maps its theme onto them).
    pub fn set_palette(&mut self, palette: ComparePalette) {
        self.palette = palette;
    }

    /// Shows the screen; returns what the user asked for, if anything.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        framework: &Framework,
        lang: Lang,
    ) -> Option<CompareAction> {
        let mut action = self.header(ui, lang);
        self.failed_list(ui, lang);
        ui.separator();
        self.view.filter_bar(ui, &self.comparison, lang);
        let table_height = (ui.available_height() * 0.45).max(140.0);
        let ctx = table::Context {
            comparison: &self.comparison,
            framework,
            palette: &self.palette,
            lang,
        };
        if let Some(index) = self.view.table(ui, &ctx, table_height) {
            action = self
                .paths
                .get(index)
                .cloned()
                .map(CompareAction::OpenAssessment);
        }
        ui.separator();
        let filter = self.refresh_filtered(framework, lang);
        let lower = self.filtered.as_ref().map_or(&self.comparison, |(_, c)| c);
        egui::ScrollArea::vertical()
            .id_salt("compare-lower")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if let Some(filter) = &filter {
                    ui.label(
                        RichText::new(match lang {
                            Lang::Nl => format!(
                                "Verdeling en wat regio's tegenhoudt: {filter}. De profielen volgen de gekozen rijen, de route de gekozen regio."
                            ),
                            Lang::En => format!(
                                "Distribution and what holds regions back: {filter}. The profiles follow the chosen rows, the route the chosen region."
                            ),
                        })
                        .color(self.palette.muted),
                    );
                    ui.add_space(4.0);
                }
                let comparison = &self.comparison;
                let selected = self.view.selected_rows();
                let route_region = &mut self.route_region;
                let repeated = &self.repeated_regions;
                let palette = &self.palette;
                crate::ui::widgets::columns_or_stack(
                    ui,
                    holding::COLUMN_MIN,
                    [
                        &mut |ui| charts::distribution(ui, lower, framework, palette, lang),
                        &mut |ui| {
                            charts::profiles(ui, comparison, &selected, framework, palette, lang);
                        },
                        &mut |ui| {
                            charts::route(
                                ui,
                                comparison,
                                repeated,
                                route_region,
                                framework,
                                palette,
                                lang,
                            );
                        },
                    ],
                );
                ui.add_space(12.0);
                holding::show(ui, lower, framework, &self.palette, lang);
            });
        action
    }

    /// Keeps the filtered comparison in step with the filter; returns the filter in words
    /// with the count ("regio bevat “brak”: 2 evaluaties van 19"), or `None` without one.
    fn refresh_filtered(&mut self, framework: &Framework, lang: Lang) -> Option<String> {
        let Some(words) = self.view.filter_words(lang) else {
            self.filtered = None;
            return None;
        };
        let shown = self.view.shown_rows(&self.comparison);
        if self.filtered.as_ref().is_none_or(|(rows, _)| rows != shown) {
            let shown = shown.to_vec();
            let rows = shown
                .iter()
                .filter_map(|&i| self.comparison.rows.get(i).cloned())
                .collect();
            self.filtered = Some((shown, from_rows(framework, rows)));
        }
        let shown = self.filtered.as_ref().map_or(0, |(rows, _)| rows.len());
        let total = self.comparison.rows.len();
        Some(match lang {
            Lang::Nl => format!(
                "{words}: {} van {total}",
                count(shown, "evaluatie", "evaluaties")
            ),
            Lang::En => format!(
                "{words}: {} of {total}",
                count(shown, "assessment", "assessments")
            ),
        })
    }

    fn header(&self, ui: &mut egui::Ui, lang: Lang) -> Option<CompareAction> {
        let mut action = None;
        // One line that wraps at large text: the title, the count, then the buttons.
        ui.horizontal_wrapped(|ui| {
            ui.heading(lang.pick("Vergelijking", "Comparison"));
            ui.label(text::summary(
                self.comparison.rows.len(),
                self.region_count,
                lang,
            ));
            ui.add_space(16.0);
            for (label, act) in [
                (
                    lang.pick("Map toevoegen…", "Add folder…"),
                    CompareAction::AddFolder,
                ),
                (
                    lang.pick("Bestanden toevoegen…", "Add files…"),
                    CompareAction::AddFiles,
                ),
            ] {
                if ui.button(label).clicked() {
                    action = Some(act);
                }
            }
            // The three exports share one button, so the header fits at large text.
            ui.menu_button(lang.pick("Exporteren als…", "Export as…"), |ui| {
                let exports = [
                    (
                        lang.pick("PDF exporteren…", "Export PDF…"),
                        CompareAction::ExportPdf,
                    ),
                    (
                        lang.pick("Excel exporteren…", "Export Excel…"),
                        CompareAction::ExportXlsx,
                    ),
                    (
                        lang.pick("CSV exporteren…", "Export CSV…"),
                        CompareAction::ExportCsv,
                    ),
                ];
                for (label, act) in exports {
                    if ui.button(label).clicked() {
                        action = Some(act);
                    }
                }
            });
            if ui.button(lang.pick("Sluiten", "Close")).clicked() {
                action = Some(CompareAction::Close);
            }
        });
        action
    }

    fn failed_list(&self, ui: &mut egui::Ui, lang: Lang) {
        if self.failed.is_empty() {
            return;
        }
        let title = text::failed_title(self.failed.len(), lang);
        egui::CollapsingHeader::new(egui::RichText::new(title).color(self.palette.caution))
            .id_salt("compare-failed")
            .show(ui, |ui| {
                egui::Grid::new("compare-failed-grid")
                    .num_columns(2)
                    .spacing([16.0, 4.0])
                    .show(ui, |ui| {
                        for f in &self.failed {
                            ui.label(egui::RichText::new(&f.name).strong());
                            ui.add(egui::Label::new(lang.pick(&f.reason_nl, &f.reason_en)).wrap());
                            ui.end_row();
                        }
                    });
            });
    }
}
