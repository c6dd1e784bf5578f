//! Checks an assessment against the framework it is read with.
//!
//! Loading only checks the file's shape. This check looks at meaning: answers from unknown
//! respondents, answers to questions the framework does not have (an older or newer
//! framework), "n.v.t." where a question does not allow it. Errors make the data unusable;
//! warnings mean some answers are left out of the evaluation and the user should know.

use std::collections::BTreeSet;

use super::{AnswerValue, Assessment};
use crate::domain::{Framework, Lang};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Some data is left out of the evaluation; the rest is fine.
    Warning,
    /// The assessment contradicts itself.
    Error,
}

/// One thing the check found, with a sentence in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// Dutch sentence.
    pub nl: String,
    /// English sentence.
    pub en: String,
}

impl Finding {
    fn new(severity: Severity, nl: String, en: String) -> Self {
        Self { severity, nl, en }
    }

    /// The sentence in a language.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// Checks an assessment against a framework. Findings come in file order.
pub fn check(framework: &Framework, assessment: &Assessment) -> Vec<Finding> {
    let mut out = version_findings(framework, assessment);
    let labels = check_respondents(assessment, &mut out);
    check_answers(framework, assessment, &labels, &mut out);
    check_plan(framework, assessment, &mut out);
    out
}

/// What it means that an assessment was made with another framework or version: that only
/// shared questions count and, for an earlier version of the same framework, which questions
/// changed since and which the file lacks. Empty when the versions agree.
pub fn version_findings(framework: &Framework, assessment: &Assessment) -> Vec<Finding> {
    let mut out = Vec::new();
    let fw = &assessment.meta.framework;
    if fw.id != framework.id || fw.version != framework.version {
        out.push(Finding::new(
            Severity::Warning,
            format!(
                "Gemaakt met kader {} {}, gelezen met {} {}: alleen gedeelde vragen tellen mee.",
                fw.id, fw.version, framework.id, framework.version
            ),
            format!(
                "Made with framework {} {}, read with {} {}: only shared questions count.",
                fw.id, fw.version, framework.id, framework.version
            ),
        ));
        if fw.id == framework.id {
            check_revisions(framework, assessment, &mut out);
        }
    }
    out
}

/// For a file made with an earlier version of the same framework: the questions whose
/// options changed since (their old answers at a changed level no longer count), and the
/// questions of the form the file has no answer to.
fn check_revisions(framework: &Framework, assessment: &Assessment, out: &mut Vec<Finding>) {
    let version = assessment.meta.framework.version.as_str();
    let quick = assessment.meta.form == super::Form::QuickScan;
    let mut outdated = Vec::new();
    let mut missing = Vec::new();
    for q in framework.questions_for(quick) {
        let answers: Vec<&super::Answer> = assessment
            .answers
            .iter()
            .filter(|a| a.question == q.id)
            .collect();
        let stale = answers
            .iter()
            .filter_map(|a| a.value.level())
            .chain(
                assessment
                    .consensus_for(&q.id)
                    .and_then(|c| c.value.level()),
            )
            .any(|l| !q.keeps_meaning(version, l));
        if stale {
            outdated.push(q);
        } else if answers.is_empty() && assessment.consensus_for(&q.id).is_none() {
            missing.push(q);
        }
    }
    // The questions as a respondent reads them, in each language.
    let list = |questions: &[&crate::domain::framework::Question], lang: Lang| {
        questions
            .iter()
            .map(|q| format!("“{}”", q.text.get(lang)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    if !outdated.is_empty() {
        let (nl, en) = (list(&outdated, Lang::Nl), list(&outdated, Lang::En));
        out.push(Finding::new(
            Severity::Warning,
            format!(
                "Sinds kader {} zijn de antwoorden van {} anders gesteld. Antwoorden die hun betekenis verloren, tellen als ‘weet niet’ tot ze opnieuw zijn gegeven: {nl}",
                framework.version,
                count(outdated.len(), "vraag", "vragen"),
            ),
            format!(
                "Since framework {} the options of {} were reworded. Answers that lost their meaning count as ‘don't know’ until given again: {en}",
                framework.version,
                count(outdated.len(), "question", "questions"),
            ),
        ));
    }
    if !missing.is_empty() {
        let (nl, en) = (list(&missing, Lang::Nl), list(&missing, Lang::En));
        out.push(Finding::new(
            Severity::Warning,
            format!(
                "Het bestand mist {} die kader {} stelt: {nl}",
                count(missing.len(), "vraag", "vragen"),
                framework.version
            ),
            format!(
                "The file lacks {} that framework {} asks: {en}",
                count(missing.len(), "question", "questions"),
                framework.version
            ),
        ));
    }
}

fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

fn check_respondents<'a>(assessment: &'a Assessment, out: &mut Vec<Finding>) -> BTreeSet<&'a str> {
    use Severity::Error;
    let mut labels = BTreeSet::new();
    for r in &assessment.respondents {
        if r.label.trim().is_empty() {
            out.push(Finding::new(
                Error,
                "Een deelnemer heeft geen label.".to_owned(),
                "A respondent has no label.".to_owned(),
            ));
        } else if !labels.insert(r.label.as_str()) {
            out.push(Finding::new(
                Error,
                format!("Het label \"{}\" is aan twee deelnemers gegeven.", r.label),
                format!("The label \"{}\" is given to two respondents.", r.label),
            ));
        }
    }

    labels
}

fn check_answers(
    framework: &Framework,
    assessment: &Assessment,
    labels: &BTreeSet<&str>,
    out: &mut Vec<Finding>,
) {
    use Severity::{Error, Warning};
    let mut unknown_questions = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for a in &assessment.answers {
        if !labels.contains(a.respondent.as_str()) {
            out.push(Finding::new(
                Error,
                format!(
                    "Antwoord op {} komt van \"{}\", maar die deelnemer bestaat niet.",
                    a.question, a.respondent
                ),
                format!(
                    "An answer to {} comes from \"{}\", but there is no such respondent.",
                    a.question, a.respondent
                ),
            ));
        }
        if !seen.insert((a.respondent.as_str(), a.question.as_str(), a.round)) {
            out.push(Finding::new(
                Error,
                format!(
                    "\"{}\" heeft vraag {} in ronde {} twee keer beantwoord.",
                    a.respondent, a.question, a.round
                ),
                format!(
                    "\"{}\" answered question {} twice in round {}.",
                    a.respondent, a.question, a.round
                ),
            ));
        }
        if a.round == 0 {
            out.push(Finding::new(
                Error,
                format!(
                    "Antwoord van \"{}\" op {} staat in ronde 0; rondes beginnen bij 1.",
                    a.respondent, a.question
                ),
                format!(
                    "An answer by \"{}\" to {} is in round 0; rounds start at 1.",
                    a.respondent, a.question
                ),
            ));
        }
        match framework.question(&a.question) {
            None => {
                unknown_questions.insert(a.question.as_str());
            }
            Some(q) if a.value == AnswerValue::NotApplicable && !q.not_applicable => {
                out.push(Finding::new(
                    Warning,
                    format!("\"{}\" antwoordde n.v.t. op {}, maar die vraag is altijd van toepassing; het telt niet mee.", a.respondent, a.question),
                    format!("\"{}\" answered n/a to {}, which always applies; it is not counted.", a.respondent, a.question),
                ));
            }
            Some(_) => {}
        }
    }
    for c in &assessment.consensus {
        if framework.question(&c.question).is_none() {
            unknown_questions.insert(c.question.as_str());
        }
    }
    if !unknown_questions.is_empty() {
        let list = unknown_questions.into_iter().collect::<Vec<_>>().join(", ");
        out.push(Finding::new(
            Warning,
            format!("Deze vragen staan niet in het kader en tellen niet mee: {list}."),
            format!("These questions are not in the framework and are not counted: {list}."),
        ));
    }
}

fn check_plan(framework: &Framework, assessment: &Assessment, out: &mut Vec<Finding>) {
    use Severity::Warning;
    for b in &assessment.barriers {
        if framework.barrier_category(&b.category).is_none() {
            out.push(Finding::new(
                Warning,
                format!(
                    "Landelijke belemmering met onbekende categorie \"{}\".",
                    b.category
                ),
                format!("National barrier with unknown category \"{}\".", b.category),
            ));
        }
    }
    for action in &assessment.actions {
        if let Some(id) = &action.instrument
            && framework.instrument(id).is_none()
        {
            out.push(Finding::new(
                Warning,
                format!("Actie verwijst naar onbekend instrument \"{id}\"."),
                format!("An action refers to an unknown instrument \"{id}\"."),
            ));
        }
        if action.instrument.is_none() && action.title.trim().is_empty() {
            out.push(Finding::new(
                Warning,
                "Een actie heeft geen instrument en geen omschrijving.".to_owned(),
                "An action has neither an instrument nor a description.".to_owned(),
            ));
        }
    }
}
