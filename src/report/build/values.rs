//! The four values: the radar chart, and per value its stage, band, plain and
//! sector-balanced score and a bar with the spread of the answers.

use super::{Ctx, h1, h2, p, small};
use crate::domain::Lang;
use crate::domain::evaluate::explain::{decimal, dimension_name};
use crate::report::model::{Block, Chart, RadarAxis, SpreadRow, Table};

pub(super) fn blocks(ctx: &Ctx<'_>) -> Vec<Block> {
    let ev = ctx.evaluation;
    let lang = ctx.lang;
    let mut out = vec![h1(ctx.pick("De vier waarden", "The four values"))];
    out.push(p(ctx.pick(
        "Een regionale tafel rust op vier waarden. De figuur toont per waarde het gemiddelde antwoord in balans tussen de domeinen (het vlak) en de fase die de waarde haalt (de oranje lijn), op de schaal van 1 tot 5.",
        "A regional table rests on four values. The chart shows, per value, the mean answer balanced between the domains (the area) and the stage the value reaches (the orange line), on the scale from 1 to 5.",
    )));
    out.push(radar(ctx));
    out.push(Block::Table(Table {
        header: vec![
            ctx.pick("Waarde", "Value").to_owned(),
            ctx.pick("Fase", "Stage").to_owned(),
            ctx.pick("Beeld", "Band").to_owned(),
            ctx.pick("Gemiddeld", "Mean").to_owned(),
            ctx.pick("In balans", "Balanced").to_owned(),
            ctx.pick("Verdeeld", "Split").to_owned(),
        ],
        widths: vec![3.0, 0.8, 1.6, 1.3, 1.3, 1.1],
        rows: ev
            .dimensions
            .iter()
            .map(|d| {
                vec![
                    dimension_name(ctx.framework, &d.dimension, lang).to_owned(),
                    d.stage.map_or_else(|| "—".to_owned(), |s| s.to_string()),
                    d.band.map_or("—", |b| b.name(lang)).to_owned()
                        + if d.uncertain {
                            ctx.pick(" (onzeker)", " (uncertain)")
                        } else {
                            ""
                        },
                    d.mean.map_or_else(|| "—".to_owned(), |m| decimal(m, lang)),
                    d.balanced_mean
                        .map_or_else(|| "—".to_owned(), |m| decimal(m, lang)),
                    format!("{} / {}", d.split_items, d.answered_items),
                ]
            })
            .collect(),
    }));
    out.push(small(ctx.pick(
        "Gemiddeld: alle antwoorden samen. In balans: het gemiddelde van de gemiddelden per domein, zodat een domein met meer deelnemers niet vanzelf de doorslag geeft. Het beeld (sterk punt, bespreken, aandachtspunt) volgt het gemiddelde in balans. Verdeeld: vragen waarop de antwoorden ver uiteenlopen.",
        "Mean: all answers together. Balanced: the mean of the domain means, so a domain with more participants does not simply tip the balance. The band (strength, discuss, concern) follows the balanced mean. Split: questions where the answers lie far apart.",
    )));
    out.push(h2(ctx.pick(
        "Hoe de antwoorden per waarde verdeeld zijn",
        "How the answers spread per value",
    )));
    out.push(Block::Chart(Chart::Spread {
        rows: ev
            .dimensions
            .iter()
            .map(|d| {
                let mut counts = [0usize; 5];
                for item in ev.items.iter().filter(|i| i.dimension == d.dimension) {
                    for (c, n) in counts.iter_mut().zip(item.distribution) {
                        *c += n;
                    }
                }
                SpreadRow {
                    label: dimension_name(ctx.framework, &d.dimension, lang).to_owned(),
                    counts,
                }
            })
            .collect(),
        levels: level_labels(lang),
    }));

    if let Some(placement) = ev.placement.as_ref().filter(|p| p.provisional()) {
        out.push(h2(ctx.pick(
            "Nog te beantwoorden om de fase te bevestigen",
            "Still to answer to confirm the stage",
        )));
        out.push(Block::Bullets(
            placement
                .to_confirm
                .iter()
                .map(|q| {
                    crate::domain::evaluate::explain::question_text(ctx.framework, q, lang)
                        .to_owned()
                })
                .collect(),
        ));
    }
    out.push(h2(
        ctx.pick("Wat de waarden inhouden", "What the values mean")
    ));
    out.push(Block::Bullets(
        ctx.framework
            .dimensions
            .iter()
            .map(|d| format!("{}: {}", d.name.get(lang), d.summary.get(lang)))
            .collect(),
    ));
    out
}

/// "niveau 1" … "niveau 5".
pub(super) fn level_labels(lang: Lang) -> Vec<String> {
    (1..=5)
        .map(|n| format!("{} {n}", lang.pick("niveau", "level")))
        .collect()
}

/// The radar chart of the four values.
fn radar(ctx: &Ctx<'_>) -> Block {
    let ev = ctx.evaluation;
    let lang = ctx.lang;
    Block::Chart(Chart::Radar {
        axes: ev
            .dimensions
            .iter()
            .map(|d| RadarAxis {
                label: dimension_name(ctx.framework, &d.dimension, lang).to_owned(),
                score: d.balanced_mean,
                stage: d.stage.map(crate::domain::Level::get),
                detail: match (d.balanced_mean, d.stage) {
                    (Some(m), Some(s)) => {
                        format!("{} · {} {s}", decimal(m, lang), ctx.pick("fase", "stage"))
                    }
                    _ => ctx.pick("niet beantwoord", "not answered").to_owned(),
                },
            })
            .collect(),
        score_label: ctx.pick("gemiddelde in balans", "balanced mean").to_owned(),
        stage_label: ctx
            .pick("fase van de waarde", "stage of the value")
            .to_owned(),
    })
}
