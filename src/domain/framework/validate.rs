//! Turns a [`RawFramework`] into a [`Framework`], collecting every problem on the way.
//!
//! Validation never stops at the first problem: a framework author fixing a file wants the
//! whole list, each with the path to the item and the line where it starts.

use std::collections::{BTreeMap, BTreeSet};

use super::raw::{RawFramework, RawSourceRef, RawText};
use super::{
    BarrierCategory, Dimension, DimensionId, Document, Framework, Gate, Instrument, Location,
    Problem, ProblemKind, Question, Scoring, Share, SourceRef, Stage,
};
use crate::domain::{Id, Lang, Level, Text};

/// Finds the line where an item starts, by its `id: "…"` or `number: N` key.
struct Lines {
    /// The lines that hold a key, with spaces removed, and their 1-based line numbers.
    keyed: Vec<(usize, String)>,
}

impl Lines {
    fn new(text: &str) -> Self {
        let keyed = text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.contains("id") || line.contains("number"))
            .map(|(index, line)| {
                (
                    index + 1,
                    line.chars().filter(|c| !c.is_whitespace()).collect(),
                )
            })
            .collect();
        Self { keyed }
    }

    /// The 1-based line of the `nth` (0-based) occurrence of `key: value`, ignoring spaces.
    fn find(&self, key: &str, value: &str, nth: usize) -> Option<usize> {
        let needle = format!("{key}:{value}");
        self.keyed
            .iter()
            .filter(|(_, compact)| {
                compact.match_indices(&needle).any(|(at, _)| {
                    at == 0 || !compact[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                })
            })
            .nth(nth)
            .map(|(line, _)| *line)
    }
}

/// Collects problems while walking the raw framework.
struct Checker {
    lines: Lines,
    documents: BTreeSet<String>,
    problems: Vec<Problem>,
    /// Every id of a value, question or instrument, held once: where a question names its
    /// value or an instrument a question, they share the text, so the engine compares them
    /// without reading it.
    ids: BTreeMap<String, Id>,
}

impl Checker {
    /// The framework's one copy of an id.
    fn shared(&mut self, id: &str) -> Id {
        if let Some(shared) = self.ids.get(id) {
            return shared.clone();
        }
        let shared = Id::from(id);
        self.ids.insert(id.to_owned(), shared.clone());
        shared
    }

    /// The framework's copies of a list of ids.
    fn shared_all(&mut self, ids: &[String]) -> Vec<Id> {
        ids.iter().map(|id| self.shared(id)).collect()
    }

    fn push(&mut self, path: &str, line: Option<usize>, kind: ProblemKind) {
        self.problems.push(Problem {
            location: Location {
                path: path.to_owned(),
                line,
            },
            kind,
        });
    }

    fn text(&mut self, raw: &RawText, path: &str, line: Option<usize>) -> Text {
        for (lang, value) in [(Lang::Nl, &raw.nl), (Lang::En, &raw.en)] {
            if value.trim().is_empty() {
                self.push(path, line, ProblemKind::MissingTranslation { lang });
            }
        }
        Text::new(raw.nl.trim(), raw.en.trim())
    }

    fn sources(&mut self, raw: &[RawSourceRef], path: &str, line: Option<usize>) -> Vec<SourceRef> {
        if raw.is_empty() {
            self.push(path, line, ProblemKind::NoSources);
        }
        let mut out = Vec::with_capacity(raw.len());
        for (index, r) in raw.iter().enumerate() {
            let here = format!("{path} › sources[{index}]");
            if !self.documents.contains(&r.doc) {
                self.push(
                    &here,
                    line,
                    ProblemKind::UnknownReference {
                        what: "document",
                        id: r.doc.clone(),
                    },
                );
            }
            let (first, last) = r.lines;
            if first == 0 || last < first {
                self.push(&here, line, ProblemKind::LineRange { first, last });
            }
            out.push(SourceRef {
                doc: r.doc.clone(),
                section: r.section.clone(),
                first_line: first,
                last_line: last,
            });
        }
        out
    }

    fn level(&mut self, value: u8, path: &str, line: Option<usize>) -> Level {
        Level::new(value).unwrap_or_else(|| {
            self.push(path, line, ProblemKind::LevelOutOfRange { value });
            Level::MIN
        })
    }

    /// Registers an id; reports empty and duplicate ids. Returns the item's line.
    fn id(
        &mut self,
        seen: &mut BTreeMap<String, usize>,
        what: &'static str,
        id: &str,
        path: &str,
    ) -> Option<usize> {
        let count = seen.entry(id.to_owned()).or_insert(0);
        let line = self.lines.find("id", &format!("\"{id}\""), *count);
        *count += 1;
        if id.trim().is_empty() {
            self.push(path, line, ProblemKind::EmptyId);
        } else if *count == 2 {
            self.push(
                path,
                line,
                ProblemKind::DuplicateId {
                    what,
                    id: id.to_owned(),
                },
            );
        }
        line
    }

    fn share(&mut self, (numerator, denominator): (u32, u32), path: &str) -> Share {
        if denominator == 0 || numerator == 0 || numerator > denominator {
            self.push(
                path,
                None,
                ProblemKind::Threshold {
                    reason: "a share needs 0 < numerator ≤ denominator",
                },
            );
        }
        Share {
            numerator,
            denominator: denominator.max(1),
        }
    }
}

/// Validates a parsed framework. `text` is the file it came from, used to find line numbers.
pub(super) fn validate(raw: &RawFramework, text: &str) -> Result<Framework, Vec<Problem>> {
    let mut c = Checker {
        lines: Lines::new(text),
        documents: BTreeSet::new(),
        problems: Vec::new(),
        ids: BTreeMap::new(),
    };

    if raw.id.trim().is_empty() {
        c.push("id", None, ProblemKind::EmptyId);
    }
    let title = c.text(&raw.title, "title", None);

    let mut seen = BTreeMap::new();
    let mut documents = Vec::new();
    for (index, d) in raw.documents.iter().enumerate() {
        c.id(&mut seen, "document", &d.id, &format!("documents[{index}]"));
        c.documents.insert(d.id.clone());
        documents.push(Document {
            id: d.id.as_str().into(),
            title: d.title.clone(),
            author: d.author.clone(),
            date: d.date.clone(),
            short: if d.short.is_empty() {
                d.title.clone()
            } else {
                d.short.clone()
            },
            internal: d.internal,
        });
    }

    let scoring = scoring(&mut c, raw);

    let mut seen = BTreeMap::new();
    let mut dimensions = Vec::new();
    for (index, d) in raw.dimensions.iter().enumerate() {
        let path = format!("dimensions[{index}] \"{}\"", d.id);
        let line = c.id(&mut seen, "dimension", &d.id, &path);
        dimensions.push(Dimension {
            id: c.shared(&d.id),
            name: c.text(&d.name, &format!("{path} › name"), line),
            summary: c.text(&d.summary, &format!("{path} › summary"), line),
            description: c.text(&d.description, &format!("{path} › description"), line),
            sources: c.sources(&d.sources, &path, line),
        });
    }
    let dimension_ids: BTreeSet<&str> = raw.dimensions.iter().map(|d| d.id.as_str()).collect();

    let stages = stages(&mut c, raw, &dimension_ids);

    let questions = questions(&mut c, raw, &dimension_ids);

    let instruments = instruments(&mut c, raw, &dimension_ids);

    let mut seen = BTreeMap::new();
    let mut barrier_categories = Vec::new();
    for (index, b) in raw.barrier_categories.iter().enumerate() {
        let path = format!("barrier_categories[{index}] \"{}\"", b.id);
        let line = c.id(&mut seen, "barrier category", &b.id, &path);
        barrier_categories.push(BarrierCategory {
            id: b.id.clone(),
            name: c.text(&b.name, &format!("{path} › name"), line),
            description: c.text(&b.description, &format!("{path} › description"), line),
            sources: c.sources(&b.sources, &path, line),
        });
    }

    if !c.problems.is_empty() {
        return Err(c.problems);
    }
    let question_index = questions
        .iter()
        .enumerate()
        .map(|(index, q)| (q.id.clone(), index))
        .collect();
    Ok(Framework {
        id: raw.id.clone(),
        version: raw.version.clone(),
        title,
        documents,
        scoring,
        dimensions,
        stages,
        questions,
        instruments,
        barrier_categories,
        question_index,
    })
}

fn scoring(c: &mut Checker, raw: &RawFramework) -> Scoring {
    let s = &raw.scoring;
    let stage_margin = c.share(s.stage_margin, "scoring › stage_margin");
    let uncertain_share = c.share(s.uncertain_share, "scoring › uncertain_share");
    let mut threshold = |ok: bool, path: &str, reason: &'static str| {
        if !ok {
            c.push(path, None, ProblemKind::Threshold { reason });
        }
    };
    threshold(
        s.split_min_respondents >= 2,
        "scoring › split_min_respondents",
        "needs at least 2 respondents",
    );
    threshold(
        (2..=5).contains(&s.split_min_levels),
        "scoring › split_min_levels",
        "must be 2 to 5 levels",
    );
    threshold(
        s.min_group_size >= 1,
        "scoring › min_group_size",
        "must be at least 1",
    );
    threshold(
        s.parity_gap_flag > 0.0 && s.parity_gap_flag <= 4.0,
        "scoring › parity_gap_flag",
        "must lie between 0 and 4 levels",
    );
    threshold(
        (1.0..=5.0).contains(&s.band_discuss)
            && (1.0..=5.0).contains(&s.band_strength)
            && s.band_discuss < s.band_strength,
        "scoring › band_discuss, band_strength",
        "bands must lie within 1–5 with discuss below strength",
    );
    threshold(
        s.seat_imbalance_ratio >= 1.0,
        "scoring › seat_imbalance_ratio",
        "must be 1 or more",
    );
    Scoring {
        stage_margin,
        split_min_respondents: s.split_min_respondents,
        split_min_levels: s.split_min_levels,
        uncertain_share,
        parity_gap_flag: s.parity_gap_flag,
        min_group_size: s.min_group_size,
        band_strength: s.band_strength,
        band_discuss: s.band_discuss,
        seat_imbalance_ratio: s.seat_imbalance_ratio,
    }
}

fn stages(c: &mut Checker, raw: &RawFramework, dimension_ids: &BTreeSet<&str>) -> Vec<Stage> {
    let mut by_number: BTreeMap<u8, Stage> = BTreeMap::new();
    for (index, s) in raw.stages.iter().enumerate() {
        let path = format!("stages[{index}] {}", s.number);
        let occurrence = raw.stages[..index]
            .iter()
            .filter(|o| o.number == s.number)
            .count();
        let line = c.lines.find("number", &s.number.to_string(), occurrence);
        let number = c.level(s.number, &format!("{path} › number"), line);
        let stage = Stage {
            number,
            name: c.text(&s.name, &format!("{path} › name"), line),
            description: c.text(&s.description, &format!("{path} › description"), line),
            next: c.text(&s.next, &format!("{path} › next"), line),
            requires: requires(c, raw, s, &path, line, dimension_ids),
            sources: c.sources(&s.sources, &path, line),
        };
        if occurrence > 0 && Level::new(s.number).is_some() {
            c.push(
                &path,
                line,
                ProblemKind::DuplicateId {
                    what: "stage",
                    id: s.number.to_string(),
                },
            );
        }
        by_number.entry(s.number).or_insert(stage);
    }
    for number in 1..=5 {
        if !by_number.contains_key(&number) {
            c.push("stages", None, ProblemKind::MissingStage { number });
        }
    }
    by_number
        .into_values()
        .filter(|s| s.number.get() >= 1)
        .take(5)
        .collect()
}

/// A stage's profile in dimension order; each dimension at most once, a known id, a level
/// from 1 to 5 and no higher than the stage itself.
fn requires(
    c: &mut Checker,
    raw: &RawFramework,
    stage: &super::raw::RawStage,
    path: &str,
    line: Option<usize>,
    dimension_ids: &BTreeSet<&str>,
) -> Vec<(DimensionId, Level)> {
    for (i, (dimension, level)) in stage.requires.iter().enumerate() {
        let at = format!("{path} › requires[{i}]");
        if !dimension_ids.contains(dimension.as_str()) {
            c.push(
                &at,
                line,
                ProblemKind::UnknownReference {
                    what: "dimension",
                    id: dimension.clone(),
                },
            );
        }
        if stage.requires[..i].iter().any(|(d, _)| d == dimension) {
            c.push(
                &at,
                line,
                ProblemKind::DuplicateId {
                    what: "stage requirement",
                    id: dimension.clone(),
                },
            );
        }
        let _ = c.level(*level, &at, line);
        if *level > stage.number {
            c.push(
                &at,
                line,
                ProblemKind::Threshold {
                    reason: "a stage cannot ask a value to be further than the stage itself",
                },
            );
        }
    }
    raw.dimensions
        .iter()
        .filter_map(|d| {
            let level = stage
                .requires
                .iter()
                .find(|(id, _)| *id == d.id)
                .and_then(|(_, l)| Level::new(*l))?;
            Some((c.shared(&d.id), level))
        })
        .collect()
}

fn questions(c: &mut Checker, raw: &RawFramework, dimension_ids: &BTreeSet<&str>) -> Vec<Question> {
    let mut seen = BTreeMap::new();
    let mut questions = Vec::new();
    for (index, q) in raw.questions.iter().enumerate() {
        let path = format!("questions[{index}] \"{}\"", q.id);
        let line = c.id(&mut seen, "question", &q.id, &path);
        if !dimension_ids.contains(q.dimension.as_str()) {
            c.push(
                &path,
                line,
                ProblemKind::UnknownReference {
                    what: "dimension",
                    id: q.dimension.clone(),
                },
            );
        }
        let text = c.text(&q.text, &format!("{path} › text"), line);
        let help = q
            .help
            .as_ref()
            .map(|h| c.text(h, &format!("{path} › help"), line));
        let meta = q
            .meta
            .as_ref()
            .map(|m| c.text(m, &format!("{path} › meta"), line));
        if q.options.len() != 5 {
            c.push(
                &format!("{path} › options"),
                line,
                ProblemKind::OptionCount {
                    found: q.options.len(),
                },
            );
        }
        let options: [Text; 5] = std::array::from_fn(|i| match q.options.get(i) {
            Some(option) => c.text(option, &format!("{path} › options[{i}]"), line),
            None => Text::default(),
        });
        let gates = q
            .gate
            .iter()
            .chain(&q.gates)
            .enumerate()
            .map(|(i, g)| Gate {
                stage: c.level(g.stage, &format!("{path} › gates[{i}] › stage"), line),
                level: c.level(g.level, &format!("{path} › gates[{i}] › level"), line),
            })
            .collect();
        let short = q
            .short
            .as_ref()
            .map(|t| c.text(t, &format!("{path} › short"), line));
        if short.is_none() && !q.gates.is_empty() {
            c.push(
                &format!("{path} › short"),
                line,
                ProblemKind::Threshold {
                    reason: "a question with gates needs a short name",
                },
            );
        }
        let revised = q
            .revised
            .iter()
            .enumerate()
            .map(|(i, r)| super::Revision {
                version: r.version.clone(),
                keeps: r
                    .keeps
                    .iter()
                    .map(|&l| c.level(l, &format!("{path} › revised[{i}] › keeps"), line))
                    .collect(),
            })
            .collect();
        questions.push(Question {
            id: c.shared(&q.id),
            dimension: c.shared(&q.dimension),
            text,
            help,
            options,
            not_applicable: q.not_applicable,
            quick_scan: q.quick_scan,
            gates,
            revised,
            short,
            meta,
            sources: c.sources(&q.sources, &path, line),
        });
    }
    for (index, d) in raw.dimensions.iter().enumerate() {
        if !raw.questions.iter().any(|q| q.dimension == d.id) {
            let line = c.lines.find("id", &format!("\"{}\"", d.id), 0);
            c.push(
                &format!("dimensions[{index}] \"{}\"", d.id),
                line,
                ProblemKind::DimensionWithoutQuestions,
            );
        }
    }

    questions
}

fn instruments(
    c: &mut Checker,
    raw: &RawFramework,
    dimension_ids: &BTreeSet<&str>,
) -> Vec<Instrument> {
    let instrument_ids: BTreeSet<&str> = raw.instruments.iter().map(|i| i.id.as_str()).collect();
    let mut seen = BTreeMap::new();
    let mut instruments = Vec::new();
    for (index, i) in raw.instruments.iter().enumerate() {
        let path = format!("instruments[{index}] \"{}\"", i.id);
        let line = c.id(&mut seen, "instrument", &i.id, &path);
        let (from, to) = i.stages;
        let window = match (Level::new(from), Level::new(to)) {
            (Some(a), Some(b)) if a <= b => (a, b),
            _ => {
                c.push(
                    &format!("{path} › stages"),
                    line,
                    ProblemKind::StageWindow { from, to },
                );
                (Level::MIN, Level::MAX)
            }
        };
        for d in &i.dimensions {
            if !dimension_ids.contains(d.as_str()) {
                c.push(
                    &format!("{path} › dimensions"),
                    line,
                    ProblemKind::UnknownReference {
                        what: "dimension",
                        id: d.clone(),
                    },
                );
            }
        }
        for q in &i.addresses {
            if !raw.questions.iter().any(|question| &question.id == q) {
                c.push(
                    &format!("{path} › addresses"),
                    line,
                    ProblemKind::UnknownReference {
                        what: "question",
                        id: q.clone(),
                    },
                );
            }
        }
        for b in &i.builds_on {
            if !instrument_ids.contains(b.as_str()) {
                c.push(
                    &format!("{path} › builds_on"),
                    line,
                    ProblemKind::UnknownReference {
                        what: "instrument",
                        id: b.clone(),
                    },
                );
            }
        }
        let preconditions = i
            .preconditions
            .iter()
            .enumerate()
            .map(|(n, p)| c.text(p, &format!("{path} › preconditions[{n}]"), line))
            .collect();
        instruments.push(Instrument {
            id: c.shared(&i.id),
            name: c.text(&i.name, &format!("{path} › name"), line),
            description: c.text(&i.description, &format!("{path} › description"), line),
            category: i.category,
            from_stage: window.0,
            to_stage: window.1,
            dimensions: c.shared_all(&i.dimensions),
            preconditions,
            example: i
                .example
                .as_ref()
                .map(|e| c.text(e, &format!("{path} › example"), line)),
            builds_on: c.shared_all(&i.builds_on),
            addresses: c.shared_all(&i.addresses),
            sources: c.sources(&i.sources, &path, line),
        });
    }
    instruments
}
