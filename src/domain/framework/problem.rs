//! The problems validation can find in a framework file, each with where it is.

use std::fmt;

use crate::domain::Lang;

/// Where in the framework file a problem sits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The path to the item, e.g. `questions[4] "alignment.shared_agenda" › options`.
    pub path: String,

    /// The line of the file where the item starts, when it could be found.
    pub line: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}, {}", self.path),
            None => f.write_str(&self.path),
        }
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// Two items of one kind share an id.
    DuplicateId {
        /// What kind of item ("question", "instrument", …).
        what: &'static str,
        /// The id.
        id: String,
    },
    /// An id refers to something that does not exist.
    UnknownReference {
        /// What kind of item is referred to ("dimension", "document", "instrument").
        what: &'static str,
        /// The id.
        id: String,
    },
    /// A question does not have exactly five options.
    OptionCount {
        /// How many it has.
        found: usize,
    },
    /// A text lacks one of its languages.
    MissingTranslation {
        /// The missing language.
        lang: Lang,
    },
    /// A stage window lies outside 1–5 or runs backwards.
    StageWindow {
        /// First stage as written.
        from: u8,
        /// Last stage as written.
        to: u8,
    },
    /// A level or stage number lies outside 1–5.
    LevelOutOfRange {
        /// The number as written.
        value: u8,
    },
    /// A stage number is missing from 1–5.
    MissingStage {
        /// The missing number.
        number: u8,
    },
    /// A line range is empty, starts at 0 or runs backwards.
    LineRange {
        /// First line as written.
        first: u32,
        /// Last line as written.
        last: u32,
    },
    /// An item that must cite a source cites none.
    NoSources,
    /// An id is empty.
    EmptyId,
    /// A dimension has no questions, so it cannot be scored.
    DimensionWithoutQuestions,
    /// A scoring threshold makes no sense.
    Threshold {
        /// Why, in English (thresholds are for framework authors).
        reason: &'static str,
    },
}

/// One problem in a framework file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Where it is.
    pub location: Location,
    /// What it is.
    pub kind: ProblemKind,
}

impl Problem {
    /// The problem as a sentence in a language, with its location first.
    pub fn message(&self, lang: Lang) -> String {
        let what = match &self.kind {
            ProblemKind::DuplicateId { what, id } => match lang {
                Lang::Nl => format!("de id \"{id}\" komt vaker voor ({what})"),
                Lang::En => format!("the id \"{id}\" is used more than once ({what})"),
            },
            ProblemKind::UnknownReference { what, id } => match lang {
                Lang::Nl => format!("verwijst naar \"{id}\", maar die {what} bestaat niet"),
                Lang::En => format!("refers to \"{id}\", but there is no such {what}"),
            },
            ProblemKind::OptionCount { found } => match lang {
                Lang::Nl => format!(
                    "heeft {found} antwoordopties; het moeten er precies vijf zijn, één per fase"
                ),
                Lang::En => format!("has {found} options; it needs exactly five, one per stage"),
            },
            ProblemKind::MissingTranslation { lang: missing } => match lang {
                Lang::Nl => format!(
                    "de tekst ontbreekt in het {}",
                    if *missing == Lang::Nl {
                        "Nederlands"
                    } else {
                        "Engels"
                    }
                ),
                Lang::En => format!(
                    "the {} text is missing",
                    if *missing == Lang::Nl {
                        "Dutch"
                    } else {
                        "English"
                    }
                ),
            },
            ProblemKind::StageWindow { from, to } => match lang {
                Lang::Nl => {
                    format!("fasevenster ({from}, {to}) moet binnen 1–5 liggen, van laag naar hoog")
                }
                Lang::En => format!("stage window ({from}, {to}) must lie within 1–5, low to high"),
            },
            ProblemKind::LevelOutOfRange { value } => match lang {
                Lang::Nl => format!("{value} ligt buiten 1–5"),
                Lang::En => format!("{value} lies outside 1–5"),
            },
            ProblemKind::MissingStage { number } => match lang {
                Lang::Nl => format!(
                    "fase {number} ontbreekt; er moeten precies vijf fasen zijn, 1 tot en met 5"
                ),
                Lang::En => {
                    format!("stage {number} is missing; there must be exactly five stages, 1 to 5")
                }
            },
            ProblemKind::LineRange { first, last } => match lang {
                Lang::Nl => format!(
                    "regelbereik ({first}, {last}) klopt niet: begin bij 1 of hoger, eind niet vóór begin"
                ),
                Lang::En => format!(
                    "line range ({first}, {last}) is wrong: start at 1 or more, end not before start"
                ),
            },
            ProblemKind::NoSources => lang.pick("noemt geen bron", "cites no source").to_owned(),
            ProblemKind::EmptyId => lang.pick("heeft een lege id", "has an empty id").to_owned(),
            ProblemKind::DimensionWithoutQuestions => lang
                .pick(
                    "heeft geen vragen en kan dus niet gescoord worden",
                    "has no questions, so it cannot be scored",
                )
                .to_owned(),
            ProblemKind::Threshold { reason } => match lang {
                Lang::Nl => format!("ongeldige drempelwaarde: {reason}"),
                Lang::En => format!("invalid threshold: {reason}"),
            },
        };
        match (lang, self.location.line) {
            (Lang::Nl, Some(line)) => format!("regel {line}, {}: {what}", self.location.path),
            (Lang::En, Some(line)) => format!("line {line}, {}: {what}", self.location.path),
            (_, None) => format!("{}: {what}", self.location.path),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}
