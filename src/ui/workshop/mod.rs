//! The workshop screens: many voices at one table, answers revealed together, consensus
//! recorded.
//!
//! A self-contained screen for the app shell: [`WorkshopScreen::ui`] draws the facilitator's
//! laptop screen and returns a [`WorkshopAction`]; [`WorkshopScreen::projector_ui`] draws the
//! presenter view for a second window, without controls. The rules (what a reveal may show,
//! the discussion queue, whose turn it is) live in [`crate::domain::workshop`]; this module
//! only draws them and records answers and consensus in the assessment.
//!
//! Privacy on screen: while an item is being answered nothing shows an answer (not even a
//! count per level); between two turns a curtain hides the screen until the next person is
//! ready.

mod bar;
mod fast_entry;
mod palette;
mod projector;
mod queue;
mod reveal_view;
mod turn;

use std::collections::{BTreeMap, BTreeSet};

use egui::RichText;

pub use palette::WorkshopPalette;

use crate::domain::assessment::{AnswerValue, Assessment, Form, Respondent};
use crate::domain::framework::Question;
use crate::domain::workshop::{QueueItem, next_in_turn, reveal};
use crate::domain::{Framework, Lang};

/// What the screen asks the app shell to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkshopAction {
    /// An answer, a consensus or a session setting changed: the shell saves the assessment.
    Changed,
    /// The facilitator wants the results screen.
    ShowResults,
    /// The facilitator opens or closes the projector window.
    ToggleProjector,
}

/// Where one question stands in the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Respondents are answering; nothing is shown yet.
    Answering,
    /// The answers are shown to the table.
    Revealed,
    /// The table agreed on a level.
    Consensus,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ItemState {
    round: u8,
    phase: Phase,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum View {
    #[default]
    Question,
    Queue,
}

/// The consensus being typed for one question.
#[derive(Clone, Debug, Default)]
struct Draft {
    question: String,
    value: Option<AnswerValue>,
    rationale: String,
}

/// The state of the workshop screen. It holds no answers: those live in the assessment.
#[derive(Clone, Debug, Default)]
pub struct WorkshopScreen {
    /// Index of the current question in the assessment's form.
    question: usize,
    /// Round and phase per question id, once the session has touched it; otherwise derived
    /// from the assessment (see [`Self::phase`]).
    items: BTreeMap<String, ItemState>,
    /// The curtain is down after this respondent answered.
    curtain: Option<String>,
    /// This respondent still answers the meta-perception question.
    meta_turn: Option<String>,
    /// The facilitator chose who answers next.
    chosen: Option<String>,
    /// Typing in paper ballots instead of passing the laptop.
    fast_entry: bool,
    /// The row that keyboard entry writes to in fast entry.
    fast_row: usize,
    /// Which round's reveal is shown for an item that was voted on again.
    shown_round: Option<u8>,
    /// Answers were revealed since the shell last asked (it then makes sure the recovery
    /// file holds them).
    revealed: bool,
    /// The question `fast_row` belongs to.
    fast_row_for: Option<String>,
    view: View,
    /// Questions ticked for a re-vote in round 2.
    revote: BTreeSet<String>,
    draft: Draft,
    /// The discussion list and a fingerprint of what it was computed from.
    queue_cache: Option<(u64, Vec<(QueueItem, u8)>)>,
}

/// The questions of the assessment's form, in framework order.
fn questions<'a>(framework: &'a Framework, assessment: &Assessment) -> Vec<&'a Question> {
    framework
        .questions_for(assessment.meta.form == Form::QuickScan)
        .collect()
}

/// "S2 (sociaal domein)", with the name when the session shows names.
fn who(respondent: &Respondent, assessment: &Assessment, lang: Lang) -> String {
    let domain = respondent.domain.name(lang).to_lowercase();
    match &respondent.name {
        Some(name) if assessment.meta.privacy.show_names => {
            format!("{} – {name} ({domain})", respondent.label)
        }
        _ => format!("{} ({domain})", respondent.label),
    }
}

/// Keeps `Changed` when two parts of one frame both asked for something: saving matters most.
fn merge(first: Option<WorkshopAction>, second: Option<WorkshopAction>) -> Option<WorkshopAction> {
    if first == Some(WorkshopAction::Changed) || second == Some(WorkshopAction::Changed) {
        Some(WorkshopAction::Changed)
    } else {
        first.or(second)
    }
}

impl WorkshopScreen {
    /// A screen at the first question.
    pub fn new() -> Self {
        Self::default()
    }

    /// The index of the current question in the assessment's form.
    pub fn question_index(&self) -> usize {
        self.question
    }

    /// Goes to a question by index (clamped when drawn) and closes any curtain.
    pub fn go_to(&mut self, index: usize) {
        self.question = index;
        self.curtain = None;
        self.meta_turn = None;
        self.chosen = None;
        self.fast_row = 0;
        self.fast_row_for = None;
        self.shown_round = None;
        self.view = View::Question;
    }

    /// Shows the discussion list instead of the current question.
    pub fn open_discussion_list(&mut self) {
        self.view = View::Queue;
        self.curtain = None;
    }

    /// Whether the pass-the-laptop curtain is down.
    pub fn curtain_down(&self) -> bool {
        self.curtain.is_some()
    }

    /// Whether fast entry of paper ballots is on.
    pub fn fast_entry(&self) -> bool {
        self.fast_entry
    }

    /// Turns fast entry of paper ballots on or off.
    pub fn set_fast_entry(&mut self, on: bool) {
        self.fast_entry = on;
    }

    /// The round and phase of a question. Questions the session has not touched are read from
    /// the assessment: their latest round, decided when it holds a consensus, revealed when
    /// everyone answered that round.
    fn item(&self, assessment: &Assessment, question: &str) -> ItemState {
        if let Some(state) = self.items.get(question) {
            return *state;
        }
        let round = assessment
            .answers
            .iter()
            .filter(|a| a.question == question)
            .map(|a| a.round)
            .max()
            .unwrap_or(1);
        let phase = if assessment.consensus_for(question).is_some() {
            Phase::Consensus
        } else if !assessment.respondents.is_empty()
            && next_in_turn(assessment, question, round).is_none()
        {
            Phase::Revealed
        } else {
            Phase::Answering
        };
        ItemState { round, phase }
    }

    /// The phase of a question.
    pub fn phase(&self, assessment: &Assessment, question: &str) -> Phase {
        self.item(assessment, question).phase
    }

    /// The round a question is in.
    pub fn round(&self, assessment: &Assessment, question: &str) -> u8 {
        self.item(assessment, question).round
    }

    fn set_item(&mut self, question: &str, round: u8, phase: Phase) {
        self.revealed |= phase == Phase::Revealed;
        self.items
            .insert(question.to_owned(), ItemState { round, phase });
    }

    /// Whether answers were revealed since the last call.
    pub fn take_revealed(&mut self) -> bool {
        std::mem::take(&mut self.revealed)
    }

    /// Draws the facilitator's screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        framework: &Framework,
        assessment: &mut Assessment,
        lang: Lang,
    ) -> Option<WorkshopAction> {
        let questions = questions(framework, assessment);
        let Some(last) = questions.len().checked_sub(1) else {
            ui.label(lang.pick(
                "Deze vragenlijst heeft geen vragen.",
                "This questionnaire has no questions.",
            ));
            return None;
        };
        self.question = self.question.min(last);
        if assessment.respondents.is_empty() {
            ui.label(lang.pick(
                "Voeg eerst deelnemers toe; daarna kan de werksessie beginnen.",
                "Add participants first; then the workshop can start.",
            ));
            return None;
        }
        let mut action = self.top_bar(ui, framework, assessment, &questions, lang);
        ui.separator();
        // One scroll area for the whole body: at projector zoom nothing may fall off the screen.
        let body = egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| match self.view {
                View::Queue => queue::show(self, ui, framework, assessment, &questions, lang),
                View::Question => match questions.get(self.question) {
                    Some(question) => self.question_ui(ui, framework, assessment, question, lang),
                    None => None,
                },
            })
            .inner;
        action = merge(body, action);
        action
    }

    fn question_ui(
        &mut self,
        ui: &mut egui::Ui,
        framework: &Framework,
        assessment: &mut Assessment,
        question: &Question,
        lang: Lang,
    ) -> Option<WorkshopAction> {
        let ItemState { round, phase } = self.item(assessment, &question.id);
        if phase == Phase::Answering && self.curtain.is_some() {
            // Nothing of the question while the laptop changes hands.
            return turn::curtain(self, ui, assessment, question, round, lang);
        }
        ui.label(RichText::new(question.text.get(lang)).size(24.0).strong());
        if let Some(help) = &question.help {
            ui.label(help.get(lang));
        }
        if round > 1 {
            ui.label(
                RichText::new(lang.pick(
                    "Ronde 2: opnieuw stemmen na de bespreking (ronde 1 blijft bewaard)",
                    "Round 2: voting again after the discussion (round 1 is kept)",
                ))
                .italics(),
            );
        }
        ui.add_space(8.0);
        match phase {
            Phase::Answering if self.fast_entry => {
                fast_entry::show(self, ui, assessment, question, round, lang)
            }
            Phase::Answering => turn::show(self, ui, assessment, question, round, lang),
            Phase::Revealed | Phase::Consensus => {
                ui.scope(|ui| {
                    let palette = WorkshopPalette::for_ui(ui);
                    let shown = self.round_picker(ui, round, lang);
                    let revealed = reveal(framework, assessment, question, shown);
                    reveal_view::show(ui, &palette, framework, question, &revealed, lang, 1.0);
                    ui.separator();
                    queue::decide(self, ui, assessment, question, round, phase, lang)
                })
                .inner
            }
        }
    }

    /// After a re-vote, a choice between the reveal of round 1 and of round 2; the round shown.
    fn round_picker(&mut self, ui: &mut egui::Ui, round: u8, lang: Lang) -> u8 {
        if round < 2 {
            return round;
        }
        let mut shown = self.shown_round.unwrap_or(round).min(round);
        ui.horizontal(|ui| {
            ui.label(lang.pick("Toon de antwoorden van", "Show the answers of"));
            ui.selectable_value(&mut shown, 1, lang.pick("Ronde 1", "Round 1"));
            ui.selectable_value(&mut shown, round, lang.pick("Ronde 2", "Round 2"));
        });
        self.shown_round = Some(shown);
        shown
    }

    /// Draws the presenter view for the projector: the current question, the reveal once the
    /// facilitator revealed it, and the route. No controls, and never an answer before the
    /// reveal.
    pub fn projector_ui(
        &self,
        ui: &mut egui::Ui,
        framework: &Framework,
        assessment: &Assessment,
        lang: Lang,
    ) {
        projector::show(self, ui, framework, assessment, lang);
    }
}
