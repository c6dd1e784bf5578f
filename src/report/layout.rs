//! From the report model to positioned pages: A4, margins, type sizes, page breaks, the
//! running header and the page numbers.
//!
//! Coordinates are millimetres from the top-left corner of the page; `y` of a text is its
//! baseline. Headings are kept with the start of what follows them, tables break between
//! rows and repeat their header, paragraphs break between lines. The output is plain drawing
//! items; [`super::pdf`] turns them into PDF operations.

mod pages;
pub mod tables;
pub mod text;

use super::charts;
use super::model::{Block, Report, Style};
pub use text::Metrics;

/// Page width (A4).
pub const PAGE_W: f32 = 210.0;
/// Page height (A4).
pub const PAGE_H: f32 = 297.0;
/// Left margin.
pub const LEFT: f32 = 22.0;
/// Text width.
pub const WIDTH: f32 = PAGE_W - 2.0 * LEFT;
/// Where the content starts on a page with a running header.
const TOP: f32 = 28.0;
/// Where the content must end.
const BOTTOM: f32 = 276.0;

/// Body text size in points.
pub const BODY: f32 = 10.0;
/// Small text size in points.
pub const SMALL: f32 = 8.5;
/// Line height as a multiple of the font size.
pub const LEADING: f32 = 1.38;

/// A colour, 0 to 1 per channel.
pub type Rgb = (f32, f32, f32);

/// Text colour.
pub const INK: Rgb = (0.13, 0.15, 0.18);
/// Secondary text.
pub const MUTED: Rgb = (0.38, 0.41, 0.45);
/// The accent colour (headings, the route, the radar).
pub const ACCENT: Rgb = (0.07, 0.33, 0.52);
/// A light tint of the accent, for shading.
pub const TINT: Rgb = (0.88, 0.93, 0.97);
/// Rules and grid lines.
pub const RULE: Rgb = (0.78, 0.80, 0.83);
/// A warm colour for what needs attention.
pub const WARM: Rgb = (0.80, 0.45, 0.12);

/// The two faces of the bundled family.
#[derive(Clone, Debug, PartialEq)]
pub struct Fonts {
    /// Regular.
    pub regular: Metrics,
    /// Bold.
    pub bold: Metrics,
}

impl Fonts {
    /// The metrics of a face.
    pub fn face(&self, bold: bool) -> &Metrics {
        if bold { &self.bold } else { &self.regular }
    }
}

/// Something drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One line of text; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Size in points.
        size: f32,
        /// Bold face.
        bold: bool,
        /// Colour.
        color: Rgb,
        /// The text (one line).
        text: String,
    },
    /// A stroked line through points.
    Line {
        /// The points.
        points: Vec<(f32, f32)>,
        /// Thickness in points.
        width: f32,
        /// Colour.
        color: Rgb,
        /// Whether to close the path.
        closed: bool,
    },
    /// A filled polygon.
    Fill {
        /// The corners.
        points: Vec<(f32, f32)>,
        /// Colour.
        color: Rgb,
    },
}

/// A text item.
pub fn text(x: f32, y: f32, size: f32, bold: bool, color: Rgb, text: &str) -> Item {
    Item::Text {
        x,
        y,
        size,
        bold,
        color,
        text: text.to_owned(),
    }
}

/// A filled rectangle.
pub fn rect(x: f32, y: f32, w: f32, h: f32, color: Rgb) -> Item {
    Item::Fill {
        points: vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)],
        color,
    }
}

/// A straight line.
pub fn line(a: (f32, f32), b: (f32, f32), width: f32, color: Rgb) -> Item {
    Item::Line {
        points: vec![a, b],
        width,
        color,
        closed: false,
    }
}

/// Line height in millimetres for a font size.
pub fn line_height(size_pt: f32) -> f32 {
    size_pt * LEADING * text::MM_PER_PT
}

/// One laid-out page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// What is drawn, in order.
    pub items: Vec<Item>,
}

/// Lays out a report into pages.
pub fn lay_out(report: &Report, fonts: &Fonts) -> Vec<Page> {
    let mut flow = Flow {
        fonts,
        pages: vec![pages::cover(&report.cover, fonts)],
        page: Page::default(),
        y: TOP,
    };
    for (index, block) in report.blocks.iter().enumerate() {
        if keeps_with_next(block) {
            let rest = report.blocks.get(index + 1..).unwrap_or_default();
            flow.ensure(flow.height(block) + flow.lead_in(block, rest));
        }
        flow.block(block);
    }
    flow.finish_page();
    let mut pages = flow.pages;
    pages::decorate(&mut pages, report, fonts);
    pages
}

/// Headings and bold lead-ins stay on the page of what follows them.
fn keeps_with_next(block: &Block) -> bool {
    matches!(
        block,
        Block::Heading { .. }
            | Block::Paragraph {
                style: Style::Strong,
                ..
            }
    )
}

/// A short introduction (at most three lines) that belongs with the block after it.
const SHORT_INTRO: f32 = 3.0 * 4.9;

struct Flow<'a> {
    fonts: &'a Fonts,
    pages: Vec<Page>,
    page: Page,
    y: f32,
}

impl Flow<'_> {
    fn finish_page(&mut self) {
        if !self.page.items.is_empty() {
            self.pages.push(std::mem::take(&mut self.page));
        }
        self.y = TOP;
    }

    fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP + 0.1 {
            self.finish_page();
        }
    }

    fn push(&mut self, item: Item) {
        self.page.items.push(item);
    }

    fn heading_style(level: u8) -> (f32, f32, f32) {
        // (size, space above, space below)
        if level <= 1 {
            (17.0, 4.0, 3.0)
        } else {
            (12.0, 4.0, 1.5)
        }
    }

    fn paragraph_style(style: Style) -> (f32, bool, Rgb) {
        match style {
            Style::Body => (BODY, false, INK),
            Style::Strong => (BODY, true, INK),
            Style::Small => (SMALL, false, MUTED),
        }
    }

    /// The full height of a block.
    fn height(&self, block: &Block) -> f32 {
        match block {
            Block::PageBreak => 0.0,
            Block::Heading { level, text } => {
                let (size, above, below) = Self::heading_style(*level);
                let lines = self.fonts.bold.wrap(text, size, WIDTH).len().max(1);
                above + lines as f32 * line_height(size) + below
            }
            Block::Paragraph { text, style } => {
                let (size, bold, _) = Self::paragraph_style(*style);
                let lines = self.fonts.face(bold).wrap(text, size, WIDTH).len();
                lines as f32 * line_height(size) + 2.0
            }
            Block::Bullets(items) => {
                let lines: usize = items
                    .iter()
                    .map(|i| self.fonts.regular.wrap(i, BODY, WIDTH - 5.0).len())
                    .sum();
                lines as f32 * line_height(BODY) + items.len() as f32 + 1.0
            }
            Block::Table(table) => tables::height(table, self.fonts),
            Block::Chart(chart) => charts::height(chart) + 3.0,
            Block::Note(text) => {
                self.fonts.regular.wrap(text, BODY, WIDTH - 8.0).len() as f32 * line_height(BODY)
                    + 9.0
            }
        }
    }

    /// What must fit below a heading or a bold lead-in: the start of the next block, or, after
    /// a heading, a short introduction in full plus the start of the block after it.
    fn lead_in(&self, block: &Block, rest: &[Block]) -> f32 {
        let Some(next) = rest.first() else {
            return 0.0;
        };
        let intro = self.height(next);
        let is_intro = matches!(block, Block::Heading { .. })
            && matches!(next, Block::Paragraph { .. })
            && intro <= SHORT_INTRO;
        match rest.get(1) {
            Some(after) if is_intro => intro + self.min_height(after),
            _ => self.min_height(next),
        }
    }

    /// The least that must fit below a heading: the first lines or row of the next block.
    fn min_height(&self, block: &Block) -> f32 {
        match block {
            Block::Paragraph { text, style } => {
                // Up to four lines stay together (see `block`), longer ones may break after two.
                let (size, bold, _) = Self::paragraph_style(*style);
                let count = self.fonts.face(bold).wrap(text, size, WIDTH).len();
                if count <= 4 {
                    self.height(block)
                } else {
                    2.0 * line_height(size)
                }
            }
            Block::Bullets(items) => items.first().map_or(0.0, |first| {
                self.height(&Block::Bullets(vec![first.clone()]))
            }),
            Block::Table(table) => tables::head_height(table, self.fonts),
            Block::Heading { .. } => self.height(block) + 2.0 * line_height(BODY),
            Block::PageBreak => 0.0,
            Block::Chart(_) | Block::Note(_) => self.height(block),
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::PageBreak => self.finish_page(),
            Block::Heading { level, text } => {
                let (size, above, below) = Self::heading_style(*level);
                if self.y > TOP + 0.1 {
                    self.y += above;
                }
                let color = if *level <= 1 { ACCENT } else { INK };
                for line in self.fonts.bold.wrap(text, size, WIDTH) {
                    self.y += line_height(size);
                    self.push(self::text(LEFT, self.y - 1.2, size, true, color, &line));
                }
                if *level <= 1 {
                    self.y += 1.0;
                    self.push(line((LEFT, self.y), (LEFT + WIDTH, self.y), 0.6, ACCENT));
                }
                self.y += below;
            }
            Block::Paragraph { text, style } => {
                let (size, bold, color) = Self::paragraph_style(*style);
                // Short paragraphs are not split over two pages.
                let count = self.fonts.face(bold).wrap(text, size, WIDTH).len();
                if count <= 4 {
                    self.ensure(count as f32 * line_height(size));
                }
                self.lines(text, LEFT, WIDTH, size, bold, color);
                self.y += 2.0;
            }
            Block::Bullets(items) => {
                for item in items {
                    let first = line_height(BODY);
                    self.ensure(first);
                    let dot_y = self.y + first - 1.2;
                    self.push(text(LEFT + 0.8, dot_y, BODY, false, ACCENT, "•"));
                    self.lines(item, LEFT + 5.0, WIDTH - 5.0, BODY, false, INK);
                    self.y += 1.0;
                }
                self.y += 1.0;
            }
            Block::Table(table) => tables::draw(self, table),
            Block::Chart(chart) => {
                let h = charts::height(chart);
                self.ensure(h);
                let items = charts::draw(chart, self.fonts, LEFT, self.y, WIDTH);
                self.page.items.extend(items);
                self.y += h + 3.0;
            }
            Block::Note(note) => {
                let lines = self.fonts.regular.wrap(note, BODY, WIDTH - 8.0);
                let h = lines.len() as f32 * line_height(BODY) + 6.0;
                self.ensure(h);
                self.push(rect(LEFT, self.y, WIDTH, h, TINT));
                self.push(rect(LEFT, self.y, 1.2, h, ACCENT));
                let mut y = self.y + 3.0;
                for line in lines {
                    y += line_height(BODY);
                    self.push(text(LEFT + 5.0, y - 1.2, BODY, false, INK, &line));
                }
                self.y += h + 3.0;
            }
        }
    }

    /// Wrapped lines, breaking to a new page between lines when needed.
    fn lines(&mut self, content: &str, x: f32, width: f32, size: f32, bold: bool, color: Rgb) {
        let lh = line_height(size);
        for line in self.fonts.face(bold).wrap(content, size, width) {
            self.ensure(lh);
            self.y += lh;
            self.push(text(x, self.y - 1.2, size, bold, color, &line));
        }
    }
}
