//! An assessment: what one table answered, who sat at it, and what it plans to do.
//!
//! This is the content of the files users keep. It holds facts and answers only: scores,
//! stages and recommendations are derived from it every time and never stored. Every type
//! refuses unknown fields, so a misspelt field is reported instead of silently dropped.

mod check;
mod edit;
mod share;
mod table;

use serde::{Deserialize, Serialize};

pub use check::{Finding, Severity, check, version_findings};
pub use share::SharedCopy;
pub use table::{Domain, OrgKind, Seat, SeatLevel};

use crate::domain::{Date, Id, Lang, Level};

/// The assessment file format version this build writes and reads.
pub const SCHEMA_VERSION: u32 = 1;

/// One assessment of one table on one date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Assessment")]
pub struct Assessment {
    /// The file format version; see [`SCHEMA_VERSION`].
    pub schema_version: u32,

    /// Who, where, when and how.
    pub meta: Meta,

    /// The seats of the table (docs/model.md §1).
    #[serde(default)]
    pub seats: Vec<Seat>,

    /// The people who answered.
    #[serde(default)]
    pub respondents: Vec<Respondent>,

    /// Every answer of every respondent in every round.
    #[serde(default)]
    pub answers: Vec<Answer>,

    /// Levels the table agreed on after discussion, with the reason.
    #[serde(default)]
    pub consensus: Vec<Consensus>,

    /// Barriers the region cannot remove itself; kept apart from the scores.
    #[serde(default)]
    pub barriers: Vec<Barrier>,

    /// What the table plans to do.
    #[serde(default)]
    pub actions: Vec<Action>,

    /// The stage the table places itself at, if it named one.
    #[serde(default)]
    pub self_placement: Option<Level>,
}

/// The metadata of an assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Name of the region or table, e.g. "Zorgtafel Rivierenland".
    pub region: String,

    /// The IZA region (care-office region) it belongs to.
    #[serde(default)]
    pub iza_region: String,

    /// The date of the assessment (the workshop, or when the chair filled it in).
    pub date: Date,

    /// Who facilitated, or who filled it in.
    #[serde(default)]
    pub facilitator: String,

    /// Self-assessment or workshop.
    pub mode: Mode,

    /// Quick scan or the full questionnaire.
    #[serde(default)]
    pub form: Form,

    /// The framework the answers belong to.
    pub framework: FrameworkRef,

    /// What may be shown about respondents.
    #[serde(default)]
    pub privacy: Privacy,

    /// Marks a fictional example assessment shipped with the app.
    #[serde(default)]
    pub example: bool,

    /// Free notes about the session.
    #[serde(default)]
    pub notes: String,
}

/// How the assessment was made.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Mode {
    /// A chair or small core group fills it in.
    #[default]
    SelfAssessment,
    /// A facilitated session with several respondents.
    Workshop,
}

impl Mode {
    /// The name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::SelfAssessment => lang.pick("Zelfevaluatie", "Self-assessment"),
            Self::Workshop => lang.pick("Werksessie", "Workshop"),
        }
    }
}

/// Which questions are asked.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Form {
    /// Only the questions marked for the quick scan.
    QuickScan,
    /// All questions.
    #[default]
    Full,
}

impl Form {
    /// The name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::QuickScan => lang.pick("Quickscan", "Quick scan"),
            Self::Full => lang.pick("Volledige vragenlijst", "Full questionnaire"),
        }
    }
}

/// The framework an assessment was made with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    /// Framework id.
    pub id: String,
    /// Framework version.
    pub version: String,
}

/// What may be shown about respondents, on screen and in reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// Names may be shown (otherwise only labels or codes).
    #[serde(default)]
    pub show_names: bool,

    /// Answers may be broken down by domain (always subject to the minimum group size).
    #[serde(default = "yes")]
    pub show_domains: bool,
}

fn yes() -> bool {
    true
}

impl Default for Privacy {
    fn default() -> Self {
        Self {
            show_names: false,
            show_domains: true,
        }
    }
}

/// Someone who answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Respondent {
    /// A label or code, unique within the assessment, e.g. "G1" or "Wethouder Tiel".
    pub label: String,

    /// Name, only if the person agreed.
    #[serde(default)]
    pub name: Option<String>,

    /// The domain the person speaks from.
    pub domain: Domain,

    /// The kind of organisation, if known.
    #[serde(default)]
    pub organisation: Option<OrgKind>,

    /// Role, e.g. "wethouder", "directeur zorginkoop".
    #[serde(default)]
    pub role: String,
}

/// One answer by one respondent to one question in one round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The respondent's label.
    pub respondent: Id,

    /// The question id.
    pub question: Id,

    /// The round: 1 for the first, private answers; 2 for a re-vote.
    #[serde(default = "first_round")]
    pub round: u8,

    /// The answer.
    pub value: AnswerValue,

    /// For meta-perception questions: how the respondent thinks the other domain answers.
    #[serde(default)]
    pub meta: Option<Level>,

    /// A note.
    #[serde(default)]
    pub note: String,

    /// Where the evidence is, e.g. "regioplan 2024, §3".
    #[serde(default)]
    pub evidence: String,
}

fn first_round() -> u8 {
    1
}

/// What someone answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AnswerValue {
    /// One of the five stage-anchored options.
    Level(Level),
    /// "Weet niet": never scored as a level.
    DontKnow,
    /// "Niet van toepassing", where the question allows it.
    NotApplicable,
}

impl AnswerValue {
    /// The level, if the answer is one.
    pub fn level(self) -> Option<Level> {
        match self {
            Self::Level(level) => Some(level),
            Self::DontKnow | Self::NotApplicable => None,
        }
    }
}

/// A level the table agreed on for one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consensus {
    /// The question id.
    pub question: String,

    /// The agreed answer.
    pub value: AnswerValue,

    /// Why the table agreed on it.
    #[serde(default)]
    pub rationale: String,
}

/// A barrier the region cannot remove itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Barrier {
    /// Id of a barrier category of the framework.
    pub category: String,

    /// What the barrier is, in the table's words.
    pub note: String,
}

/// One line of the action plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// The instrument this action applies, if any.
    #[serde(default)]
    pub instrument: Option<String>,

    /// What will be done (for a free action, or to make an instrument concrete).
    #[serde(default)]
    pub title: String,

    /// Who takes it on.
    #[serde(default)]
    pub owner: String,

    /// When it should be done.
    #[serde(default)]
    pub due: Option<Date>,

    /// Where it stands.
    #[serde(default)]
    pub status: ActionStatus,

    /// A note.
    #[serde(default)]
    pub note: String,
}

/// Where an action stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ActionStatus {
    /// Agreed, not started.
    #[default]
    Planned,
    /// Under way.
    Started,
    /// Done.
    Done,
    /// Dropped.
    Dropped,
}

impl ActionStatus {
    /// All statuses in order.
    pub const ALL: [Self; 4] = [Self::Planned, Self::Started, Self::Done, Self::Dropped];

    /// The name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::Planned => lang.pick("Gepland", "Planned"),
            Self::Started => lang.pick("Gestart", "Started"),
            Self::Done => lang.pick("Klaar", "Done"),
            Self::Dropped => lang.pick("Vervallen", "Dropped"),
        }
    }
}

impl Assessment {
    /// A new, empty assessment for a framework.
    pub fn new(
        framework_id: &str,
        framework_version: &str,
        region: &str,
        date: Date,
        mode: Mode,
        form: Form,
    ) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            meta: Meta {
                region: region.to_owned(),
                iza_region: String::new(),
                date,
                facilitator: String::new(),
                mode,
                form,
                framework: FrameworkRef {
                    id: framework_id.to_owned(),
                    version: framework_version.to_owned(),
                },
                privacy: Privacy::default(),
                example: false,
                notes: String::new(),
            },
            seats: Vec::new(),
            respondents: Vec::new(),
            answers: Vec::new(),
            consensus: Vec::new(),
            barriers: Vec::new(),
            actions: Vec::new(),
            self_placement: None,
        }
    }

    /// A respondent by label.
    pub fn respondent(&self, label: &str) -> Option<&Respondent> {
        self.respondents.iter().find(|r| r.label == label)
    }

    /// The answer a respondent gives to a question: the one from the latest round.
    pub fn latest_answer(&self, respondent: &str, question: &str) -> Option<&Answer> {
        self.answers
            .iter()
            .filter(|a| a.respondent == respondent && a.question == question)
            .max_by_key(|a| a.round)
    }

    /// The consensus recorded for a question, if any.
    pub fn consensus_for(&self, question: &str) -> Option<&Consensus> {
        self.consensus.iter().find(|c| c.question == question)
    }
}
