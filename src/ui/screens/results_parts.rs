//! The lower sections of the results screen: blockers, disagreement, the table's
//! composition, recommended instruments and national barriers.

use egui::RichText;

use super::Context;
use crate::domain::Lang;
use crate::domain::evaluate::GroupGap;
use crate::domain::evaluate::explain::{self, decimal, signed};
use crate::ui::command::{Command, Edit};
use crate::ui::document::Document;
use crate::ui::{text, theme, widgets};

fn heading(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).font(theme::bold_font(18.0)));
}

/// What keeps the table from the next stage.
pub fn blockers(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) {
    let lang = cx.lang;
    let Some(blockers) = &doc.evaluation().blockers else {
        return;
    };
    widgets::card(ui, false, |ui| {
        heading(
            ui,
            &format!(
                "{} {}",
                lang.pick("Wat de stap naar fase", "What holds back the step to stage"),
                match lang {
                    Lang::Nl => format!("{} tegenhoudt", blockers.next),
                    Lang::En => blockers.next.to_string(),
                }
            ),
        );
        for block in &blockers.dimensions {
            ui.label(RichText::new(explain::block_line(cx.framework, block, lang)).strong())
                .on_hover_text(lang.pick(
                    "Een waarde staat in de fase van het gemiddelde van haar beantwoorde vragen, afgerond. Zolang dat gemiddelde onder de volgende fase ligt, houdt de waarde de tafel tegen.",
                    "A value stands at the stage of the mean of its answered questions, rounded. While that mean is below the next stage, the value holds the table back.",
                ));
            let line = |item: &crate::domain::evaluate::ItemBlock| {
                format!(
                    "• {} — {} {}, {} {}",
                    explain::question_text(cx.framework, &item.question, lang),
                    lang.pick("nu", "now"),
                    item.level,
                    lang.pick("nodig", "needed"),
                    item.needed
                )
            };
            // The furthest first; the rest folded away so the list stays readable.
            for item in block.items.iter().take(3) {
                ui.label(line(item));
            }
            if block.items.len() > 3 {
                egui::CollapsingHeader::new(match lang {
                    Lang::Nl => format!(
                        "{} meer",
                        explain::count(block.items.len() - 3, "vraag", "vragen")
                    ),
                    Lang::En => format!(
                        "{} more",
                        explain::count(block.items.len() - 3, "question", "questions")
                    ),
                })
                .id_salt(("more", &block.dimension))
                .show(ui, |ui| {
                    for item in block.items.iter().skip(3) {
                        ui.label(line(item));
                    }
                });
            }
        }
        for gate in &blockers.gates {
            let level = gate.level.map_or_else(
                || lang.pick("geen antwoord", "no answer").to_owned(),
                |l| l.to_string(),
            );
            ui.label(format!(
                "• {} {} — {} {level}, {} {}",
                lang.pick("Voorwaarde:", "Condition:"),
                explain::question_text(cx.framework, &gate.question, lang),
                lang.pick("nu", "now"),
                lang.pick("nodig", "needed"),
                gate.gate.level
            ))
            .on_hover_text(match lang {
                Lang::Nl => format!(
                    "Zonder niveau {} op deze vraag kan de tafel niet in fase {} staan.",
                    gate.gate.level, gate.gate.stage
                ),
                Lang::En => format!(
                    "Without level {} on this question the table cannot stand at stage {}.",
                    gate.gate.level, gate.gate.stage
                ),
            });
        }
    });
}

fn gap_text(gap: GroupGap, lang: Lang) -> String {
    match gap {
        GroupGap::Shown { gap, flagged } => format!(
            "{}{}",
            signed(gap, lang),
            if flagged {
                lang.pick(" (opvallend)", " (notable)")
            } else {
                ""
            }
        ),
        GroupGap::TooFew { .. } => text::TOO_FEW.get(lang).to_owned(),
        GroupGap::NoData => "—".to_owned(),
    }
}

/// Split items and parity gaps.
pub fn disagreement(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) {
    let lang = cx.lang;
    let eval = doc.evaluation();
    if eval.respondent_count() < 2 {
        return;
    }
    widgets::card(ui, false, |ui| {
        heading(
            ui,
            lang.pick(
                "Waar de tafel verschillend kijkt",
                "Where the table sees things differently",
            ),
        );
        let split = eval.split_items();
        if split.is_empty() {
            ui.label(lang.pick(
                "Geen vragen met sterk verdeelde antwoorden.",
                "No questions with strongly split answers.",
            ));
        }
        for item in split {
            let range = item
                .range
                .map(|(lo, hi)| format!("{lo}–{hi}"))
                .unwrap_or_default();
            ui.label(format!(
                "• {} ({} {range})",
                explain::question_text(cx.framework, &item.question, lang),
                lang.pick("antwoorden van", "answers from")
            ))
            .on_hover_text(lang.pick(
                "Verdeeld: minstens vier deelnemers antwoordden over drie of meer niveaus.",
                "Split: at least four respondents answered across three or more levels.",
            ));
        }
        decided(ui, cx, doc);
        ui.label(RichText::new(lang.pick("Verschil sociaal min medisch per waarde", "Social minus medical per value")).strong())
            .on_hover_text(lang.pick("Alleen getoond als elke kant minstens drie deelnemers heeft, zodat niemand herkenbaar is.", "Only shown when each side has at least three respondents, so nobody can be recognised."));
        for (dimension, gap) in &eval.dimension_parity {
            ui.label(format!(
                "{}: {}",
                explain::dimension_name(cx.framework, dimension, lang),
                gap_text(*gap, lang)
            ));
        }
    });
}

/// Which items the table decided together, and how the others got their level.
fn decided(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) {
    let lang = cx.lang;
    let eval = doc.evaluation();
    let agreed: Vec<_> = eval.consensus_items().collect();
    if agreed.is_empty() {
        return;
    }
    ui.label(RichText::new(lang.pick("Besloten in consensus", "Decided by consensus")).strong())
        .on_hover_text(lang.pick(
            "Voor deze vragen telt het niveau dat de tafel na het gesprek samen vastlegde; voor de andere vragen het middelste antwoord.",
            "For these questions the level the table agreed after discussion counts; for the others the middle answer.",
        ));
    for item in agreed {
        let level = item
            .level
            .map(|l| l.to_string())
            .unwrap_or_else(|| "n.v.t.".to_owned());
        let rationale = doc
            .assessment()
            .consensus_for(&item.question)
            .map(|c| c.rationale.clone())
            .unwrap_or_default();
        let line = ui.label(format!(
            "• {} ({} {level})",
            explain::question_text(cx.framework, &item.question, lang),
            lang.pick("niveau", "level")
        ));
        if !rationale.is_empty() {
            line.on_hover_text(rationale);
        }
    }
}

/// The table's composition and its flags.
pub fn table(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) {
    let lang = cx.lang;
    let table = &doc.evaluation().table;
    widgets::card(ui, false, |ui| {
        heading(
            ui,
            lang.pick("Samenstelling van de tafel", "The table's composition"),
        );
        ui.horizontal_wrapped(|ui| {
            for (domain, seats) in &table.domains {
                if seats.seats > 0 {
                    ui.label(format!(
                        "{}: {} ({} {})",
                        domain.name(lang),
                        explain::count(
                            seats.seats,
                            lang.pick("zetel", "seat"),
                            lang.pick("zetels", "seats")
                        ),
                        seats.votes,
                        lang.pick("met stem", "with a vote")
                    ))
                    .on_hover_text(lang.pick(
                        "Geteld uit de zetels die bij de opzet zijn ingevuld.",
                        "Counted from the seats entered in the set-up.",
                    ));
                }
            }
        });
        if let Some(ratio) = table.social_per_medical {
            ui.label(format!(
                "{} {}",
                lang.pick(
                    "Sociale zetels per medische zetel:",
                    "Social seats per medical seat:"
                ),
                decimal(ratio, lang)
            ));
        }
        widgets::table_flags(ui, table, lang);
    });
}

/// Recommended instruments as cards, with "add to action plan".
pub fn recommendations(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) -> Vec<Command> {
    let lang = cx.lang;
    let mut out = Vec::new();
    let recs = &doc.evaluation().recommendations;
    if recs.now.is_empty() {
        return out;
    }
    heading(
        ui,
        lang.pick("Instrumenten die nu passen", "Instruments that fit now"),
    );
    ui.label(RichText::new(lang.pick("Gerangschikt op hoe ver de waarden achterlopen die ze versterken, of ze de blokkerende vragen direct aanpakken en of ze bij de huidige fase passen.", "Ranked by how far behind the values they strengthen are, whether they address the blocking questions directly, and whether they fit the current stage.")).small().color(theme::current(ui.ctx()).muted));
    for rec in &recs.now {
        let Some(instrument) = cx.framework.instrument(&rec.instrument) else {
            continue;
        };
        let in_plan = doc
            .assessment()
            .actions
            .iter()
            .any(|a| a.instrument.as_deref() == Some(rec.instrument.as_str()));
        widgets::card(ui, false, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.add(
                    egui::Label::new(
                        RichText::new(instrument.name.get(lang)).font(theme::bold_font(16.0)),
                    )
                    .wrap(),
                );
                ui.label(
                    RichText::new(instrument.category.name(lang))
                        .small()
                        .color(theme::current(ui.ctx()).muted),
                );
            });
            ui.label(instrument.description.get(lang));
            for reason in &rec.reasons {
                ui.label(format!(
                    "• {}",
                    explain::reason_text(cx.framework, reason, lang)
                ));
            }
            ui.horizontal_wrapped(|ui| {
                if in_plan {
                    ui.label(
                        RichText::new(lang.pick("✔ In het actieplan", "✔ In the action plan"))
                            .color(theme::current(ui.ctx()).strength),
                    );
                } else if ui
                    .button(lang.pick("Toevoegen aan actieplan", "Add to action plan"))
                    .clicked()
                {
                    out.push(Command::Edit(Edit::AddToPlan(rec.instrument.to_string())));
                }
                widgets::sources(ui, cx.framework, &instrument.sources, lang);
            });
        });
    }
    out
}

/// National barriers, kept apart from the scores.
pub fn barriers(ui: &mut egui::Ui, cx: &Context<'_>, doc: &Document) {
    let lang = cx.lang;
    let eval = doc.evaluation();
    if eval.barriers.is_empty() {
        return;
    }
    widgets::card(ui, false, |ui| {
        heading(
            ui,
            lang.pick("Landelijke belemmeringen", "National barriers"),
        );
        ui.label(
            RichText::new(lang.pick(
                "Wat de regio niet zelf kan oplossen; telt niet mee in de fase.",
                "What the region cannot solve itself; not counted in the stage.",
            ))
            .small()
            .color(theme::current(ui.ctx()).muted),
        );
        for (category, notes) in &eval.barriers {
            let name = cx
                .framework
                .barrier_category(category)
                .map_or(category.as_str(), |c| c.name.get(lang));
            ui.label(RichText::new(name).strong());
            for note in notes {
                ui.label(format!("• {note}"));
            }
        }
    });
}
