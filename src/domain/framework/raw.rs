//! The serde mirror of `framework.ron`: plain data exactly as written in the file.
//!
//! No logic lives here. [`super::validate`] turns a [`RawFramework`] into a checked
//! [`super::Framework`] and reports every problem at once. Unknown fields are refused so a
//! typo in the file is an error instead of silently ignored content.

use serde::Deserialize;

/// A text in both product languages. Either may be left out in the file; validation then
/// reports the missing translation with its location.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    /// Dutch text (the primary language).
    #[serde(default)]
    pub nl: String,

    /// English text.
    #[serde(default)]
    pub en: String,
}

/// A pointer into one of the source documents: document id, optional section, line range.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSourceRef {
    /// Id of a document in [`RawFramework::documents`], e.g. `"000"`.
    pub doc: String,

    /// Section number or title as the document gives it, e.g. `"5.1"`.
    #[serde(default)]
    pub section: Option<String>,

    /// First and last line (1-based, inclusive) of the passage.
    pub lines: (u32, u32),
}

/// One source document the framework cites.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    /// Short id used in references, e.g. `"000"`.
    pub id: String,

    /// Title as published.
    pub title: String,

    /// Authors or publisher.
    pub author: String,

    /// Publication date as written, e.g. `"mei 2025"`.
    pub date: String,

    /// The title as citations name it, e.g. "Pionieren in niemandsland".
    #[serde(default)]
    pub short: String,

    /// Whether the document is internal: kept for traceability, never named to users.
    #[serde(default)]
    pub internal: bool,
}

/// The thresholds of the scoring rules (docs/model.md §2). Kept in the file, never in code.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScoring {
    /// How far below a stage a value's mean item level may lie and still stand at that stage,
    /// as `(numerator, denominator)`: `(1, 2)` rounds the mean half up (3.5 is stage 4).
    pub stage_margin: (u32, u32),

    /// An item is split when at least this many respondents answered it …
    pub split_min_respondents: u32,

    /// … and their answers span at least this many levels (lowest to highest, inclusive).
    pub split_min_levels: u32,

    /// A dimension is uncertain when at least this share of its items is split.
    pub uncertain_share: (u32, u32),

    /// A parity gap (social minus medical mean) of at least this many levels is flagged.
    pub parity_gap_flag: f64,

    /// No breakdown by domain for groups smaller than this (anonymity).
    pub min_group_size: u32,

    /// Dimension mean at or above this is a strength.
    pub band_strength: f64,

    /// Dimension mean at or above this (and below strength) is a point to discuss; below it,
    /// a concern.
    pub band_discuss: f64,

    /// Seat balance: flag when one domain holds more than this many seats per seat of the other.
    pub seat_imbalance_ratio: f64,
}

/// One of the four values.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDimension {
    /// Stable id, e.g. `"alignment"`.
    pub id: String,

    /// Name, e.g. "Gelijkgerichtheid".
    pub name: RawText,

    /// One line that says what the value is about.
    pub summary: RawText,

    /// A short paragraph for the report and the help panel.
    pub description: RawText,

    /// Where the value comes from.
    pub sources: Vec<RawSourceRef>,
}

/// One stage of the routekaart.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStage {
    /// 1 to 5.
    pub number: u8,

    /// Name, e.g. "Kennismaken".
    pub name: RawText,

    /// Where a region at this stage stands.
    pub description: RawText,

    /// What typically comes next, from here.
    pub next: RawText,

    /// The stage each value must have reached for a region to stand here, as
    /// `[("alignment", 3), …]`. Values left out ask nothing (stage 1).
    #[serde(default)]
    pub requires: Vec<(String, u8)>,

    /// Where the stage comes from.
    pub sources: Vec<RawSourceRef>,
}

/// A gate: the level an item must reach before a region can stand at a stage.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGate {
    /// The stage this gate guards (2 to 5).
    pub stage: u8,

    /// The item level needed (1 to 5).
    pub level: u8,
}

/// A change to a question's options in a framework version.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRevision {
    /// The version that changed the options, e.g. `"1.1"`.
    pub version: String,

    /// The levels whose option kept its meaning; an answer at another level made with an
    /// earlier version no longer counts.
    pub keeps: Vec<u8>,
}

/// One question of the questionnaire.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    /// Stable id, e.g. `"alignment.shared_picture"`.
    pub id: String,

    /// Id of the dimension it measures.
    pub dimension: String,

    /// The question.
    pub text: RawText,

    /// Optional explanation shown under the question.
    #[serde(default)]
    pub help: Option<RawText>,

    /// Exactly five options; the first is anchored to stage 1, the fifth to stage 5.
    pub options: Vec<RawText>,

    /// Whether "niet van toepassing" may be answered.
    #[serde(default)]
    pub not_applicable: bool,

    /// Whether the question belongs to the quick scan.
    #[serde(default)]
    pub quick_scan: bool,

    /// Optional gate for a stage (one gate; the form of framework files before 1.1).
    #[serde(default)]
    pub gate: Option<RawGate>,

    /// Gates for stages: each the level this item must reach for the region to stand there.
    #[serde(default)]
    pub gates: Vec<RawGate>,

    /// Versions in which the options were reworded, with the levels whose meaning held.
    #[serde(default)]
    pub revised: Vec<RawRevision>,

    /// A few words naming what the question asks, for sentences such as "stage 5 also asks
    /// for …" (required for a question with gates).
    #[serde(default)]
    pub short: Option<RawText>,

    /// Optional meta-perception variant: "how would the other domain answer this?".
    #[serde(default)]
    pub meta: Option<RawText>,

    /// Source passages the question rests on.
    pub sources: Vec<RawSourceRef>,
}

/// The kind of steering instrument.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RawCategory {
    /// Who decides, who sits at the table, with which mandate.
    Governance,
    /// Support structure, representation, ways of working together.
    Organisation,
    /// Money: budgets, purses, purchasing constructions.
    Finance,
    /// Purchasing and contract terms.
    Contracting,
    /// Reflection, information, learning from each other.
    Learning,
    /// For the national level, not for a region.
    National,
}

/// One steering instrument of the catalogue.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInstrument {
    /// Stable id, e.g. `"regional_purse"`.
    pub id: String,

    /// Name.
    pub name: RawText,

    /// What it is and how it works, in a few sentences.
    pub description: RawText,

    /// Kind of instrument.
    pub category: RawCategory,

    /// First and last stage (1 to 5) at which the instrument fits.
    pub stages: (u8, u8),

    /// Ids of the dimensions it strengthens.
    pub dimensions: Vec<String>,

    /// What must be in place before it can work.
    #[serde(default)]
    pub preconditions: Vec<RawText>,

    /// An example from the sources, where they give one.
    #[serde(default)]
    pub example: Option<RawText>,

    /// Ids of instruments that usually come first.
    #[serde(default)]
    pub builds_on: Vec<String>,

    /// Ids of the questions whose situation the instrument most directly improves.
    #[serde(default)]
    pub addresses: Vec<String>,

    /// Source passages.
    pub sources: Vec<RawSourceRef>,
}

/// A category of national barrier (docs/model.md §5).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBarrierCategory {
    /// Stable id, e.g. `"funding_streams"`.
    pub id: String,

    /// Name.
    pub name: RawText,

    /// What belongs in this category.
    pub description: RawText,

    /// Source passages.
    pub sources: Vec<RawSourceRef>,
}

/// The whole framework file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Framework")]
pub struct RawFramework {
    /// Stable id of the framework, e.g. `"routekaart-iza"`.
    pub id: String,

    /// Version, e.g. `"1.0"`. Assessments record it.
    pub version: String,

    /// Title of the framework.
    pub title: RawText,

    /// The documents the framework cites.
    pub documents: Vec<RawDocument>,

    /// Thresholds of the scoring rules.
    pub scoring: RawScoring,

    /// The four values.
    pub dimensions: Vec<RawDimension>,

    /// The five stages.
    pub stages: Vec<RawStage>,

    /// The questionnaire.
    pub questions: Vec<RawQuestion>,

    /// The instrument catalogue.
    pub instruments: Vec<RawInstrument>,

    /// Categories of national barriers.
    pub barrier_categories: Vec<RawBarrierCategory>,
}
