//! The reveal: a dot plot over the five levels and what the table should notice (spread,
//! split, parity gap, extremes, meta-perception gaps). Used on the laptop and, larger, on the
//! projector. It draws a [`Reveal`] and decides nothing itself: anonymity is settled there.

use egui::{Color32, Pos2, RichText, Sense, Stroke, Vec2};

use super::WorkshopPalette;
use crate::domain::assessment::Domain;
use crate::domain::evaluate::GroupGap;
use crate::domain::evaluate::explain::signed;
use crate::domain::framework::Question;
use crate::domain::workshop::{Breakdown, Reveal};
use crate::domain::{Framework, Lang, Level};

/// "Niveau 2: 2 antwoorden": the count per level, also what tests and screen readers read.
pub(super) fn count_text(level: Level, count: usize, lang: Lang) -> String {
    let noun = match (count, lang) {
        (1, Lang::Nl) => "antwoord",
        (_, Lang::Nl) => "antwoorden",
        (1, Lang::En) => "answer",
        (_, Lang::En) => "answers",
    };
    format!(
        "{} {}: {count} {noun}",
        lang.pick("Niveau", "Level"),
        level.get()
    )
}

/// The dots of one level, bottom first: (colour, how many).
fn dots(reveal: &Reveal, level: Level, palette: &WorkshopPalette) -> Vec<(Color32, usize)> {
    if reveal.breakdown == Breakdown::ByDomain {
        reveal
            .by_domain
            .iter()
            .map(|(domain, counts)| (palette.domain(*domain), counts[level.index()]))
            .collect()
    } else {
        vec![(palette.anonymous, reveal.counts[level.index()])]
    }
}

/// The dot plot: five columns, one dot per answer, and the count per level below.
pub(super) fn dot_plot(
    ui: &mut egui::Ui,
    palette: &WorkshopPalette,
    reveal: &Reveal,
    lang: Lang,
    scale: f32,
) {
    let width = ui.available_width().max(200.0);
    let column = width / 5.0;
    let radius = 9.0 * scale;
    let step = radius * 2.5;
    let per_row = ((column - step) / step).floor().max(1.0) as usize;
    let most = reveal.counts.iter().copied().max().unwrap_or(0).max(1);
    let rows = most.div_ceil(per_row);
    let height = rows as f32 * step + step;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.line_segment(
        [rect.left_bottom(), rect.right_bottom()],
        Stroke::new(1.5, palette.line),
    );
    for level in Level::ALL {
        let left = rect.left() + column * level.index() as f32;
        let mut placed = 0usize;
        for (colour, count) in dots(reveal, level, palette) {
            for _ in 0..count {
                let (row, col) = (placed / per_row, placed % per_row);
                let used = per_row.min(reveal.counts[level.index()]) as f32;
                let x = left + column / 2.0 - (used - 1.0) * step / 2.0 + col as f32 * step;
                let y = rect.bottom() - step / 2.0 - row as f32 * step - 2.0;
                painter.circle_filled(Pos2::new(x, y), radius, colour);
                placed += 1;
            }
        }
        if level.index() > 0 {
            painter.line_segment(
                [Pos2::new(left, rect.top()), Pos2::new(left, rect.bottom())],
                Stroke::new(0.5, palette.line),
            );
        }
    }
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        ui.columns(5, |columns| {
            for (level, column) in Level::ALL.into_iter().zip(columns.iter_mut()) {
                column.vertical_centered(|ui| {
                    ui.label(
                        RichText::new(count_text(level, reveal.counts[level.index()], lang))
                            .size(14.0 * scale),
                    );
                });
            }
        });
    });
}

fn legend(
    ui: &mut egui::Ui,
    palette: &WorkshopPalette,
    reveal: &Reveal,
    framework: &Framework,
    lang: Lang,
    scale: f32,
) {
    let size = 15.0 * scale;
    match reveal.breakdown {
        Breakdown::ByDomain => {
            ui.horizontal_wrapped(|ui| {
                for (domain, counts) in &reveal.by_domain {
                    let (rect, _) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
                    ui.painter()
                        .circle_filled(rect.center(), size / 2.0, palette.domain(*domain));
                    let n: usize = counts.iter().sum();
                    ui.label(RichText::new(format!("{} ({n})", domain.name(lang))).size(size));
                    ui.add_space(12.0);
                }
            });
        }
        Breakdown::Off => {
            ui.label(
                RichText::new(lang.pick(
                    "Domeinen verborgen in deze sessie",
                    "Domains hidden in this session",
                ))
                .size(size),
            );
        }
        Breakdown::TooFew { domain, .. } => {
            let min = framework.scoring.min_group_size;
            let name = domain.name(lang).to_lowercase();
            ui.label(
                RichText::new(match lang {
                    Lang::Nl => {
                        format!("Domeinen niet getoond: minder dan {min} deelnemers uit {name}")
                    }
                    Lang::En => {
                        format!("Domains not shown: fewer than {min} participants from {name}")
                    }
                })
                .size(size),
            );
        }
    }
}

fn gap_text(gap: GroupGap, lang: Lang) -> String {
    match gap {
        GroupGap::Shown { gap, flagged } => {
            let mut text = format!("{} {}", signed(gap, lang), lang.pick("niveau", "level"));
            if flagged {
                text.push_str(lang.pick(" (groot verschil)", " (large gap)"));
            }
            text
        }
        GroupGap::TooFew { .. } => lang
            .pick("te weinig om te tonen", "too few to show")
            .to_owned(),
        GroupGap::NoData => lang
            .pick(
                "geen antwoorden van beide kanten",
                "no answers from both sides",
            )
            .to_owned(),
    }
}

/// What the table should notice, under the dot plot.
fn findings(
    ui: &mut egui::Ui,
    palette: &WorkshopPalette,
    question: &Question,
    reveal: &Reveal,
    lang: Lang,
    scale: f32,
) {
    let size = 16.0 * scale;
    let levels = |n: u8| match (n, lang) {
        (1, Lang::Nl) => "niveau",
        (_, Lang::Nl) => "niveaus",
        (1, Lang::En) => "level",
        (_, Lang::En) => "levels",
    };
    ui.horizontal_wrapped(|ui| {
        if reveal.split {
            egui::Frame::new()
                .fill(palette.split)
                .inner_margin(6)
                .corner_radius(4)
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(lang.pick("Verdeeld", "Split"))
                            .size(size * 1.2)
                            .strong()
                            .color(palette.on_split),
                    );
                });
        } else {
            ui.label(RichText::new(lang.pick("Niet verdeeld", "Not split")).size(size));
        }
        ui.label(
            RichText::new(format!(
                "{}: {} {}",
                lang.pick("Spreiding", "Spread"),
                reveal.spread,
                levels(reveal.spread)
            ))
            .size(size),
        );
    });
    ui.label(
        RichText::new(format!(
            "{}: {}",
            lang.pick("Verschil sociaal − medisch", "Gap social − medical"),
            gap_text(reveal.parity_gap, lang)
        ))
        .size(size),
    );
    let mut rest = Vec::new();
    if reveal.dont_know > 0 {
        rest.push(format!(
            "{}: {}",
            lang.pick("Weet niet", "Don't know"),
            reveal.dont_know
        ));
    }
    if reveal.not_applicable > 0 {
        rest.push(format!(
            "{}: {}",
            lang.pick("N.v.t.", "Not applicable"),
            reveal.not_applicable
        ));
    }
    if reveal.waiting > 0 {
        rest.push(format!(
            "{}: {}",
            lang.pick("Nog niet geantwoord", "Not answered yet"),
            reveal.waiting
        ));
    }
    if !rest.is_empty() {
        ui.label(RichText::new(rest.join(" · ")).size(size));
    }
    if let Some(extremes) = &reveal.extremes {
        ui.label(
            RichText::new(format!(
                "{} ({}): {} · {} ({}): {} — {}",
                lang.pick("Laagst", "Lowest"),
                extremes.lowest.0,
                extremes.lowest.1.join(", "),
                lang.pick("Hoogst", "Highest"),
                extremes.highest.0,
                extremes.highest.1.join(", "),
                lang.pick("wilt u toelichten?", "would you explain?"),
            ))
            .size(size)
            .strong(),
        );
    }
    if question.meta.is_some() {
        meta_gaps(ui, reveal, lang, size);
    }
}

/// The whole reveal of one question in one round.
pub(super) fn show(
    ui: &mut egui::Ui,
    palette: &WorkshopPalette,
    framework: &Framework,
    question: &Question,
    reveal: &Reveal,
    lang: Lang,
    scale: f32,
) {
    dot_plot(ui, palette, reveal, lang, scale);
    ui.add_space(4.0 * scale);
    legend(ui, palette, reveal, framework, lang, scale);
    ui.add_space(6.0 * scale);
    findings(ui, palette, question, reveal, lang, scale);
}

/// The route: the five stages side by side, under the plot's columns; the agreed stage filled.
pub(super) fn route(
    ui: &mut egui::Ui,
    palette: &WorkshopPalette,
    framework: &Framework,
    agreed: Option<Level>,
    lang: Lang,
    scale: f32,
) {
    // One size for all five names, small enough that the longest word fits its column: a
    // stage name never breaks inside a word ("verantwoordelijkheid").
    let longest = Level::ALL
        .into_iter()
        .filter_map(|level| framework.stage(level))
        .flat_map(|stage| stage.name.get(lang).split_whitespace())
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(1) as f32;
    let column = ui.available_width() / 5.0 - 18.0;
    let name_size = (14.0 * scale).min(column / (longest * 0.56));
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        ui.columns(5, |columns| {
            for (level, column) in Level::ALL.into_iter().zip(columns.iter_mut()) {
                let fill = if agreed == Some(level) {
                    palette.agreed
                } else {
                    Color32::TRANSPARENT
                };
                egui::Frame::new()
                    .fill(fill)
                    .stroke(Stroke::new(1.5, palette.line))
                    .corner_radius(6)
                    .inner_margin(6)
                    .outer_margin(3)
                    .show(column, |ui| {
                        ui.set_min_width(ui.available_width());
                        ui.vertical_centered(|ui| {
                            let name = framework.stage(level).map_or("", |s| s.name.get(lang));
                            ui.label(
                                RichText::new(level.get().to_string())
                                    .size(18.0 * scale)
                                    .strong(),
                            );
                            ui.label(RichText::new(name).size(name_size));
                        });
                    });
            }
        });
    });
}

/// How far each side's expectation of the other side was off.
fn meta_gaps(ui: &mut egui::Ui, reveal: &Reveal, lang: Lang, size: f32) {
    for (from, to, gap) in [
        (Domain::Social, Domain::Medical, reveal.meta_gap_social),
        (Domain::Medical, Domain::Social, reveal.meta_gap_medical),
    ] {
        if gap == GroupGap::NoData {
            continue;
        }
        ui.label(
            RichText::new(match lang {
                Lang::Nl => format!(
                    "Verwachting van {} over {}, min het echte antwoord: {}",
                    from.name(lang).to_lowercase(),
                    to.name(lang).to_lowercase(),
                    gap_text(gap, lang)
                ),
                Lang::En => format!(
                    "What the {} expected of the {}, minus its answer: {}",
                    from.name(lang).to_lowercase(),
                    to.name(lang).to_lowercase(),
                    gap_text(gap, lang)
                ),
            })
            .size(size),
        );
    }
}
