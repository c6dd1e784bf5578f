//! The action plan editor and the national barriers.

use egui::RichText;

use super::Context;
use crate::domain::assessment::{Action, ActionStatus, Barrier};
use crate::domain::{Date, Lang};
use crate::ui::command::{Command, Edit, Screen};
use crate::ui::document::Document;
use crate::ui::{text, theme, widgets};

/// Draws the action plan screen.
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) -> Vec<Command> {
    let lang = cx.lang;
    let mut out = Vec::new();
    egui::ScrollArea::vertical().show(ui, |ui| {
        super::column(ui, |ui| {
            ui.label(RichText::new(lang.pick("Actieplan", "Action plan")).font(theme::bold_font(24.0)));
            ui.label(RichText::new(lang.pick("Wat gaat de tafel doen, wie pakt het op en wanneer? Voeg instrumenten toe vanuit het resultaat, of een eigen actie.", "What will the table do, who takes it on and when? Add instruments from the results, or an action of your own.")).color(theme::current(ui.ctx()).muted));
            if doc.assessment().actions.is_empty() {
                ui.label(lang.pick("Het actieplan is nog leeg.", "The action plan is empty."));
            }
            for (i, action) in doc.assessment().actions.iter().enumerate() {
                action_card(ui, cx, i, action, lang, &mut out);
            }
            ui.horizontal(|ui| {
                if ui.button(lang.pick("Eigen actie toevoegen", "Add your own action")).clicked() {
                    out.push(Command::Edit(Edit::SetAction(usize::MAX, Action { instrument: None, title: String::new(), owner: String::new(), due: None, status: ActionStatus::Planned, note: String::new() })));
                }
                if ui.button(lang.pick("← Terug naar het resultaat", "← Back to the results")).clicked() {
                    out.push(Command::Navigate(Screen::Results));
                }
                let excel = ui.add_enabled(!doc.assessment().actions.is_empty(), egui::Button::new(text::EXPORT_PLAN.get(lang)));
                if excel.on_disabled_hover_text(lang.pick("Voeg eerst een actie toe.", "Add an action first.")).clicked() {
                    out.push(Command::ExportPlan);
                }
            });
            barriers(ui, cx, doc, &mut out);
        });
    });
    out
}

fn action_card(
    ui: &mut egui::Ui,
    cx: &Context<'_>,
    i: usize,
    action: &Action,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    widgets::card(ui, false, |ui| {
        let mut a = action.clone();
        let mut changed = false;
        ui.horizontal(|ui| {
            let title = a
                .instrument
                .as_deref()
                .and_then(|id| cx.framework.instrument(id))
                .map_or_else(
                    || lang.pick("Eigen actie", "Own action").to_owned(),
                    |x| x.name.get(lang).to_owned(),
                );
            ui.label(RichText::new(title).font(theme::bold_font(16.0)));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .small_button(lang.pick("Verwijderen", "Remove"))
                    .clicked()
                {
                    out.push(Command::Edit(Edit::RemoveAction(i)));
                }
                let combo = egui::ComboBox::from_id_salt(("status", i))
                    .selected_text(a.status.name(lang))
                    .show_ui(ui, |ui| {
                        for status in ActionStatus::ALL {
                            changed |= ui
                                .selectable_value(&mut a.status, status, status.name(lang))
                                .changed();
                        }
                    });
                widgets::name(
                    &combo.response,
                    egui::Role::ComboBox,
                    lang.pick("Status", "Status"),
                );
            });
        });
        egui::Grid::new(("action", i))
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let l = ui.label(lang.pick("Wat", "What"));
                changed |= ui
                    .add(
                        egui::TextEdit::singleline(&mut a.title)
                            .desired_width(ui.available_width().min(760.0))
                            .hint_text(lang.pick(
                                "maak concreet wat er gebeurt",
                                "make concrete what will happen",
                            )),
                    )
                    .labelled_by(l.id)
                    .changed();
                ui.end_row();
                let l = ui.label(lang.pick("Wie", "Who"));
                changed |= ui
                    .add(
                        egui::TextEdit::singleline(&mut a.owner)
                            .desired_width(ui.available_width().min(760.0)),
                    )
                    .labelled_by(l.id)
                    .changed();
                ui.end_row();
                let l = ui.label(lang.pick("Wanneer (JJJJ-MM-DD)", "When (YYYY-MM-DD)"));
                changed |= due_field(ui, i, &mut a.due, l.id);
                ui.end_row();
                let l = ui.label(lang.pick("Notitie", "Note"));
                changed |= ui
                    .add(
                        egui::TextEdit::singleline(&mut a.note)
                            .desired_width(ui.available_width().min(760.0)),
                    )
                    .labelled_by(l.id)
                    .changed();
                ui.end_row();
            });
        if changed {
            out.push(Command::Edit(Edit::SetAction(i, a)));
        }
    });
}

/// The date an action is due, typed as 2027-03-01; empty means no date. What is typed is
/// kept while the field has the keyboard and taken over once it is a date.
fn due_field(ui: &mut egui::Ui, i: usize, due: &mut Option<Date>, label: egui::Id) -> bool {
    let id = ui.scope_id().with(("due-text", i));
    let mut text = ui
        .data_mut(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| due.map(|date| date.to_string()).unwrap_or_default());
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .desired_width(140.0)
                .hint_text("2027-03-01"),
        )
        .labelled_by(label);
    let mut changed = false;
    if response.changed() {
        let typed = text.trim();
        let date = if typed.is_empty() {
            Some(None)
        } else {
            typed.parse::<Date>().ok().map(Some)
        };
        if let Some(date) = date.filter(|date| date != due) {
            *due = date;
            changed = true;
        }
        ui.data_mut(|d| d.insert_temp(id, text));
    } else if !response.has_focus() {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    changed
}

fn barriers(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document, out: &mut Vec<Command>) {
    let lang = cx.lang;
    widgets::card(ui, false, |ui| {
        ui.label(
            RichText::new(lang.pick("Landelijke belemmeringen", "National barriers"))
                .font(theme::bold_font(18.0)),
        );
        ui.label(
            RichText::new(lang.pick(
                "Wat de regio niet zelf kan oplossen. Dit telt niet mee in de fase.",
                "What the region cannot solve itself. Not counted in the stage.",
            ))
            .small()
            .color(theme::current(ui.ctx()).muted),
        );
        for (i, barrier) in doc.assessment().barriers.iter().enumerate() {
            let mut b = barrier.clone();
            let mut changed = false;
            ui.horizontal_wrapped(|ui| {
                let name = cx
                    .framework
                    .barrier_category(&b.category)
                    .map_or(b.category.clone(), |c| c.name.get(lang).to_owned());
                let combo = egui::ComboBox::from_id_salt(("barrier", i))
                    .selected_text(name)
                    .width(220.0)
                    .show_ui(ui, |ui| {
                        for c in &cx.framework.barrier_categories {
                            changed |= ui
                                .selectable_value(&mut b.category, c.id.clone(), c.name.get(lang))
                                .changed();
                        }
                    });
                widgets::name(
                    &combo.response,
                    egui::Role::ComboBox,
                    lang.pick("Soort belemmering", "Kind of barrier"),
                );
                // What is left of the line, less the remove button.
                let room = ui.available_width() - 2.0 * ui.spacing().interact_size.y;
                let note = ui.add(
                    egui::TextEdit::singleline(&mut b.note).desired_width(room.clamp(120.0, 600.0)),
                );
                widgets::name(
                    &note,
                    egui::Role::TextInput,
                    lang.pick("Toelichting", "Note"),
                );
                changed |= note.changed();
                if ui.small_button("✕").clicked() {
                    out.push(Command::Edit(Edit::RemoveBarrier(i)));
                }
            });
            if changed {
                out.push(Command::Edit(Edit::SetBarrier(i, b)));
            }
        }
        if let Some(first) = cx.framework.barrier_categories.first()
            && ui
                .button(lang.pick("Belemmering toevoegen", "Add barrier"))
                .clicked()
        {
            out.push(Command::Edit(Edit::SetBarrier(
                usize::MAX,
                Barrier {
                    category: first.id.clone(),
                    note: String::new(),
                },
            )));
        }
    });
}
