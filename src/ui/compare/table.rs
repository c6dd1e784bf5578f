//! The overview table: one row per assessment, sortable by clicking a column header,
//! filtered by region text and stage, with only the visible rows laid out.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use egui::{RichText, Sense};
use egui_extras::{Column, TableBuilder};

use super::cells;
use super::palette::ComparePalette;
use super::text;
use crate::domain::compare::{Comparison, Row};
use crate::domain::{Framework, Lang, Level};

/// A column the table can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortKey {
    Region,
    Date,
    Respondents,
    Stage,
    Agreement,
}

/// Which stages the table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StageFilter {
    All,
    Stage(Level),
    Unplaced,
}

/// What the table needs to draw.
pub struct Context<'a> {
    /// The comparison.
    pub comparison: &'a Comparison,
    /// The framework, for names.
    pub framework: &'a Framework,
    /// The colours.
    pub palette: &'a ComparePalette,
    /// The language.
    pub lang: Lang,
}

/// How the user views the table: sort, filters, selection, and the row order they give.
#[derive(Debug)]
pub struct View {
    sort: Option<(SortKey, bool)>,
    text_filter: String,
    stage_filter: StageFilter,
    selected: BTreeSet<usize>,
    /// Indices into the comparison's rows, in display order; rebuilt when sort or filter change.
    order: Vec<usize>,
    dirty: bool,
}

const ROW_HEIGHT: f32 = 24.0;

impl View {
    /// A view of `rows` rows in the comparison's order.
    pub fn new(rows: usize) -> Self {
        Self {
            sort: None,
            text_filter: String::new(),
            stage_filter: StageFilter::All,
            selected: BTreeSet::new(),
            order: (0..rows).collect(),
            dirty: false,
        }
    }

    /// The rows the filters leave (indices into the comparison), in display order.
    pub fn shown_rows(&mut self, comparison: &Comparison) -> &[usize] {
        if self.dirty {
            self.rebuild(comparison);
        }
        &self.order
    }

    /// The filters in words ("regio bevat “noord”, alleen fase 3"), or `None` when every
    /// row is shown.
    pub fn filter_words(&self, lang: Lang) -> Option<String> {
        let mut parts = Vec::new();
        let needle = self.text_filter.trim();
        if !needle.is_empty() {
            parts.push(match lang {
                Lang::Nl => format!("regio bevat “{needle}”"),
                Lang::En => format!("region contains “{needle}”"),
            });
        }
        if self.stage_filter != StageFilter::All {
            parts.push(stage_filter_label(self.stage_filter, lang).to_lowercase());
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// The selected rows (indices into the comparison), in row order.
    pub fn selected_rows(&self) -> Vec<usize> {
        self.selected.iter().copied().collect()
    }

    /// The text and stage filters.
    pub fn filter_bar(&mut self, ui: &mut egui::Ui, comparison: &Comparison, lang: Lang) {
        ui.horizontal(|ui| {
            let find = ui.label(lang.pick("Zoek regio", "Find region"));
            let edit = egui::TextEdit::singleline(&mut self.text_filter)
                .hint_text(lang.pick("naam van de regio", "region name"))
                .desired_width(200.0);
            if ui.add(edit).labelled_by(find.id).changed() {
                self.dirty = true;
            }
            let before = self.stage_filter;
            let show = ui.label(lang.pick("Toon", "Show"));
            egui::ComboBox::from_id_salt("compare-stage-filter")
                .selected_text(stage_filter_label(self.stage_filter, lang))
                .show_ui(ui, |ui| {
                    let mut options = vec![StageFilter::All];
                    options.extend(Level::ALL.map(StageFilter::Stage));
                    if comparison.unplaced > 0 {
                        options.push(StageFilter::Unplaced);
                    }
                    for option in options {
                        ui.selectable_value(
                            &mut self.stage_filter,
                            option,
                            stage_filter_label(option, lang),
                        );
                    }
                })
                .response
                .labelled_by(show.id);
            if before != self.stage_filter {
                self.dirty = true;
            }
            if self.dirty {
                self.rebuild(comparison);
            }
            let shown = self.order.len();
            let total = comparison.rows.len();
            if shown < total {
                ui.weak(match lang {
                    Lang::Nl => format!("{shown} van {total} getoond"),
                    Lang::En => format!("{shown} of {total} shown"),
                });
            }
            if !self.selected.is_empty() {
                let n = self.selected.len();
                let label = match lang {
                    Lang::Nl => format!("{n} gekozen voor het profiel · wissen"),
                    Lang::En => format!("{n} chosen for the profile · clear"),
                };
                if ui.small_button(label).clicked() {
                    self.selected.clear();
                }
            }
        });
    }

    fn rebuild(&mut self, comparison: &Comparison) {
        let needle = self.text_filter.trim().to_lowercase();
        let rows = &comparison.rows;
        self.order = (0..rows.len())
            .filter(|&i| {
                rows.get(i).is_some_and(|r| {
                    (needle.is_empty() || r.region.to_lowercase().contains(&needle))
                        && match self.stage_filter {
                            StageFilter::All => true,
                            StageFilter::Stage(s) => r.stage == Some(s),
                            StageFilter::Unplaced => r.stage.is_none(),
                        }
                })
            })
            .collect();
        if let Some((key, ascending)) = self.sort {
            // Stable: rows that tie keep the comparison's order (region, date, file).
            self.order
                .sort_by(|&a, &b| match (rows.get(a), rows.get(b)) {
                    (Some(a), Some(b)) => compare_rows(a, b, key, ascending),
                    _ => Ordering::Equal,
                });
        }
        self.dirty = false;
    }

    fn header_button(&mut self, ui: &mut egui::Ui, label: &str, key: SortKey, lang: Lang) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 2.0;
            let response = ui
                .add(egui::Button::new(RichText::new(label).strong()).frame(false))
                .on_hover_text(lang.pick("Klik om te sorteren", "Click to sort"))
                .on_hover_cursor(egui::CursorIcon::PointingHand);
            if response.clicked() {
                self.sort = Some(match self.sort {
                    Some((k, ascending)) if k == key => (key, !ascending),
                    _ => (key, true),
                });
                self.dirty = true;
            }
            if let Some((k, ascending)) = self.sort
                && k == key
            {
                cells::sort_arrow(ui, ascending);
            }
        });
    }

    fn header_cells(&mut self, header: &mut egui_extras::TableRow<'_, '_>, ctx: &Context<'_>) {
        let lang = ctx.lang;
        let dims = ctx.framework.dimensions.len();
        header.col(|_| {});
        header
            .col(|ui| self.header_button(ui, lang.pick("Regio", "Region"), SortKey::Region, lang));
        header.col(|ui| self.header_button(ui, lang.pick("Datum", "Date"), SortKey::Date, lang));
        header.col(|ui| {
            ui.strong(lang.pick("Vorm", "Mode"));
        });
        header.col(|ui| {
            self.header_button(
                ui,
                lang.pick("Deelnemers", "Respondents"),
                SortKey::Respondents,
                lang,
            );
        });
        header.col(|ui| self.header_button(ui, lang.pick("Fase", "Stage"), SortKey::Stage, lang));
        for d in 0..dims {
            header.col(|ui| {
                let full = ctx
                    .framework
                    .dimensions
                    .get(d)
                    .map_or("", |dim| dim.name.get(lang));
                ui.strong(text::short_dimension(ctx.framework, d, lang))
                    .on_hover_text(full);
            });
        }
        header.col(|ui| {
            ui.strong(lang.pick("Zelf", "Self"))
                .on_hover_text(lang.pick(
                    "De fase waarin de tafel zichzelf plaatste",
                    "The stage the table placed itself in",
                ));
        });
        header.col(|ui| {
            self.header_button(ui, lang.pick("Verdeeld", "Split"), SortKey::Agreement, lang);
        });
        header.col(|_| {});
    }

    /// The table; returns the row (index into the comparison) the user wants to open.
    pub fn table(&mut self, ui: &mut egui::Ui, ctx: &Context<'_>, height: f32) -> Option<usize> {
        if self.dirty {
            self.rebuild(ctx.comparison);
        }
        // Wider than the window at large text: the table scrolls sideways on its own, the
        // rest of the screen keeps the window's width.
        let control = ui.spacing().interact_size.y;
        egui::ScrollArea::horizontal()
            .id_salt("compare-table-sideways")
            .auto_shrink([false, true])
            .show(ui, |ui| self.table_inner(ui, ctx, height, control))
            .inner
    }

    fn table_inner(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Context<'_>,
        height: f32,
        control: f32,
    ) -> Option<usize> {
        let lang = ctx.lang;
        let dims = ctx.framework.dimensions.len();
        let mut open = None;
        let mut builder = TableBuilder::new(ui)
            .id_salt("compare-table")
            .striped(true)
            .sense(Sense::click())
            .max_scroll_height(height)
            .min_scrolled_height(height.min(ROW_HEIGHT * 4.0))
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(control))
            // Widths fit a full row in a 1280-pixel window at the compact text size.
            .column(Column::initial(110.0).at_least(90.0).clip(true))
            .column(Column::exact(80.0))
            .column(Column::initial(100.0).clip(true))
            .column(Column::initial(124.0).clip(true))
            .column(Column::exact(50.0));
        for _ in 0..dims {
            builder = builder.column(Column::initial(122.0).clip(true));
        }
        builder = builder
            .column(Column::exact(44.0))
            .column(Column::exact(64.0))
            .column(Column::remainder().at_least(76.0));
        let table = builder.header(control, |mut header| self.header_cells(&mut header, ctx));
        table.body(|body| {
            body.rows(
                ROW_HEIGHT.max(control - 4.0),
                self.order.len(),
                |mut row| {
                    let Some(&index) = self.order.get(row.index()) else {
                        return;
                    };
                    let Some(r) = ctx.comparison.rows.get(index) else {
                        return;
                    };
                    row.col(|ui| {
                        let mut on = self.selected.contains(&index);
                        let response = ui.add(egui::Checkbox::without_text(&mut on));
                        let name =
                            format!("{} {} {}", lang.pick("Kies", "Choose"), r.region, r.date);
                        response.widget_info(|| {
                            egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, &name)
                        });
                        if response.changed() {
                            if on {
                                self.selected.insert(index);
                            } else {
                                self.selected.remove(&index);
                            }
                        }
                    });
                    cells::cells(&mut row, r, ctx);
                    row.col(|ui| {
                        if ui
                            .small_button(lang.pick("Openen", "Open"))
                            .on_hover_text(
                                lang.pick("Deze evaluatie openen", "Open this assessment"),
                            )
                            .clicked()
                        {
                            open = Some(index);
                        }
                        if r.other_framework {
                            let (mark, hint) = text::other_framework(r, lang);
                            ui.label(RichText::new(mark).color(ctx.palette.caution))
                                .on_hover_text(hint);
                        }
                    });
                    if row.response().double_clicked() {
                        open = Some(index);
                    }
                },
            );
        });
        open
    }
}

fn stage_filter_label(filter: StageFilter, lang: Lang) -> String {
    match filter {
        StageFilter::All => lang.pick("Alle fases", "All stages").to_owned(),
        StageFilter::Stage(s) => format!("{} {s}", lang.pick("Alleen fase", "Only stage")),
        StageFilter::Unplaced => lang.pick("Zonder fase", "Without a stage").to_owned(),
    }
}

fn compare_rows(a: &Row, b: &Row, key: SortKey, ascending: bool) -> Ordering {
    let directed = |o: Ordering| if ascending { o } else { o.reverse() };
    match key {
        SortKey::Region => directed(a.region.to_lowercase().cmp(&b.region.to_lowercase())),
        SortKey::Date => directed(a.date.cmp(&b.date)),
        SortKey::Respondents => directed(a.respondent_count().cmp(&b.respondent_count())),
        // Rows without a stage go last either way.
        SortKey::Stage => match (a.stage, b.stage) {
            (Some(x), Some(y)) => directed(x.cmp(&y)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
        SortKey::Agreement => directed(
            a.split_share()
                .partial_cmp(&b.split_share())
                .unwrap_or(Ordering::Equal),
        ),
    }
}
