//! The questions screen: one question at a time as a card with its five stage-anchored
//! options, "weet niet" and "n.v.t.", a note and evidence; a side list of the four values
//! with progress; previous and next. Keys: 1–5 choose, ←/→ move, D "weet niet".

use egui::{Key, RichText};

use super::Context;
use crate::domain::assessment::{AnswerValue, Form};
use crate::domain::framework::Question;
use crate::domain::{Lang, Level};
use crate::ui::command::{Command, Edit, Screen};
use crate::ui::document::Document;
use crate::ui::{text, theme, widgets};

/// Draws the questions screen for question `index` of the form.
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document, index: usize) -> Vec<Command> {
    let lang = cx.lang;
    let mut out = Vec::new();
    let questions: Vec<&Question> = cx
        .framework
        .questions_for(doc.assessment().meta.form == Form::QuickScan)
        .collect();
    let Some(question) = questions.get(index).copied() else {
        ui.label(lang.pick(
            "Deze vragenlijst heeft geen vragen.",
            "This questionnaire has no questions.",
        ));
        return out;
    };
    let who = doc.respondent.as_str();
    let answer = doc.assessment().latest_answer(who, &question.id);
    let current = answer.map(|a| a.value);

    egui::Panel::left("values")
        .resizable(false)
        .exact_size(250.0)
        .show(ui, |ui| side_list(ui, cx, doc, &questions, index, &mut out));

    let answered = questions
        .iter()
        .filter(|q| doc.assessment().latest_answer(who, &q.id).is_some())
        .count();

    egui::ScrollArea::vertical().show(ui, |ui| {
        super::column(ui, |ui| {
            ui.label(
                RichText::new(format!(
                    "{} {} {} {} · {answered} {}",
                    lang.pick("Vraag", "Question"),
                    index + 1,
                    lang.pick("van", "of"),
                    questions.len(),
                    lang.pick("beantwoord", "answered"),
                ))
                .color(theme::current(ui.ctx()).muted),
            );
            widgets::progress(ui, answered, questions.len());
            if doc.assessment().respondents.len() > 1 {
                respondent_picker(ui, doc, lang, &mut out);
            }
            let dimension = crate::domain::evaluate::explain::dimension_name(
                cx.framework,
                &question.dimension,
                lang,
            );
            ui.label(
                RichText::new(dimension.to_uppercase())
                    .small()
                    .color(theme::current(ui.ctx()).accent),
            );
            ui.label(RichText::new(question.text.get(lang)).font(theme::bold_font(21.0)));
            if let Some(help) = &question.help {
                ui.label(RichText::new(help.get(lang)).color(theme::current(ui.ctx()).muted));
            }
            ui.add_space(4.0);
            options(ui, cx, question, current, &mut out);
            details(ui, cx, question, answer, (index, questions.len()), &mut out);
        });
    });
    out.extend(keys(ui.ctx(), question, index, questions.len()));
    out
}

/// The five stage-anchored options, "weet niet" and "n.v.t.".
fn options(
    ui: &mut egui::Ui,
    cx: &Context<'_>,
    question: &Question,
    current: Option<AnswerValue>,
    out: &mut Vec<Command>,
) {
    let lang = cx.lang;
    for level in Level::ALL {
        let selected = current == Some(AnswerValue::Level(level));
        let caption = format!(
            "{} {}",
            lang.pick("Past bij", "Fits"),
            crate::domain::evaluate::explain::stage_label(cx.framework, level, lang)
        );
        if widgets::option_card(
            ui,
            selected,
            &level.to_string(),
            &caption,
            question.option(level).get(lang),
        )
        .clicked()
        {
            out.push(answer_cmd(question, AnswerValue::Level(level)));
        }
    }
    ui.horizontal(|ui| {
        let dk = current == Some(AnswerValue::DontKnow);
        if ui
            .add(
                egui::Button::new(text::DONT_KNOW.get(lang))
                    .selected(dk)
                    .frame_when_inactive(true),
            )
            .on_hover_text(lang.pick(
                "Telt niet mee voor het niveau (toets D)",
                "Does not count towards the level (key D)",
            ))
            .clicked()
        {
            out.push(answer_cmd(question, AnswerValue::DontKnow));
        }
        if question.not_applicable {
            let na = current == Some(AnswerValue::NotApplicable);
            if ui
                .add(
                    egui::Button::new(text::NOT_APPLICABLE.get(lang))
                        .selected(na)
                        .frame_when_inactive(true),
                )
                .on_hover_text(lang.pick(
                    "Niet van toepassing op deze tafel",
                    "Not applicable to this table",
                ))
                .clicked()
            {
                out.push(answer_cmd(question, AnswerValue::NotApplicable));
            }
        }
    });
}

/// Note, evidence, source and the previous/next buttons.
fn details(
    ui: &mut egui::Ui,
    cx: &Context<'_>,
    question: &Question,
    answer: Option<&crate::domain::assessment::Answer>,
    (index, total): (usize, usize),
    out: &mut Vec<Command>,
) {
    let lang = cx.lang;
    if let Some(answer) = answer {
        let mut note = answer.note.clone();
        let mut evidence = answer.evidence.clone();
        let note_label = ui.label(lang.pick("Toelichting", "Note"));
        let a = ui
            .add(
                egui::TextEdit::multiline(&mut note)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(note_label.id);
        let evidence_label = ui.label(lang.pick(
            "Onderbouwing (waar staat het?)",
            "Evidence (where is it written?)",
        ));
        let b = ui
            .add(
                egui::TextEdit::singleline(&mut evidence)
                    .desired_width(f32::INFINITY)
                    .hint_text(
                        lang.pick("bijv. regioplan 2024, §3", "e.g. regional plan 2024, §3"),
                    ),
            )
            .labelled_by(evidence_label.id);
        if a.changed() || b.changed() {
            out.push(Command::Edit(Edit::AnswerText {
                question: question.id.to_string(),
                note,
                evidence,
            }));
        }
    } else {
        ui.label(
            RichText::new(lang.pick(
                "Kies een antwoord; daarna kunt u een toelichting en onderbouwing toevoegen.",
                "Choose an answer; then you can add a note and evidence.",
            ))
            .small()
            .color(theme::current(ui.ctx()).muted),
        );
    }
    if let Some(label) = widgets::sources(ui, cx.framework, &question.sources, lang) {
        label.on_hover_text(source_titles(cx, question));
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                index > 0,
                egui::Button::new(lang.pick("← Vorige", "← Previous")),
            )
            .clicked()
        {
            out.push(Command::Navigate(Screen::Questions(index - 1)));
        }
        if index + 1 < total {
            if ui
                .add(widgets::primary(
                    lang.pick("Volgende →", "Next →"),
                    theme::current(ui.ctx()),
                ))
                .clicked()
            {
                out.push(Command::Navigate(Screen::Questions(index + 1)));
            }
        } else if ui
            .add(widgets::primary(
                lang.pick("Naar het resultaat →", "To the results →"),
                theme::current(ui.ctx()),
            ))
            .clicked()
        {
            out.push(Command::Navigate(Screen::Results));
        }
        ui.label(
            RichText::new(lang.pick(
                "Toetsen: 1–5 kiezen, ←/→ bladeren, D weet niet",
                "Keys: 1–5 choose, ←/→ move, D don't know",
            ))
            .small()
            .color(theme::current(ui.ctx()).muted),
        );
    });
}

fn answer_cmd(question: &Question, value: AnswerValue) -> Command {
    Command::Edit(Edit::Answer {
        question: question.id.to_string(),
        value,
    })
}

/// Keyboard answers, only while no text field has the keyboard.
fn keys(ctx: &egui::Context, question: &Question, index: usize, total: usize) -> Vec<Command> {
    if ctx.egui_wants_keyboard_input() {
        return Vec::new();
    }
    let mut out = Vec::new();
    ctx.input(|i| {
        let digits = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
        for (key, level) in digits.into_iter().zip(Level::ALL) {
            if i.key_pressed(key) {
                out.push(answer_cmd(question, AnswerValue::Level(level)));
                if index + 1 < total {
                    out.push(Command::Navigate(Screen::Questions(index + 1)));
                }
            }
        }
        if i.key_pressed(Key::D) {
            out.push(answer_cmd(question, AnswerValue::DontKnow));
            if index + 1 < total {
                out.push(Command::Navigate(Screen::Questions(index + 1)));
            }
        }
        if i.key_pressed(Key::ArrowRight) && index + 1 < total {
            out.push(Command::Navigate(Screen::Questions(index + 1)));
        }
        if i.key_pressed(Key::ArrowLeft) && index > 0 {
            out.push(Command::Navigate(Screen::Questions(index - 1)));
        }
    });
    out
}

fn source_titles(cx: &Context<'_>, question: &Question) -> String {
    question
        .sources
        .iter()
        .filter_map(|s| cx.framework.document(&s.doc))
        .filter(|d| !d.internal)
        .map(|d| format!("{} — {} ({})", d.title, d.author, d.date))
        .collect::<Vec<_>>()
        .join("\n")
}

fn respondent_picker(ui: &mut egui::Ui, doc: &Document, lang: Lang, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label(lang.pick("Antwoorden van", "Answers of"));
        let combo = egui::ComboBox::from_id_salt("respondent")
            .selected_text(doc.respondent.as_str())
            .show_ui(ui, |ui| {
                for r in &doc.assessment().respondents {
                    if ui
                        .selectable_label(r.label == doc.respondent, &r.label)
                        .clicked()
                    {
                        out.push(Command::Edit(Edit::SelectRespondent(r.label.clone())));
                    }
                }
            });
        widgets::name(
            &combo.response,
            egui::Role::ComboBox,
            lang.pick("Deelnemer", "Respondent"),
        );
    });
}

/// The four values with their progress; a click jumps to the value's first question.
fn side_list(
    ui: &mut egui::Ui,
    cx: &Context<'_>,
    doc: &Document,
    questions: &[&Question],
    index: usize,
    out: &mut Vec<Command>,
) {
    let lang = cx.lang;
    let who = doc.respondent.as_str();
    let current_dimension = questions.get(index).map(|q| q.dimension.as_str());
    ui.add_space(8.0);
    ui.label(RichText::new(lang.pick("De vier waarden", "The four values")).strong());
    for dimension in &cx.framework.dimensions {
        let mine: Vec<(usize, &&Question)> = questions
            .iter()
            .enumerate()
            .filter(|(_, q)| q.dimension == dimension.id)
            .collect();
        let done = mine
            .iter()
            .filter(|(_, q)| doc.assessment().latest_answer(who, &q.id).is_some())
            .count();
        let selected = current_dimension == Some(dimension.id.as_str());
        let response = ui
            .selectable_label(selected, RichText::new(dimension.name.get(lang)).strong())
            .on_hover_text(dimension.summary.get(lang));
        if response.clicked()
            && let Some((first, _)) = mine.first()
        {
            out.push(Command::Navigate(Screen::Questions(*first)));
        }
        ui.horizontal(|ui| {
            ui.add_space(10.0);
            ui.label(
                RichText::new(format!(
                    "{done} {} {} {}",
                    lang.pick("van", "of"),
                    mine.len(),
                    lang.pick("beantwoord", "answered")
                ))
                .small()
                .color(theme::current(ui.ctx()).muted),
            );
        });
        widgets::progress(ui, done, mine.len());
        ui.add_space(4.0);
    }
}
