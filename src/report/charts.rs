//! The report's charts, drawn from lines and polygons: the route with its five signposts, the
//! radar of the four values, bars with the spread of answers, and plain count bars.
//!
//! Each chart has a fixed height (so the layout can keep it on one page) and is drawn into a
//! box given by its top-left corner and width. Coordinates are millimetres from the top left.

use super::layout::{
    ACCENT, Fonts, INK, Item, MUTED, RULE, Rgb, TINT, WARM, line, line_height, rect, text,
};
use super::model::{Chart, RadarAxis, SpreadRow};

/// Small chart text, in points.
const LABEL: f32 = 8.0;

/// The height a chart takes.
pub fn height(chart: &Chart) -> f32 {
    match chart {
        Chart::Route { .. } => 60.0,
        Chart::Radar { .. } => 96.0,
        Chart::Spread { rows, .. } => 9.0 + rows.len() as f32 * 8.5,
        Chart::Counts { bars } => bars.len() as f32 * 7.0 + 2.0,
    }
}

/// Draws a chart with its top-left corner at (`x`, `y`) and width `w`.
pub fn draw(chart: &Chart, fonts: &Fonts, x: f32, y: f32, w: f32) -> Vec<Item> {
    match chart {
        Chart::Route {
            stages,
            current,
            self_placed,
            here,
            self_label,
        } => route(
            fonts,
            (x, y, w),
            stages,
            *current,
            (*self_placed, self_label),
            here,
        ),
        Chart::Radar {
            axes,
            score_label,
            stage_label,
        } => radar(fonts, (x, y, w), axes, score_label, stage_label),
        Chart::Spread { rows, levels } => spread(fonts, (x, y, w), rows, levels),
        Chart::Counts { bars } => counts(fonts, (x, y, w), bars),
    }
}

/// A regular polygon approximating a circle.
fn circle(cx: f32, cy: f32, r: f32) -> Vec<(f32, f32)> {
    (0..24)
        .map(|i| {
            let a = i as f32 / 24.0 * std::f32::consts::TAU;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect()
}

/// Text centred on `cx`.
fn centred(fonts: &Fonts, cx: f32, y: f32, size: f32, bold: bool, color: Rgb, s: &str) -> Item {
    let w = fonts.face(bold).width(s, size);
    text(cx - w / 2.0, y, size, bold, color, s)
}

/// Wrapped lines centred on `cx`, starting with the first baseline at `y`.
fn centred_block(
    fonts: &Fonts,
    (cx, y, width): (f32, f32, f32),
    size: f32,
    bold: bool,
    color: Rgb,
    s: &str,
) -> Vec<Item> {
    fonts
        .face(bold)
        .wrap(s, size, width)
        .iter()
        .enumerate()
        .map(|(i, l)| {
            centred(
                fonts,
                cx,
                y + i as f32 * line_height(size),
                size,
                bold,
                color,
                l,
            )
        })
        .collect()
}

fn route(
    fonts: &Fonts,
    (x, y, w): (f32, f32, f32),
    stages: &[String],
    current: Option<u8>,
    (self_placed, self_label): (Option<u8>, &str),
    here: &str,
) -> Vec<Item> {
    let mut items = Vec::new();
    let road_y = y + 27.0;
    let post_x = |stage: u8| x + w * (0.1 + 0.2 * f32::from(stage.saturating_sub(1)));
    // The road: grey all the way, the accent colour as far as the region has come.
    items.push(line((x, road_y), (x + w, road_y), 7.0, TINT));
    if let Some(stage) = current {
        items.push(line((x, road_y), (post_x(stage), road_y), 7.0, ACCENT));
    }
    for (i, name) in stages.iter().enumerate() {
        let stage = u8::try_from(i + 1).unwrap_or(5);
        let px = post_x(stage);
        let reached = current.is_some_and(|c| stage <= c);
        let is_here = current == Some(stage);
        // The signpost: a pole and a sign with the stage number.
        items.push(line((px, y + 19.0), (px, road_y), 1.6, MUTED));
        let sign = if reached { ACCENT } else { (1.0, 1.0, 1.0) };
        items.push(rect(px - 8.0, y + 10.0, 16.0, 9.0, sign));
        items.push(Item::Line {
            points: vec![
                (px - 8.0, y + 10.0),
                (px + 8.0, y + 10.0),
                (px + 8.0, y + 19.0),
                (px - 8.0, y + 19.0),
            ],
            width: 0.8,
            color: ACCENT,
            closed: true,
        });
        let number_color = if reached { (1.0, 1.0, 1.0) } else { ACCENT };
        items.push(centred(
            fonts,
            px,
            y + 16.6,
            11.0,
            true,
            number_color,
            &stage.to_string(),
        ));
        items.extend(centred_block(
            fonts,
            (px, road_y + 9.0, w * 0.19),
            LABEL,
            is_here,
            if is_here { INK } else { MUTED },
            name,
        ));
        if is_here {
            items.push(Item::Fill {
                points: circle(px, road_y, 3.6),
                color: WARM,
            });
            items.push(Item::Fill {
                points: circle(px, road_y, 1.4),
                color: (1.0, 1.0, 1.0),
            });
            items.push(centred(fonts, px, y + 6.0, 9.0, true, WARM, here));
        }
    }
    if let Some(own) = self_placed {
        let px = post_x(own);
        let my = y + 52.0;
        items.push(Item::Line {
            points: vec![
                (px, my - 2.4),
                (px + 2.4, my),
                (px, my + 2.4),
                (px - 2.4, my),
            ],
            width: 1.0,
            color: INK,
            closed: true,
        });
        let label_w = fonts.regular.width(self_label, LABEL);
        let lx = (px + 4.0).min(x + w - label_w);
        let lx = if lx < px { px - 4.0 - label_w } else { lx };
        items.push(text(lx, my + 1.2, LABEL, false, INK, self_label));
    }
    items
}

fn radar(
    fonts: &Fonts,
    (x, y, w): (f32, f32, f32),
    axes: &[RadarAxis],
    score_label: &str,
    stage_label: &str,
) -> Vec<Item> {
    let mut items = Vec::new();
    let (cx, cy, r) = (x + w / 2.0, y + 46.0, 31.0);
    let n = axes.len().max(3);
    let point = |i: usize, value: f32| {
        let a = -std::f32::consts::FRAC_PI_2 + i as f32 / n as f32 * std::f32::consts::TAU;
        let d = r * (value / 5.0).clamp(0.0, 1.0);
        (cx + d * a.cos(), cy + d * a.sin())
    };
    // The area of the sector-balanced scores first, then the grid on top of it.
    let scores: Vec<(f32, f32)> = axes
        .iter()
        .enumerate()
        .map(|(i, a)| point(i, a.score.unwrap_or(0.0) as f32))
        .collect();
    items.push(Item::Fill {
        points: scores.clone(),
        color: (0.68, 0.82, 0.92),
    });
    for level in 1..=5u8 {
        let ring: Vec<(f32, f32)> = (0..n).map(|i| point(i, f32::from(level))).collect();
        items.push(Item::Line {
            points: ring,
            width: if level == 5 { 0.7 } else { 0.4 },
            color: RULE,
            closed: true,
        });
        let (lx, ly) = point(0, f32::from(level));
        items.push(text(
            lx + 1.0,
            ly - 0.6,
            6.5,
            false,
            MUTED,
            &level.to_string(),
        ));
    }
    for i in 0..n {
        items.push(line((cx, cy), point(i, 5.0), 0.4, RULE));
    }
    items.push(Item::Line {
        points: scores,
        width: 1.6,
        color: ACCENT,
        closed: true,
    });
    let stages: Vec<(f32, f32)> = axes
        .iter()
        .enumerate()
        .map(|(i, a)| point(i, f32::from(a.stage.unwrap_or(0))))
        .collect();
    items.push(Item::Line {
        points: stages,
        width: 1.2,
        color: WARM,
        closed: true,
    });
    radar_labels(fonts, &mut items, axes, (cx, cy), &point);
    // Legend.
    let ly = y + 93.0;
    items.push(rect(
        x + w / 2.0 - 60.0,
        ly - 2.6,
        6.0,
        3.0,
        (0.68, 0.82, 0.92),
    ));
    items.push(line(
        (x + w / 2.0 - 60.0, ly - 2.6),
        (x + w / 2.0 - 54.0, ly - 2.6),
        1.4,
        ACCENT,
    ));
    items.push(text(x + w / 2.0 - 52.0, ly, LABEL, false, INK, score_label));
    items.push(line(
        (x + w / 2.0 + 8.0, ly - 1.2),
        (x + w / 2.0 + 14.0, ly - 1.2),
        1.2,
        WARM,
    ));
    items.push(text(x + w / 2.0 + 16.0, ly, LABEL, false, INK, stage_label));
    items
}

/// The five shades of the levels, light to dark.
fn shade(level: usize) -> Rgb {
    let t = level as f32 / 4.0;
    (0.86 - 0.78 * t, 0.92 - 0.62 * t, 0.97 - 0.47 * t)
}

fn spread(
    fonts: &Fonts,
    (x, y, w): (f32, f32, f32),
    rows: &[SpreadRow],
    levels: &[String],
) -> Vec<Item> {
    let mut items = Vec::new();
    let label_w = w * 0.36;
    let bar_x = x + label_w;
    let bar_w = w - label_w;
    // Legend of the five levels.
    let step = bar_w / 5.0;
    for (i, name) in levels.iter().enumerate().take(5) {
        let lx = bar_x + i as f32 * step;
        items.push(rect(lx, y + 1.0, 3.0, 3.0, shade(i)));
        items.push(text(lx + 4.0, y + 3.8, 7.0, false, MUTED, name));
    }
    for (row_index, row) in rows.iter().enumerate() {
        let ry = y + 8.0 + row_index as f32 * 8.5;
        let label = fonts.regular.wrap(&row.label, 7.5, label_w - 3.0);
        let lh = line_height(7.5);
        let top = ry + 2.75 - lh * label.len().min(2) as f32 / 2.0;
        for (k, l) in label.iter().take(2).enumerate() {
            items.push(text(x, top + (k + 1) as f32 * lh - 0.8, 7.5, false, INK, l));
        }
        let total: usize = row.counts.iter().sum();
        if total == 0 {
            items.push(rect(bar_x, ry, bar_w, 5.5, (0.95, 0.95, 0.95)));
            continue;
        }
        let mut sx = bar_x;
        for (level, &count) in row.counts.iter().enumerate() {
            if count == 0 {
                continue;
            }
            let sw = bar_w * count as f32 / total as f32;
            items.push(rect(sx, ry, sw, 5.5, shade(level)));
            let label = count.to_string();
            if fonts.bold.width(&label, 7.0) + 1.0 < sw {
                let color = if level >= 2 { (1.0, 1.0, 1.0) } else { INK };
                items.push(centred(
                    fonts,
                    sx + sw / 2.0,
                    ry + 4.0,
                    7.0,
                    true,
                    color,
                    &label,
                ));
            }
            sx += sw;
        }
    }
    items
}

fn counts(fonts: &Fonts, (x, y, w): (f32, f32, f32), bars: &[(String, usize)]) -> Vec<Item> {
    let mut items = Vec::new();
    let label_w = w * 0.4;
    let bar_w = w - label_w - 12.0;
    let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    for (i, (label, n)) in bars.iter().enumerate() {
        let by = y + i as f32 * 7.0;
        let lines = fonts.regular.wrap(label, 7.5, label_w - 3.0);
        let lh = line_height(7.5);
        let top = by + 3.0 - lh * lines.len().min(2) as f32 / 2.0;
        for (k, l) in lines.iter().take(2).enumerate() {
            items.push(text(x, top + (k + 1) as f32 * lh - 0.8, 7.5, false, INK, l));
        }
        let bw = bar_w * *n as f32 / max as f32;
        if *n > 0 {
            items.push(rect(x + label_w, by + 0.5, bw, 5.0, ACCENT));
        }
        items.push(text(
            x + label_w + bw + 2.0,
            by + 4.2,
            LABEL,
            true,
            INK,
            &n.to_string(),
        ));
    }
    items
}

/// The value names and their figures, outside the outer ring of the radar.
fn radar_labels(
    fonts: &Fonts,
    items: &mut Vec<Item>,
    axes: &[RadarAxis],
    (cx, cy): (f32, f32),
    point: &dyn Fn(usize, f32) -> (f32, f32),
) {
    for (i, axis) in axes.iter().enumerate() {
        let (px, py) = point(i, 5.0);
        let dx = px - cx;
        let dy = py - cy;
        let lines = fonts.bold.wrap(&axis.label, LABEL, 44.0);
        let block_h = lines.len() as f32 * line_height(LABEL);
        let top = if dy < -1.0 {
            py - 6.5 - block_h
        } else if dy > 1.0 {
            py + 3.0
        } else {
            py - block_h / 2.0
        };
        let detail = axis.detail.clone();
        let mut all: Vec<(String, bool)> = lines.into_iter().map(|l| (l, true)).collect();
        all.push((detail, false));
        for (k, (l, bold)) in all.iter().enumerate() {
            let ly = top + (k + 1) as f32 * line_height(LABEL) - 1.0;
            let lw = fonts.face(*bold).width(l, LABEL);
            let lx = if dx > 1.0 {
                px + 3.0
            } else if dx < -1.0 {
                px - 3.0 - lw
            } else {
                px - lw / 2.0
            };
            items.push(text(
                lx,
                ly,
                LABEL,
                *bold,
                if *bold { INK } else { MUTED },
                l,
            ));
        }
    }
}
