//! The report as plain data: a title page, then a flow of headings, paragraphs, lists, tables
//! and charts, with every text already in the chosen language.
//!
//! The builders in [`super::build`] fill it from the framework, the assessment and the
//! evaluation; the layout turns it into pages. Nothing here knows about PDF.

use crate::domain::Date;

/// A whole report, ready to lay out.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Document title (PDF metadata).
    pub title: String,
    /// Left part of the running header, e.g. "Routekaart · Rivierduin".
    pub header_left: String,
    /// Right part of the running header: the date.
    pub header_right: String,
    /// "pagina" / "page".
    pub page_word: String,
    /// "van" / "of".
    pub of_word: String,
    /// The date that goes into the document's metadata.
    pub date: Date,
    /// The title page.
    pub cover: Cover,
    /// Everything after the title page, in order.
    pub blocks: Vec<Block>,
}

/// The title page.
#[derive(Clone, Debug, PartialEq)]
pub struct Cover {
    /// Small line above the title, e.g. "Routekaart regionale tafel".
    pub kicker: String,
    /// The region.
    pub title: String,
    /// The IZA region, if known.
    pub subtitle: String,
    /// Label–value lines: date, mode, form, framework version, …
    pub facts: Vec<(String, String)>,
    /// Heading over the participants table.
    pub people_heading: String,
    /// Who took part.
    pub people: Table,
    /// A closing note (the mirror, not a grade).
    pub note: String,
}

/// One block of the flow.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Starts a new page.
    PageBreak,
    /// A section heading (level 1) or sub-heading (level 2).
    Heading {
        /// 1 or 2.
        level: u8,
        /// The text.
        text: String,
    },
    /// A paragraph of running text.
    Paragraph {
        /// The text.
        text: String,
        /// How it looks.
        style: Style,
    },
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A table.
    Table(Table),
    /// A chart.
    Chart(Chart),
    /// A shaded box with a short text, for what the reader must not miss.
    Note(String),
}

/// How a paragraph looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Running text.
    Body,
    /// Bold running text.
    Strong,
    /// Smaller, grey text for sources and explanations.
    Small,
}

/// A table with a header row; columns get a share of the text width.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Column headings.
    pub header: Vec<String>,
    /// Relative column widths (any positive numbers; they are scaled to the width).
    pub widths: Vec<f32>,
    /// The rows; each has one cell per column.
    pub rows: Vec<Vec<String>>,
}

/// A chart, as data.
#[derive(Clone, Debug, PartialEq)]
pub enum Chart {
    /// The route: five signposts and where the region stands.
    Route {
        /// The five stage names, stage 1 first.
        stages: Vec<String>,
        /// The calculated stage (1–5).
        current: Option<u8>,
        /// The stage the table placed itself at.
        self_placed: Option<u8>,
        /// Label under the region's marker ("U bent hier").
        here: String,
        /// Label of the self-placement marker.
        self_label: String,
    },
    /// A radar (spider) chart of the values on the 1–5 scale.
    Radar {
        /// Axis labels with the sector-balanced score (1–5) and the stage.
        axes: Vec<RadarAxis>,
        /// Legend for the filled area.
        score_label: String,
        /// Legend for the stage outline.
        stage_label: String,
    },
    /// How answers spread over the five levels, one bar per row.
    Spread {
        /// Rows of the chart.
        rows: Vec<SpreadRow>,
        /// Labels of the five levels (short).
        levels: Vec<String>,
    },
    /// Horizontal bars with a count each (e.g. regions per stage).
    Counts {
        /// Label and count per bar.
        bars: Vec<(String, usize)>,
    },
}

/// One axis of the radar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    /// The value's name.
    pub label: String,
    /// The sector-balanced mean, 1 to 5.
    pub score: Option<f64>,
    /// The value's stage.
    pub stage: Option<u8>,
    /// The line under the label, e.g. "3,4 · fase 3".
    pub detail: String,
}

/// One bar of the spread chart.
#[derive(Clone, Debug, PartialEq)]
pub struct SpreadRow {
    /// What the bar shows.
    pub label: String,
    /// Answers per level; index 0 is level 1.
    pub counts: [usize; 5],
}
