//! Widgets the screens share: cards, the selectable option card, the route with its five
//! signposts, the radar chart and the band chip. Colours come from [`crate::ui::theme`].

use egui::{Pos2, RichText, Sense, Shape, Stroke, pos2, vec2};

use crate::domain::evaluate::{Band, explain};
use crate::domain::{Framework, Lang, Level};
use crate::ui::theme;

/// A framed card.
pub fn card<R>(ui: &mut egui::Ui, selected: bool, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let palette = theme::current(ui.ctx());
    egui::Frame::new()
        .fill(if selected {
            palette.card_selected
        } else {
            palette.card
        })
        .stroke(Stroke::new(
            if selected { 2.0 } else { 1.0 },
            if selected {
                palette.accent
            } else {
                palette.border
            },
        ))
        .corner_radius(theme::CARD_RADIUS)
        .inner_margin(12.0)
        .outer_margin(egui::Margin::symmetric(0, 4))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A large selectable answer option: a numbered badge and the option's text, wrapped and
/// left-aligned. The whole card is one button for the pointer and for screen readers (its
/// accessible name is "N. text"); `caption` shows on hover.
pub fn option_card(
    ui: &mut egui::Ui,
    selected: bool,
    number: &str,
    caption: &str,
    text: &str,
) -> egui::Response {
    let palette = theme::current(ui.ctx());
    let inner = ui.scope_builder(egui::UiBuilder::new().sense(Sense::click()), |ui| {
        let hovered = ui.response().hovered();
        let (fill, stroke) = match (selected, hovered) {
            (true, _) => (palette.card_selected, Stroke::new(2.0, palette.accent)),
            (false, true) => (palette.card, Stroke::new(1.5, palette.accent)),
            (false, false) => (palette.card, Stroke::new(1.0, palette.border)),
        };
        egui::Frame::new()
            .fill(fill)
            .stroke(stroke)
            .corner_radius(theme::CARD_RADIUS)
            .inner_margin(egui::Margin::symmetric(12, 10))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    let (badge, _) = ui.allocate_exact_size(vec2(30.0, 30.0), Sense::hover());
                    ui.painter().circle(
                        badge.center(),
                        14.0,
                        if selected {
                            palette.accent
                        } else {
                            palette.card
                        },
                        Stroke::new(1.5, palette.accent),
                    );
                    ui.painter().text(
                        badge.center(),
                        egui::Align2::CENTER_CENTER,
                        number,
                        theme::bold_font(15.0),
                        if selected {
                            palette.on_accent
                        } else {
                            palette.accent
                        },
                    );
                    ui.add(
                        egui::Label::new(RichText::new(text).size(15.0))
                            .wrap()
                            .selectable(false),
                    );
                });
            });
    });
    let response = inner.response;
    let label = format!("{number}. {text}");
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    response.on_hover_text(caption)
}

/// "Bron: Pionieren in niemandsland, §5.2; …" in small, muted text; nothing when no public
/// source remains (an internal document is never named).
pub fn sources(
    ui: &mut egui::Ui,
    framework: &Framework,
    sources: &[crate::domain::framework::SourceRef],
    lang: Lang,
) -> Option<egui::Response> {
    let cited = framework.citations(sources);
    (!cited.is_empty()).then(|| {
        ui.add(
            egui::Label::new(
                RichText::new(format!(
                    "{} {}",
                    lang.pick("Bron:", "Source:"),
                    cited.join("; ")
                ))
                .small()
                .color(theme::current(ui.ctx()).muted),
            )
            .wrap(),
        )
    })
}

/// A small coloured chip with the band's name.
pub fn band_chip(ui: &mut egui::Ui, band: Band, lang: Lang) -> egui::Response {
    let color = theme::current(ui.ctx()).band(band);
    egui::Frame::new()
        .fill(color.gamma_multiply(0.15))
        .stroke(Stroke::new(1.0, color))
        .corner_radius(10)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.label(RichText::new(band.name(lang)).color(color).strong());
        })
        .response
}

/// The route: five signposts from stage 1 to 5, the region's position, and where the table
/// placed itself.
pub fn route(
    ui: &mut egui::Ui,
    framework: &Framework,
    stage: Option<Level>,
    self_placement: Option<Level>,
    lang: Lang,
) -> egui::Response {
    let palette = theme::current(ui.ctx());
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, 120.0), Sense::hover());
    let painter = ui.painter_at(rect);
    let step = (rect.width() - 120.0) / 4.0;
    let x = |level: Level| rect.left() + 60.0 + step * f32::from(level.get() - 1);
    let y = rect.top() + 40.0;
    painter.line_segment(
        [pos2(rect.left() + 60.0, y), pos2(rect.right() - 60.0, y)],
        Stroke::new(4.0, palette.grid),
    );
    if let Some(stage) = stage {
        painter.line_segment(
            [pos2(rect.left() + 60.0, y), pos2(x(stage), y)],
            Stroke::new(4.0, palette.accent),
        );
    }
    let text_color = ui.visuals().text_color();
    for level in Level::ALL {
        let here = stage == Some(level);
        let reached = stage.is_some_and(|s| level <= s);
        let center = pos2(x(level), y);
        let radius = if here { 20.0 } else { 14.0 };
        painter.circle(
            center,
            radius,
            if reached {
                palette.accent
            } else {
                palette.card
            },
            Stroke::new(
                2.0,
                if reached {
                    palette.accent
                } else {
                    palette.grid
                },
            ),
        );
        painter.text(
            center,
            egui::Align2::CENTER_CENTER,
            level.to_string(),
            theme::bold_font(if here { 16.0 } else { 13.0 }),
            if reached {
                palette.on_accent
            } else {
                text_color
            },
        );
        let name = explain::stage_name(framework, level, lang);
        let galley = painter.layout(
            name.to_owned(),
            if here {
                theme::bold_font(13.0)
            } else {
                egui::FontId::proportional(13.0)
            },
            text_color,
            step.max(80.0) - 8.0,
        );
        let pos = pos2(center.x - galley.size().x / 2.0, y + 26.0);
        painter.galley(pos, galley, text_color);
        if self_placement == Some(level) {
            let top = pos2(center.x, y - radius - 4.0);
            painter.add(Shape::convex_polygon(
                vec![top, top + vec2(-7.0, -12.0), top + vec2(7.0, -12.0)],
                palette.self_marker,
                Stroke::NONE,
            ));
        }
    }
    response
}

/// One axis of the radar chart: its label, the value (1–5) or none, and a colour.
pub struct Axis<'a> {
    /// The axis label.
    pub label: &'a str,
    /// The value, 1–5.
    pub value: Option<f64>,
}

/// A radar chart of the values on a 1–5 scale, drawn with the painter.
pub fn radar(ui: &mut egui::Ui, axes: &[Axis<'_>], size: f32) -> egui::Response {
    let palette = theme::current(ui.ctx());
    // Room beside the chart for the axis labels, which run left and right.
    let (rect, response) = ui.allocate_exact_size(vec2(size + 200.0, size + 40.0), Sense::hover());
    let painter = ui.painter_at(rect);
    let center = rect.center();
    let radius = size / 2.0 - 36.0;
    let n = axes.len().max(1);
    let direction = |i: usize| {
        let angle = -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * (i as f32) / (n as f32);
        vec2(angle.cos(), angle.sin())
    };
    let at = |i: usize, value: f64| center + direction(i) * radius * (value as f32 / 5.0);
    for ring in 1..=5 {
        let points: Vec<Pos2> = (0..n).map(|i| at(i, f64::from(ring))).collect();
        painter.add(Shape::closed_line(points, Stroke::new(1.0, palette.grid)));
    }
    for i in 0..n {
        painter.line_segment([center, at(i, 5.0)], Stroke::new(1.0, palette.grid));
    }
    let points: Vec<Pos2> = axes
        .iter()
        .enumerate()
        .map(|(i, a)| at(i, a.value.unwrap_or(0.0)))
        .collect();
    painter.add(Shape::convex_polygon(
        points.clone(),
        palette.accent.gamma_multiply(0.25),
        Stroke::new(2.0, palette.accent),
    ));
    for point in &points {
        painter.circle_filled(*point, 4.0, palette.accent);
    }
    let text_color = ui.visuals().text_color();
    for (i, axis) in axes.iter().enumerate() {
        let d = direction(i);
        let anchor = center + d * (radius + 10.0);
        let galley = painter.layout(
            axis.label.to_owned(),
            egui::FontId::proportional(13.0),
            text_color,
            130.0,
        );
        let size = galley.size();
        let pos = anchor + vec2((d.x - 1.0) * size.x / 2.0, (d.y - 1.0) * size.y / 2.0);
        painter.galley(pos, galley, text_color);
    }
    for ring in [1, 3, 5] {
        painter.text(
            center + vec2(4.0, -radius * ring as f32 / 5.0),
            egui::Align2::LEFT_TOP,
            ring.to_string(),
            egui::FontId::proportional(10.0),
            palette.muted,
        );
    }
    response
}

/// A thin progress bar for `done` of `total` (no text inside: the caller labels it).
pub fn progress(ui: &mut egui::Ui, done: usize, total: usize) -> egui::Response {
    let share = if total == 0 {
        0.0
    } else {
        done as f32 / total as f32
    };
    ui.add(
        egui::ProgressBar::new(share)
            .desired_height(6.0)
            .fill(theme::current(ui.ctx()).accent)
            .corner_radius(3),
    )
}

/// A primary action: a filled accent button.
pub fn primary(text: &str, palette: theme::Palette) -> egui::Button<'static> {
    egui::Button::new(
        RichText::new(text.to_owned())
            .strong()
            .color(palette.on_accent),
    )
    .fill(palette.accent)
    .min_size(vec2(0.0, 36.0))
}

/// Gives a widget without visible text (a combo box in a table row) an accessible name.
pub fn name(response: &egui::Response, role: egui::Role, label: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(role, true, label));
}

/// Asks that the text field of a row added this frame gets the keyboard in the next one:
/// `key` names the list, `row` the new row's index.
pub fn focus_new_row(ui: &egui::Ui, key: &str, row: usize) {
    ui.data_mut(|d| d.insert_temp(egui::Id::unique(("focus-new-row", key)), row));
}

/// Gives `response` (a row's text field, holding `text`) the keyboard if [`focus_new_row`]
/// asked for this row, with the text selected so typing replaces a suggested name.
pub fn take_new_row_focus(
    ui: &egui::Ui,
    key: &str,
    (row, text): (usize, &str),
    response: &egui::Response,
) {
    let id = egui::Id::unique(("focus-new-row", key));
    if ui.data(|d| d.get_temp::<usize>(id)) != Some(row) {
        return;
    }
    ui.data_mut(|d| d.remove::<usize>(id));
    focus_selecting(ui, response, text);
}

/// Gives a text field holding `text` the keyboard, with all its text selected.
pub fn focus_selecting(ui: &egui::Ui, response: &egui::Response, text: &str) {
    response.request_focus();
    let mut state = egui::TextEdit::load_state(ui.ctx(), response.id).unwrap_or_default();
    let end = egui::text::CCursor::new(text.chars().count());
    state
        .cursor
        .set_char_range(Some(egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            end,
        )));
    state.store(ui.ctx(), response.id);
}

/// The composition's warnings, one line each behind a warning sign.
pub fn table_flags(
    ui: &mut egui::Ui,
    table: &crate::domain::evaluate::TableIndicators,
    lang: Lang,
) {
    for flag in &table.flags {
        ui.label(
            RichText::new(format!(
                "⚠ {}",
                explain::table_flag_text(*flag, table, lang)
            ))
            .color(theme::current(ui.ctx()).discuss),
        );
    }
}

/// Parts side by side when each gets at least `min` points of width, otherwise one under
/// the other (large text, a narrow window).
pub fn columns_or_stack<const N: usize>(
    ui: &mut egui::Ui,
    min: f32,
    mut parts: [&mut dyn FnMut(&mut egui::Ui); N],
) {
    let gaps = N.saturating_sub(1) as f32 * ui.spacing().item_spacing.x;
    if ui.available_width() >= N as f32 * min + gaps {
        ui.columns(N, |cols| {
            for (col, part) in cols.iter_mut().zip(parts.iter_mut()) {
                part(col);
            }
        });
    } else {
        for part in &mut parts {
            part(ui);
            ui.add_space(12.0);
        }
    }
}
