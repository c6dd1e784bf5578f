//! The screens, one file each. A screen gets what it shows (read-only) and its own small
//! state, and returns the commands the user gave.

mod plan;
mod questions;
mod results;
mod results_parts;
mod setup;
mod start;

use std::path::PathBuf;

use crate::domain::{Framework, Lang};
use crate::ui::command::{Command, Screen};
use crate::ui::compare::CompareScreen;
use crate::ui::document::Document;
use crate::ui::workshop::{WorkshopAction, WorkshopScreen};

/// What every screen may read.
pub struct Context<'a> {
    /// The framework.
    pub framework: &'a Framework,
    /// The open document.
    pub doc: Option<&'a Document>,
    /// The language.
    pub lang: Lang,
    /// The current screen.
    pub screen: Screen,
    /// Recent files.
    pub recent: &'a [PathBuf],
    /// Whether a file dialog is open.
    pub dialogs_pending: bool,
    /// Whether a comparison is open (to offer the way back to it).
    pub comparison_open: bool,
}

/// Per-screen state that is not part of the document.
#[derive(Debug, Default)]
pub struct ScreenState {
    /// The start screen's choice of form.
    pub start: start::StartState,
    /// The workshop's place: question, round, reveal, curtain.
    pub workshop: WorkshopScreen,
    /// The comparison on screen, once files were loaded.
    pub compare: Option<CompareScreen>,
}

/// Draws the current screen.
pub fn show(ui: &mut egui::Ui, state: &mut ScreenState, cx: &Context<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| match (cx.screen, cx.doc) {
        (Screen::Compare, _) if state.compare.is_some() => {
            if let Some(screen) = &mut state.compare {
                crate::ui::theme::compact(ui);
                out.extend(
                    screen
                        .ui(ui, cx.framework, cx.lang)
                        .map(Command::Comparison),
                );
            }
        }
        (Screen::Start | Screen::Compare, _) | (_, None) => {
            out.extend(start::ui(ui, &mut state.start, cx));
        }
        (Screen::Workshop, Some(doc)) => {
            // The workshop screen edits a copy; a change replaces the document's assessment
            // (and so is autosaved) in the same frame.
            let mut assessment = doc.assessment().clone();
            match state
                .workshop
                .ui(ui, cx.framework, &mut assessment, cx.lang)
            {
                Some(WorkshopAction::Changed) => {
                    out.push(Command::ReplaceAssessment(Box::new(assessment)));
                }
                Some(WorkshopAction::ShowResults) => out.push(Command::Navigate(Screen::Results)),
                Some(WorkshopAction::ToggleProjector) => out.push(Command::ToggleProjector),
                None => {}
            }
            if state.workshop.take_revealed() {
                // What the table is about to discuss is on disk before it is shown.
                out.push(Command::FlushRecovery);
            }
        }
        (Screen::Setup, Some(doc)) => out.extend(setup::ui(ui, cx, doc)),
        (Screen::Questions(index), Some(doc)) => out.extend(questions::ui(ui, cx, doc, index)),
        (Screen::Results, Some(doc)) => out.extend(results::ui(ui, cx, doc)),
        (Screen::Plan, Some(doc)) => out.extend(plan::ui(ui, cx, doc)),
    });
    out
}

/// A centred column of reading width.
pub fn column<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let width = ui.available_width().min(crate::ui::theme::READING_WIDTH);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add(ui)
        })
        .inner
    })
    .inner
}
