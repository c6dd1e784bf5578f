//! The open assessment: its content, where it lives, whether it has unsaved changes, and its
//! evaluation, recomputed from the answers after every change.

use std::path::{Path, PathBuf};

use crate::domain::assessment::{Domain, Form, Mode, Respondent};
use crate::domain::{Assessment, Evaluation, Framework, Lang, evaluate};

/// An assessment being worked on.
#[derive(Clone, Debug)]
pub struct Document {
    assessment: Assessment,
    path: Option<PathBuf>,
    dirty: bool,
    evaluation: Evaluation,
    /// The respondent whose answers the question screen shows and stores.
    pub respondent: String,
}

impl Document {
    /// A document for an assessment read from (or to be saved at) `path`.
    pub fn new(framework: &Framework, assessment: Assessment, path: Option<PathBuf>) -> Self {
        let evaluation = evaluate(framework, &assessment);
        let respondent = assessment
            .respondents
            .first()
            .map(|r| r.label.clone())
            .unwrap_or_default();
        Self {
            assessment,
            path,
            dirty: false,
            evaluation,
            respondent,
        }
    }

    /// A new assessment with sensible defaults, so a chair alone can go straight to the
    /// questions: one respondent (the chair in a self-assessment, the first participant of
    /// a workshop), today's date, the built-in framework.
    pub fn blank(
        framework: &Framework,
        mode: Mode,
        form: Form,
        today: crate::domain::Date,
        lang: Lang,
    ) -> Self {
        let mut assessment = Assessment::new(
            &framework.id,
            &framework.version,
            lang.pick("Onze regio", "Our region"),
            today,
            mode,
            form,
        );
        let (label, domain) = match mode {
            Mode::SelfAssessment => (lang.pick("Voorzitter", "Chair"), Domain::Other),
            Mode::Workshop => (lang.pick("Deelnemer 1", "Respondent 1"), Domain::Social),
        };
        assessment.respondents.push(Respondent {
            label: label.to_owned(),
            name: None,
            domain,
            organisation: None,
            role: String::new(),
        });
        let mut doc = Self::new(framework, assessment, None);
        doc.dirty = true;
        doc
    }

    /// The assessment.
    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    /// The evaluation of the assessment as it is now.
    pub fn evaluation(&self) -> &Evaluation {
        &self.evaluation
    }

    /// Where the document is saved, if anywhere.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether there are changes that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Changes the assessment, marks the document unsaved and re-evaluates it.
    pub fn edit(&mut self, framework: &Framework, change: impl FnOnce(&mut Assessment)) {
        let before = self.assessment.clone();
        change(&mut self.assessment);
        if self.assessment != before {
            self.dirty = true;
            self.evaluation = evaluate(framework, &self.assessment);
        }
        if self.assessment.respondent(&self.respondent).is_none() {
            self.respondent = self
                .assessment
                .respondents
                .first()
                .map(|r| r.label.clone())
                .unwrap_or_default();
        }
    }

    /// Records that the document was saved at `path`.
    pub fn saved_at(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.dirty = false;
    }

    /// Marks the document as having unsaved changes (e.g. restored from the recovery file).
    pub fn mark_dirty(&mut self) {
        self.dirty = true;
    }

    /// The name shown in the title bar: the file name, or the region for an unsaved one.
    pub fn display_name(&self, lang: Lang) -> String {
        match &self.path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None => format!(
                "{} ({})",
                self.assessment.meta.region,
                lang.pick("niet opgeslagen", "not saved")
            ),
        }
    }
}
