//! Tables: wrapped cells, a shaded bold header, thin rules between rows, page breaks between
//! rows with the header repeated.

use super::{BODY, Flow, Fonts, INK, Item, RULE, TINT, line, line_height, rect, text};
use crate::report::model::Table;

/// Table text size in points (a little smaller than running text).
const SIZE: f32 = BODY - 1.0;
/// Text size of wide tables (seven columns or more), so their figures stay on one line.
const WIDE_SIZE: f32 = BODY - 2.0;

/// The text size of a table.
fn size_of(table: &Table) -> f32 {
    if table.header.len() >= 7 {
        WIDE_SIZE
    } else {
        SIZE
    }
}
/// Padding inside a cell, horizontally.
const PAD_X: f32 = 1.8;
/// Padding inside a cell, vertically.
const PAD_Y: f32 = 1.4;

/// Column widths in millimetres for a total width.
fn columns(table: &Table, width: f32) -> Vec<f32> {
    let count = table.header.len().max(1);
    let shares: Vec<f32> = (0..count)
        .map(|i| table.widths.get(i).copied().unwrap_or(1.0).max(0.01))
        .collect();
    let total: f32 = shares.iter().sum();
    shares.iter().map(|s| s / total * width).collect()
}

/// The wrapped lines of each cell of a row.
fn wrap_row(
    cells: &[String],
    widths: &[f32],
    fonts: &Fonts,
    (bold, size): (bool, f32),
) -> Vec<Vec<String>> {
    widths
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let cell = cells.get(i).map_or("", String::as_str);
            fonts.face(bold).wrap(cell, size, w - 2.0 * PAD_X)
        })
        .collect()
}

fn row_height(wrapped: &[Vec<String>], size: f32) -> f32 {
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
    lines as f32 * line_height(size) + 2.0 * PAD_Y
}

/// Height of the header row plus the first row.
pub(super) fn head_height(table: &Table, fonts: &Fonts) -> f32 {
    let size = size_of(table);
    let widths = columns(table, super::WIDTH);
    let head = row_height(&wrap_row(&table.header, &widths, fonts, (true, size)), size);
    let first = table.rows.first().map_or(0.0, |r| {
        row_height(&wrap_row(r, &widths, fonts, (false, size)), size)
    });
    head + first
}

/// The full height of a table.
pub(super) fn height(table: &Table, fonts: &Fonts) -> f32 {
    let size = size_of(table);
    let widths = columns(table, super::WIDTH);
    let head = row_height(&wrap_row(&table.header, &widths, fonts, (true, size)), size);
    let rows: f32 = table
        .rows
        .iter()
        .map(|r| row_height(&wrap_row(r, &widths, fonts, (false, size)), size))
        .sum();
    head + rows + 3.0
}

fn draw_row(
    items: &mut Vec<Item>,
    wrapped: &[Vec<String>],
    widths: &[f32],
    (x, y): (f32, f32),
    (header, size): (bool, f32),
) -> f32 {
    let h = row_height(wrapped, size);
    let total: f32 = widths.iter().sum();
    if header {
        items.push(rect(x, y, total, h, TINT));
    }
    let mut cx = x;
    for (lines, w) in wrapped.iter().zip(widths) {
        let mut ly = y + PAD_Y;
        for l in lines {
            ly += line_height(size);
            items.push(text(cx + PAD_X, ly - 1.0, size, header, INK, l));
        }
        cx += w;
    }
    items.push(line((x, y + h), (x + total, y + h), 0.4, RULE));
    h
}

/// Draws a table in the flow, breaking between rows.
pub(super) fn draw(flow: &mut Flow<'_>, table: &Table) {
    let size = size_of(table);
    let widths = columns(table, super::WIDTH);
    let head = wrap_row(&table.header, &widths, flow.fonts, (true, size));
    let head_h = row_height(&head, size);
    let mut need_head = true;
    for row in &table.rows {
        let wrapped = wrap_row(row, &widths, flow.fonts, (false, size));
        let h = row_height(&wrapped, size);
        let before = flow.pages.len();
        flow.ensure(h + if need_head { head_h } else { 0.0 });
        if flow.pages.len() != before {
            need_head = true;
        }
        if need_head {
            flow.y += draw_row(
                &mut flow.page.items,
                &head,
                &widths,
                (super::LEFT, flow.y),
                (true, size),
            );
            need_head = false;
        }
        flow.y += draw_row(
            &mut flow.page.items,
            &wrapped,
            &widths,
            (super::LEFT, flow.y),
            (false, size),
        );
    }
    flow.y += 3.0;
}

/// Draws a whole table at a position (no page breaks); returns the items and the end `y`.
pub(super) fn draw_at(
    table: &Table,
    fonts: &Fonts,
    x: f32,
    y: f32,
    width: f32,
) -> (Vec<Item>, f32) {
    let size = size_of(table);
    let widths = columns(table, width);
    let mut items = Vec::new();
    let mut y = y;
    y += draw_row(
        &mut items,
        &wrap_row(&table.header, &widths, fonts, (true, size)),
        &widths,
        (x, y),
        (true, size),
    );
    for row in &table.rows {
        y += draw_row(
            &mut items,
            &wrap_row(row, &widths, fonts, (false, size)),
            &widths,
            (x, y),
            (false, size),
        );
    }
    (items, y)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::report::layout::Metrics;

    fn fonts() -> Fonts {
        let m = Metrics::new(1000, BTreeMap::new(), 500);
        Fonts {
            regular: m.clone(),
            bold: m,
        }
    }

    #[test]
    fn cells_wrap_within_their_column() {
        let table = Table {
            header: vec!["Vraag".into(), "Beeld".into()],
            widths: vec![3.0, 1.0],
            rows: vec![vec![
                "Een lange vraag die zeker over meerdere regels loopt in de kolom".into(),
                "3".into(),
            ]],
        };
        let widths = columns(&table, 100.0);
        assert!((widths[0] - 75.0).abs() < 1e-3, "shares scale to the width");
        let wrapped = wrap_row(&table.rows[0], &widths, &fonts(), (false, SIZE));
        assert!(wrapped[0].len() > 1, "long cell wraps: {wrapped:?}");
        for line in &wrapped[0] {
            assert!(
                fonts().regular.width(line, SIZE) <= widths[0] - 2.0 * PAD_X,
                "line fits its column: {line}"
            );
        }
        let (_, end) = draw_at(&table, &fonts(), 0.0, 10.0, 100.0);
        assert!(
            end > 10.0 + row_height(&wrapped, SIZE),
            "table is at least as tall as its header and row"
        );
    }
}
