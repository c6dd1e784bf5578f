//! The title page, and what every other page carries: the running header with region and
//! date, and the page number ("pagina 3 van 15").

use super::{
    ACCENT, BODY, Fonts, INK, LEFT, MUTED, PAGE_W, Page, RULE, SMALL, WIDTH, line, line_height,
    rect, tables, text,
};
use crate::report::model::{Cover, Report};

/// The title page.
pub(super) fn cover(cover: &Cover, fonts: &Fonts) -> Page {
    let mut items = vec![rect(0.0, 0.0, PAGE_W, 92.0, ACCENT)];
    let white = (1.0, 1.0, 1.0);
    items.push(text(
        LEFT,
        30.0,
        11.0,
        true,
        (0.80, 0.88, 0.95),
        &cover.kicker,
    ));
    let mut y = 44.0;
    for line in fonts.bold.wrap(&cover.title, 26.0, WIDTH) {
        items.push(text(LEFT, y, 26.0, true, white, &line));
        y += line_height(26.0);
    }
    for line in fonts.regular.wrap(&cover.subtitle, 13.0, WIDTH) {
        y += 1.0;
        items.push(text(LEFT, y, 13.0, false, white, &line));
        y += line_height(13.0);
    }
    let mut y = 108.0;
    let label_w = 48.0;
    for (label, value) in &cover.facts {
        items.push(text(LEFT, y, BODY, true, MUTED, label));
        for line in fonts.regular.wrap(value, BODY, WIDTH - label_w) {
            items.push(text(LEFT + label_w, y, BODY, false, INK, &line));
            y += line_height(BODY);
        }
        y += 1.5;
    }
    y += 6.0;
    items.push(text(LEFT, y, 12.0, true, INK, &cover.people_heading));
    y += 3.0;
    let (table_items, end) = tables::draw_at(&cover.people, fonts, LEFT, y, WIDTH);
    items.extend(table_items);
    let mut y = end.max(240.0);
    items.push(line((LEFT, y), (LEFT + WIDTH, y), 0.4, RULE));
    for line in fonts.regular.wrap(&cover.note, SMALL, WIDTH) {
        y += line_height(SMALL);
        items.push(text(LEFT, y, SMALL, false, MUTED, &line));
    }
    Page { items }
}

/// Running header and page numbers on every page but the cover.
pub(super) fn decorate(pages: &mut [Page], report: &Report, fonts: &Fonts) {
    let total = pages.len();
    for (index, page) in pages.iter_mut().enumerate().skip(1) {
        let number = format!(
            "{} {} {} {total}",
            report.page_word,
            index + 1,
            report.of_word
        );
        let right = &report.header_right;
        let right_w = fonts.regular.width(right, SMALL);
        let number_w = fonts.regular.width(&number, SMALL);
        page.items.extend([
            text(LEFT, 15.0, SMALL, false, MUTED, &report.header_left),
            text(LEFT + WIDTH - right_w, 15.0, SMALL, false, MUTED, right),
            line((LEFT, 17.5), (LEFT + WIDTH, 17.5), 0.4, RULE),
            line((LEFT, 283.0), (LEFT + WIDTH, 283.0), 0.4, RULE),
            text(LEFT + WIDTH - number_w, 288.0, SMALL, false, MUTED, &number),
        ]);
    }
}
