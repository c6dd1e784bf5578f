//! The set-up screen: region, IZA region, date and facilitator; the table's seats with the
//! live seat balance; the respondents. Every field has a default, so a chair alone can skip
//! straight to the questions.

use egui::RichText;

use super::Context;
use crate::domain::assessment::{Domain, Mode, OrgKind, Respondent, Seat, SeatLevel};
use crate::domain::{Date, Lang};
use crate::ui::command::{Command, Edit, Screen};
use crate::ui::document::Document;
use crate::ui::{theme, widgets};

/// Draws the set-up screen.
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) -> Vec<Command> {
    let lang = cx.lang;
    let mut out = Vec::new();
    egui::ScrollArea::vertical().show(ui, |ui| {
        super::column(ui, |ui| {
            ui.label(RichText::new(lang.pick("Opzet", "Set-up")).font(theme::bold_font(24.0)));
            ui.label(RichText::new(lang.pick("Alles is vooraf ingevuld: u kunt meteen naar de vragen en dit later aanvullen.", "Everything has a default: you can go straight to the questions and fill this in later.")).color(theme::current(ui.ctx()).muted));
            if ui.add(widgets::primary(lang.pick("Naar de vragen →", "To the questions →"), theme::current(ui.ctx()))).clicked() {
                out.push(Command::Navigate(Screen::Questions(0)));
            }
            meta(ui, doc, lang, &mut out);
            seats(ui, doc, lang, &mut out);
            respondents(ui, doc, lang, &mut out);
        });
    });
    out
}

fn labelled_text(ui: &mut egui::Ui, label: &str, value: &mut String) -> bool {
    let l = ui.label(label);
    let changed = ui
        .add(egui::TextEdit::singleline(value).desired_width(360.0))
        .labelled_by(l.id)
        .changed();
    ui.end_row();
    changed
}

fn meta(ui: &mut egui::Ui, doc: &Document, lang: Lang, out: &mut Vec<Command>) {
    widgets::card(ui, false, |ui| {
        ui.label(RichText::new(lang.pick("De tafel", "The table")).font(theme::bold_font(18.0)));
        let mut meta = doc.assessment().meta.clone();
        let mut changed = false;
        egui::Grid::new("meta")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                changed |= labelled_text(
                    ui,
                    lang.pick("Regio of tafel", "Region or table"),
                    &mut meta.region,
                );
                changed |= labelled_text(
                    ui,
                    lang.pick("IZA-regio", "IZA region"),
                    &mut meta.iza_region,
                );
                let id = ui.scope_id().with("date-text");
                let mut date_text = ui
                    .data_mut(|d| d.get_temp::<String>(id))
                    .unwrap_or_else(|| meta.date.to_string());
                let l = ui.label(lang.pick("Datum (JJJJ-MM-DD)", "Date (YYYY-MM-DD)"));
                let response = ui
                    .add(egui::TextEdit::singleline(&mut date_text).desired_width(140.0))
                    .labelled_by(l.id);
                ui.end_row();
                if response.changed() {
                    if let Ok(date) = date_text.parse::<Date>() {
                        meta.date = date;
                        changed = true;
                    }
                    ui.data_mut(|d| d.insert_temp(id, date_text));
                } else if !response.has_focus() {
                    ui.data_mut(|d| d.remove::<String>(id));
                }
                changed |= labelled_text(
                    ui,
                    lang.pick("Begeleider of invuller", "Facilitator or author"),
                    &mut meta.facilitator,
                );
            });
        if changed {
            out.push(Command::Edit(Edit::SetMeta(meta)));
        }
    });
}

fn seats(ui: &mut egui::Ui, doc: &Document, lang: Lang, out: &mut Vec<Command>) {
    widgets::card(ui, false, |ui| {
        ui.label(
            RichText::new(lang.pick("Zetels aan tafel", "Seats at the table"))
                .font(theme::bold_font(18.0)),
        );
        let table = &doc.evaluation().table;
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(lang.pick("Verdeling:", "Balance:")).strong());
            for (domain, seats) in &table.domains {
                ui.label(format!("{} {}", domain.name(lang), seats.seats));
            }
        })
        .response
        .on_hover_text(lang.pick(
            "Het aantal zetels per domein, live uit de lijst hieronder.",
            "Seats per domain, live from the list below.",
        ));
        // Six columns do not fit a narrow window at large text: the list scrolls sideways.
        egui::ScrollArea::horizontal()
            .id_salt("seats-sideways")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                egui::Grid::new("seats")
                    .num_columns(6)
                    .spacing([8.0, 6.0])
                    .striped(true)
                    .show(ui, |ui| {
                        let headers = header_row(
                            ui,
                            &[
                                lang.pick("Organisatie", "Organisation"),
                                lang.pick("Soort", "Kind"),
                                lang.pick("Niveau", "Level"),
                                lang.pick("Stem", "Vote"),
                                lang.pick("Mandaat", "Mandate"),
                                "",
                            ],
                        );
                        let by = |n: usize| headers.get(n).copied().unwrap_or(egui::Id::NULL);
                        for (i, seat) in doc.assessment().seats.iter().enumerate() {
                            seat_row(ui, i, seat, &by, lang, out);
                        }
                    });
            });
        if ui
            .button(lang.pick("Zetel toevoegen", "Add seat"))
            .clicked()
        {
            widgets::focus_new_row(ui, "seats", doc.assessment().seats.len());
            out.push(Command::Edit(Edit::SetSeat(
                usize::MAX,
                Seat {
                    organisation: String::new(),
                    kind: OrgKind::Municipality,
                    level: SeatLevel::Administrative,
                    vote: true,
                    mandate: false,
                },
            )));
        }
        // Below the rows, so a warning that comes or goes never moves the row being edited.
        widgets::table_flags(ui, table, lang);
    });
}

/// One editable seat in the seats grid; `by` gives the column headers' ids.
fn seat_row(
    ui: &mut egui::Ui,
    i: usize,
    seat: &Seat,
    by: &dyn Fn(usize) -> egui::Id,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let mut s = seat.clone();
    let organisation = ui
        .add_sized(
            [260.0, 26.0],
            egui::TextEdit::singleline(&mut s.organisation).id_salt(("seat-organisation", i)),
        )
        .labelled_by(by(0));
    widgets::take_new_row_focus(ui, "seats", (i, &seat.organisation), &organisation);
    let mut changed = organisation.changed();
    let kind = egui::ComboBox::from_id_salt(("kind", i))
        .width(190.0)
        .selected_text(s.kind.name(lang))
        .show_ui(ui, |ui| {
            for kind in OrgKind::ALL {
                changed |= ui
                    .selectable_value(&mut s.kind, kind, kind.name(lang))
                    .changed();
            }
        });
    widgets::name(
        &kind.response,
        egui::Role::ComboBox,
        lang.pick("Soort", "Kind"),
    );
    let level = egui::ComboBox::from_id_salt(("level", i))
        .width(130.0)
        .selected_text(s.level.name(lang))
        .show_ui(ui, |ui| {
            for level in SeatLevel::ALL {
                changed |= ui
                    .selectable_value(&mut s.level, level, level.name(lang))
                    .changed();
            }
        });
    widgets::name(
        &level.response,
        egui::Role::ComboBox,
        lang.pick("Niveau", "Level"),
    );
    changed |= ui.checkbox(&mut s.vote, "").labelled_by(by(3)).changed();
    changed |= ui.checkbox(&mut s.mandate, "").labelled_by(by(4)).changed();
    if ui
        .small_button("✕")
        .on_hover_text(lang.pick("Zetel verwijderen", "Remove seat"))
        .clicked()
    {
        out.push(Command::Edit(Edit::RemoveSeat(i)));
    }
    ui.end_row();
    if changed {
        out.push(Command::Edit(Edit::SetSeat(i, s)));
    }
}

/// A grid's header row in bold; returns the labels' ids, so each field can name its column
/// for screen readers. Ends the row.
fn header_row(ui: &mut egui::Ui, headers: &[&str]) -> Vec<egui::Id> {
    let ids = headers
        .iter()
        .map(|header| ui.label(RichText::new(*header).strong()).id)
        .collect();
    ui.end_row();
    ids
}

fn respondents(ui: &mut egui::Ui, doc: &Document, lang: Lang, out: &mut Vec<Command>) {
    widgets::card(ui, false, |ui| {
        ui.label(
            RichText::new(lang.pick("Deelnemers", "Respondents")).font(theme::bold_font(18.0)),
        );
        let hint = respondents_hint(doc.assessment().meta.mode, lang);
        ui.label(
            RichText::new(hint)
                .small()
                .color(theme::current(ui.ctx()).muted),
        );
        let count = doc.assessment().respondents.len();
        let [label_width, domain_width, role_width] = respondent_widths(ui);
        egui::Grid::new("respondents")
            .num_columns(4)
            .spacing([8.0, 6.0])
            .striped(true)
            .show(ui, |ui| {
                let headers = header_row(
                    ui,
                    &[
                        lang.pick("Naam of code", "Label"),
                        lang.pick("Domein", "Domain"),
                        lang.pick("Rol", "Role"),
                        "",
                    ],
                );
                let by = |n: usize| headers.get(n).copied().unwrap_or(egui::Id::NULL);
                for (i, respondent) in doc.assessment().respondents.iter().enumerate() {
                    let mut r = respondent.clone();
                    let label = ui
                        .add_sized(
                            [label_width, 26.0],
                            egui::TextEdit::singleline(&mut r.label)
                                .id_salt(("respondent-label", i)),
                        )
                        .labelled_by(by(0));
                    widgets::take_new_row_focus(ui, "respondents", (i, &respondent.label), &label);
                    let mut changed = label.changed();
                    let domain = egui::ComboBox::from_id_salt(("domain", i))
                        .width(domain_width)
                        .selected_text(r.domain.name(lang))
                        .show_ui(ui, |ui| {
                            for domain in Domain::ALL {
                                changed |= ui
                                    .selectable_value(&mut r.domain, domain, domain.name(lang))
                                    .changed();
                            }
                        });
                    widgets::name(
                        &domain.response,
                        egui::Role::ComboBox,
                        lang.pick("Domein", "Domain"),
                    );
                    changed |= ui
                        .add_sized([role_width, 26.0], egui::TextEdit::singleline(&mut r.role))
                        .labelled_by(by(2))
                        .changed();
                    if count > 1
                        && ui
                            .small_button("✕")
                            .on_hover_text(lang.pick(
                                "Deelnemer en antwoorden verwijderen",
                                "Remove respondent and answers",
                            ))
                            .clicked()
                    {
                        out.push(Command::Edit(Edit::RemoveRespondent(i)));
                    }
                    ui.end_row();
                    if changed && !r.label.trim().is_empty() {
                        out.push(Command::Edit(Edit::SetRespondent(i, r)));
                    }
                }
            });
        if ui
            .button(lang.pick("Deelnemer toevoegen", "Add respondent"))
            .clicked()
        {
            widgets::focus_new_row(ui, "respondents", count);
            let mut n = count + 1;
            let label = loop {
                let candidate = format!("{} {n}", lang.pick("Deelnemer", "Respondent"));
                if doc.assessment().respondent(&candidate).is_none() {
                    break candidate;
                }
                n += 1;
            };
            out.push(Command::Edit(Edit::SetRespondent(
                usize::MAX,
                Respondent {
                    label,
                    name: None,
                    domain: next_domain(doc),
                    organisation: None,
                    role: String::new(),
                },
            )));
        }
    });
}

/// The domain a new respondent starts in: the one of the two that has fewer people so far
/// (the social domain on a tie), so adding a table's members rarely needs a correction.
fn next_domain(doc: &Document) -> Domain {
    let count = |domain: Domain| {
        doc.assessment()
            .respondents
            .iter()
            .filter(|r| r.domain == domain)
            .count()
    };
    if count(Domain::Medical) < count(Domain::Social) {
        Domain::Medical
    } else {
        Domain::Social
    }
}

/// What the respondents list is for, per kind of assessment.
/// The widths of a respondent's name, domain and role fields: they share the card's width
/// (less of it at large text); the remove button keeps its own.
fn respondent_widths(ui: &egui::Ui) -> [f32; 3] {
    let room = ui.available_width() - 3.0 * 8.0 - 2.0 * ui.spacing().interact_size.y;
    let label = (room * 0.3).clamp(90.0, 180.0);
    let domain = (room * 0.3).clamp(110.0, 170.0);
    let role = (room - label - domain).clamp(90.0, 260.0);
    [label, domain, role]
}

fn respondents_hint(mode: Mode, lang: Lang) -> &'static str {
    match mode {
        Mode::SelfAssessment => lang.pick(
            "Vult u de vragenlijst alleen in, dan bent u de enige deelnemer. Geven anderen ook antwoorden, voeg hen dan toe; ieders antwoorden worden apart bewaard.",
            "If you fill in the questionnaire alone, you are the only respondent. If others answer too, add them; everyone's answers are kept separately.",
        ),
        Mode::Workshop => lang.pick(
            "Voeg iedereen toe die in de werksessie antwoorden geeft, met het domein waar hij of zij vandaan komt. Ieders antwoorden worden apart bewaard.",
            "Add everyone who answers in the workshop, with the domain they come from. Everyone's answers are kept separately.",
        ),
    }
}
