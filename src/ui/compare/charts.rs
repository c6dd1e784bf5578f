//! The charts, drawn with the painter: the spread over the five stages, the value profiles of
//! the chosen rows overlaid, and one region's route over time.

use egui::{Align2, FontId, Pos2, Rect, Sense, Shape, Stroke, Vec2, pos2};

use super::palette::ComparePalette;
use super::text;
use crate::domain::compare::{Comparison, Row};
use crate::domain::evaluate::explain::stage_name;
use crate::domain::{Framework, Lang, Level};

const CHART_HEIGHT: f32 = 190.0;
/// Room left of the plot for the stage axis.
const AXIS_LEFT: f32 = 28.0;
/// Room below the plot for axis labels.
const AXIS_BOTTOM: f32 = 22.0;
/// The height of a line of axis labels.
const LABEL_LINE: f32 = 13.0;

fn small() -> FontId {
    FontId::proportional(11.0)
}

/// A painter over a chart-sized area with the chart background, and the plot rectangle.
fn canvas(ui: &mut egui::Ui, palette: &ComparePalette) -> (egui::Response, egui::Painter, Rect) {
    let width = ui.available_width().max(160.0);
    let (response, painter) = ui.allocate_painter(Vec2::new(width, CHART_HEIGHT), Sense::hover());
    let rect = response.rect;
    painter.rect_filled(rect, 4.0, palette.chart_bg);
    let plot = Rect::from_min_max(
        pos2(rect.left() + AXIS_LEFT, rect.top() + 12.0),
        pos2(rect.right() - 12.0, rect.bottom() - AXIS_BOTTOM),
    );
    (response, painter, plot)
}

/// The y position of a stage (1 at the bottom, 5 at the top).
fn stage_y(plot: Rect, stage: f32) -> f32 {
    plot.bottom() - (stage - 1.0) / 4.0 * plot.height()
}

/// Horizontal grid lines and labels for the five stages, with a thin stage-coloured band.
fn stage_axis(painter: &egui::Painter, plot: Rect, palette: &ComparePalette) {
    for level in Level::ALL {
        let y = stage_y(plot, f32::from(level.get()));
        painter.hline(plot.x_range(), y, Stroke::new(1.0, palette.grid));
        painter.rect_filled(
            Rect::from_center_size(pos2(plot.left() - 16.0, y), Vec2::new(16.0, 14.0)),
            2.0,
            palette.stage(level.index()),
        );
        painter.text(
            pos2(plot.left() - 16.0, y),
            Align2::CENTER_CENTER,
            level,
            small(),
            palette.on_stage(level.index()),
        );
    }
}

/// How many assessments stand at each stage.
pub fn distribution(
    ui: &mut egui::Ui,
    comparison: &Comparison,
    framework: &Framework,
    palette: &ComparePalette,
    lang: Lang,
) {
    ui.strong(lang.pick("Verdeling over de fases", "Spread over the stages"));
    let (_, painter, plot) = canvas(ui, palette);
    let max = comparison
        .stage_counts
        .iter()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let slot = plot.width() / 5.0;
    for level in Level::ALL {
        let i = level.index();
        let n = comparison.stage_counts.get(i).copied().unwrap_or(0);
        let x = plot.left() + slot * (i as f32 + 0.5);
        let top = plot.bottom() - plot.height() * 0.88 * n as f32 / max as f32;
        let bar = Rect::from_min_max(
            pos2(x - slot * 0.32, top),
            pos2(x + slot * 0.32, plot.bottom()),
        );
        painter.rect_filled(bar, 3.0, palette.stage(i));
        painter.text(
            pos2(x, top - 2.0),
            Align2::CENTER_BOTTOM,
            n,
            FontId::proportional(13.0),
            palette.text,
        );
        painter.text(
            pos2(x, plot.bottom() + 4.0),
            Align2::CENTER_TOP,
            format!("{} {level}", lang.pick("fase", "stage")),
            small(),
            palette.muted,
        );
    }
    painter.hline(
        plot.x_range(),
        plot.bottom(),
        Stroke::new(1.0, palette.grid),
    );
    let names: Vec<String> = Level::ALL
        .iter()
        .map(|&l| format!("{l} {}", stage_name(framework, l, lang)))
        .collect();
    ui.add(egui::Label::new(egui::RichText::new(names.join(" · ")).small().weak()).wrap());
    if comparison.unplaced > 0 {
        ui.weak(match lang {
            Lang::Nl => format!("{} zonder fase (geen antwoorden)", comparison.unplaced),
            Lang::En => format!("{} without a stage (no answers)", comparison.unplaced),
        });
    }
}

/// A polyline through `points`, broken where a point is missing; markers on each point
/// (hollow when uncertain).
fn series(
    painter: &egui::Painter,
    points: &[Option<(Pos2, bool)>],
    stroke: Stroke,
    radius: f32,
    hollow: egui::Color32,
) {
    let mut run: Vec<Pos2> = Vec::new();
    for point in points.iter().chain(std::iter::once(&None)) {
        if let Some((p, _)) = point {
            run.push(*p);
        } else {
            if run.len() > 1 {
                painter.add(Shape::line(std::mem::take(&mut run), stroke));
            }
            run.clear();
        }
    }
    for (p, uncertain) in points.iter().flatten() {
        if *uncertain {
            painter.circle(*p, radius, hollow, stroke);
        } else {
            painter.circle_filled(*p, radius, stroke.color);
        }
    }
}

/// The value profiles of the chosen rows, overlaid on four axes.
pub fn profiles(
    ui: &mut egui::Ui,
    comparison: &Comparison,
    selected: &[usize],
    framework: &Framework,
    palette: &ComparePalette,
    lang: Lang,
) {
    const MAX_DRAWN: usize = 6;
    ui.strong(lang.pick("Profiel per waarde", "Profile per value"));
    let (_, painter, mut plot) = canvas(ui, palette);
    let dims = framework.dimensions.len().max(1);
    let step = plot.width() / dims as f32;
    let labels: Vec<_> = (0..dims)
        .map(|d| {
            let name = text::short_dimension(framework, d, lang);
            painter.layout_no_wrap(name, small(), palette.muted)
        })
        .collect();
    // In a narrow chart the names of neighbouring values would run into each other: every
    // other one then goes a line lower.
    let stagger = labels.iter().any(|l| l.size().x > step - 6.0);
    if stagger {
        plot.max.y -= LABEL_LINE;
    }
    stage_axis(&painter, plot, palette);
    let x_of = |d: usize| plot.left() + step * (d as f32 + 0.5);
    for (d, label) in labels.into_iter().enumerate() {
        painter.vline(x_of(d), plot.y_range(), Stroke::new(1.0, palette.grid));
        let line = if stagger && d % 2 == 1 {
            LABEL_LINE
        } else {
            0.0
        };
        let at = pos2(x_of(d) - label.size().x / 2.0, plot.bottom() + 4.0 + line);
        painter.galley(at, label, palette.muted);
    }
    let rows: Vec<&Row> = selected
        .iter()
        .filter_map(|&i| comparison.rows.get(i))
        .collect();
    if rows.is_empty() {
        painter.text(
            plot.center(),
            Align2::CENTER_CENTER,
            lang.pick(
                "Vink rijen aan in de tabel om hun profielen te vergelijken",
                "Tick rows in the table to compare their profiles",
            ),
            FontId::proportional(12.0),
            palette.muted,
        );
        return;
    }
    for (n, row) in rows.iter().take(MAX_DRAWN).enumerate() {
        // Offset overlapping lines a little so equal profiles stay visible.
        let dx = (n as f32 - (rows.len().min(MAX_DRAWN) as f32 - 1.0) / 2.0) * 3.0;
        let points: Vec<Option<(Pos2, bool)>> = row
            .dimensions
            .iter()
            .enumerate()
            .map(|(d, (stage, _, uncertain))| {
                stage.map(|s| {
                    (
                        pos2(x_of(d) + dx, stage_y(plot, f32::from(s.get()))),
                        *uncertain,
                    )
                })
            })
            .collect();
        series(
            &painter,
            &points,
            Stroke::new(2.0, palette.series(n)),
            3.5,
            palette.chart_bg,
        );
    }
    ui.horizontal_wrapped(|ui| {
        for (n, row) in rows.iter().take(MAX_DRAWN).enumerate() {
            ui.label(
                egui::RichText::new(format!("— {} {}", row.region, row.date.year()))
                    .color(palette.series(n))
                    .small(),
            );
        }
        if rows.len() > MAX_DRAWN {
            ui.weak(match lang {
                Lang::Nl => format!("en {} meer niet getekend", rows.len() - MAX_DRAWN),
                Lang::En => format!("and {} more not drawn", rows.len() - MAX_DRAWN),
            });
        }
    });
    ui.weak(lang.pick("Open rondje: onzeker", "Hollow dot: uncertain"));
}

/// One region's route over time: its stage and its value stages per date.
pub fn route(
    ui: &mut egui::Ui,
    comparison: &Comparison,
    regions: &[String],
    chosen: &mut Option<String>,
    framework: &Framework,
    palette: &ComparePalette,
    lang: Lang,
) {
    ui.horizontal(|ui| {
        let title = ui.strong(lang.pick("Route door de tijd", "Route over time"));
        if !regions.is_empty() {
            egui::ComboBox::from_id_salt("compare-route-region")
                .selected_text(chosen.as_deref().unwrap_or_default())
                .show_ui(ui, |ui| {
                    for region in regions {
                        ui.selectable_value(chosen, Some(region.clone()), region);
                    }
                })
                .response
                .labelled_by(title.id);
        }
    });
    let (_, painter, plot) = canvas(ui, palette);
    stage_axis(&painter, plot, palette);
    let rows: Vec<&Row> = chosen.as_deref().map_or_else(Vec::new, |region| {
        comparison
            .rows
            .iter()
            .filter(|r| r.region == region)
            .collect()
    });
    if rows.len() < 2 {
        painter.text(
            plot.center(),
            Align2::CENTER_CENTER,
            lang.pick(
                "Geen regio met meer dan één evaluatie",
                "No region with more than one assessment",
            ),
            FontId::proportional(12.0),
            palette.muted,
        );
        return;
    }
    let step = plot.width() / rows.len() as f32;
    let x_of = |i: usize| plot.left() + step * (i as f32 + 0.5);
    for (i, row) in rows.iter().enumerate() {
        painter.text(
            pos2(x_of(i), plot.bottom() + 4.0),
            Align2::CENTER_TOP,
            row.date,
            small(),
            palette.muted,
        );
    }
    // The stage first, as a wide soft band, so the value lines stay visible on top of it.
    let stage_points: Vec<Option<(Pos2, bool)>> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            r.stage
                .map(|s| (pos2(x_of(i), stage_y(plot, f32::from(s.get()))), false))
        })
        .collect();
    series(
        &painter,
        &stage_points,
        Stroke::new(9.0, palette.text.gamma_multiply(0.25)),
        7.0,
        palette.chart_bg,
    );
    let dims = framework.dimensions.len();
    for d in 0..dims {
        let points: Vec<Option<(Pos2, bool)>> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                r.dimensions.get(d).and_then(|(stage, _, uncertain)| {
                    stage.map(|s| {
                        let dy = (d as f32 - 1.5) * 3.0;
                        (
                            pos2(x_of(i), stage_y(plot, f32::from(s.get())) + dy),
                            *uncertain,
                        )
                    })
                })
            })
            .collect();
        series(
            &painter,
            &points,
            Stroke::new(1.5, palette.series(d)),
            2.5,
            palette.chart_bg,
        );
    }
    route_legend(ui, framework, palette, lang);
}

/// The legend under the route: the stage band and one colour per value.
fn route_legend(ui: &mut egui::Ui, framework: &Framework, palette: &ComparePalette, lang: Lang) {
    let dims = framework.dimensions.len();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            egui::RichText::new(format!("— {}", lang.pick("fase", "stage")))
                .color(palette.text.gamma_multiply(0.5))
                .small()
                .strong(),
        );
        for d in 0..dims {
            ui.label(
                egui::RichText::new(format!("— {}", text::short_dimension(framework, d, lang)))
                    .color(palette.series(d))
                    .small(),
            );
        }
    });
}
