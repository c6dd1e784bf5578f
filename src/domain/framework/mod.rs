//! The framework: the four values, the five stages, the questionnaire, the instrument
//! catalogue and the scoring thresholds, as checked, ready-to-use data.
//!
//! The framework is data, not code. It is read from RON ([`raw`]) and turned into these types
//! in one step ([`Framework::from_ron`]) that reports every problem at once with its location.
//! The default framework ships inside the binary ([`Framework::embedded`]); a user may load
//! another one from a file (the caller reads the bytes; this module touches no files).

mod problem;
pub mod raw;
mod validate;

use rustc_hash::FxHashMap;

pub use problem::{Location, Problem, ProblemKind};

use crate::domain::{Id, Lang, Level, Text};

/// The default framework as shipped: `assets/framework.ron`, embedded at compile time.
pub const EMBEDDED_RON: &str = include_str!("../../../assets/framework.ron");

/// The id of a dimension (one of the four values), e.g. `alignment`. Shared text: results
/// carry the ids of the framework they came from without copying them.
pub type DimensionId = Id;

/// The id of a question, e.g. `alignment.shared_agenda` (shared text, as [`DimensionId`]).
pub type QuestionId = Id;

/// The id of an instrument, e.g. `regional_purse` (shared text, as [`DimensionId`]).
pub type InstrumentId = Id;

/// Why a framework could not be used.
#[derive(Debug, thiserror::Error)]
pub enum FrameworkError {
    /// The text is not valid RON for a framework.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        message: String,
    },

    /// The file parsed but its content has problems.
    #[error("{} problem(s) in the framework", .0.len())]
    Invalid(Vec<Problem>),
}

/// A reference to a passage of a source document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRef {
    /// Document id, e.g. `"000"`.
    pub doc: String,

    /// Section as the document numbers or names it.
    pub section: Option<String>,

    /// First line of the passage (1-based).
    pub first_line: u32,

    /// Last line of the passage (inclusive).
    pub last_line: u32,
}

impl SourceRef {
    /// The citation for traceability, with our text copy's lines: "000 §5.1, r. 312–318".
    /// Never shown to users (see [`Framework::citations`]).
    pub fn trace(&self, lang: Lang) -> String {
        let lines = lang.pick("r.", "l.");
        let section = self
            .section
            .as_deref()
            .map(|s| format!(" §{s}"))
            .unwrap_or_default();
        if self.first_line == self.last_line {
            format!("{}{section}, {lines} {}", self.doc, self.first_line)
        } else {
            format!(
                "{}{section}, {lines} {}–{}",
                self.doc, self.first_line, self.last_line
            )
        }
    }
}

/// A document the framework cites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Short id, e.g. `"000"`.
    pub id: String,
    /// Title as published.
    pub title: String,
    /// Authors or publisher.
    pub author: String,
    /// Publication date as written.
    pub date: String,
    /// The title as citations name it.
    pub short: String,
    /// Internal: never named to users, so never cited.
    pub internal: bool,
}

/// An exact fraction, for shares such as "two thirds".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    /// Numerator.
    pub numerator: u32,
    /// Denominator (never zero).
    pub denominator: u32,
}

impl Share {
    /// No share at all: `0 / 1`.
    pub const NONE: Self = Self {
        numerator: 0,
        denominator: 1,
    };

    /// Whether the mean of `count` numbers summing to `sum`, plus this share, reaches
    /// `target`. Exact: no floating point.
    pub fn mean_reaches(self, sum: u64, count: usize, target: u8) -> bool {
        let (n, d) = (u64::from(self.numerator), u64::from(self.denominator));
        let count = count as u64;
        sum * d + n * count >= u64::from(target) * count * d
    }

    /// Whether `count` out of `total` reaches this share. Exact: no floating point.
    pub fn reached(self, count: usize, total: usize) -> bool {
        count as u64 * u64::from(self.denominator) >= total as u64 * u64::from(self.numerator)
    }
}

/// The thresholds of the scoring rules (docs/model.md §2).
#[derive(Clone, Debug, PartialEq)]
pub struct Scoring {
    /// How far below a stage a value's mean item level may lie and still stand there.
    pub stage_margin: Share,
    /// Minimum number of respondents for an item to count as split.
    pub split_min_respondents: u32,
    /// Minimum number of levels spanned (inclusive) for an item to count as split.
    pub split_min_levels: u32,
    /// Share of split items that makes a dimension uncertain.
    pub uncertain_share: Share,
    /// Parity gap, in levels, that is flagged.
    pub parity_gap_flag: f64,
    /// Smallest group that may be broken out (anonymity).
    pub min_group_size: u32,
    /// Lower bound of the "strength" band.
    pub band_strength: f64,
    /// Lower bound of the "discuss" band.
    pub band_discuss: f64,
    /// Seats of one domain per seat of the other above which the table is flagged.
    pub seat_imbalance_ratio: f64,
}

/// One of the four values.
#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    /// Stable id.
    pub id: DimensionId,
    /// Name.
    pub name: Text,
    /// One line about the value.
    pub summary: Text,
    /// A short paragraph.
    pub description: Text,
    /// Where it comes from.
    pub sources: Vec<SourceRef>,
}

/// One stage of the routekaart.
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    /// 1 to 5.
    pub number: Level,
    /// Name.
    pub name: Text,
    /// Where a region at this stage stands.
    pub description: Text,
    /// What typically comes next.
    pub next: Text,
    /// Its profile: the stage each value must have reached for a region to stand here, in
    /// dimension order (stage 1 asks nothing).
    pub requires: Vec<(DimensionId, Level)>,
    /// Where it comes from.
    pub sources: Vec<SourceRef>,
}

/// The level an item must reach before a region can stand at a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gate {
    /// The stage it guards.
    pub stage: Level,
    /// The level the item needs.
    pub level: Level,
}

/// A change to a question's options in a framework version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    /// The version that changed the options.
    pub version: String,
    /// The levels whose option kept its meaning.
    pub keeps: Vec<Level>,
}

/// Whether framework version `a` comes before `b`, comparing dot-separated numbers
/// ("1.0" < "1.1" < "1.10"). A part that is not a number compares as text.
pub fn version_before(a: &str, b: &str) -> bool {
    let key = |p: &str| (p.parse::<u64>().unwrap_or(u64::MAX), p.to_owned());
    let (mut a, mut b) = (a.split('.'), b.split('.'));
    loop {
        match (a.next(), b.next()) {
            (None, Some(_)) => return true,
            (None | Some(_), None) => return false,
            (Some(x), Some(y)) if x == y => {}
            (Some(x), Some(y)) => return key(x) < key(y),
        }
    }
}

/// One question of the questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Stable id.
    pub id: QuestionId,
    /// The dimension it measures.
    pub dimension: DimensionId,
    /// The question.
    pub text: Text,
    /// Optional explanation.
    pub help: Option<Text>,
    /// The five options; `options[i]` is anchored to stage `i + 1`.
    pub options: [Text; 5],
    /// Whether "niet van toepassing" may be answered.
    pub not_applicable: bool,
    /// Whether it is part of the quick scan.
    pub quick_scan: bool,
    /// Gates: the levels this item must reach before a region can stand at a stage.
    pub gates: Vec<Gate>,
    /// Versions in which its options were reworded, oldest first.
    pub revised: Vec<Revision>,
    /// A few words naming what it asks ("bindende afspraken"); set on every gated question.
    pub short: Option<Text>,
    /// Optional meta-perception variant.
    pub meta: Option<Text>,
    /// Source passages.
    pub sources: Vec<SourceRef>,
}

impl Question {
    /// Whether an answer at `level`, given with framework `version` (of the same framework),
    /// still means what this version's option says.
    pub fn keeps_meaning(&self, version: &str, level: Level) -> bool {
        self.revised.is_empty()
            || self
                .revised
                .iter()
                .filter(|r| version_before(version, &r.version))
                .all(|r| r.keeps.contains(&level))
    }

    /// The option text anchored to a level.
    pub fn option(&self, level: Level) -> &Text {
        // `index()` is 0..=4 by construction of `Level`, and `options` has five entries.
        &self.options[level.index()]
    }
}

/// The kind of instrument.
pub use raw::RawCategory as Category;

impl Category {
    /// All categories, in catalogue order.
    pub const ALL: [Self; 6] = [
        Self::Governance,
        Self::Organisation,
        Self::Finance,
        Self::Contracting,
        Self::Learning,
        Self::National,
    ];

    /// The name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::Governance => lang.pick("Bestuur", "Governance"),
            Self::Organisation => lang.pick("Organisatie", "Organisation"),
            Self::Finance => lang.pick("Financiering", "Finance"),
            Self::Contracting => lang.pick("Inkoop en contractering", "Contracting"),
            Self::Learning => lang.pick("Leren", "Learning"),
            Self::National => lang.pick("Landelijk", "National"),
        }
    }
}

/// One steering instrument.
#[derive(Clone, Debug, PartialEq)]
pub struct Instrument {
    /// Stable id.
    pub id: InstrumentId,
    /// Name.
    pub name: Text,
    /// What it is.
    pub description: Text,
    /// Kind.
    pub category: Category,
    /// First stage at which it fits.
    pub from_stage: Level,
    /// Last stage at which it fits.
    pub to_stage: Level,
    /// The values it strengthens.
    pub dimensions: Vec<DimensionId>,
    /// What must be in place first.
    pub preconditions: Vec<Text>,
    /// An example from the sources.
    pub example: Option<Text>,
    /// Instruments that usually come first.
    pub builds_on: Vec<InstrumentId>,
    /// Questions whose situation it most directly improves.
    pub addresses: Vec<QuestionId>,
    /// Source passages.
    pub sources: Vec<SourceRef>,
}

impl Instrument {
    /// Whether the instrument's stage window contains `stage`.
    pub fn fits(&self, stage: Level) -> bool {
        (self.from_stage..=self.to_stage).contains(&stage)
    }

    /// The stages the instrument fits, for a reader: "fase 5" or "fase 2–4".
    pub fn stages(&self, lang: Lang) -> String {
        if self.from_stage == self.to_stage {
            format!("{} {}", lang.pick("fase", "stage"), self.from_stage)
        } else {
            format!(
                "{} {}–{}",
                lang.pick("fase", "stages"),
                self.from_stage,
                self.to_stage
            )
        }
    }

    /// Whether the instrument directly addresses a question.
    pub fn addresses(&self, question: &str) -> bool {
        self.addresses.iter().any(|q| q == question)
    }

    /// Whether this is a national instrument (never advice to a region).
    pub fn is_national(&self) -> bool {
        self.category == Category::National
    }
}

/// A category of national barrier.
#[derive(Clone, Debug, PartialEq)]
pub struct BarrierCategory {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// What belongs here.
    pub description: Text,
    /// Source passages.
    pub sources: Vec<SourceRef>,
}

/// A checked framework. Ids are unique, references resolve, there are exactly five stages
/// numbered 1 to 5, every question has five options, every text exists in both languages.
#[derive(Clone, Debug, PartialEq)]
pub struct Framework {
    /// Stable id.
    pub id: String,
    /// Version.
    pub version: String,
    /// Title.
    pub title: Text,
    /// Cited documents.
    pub documents: Vec<Document>,
    /// Thresholds.
    pub scoring: Scoring,
    /// The four values, in file order.
    pub dimensions: Vec<Dimension>,
    /// The five stages, ordered 1 to 5.
    pub stages: Vec<Stage>,
    /// The questions, in file order.
    pub questions: Vec<Question>,
    /// The instruments, in file order.
    pub instruments: Vec<Instrument>,
    /// Categories of national barriers.
    pub barrier_categories: Vec<BarrierCategory>,
    /// Where each question is in `questions`, found by a fast hash (ids are the framework's own).
    question_index: FxHashMap<QuestionId, usize>,
}

impl Framework {
    /// Parses and validates a framework from RON text. Reports every problem at once.
    pub fn from_ron(text: &str) -> Result<Self, FrameworkError> {
        let raw: raw::RawFramework = ron::from_str(text).map_err(|err| FrameworkError::Syntax {
            line: err.span.start.line,
            column: err.span.start.col,
            message: err.code.to_string(),
        })?;
        validate::validate(&raw, text).map_err(FrameworkError::Invalid)
    }

    /// The default framework shipped with the app.
    pub fn embedded() -> Result<Self, FrameworkError> {
        Self::from_ron(EMBEDDED_RON)
    }

    /// A question by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_index
            .get(id)
            .and_then(|&index| self.questions.get(index))
    }

    /// A dimension by id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// A stage by number.
    pub fn stage(&self, number: Level) -> Option<&Stage> {
        self.stages.get(number.index())
    }

    /// An instrument by id.
    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|i| i.id == id)
    }

    /// A barrier category by id.
    pub fn barrier_category(&self, id: &str) -> Option<&BarrierCategory> {
        self.barrier_categories.iter().find(|c| c.id == id)
    }

    /// A document by id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The questions of one dimension, in file order.
    pub fn questions_of<'a>(
        &'a self,
        dimension: &'a str,
    ) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions
            .iter()
            .filter(move |q| q.dimension == dimension)
    }

    /// The questions of a form: the quick scan or all of them.
    pub fn questions_for(&self, quick_scan_only: bool) -> impl Iterator<Item = &Question> + '_ {
        self.questions
            .iter()
            .filter(move |q| q.quick_scan || !quick_scan_only)
    }

    /// The citations users see for a list of sources: document and section ("Pionieren in
    /// niemandsland, §5.2"), each once, in order; internal documents are left out.
    pub fn citations(&self, sources: &[SourceRef]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for s in sources {
            let Some(doc) = self.documents.iter().find(|d| d.id == s.doc) else {
                continue;
            };
            if doc.internal {
                continue;
            }
            let cite = match s.section.as_deref() {
                Some(section) if section.starts_with(|c: char| c.is_ascii_digit()) => {
                    let section = section.trim_end_matches('.');
                    let section = section.replacen(". ", " ", 1);
                    format!("{}, §{section}", doc.short)
                }
                Some(section) => format!("{}, {section}", doc.short),
                None => doc.short.clone(),
            };
            if !out.contains(&cite) {
                out.push(cite);
            }
        }
        out
    }

    /// The documents users may see named, in framework order.
    pub fn public_documents(&self) -> impl Iterator<Item = &Document> {
        self.documents.iter().filter(|d| !d.internal)
    }

    /// Every source reference in the framework, with the item that carries it.
    pub fn all_source_refs(&self) -> Vec<(String, &SourceRef)> {
        let mut out = Vec::new();
        for d in &self.dimensions {
            out.extend(d.sources.iter().map(|r| (format!("dimension {}", d.id), r)));
        }
        for s in &self.stages {
            out.extend(s.sources.iter().map(|r| (format!("stage {}", s.number), r)));
        }
        for q in &self.questions {
            out.extend(q.sources.iter().map(|r| (format!("question {}", q.id), r)));
        }
        for i in &self.instruments {
            out.extend(
                i.sources
                    .iter()
                    .map(|r| (format!("instrument {}", i.id), r)),
            );
        }
        for c in &self.barrier_categories {
            out.extend(
                c.sources
                    .iter()
                    .map(|r| (format!("barrier category {}", c.id), r)),
            );
        }
        out
    }
}
