//! Where the table differs: split questions, gaps between the social and the medical domain
//! (only where each side has enough respondents) and gaps in how each side sees the other.

use super::{Ctx, h1, h2, p, small};
use crate::domain::Lang;
use crate::domain::evaluate::explain::{dimension_name, question_text, signed};
use crate::domain::evaluate::{GroupGap, LevelSource};
use crate::report::model::{Block, Table};

pub(super) fn blocks(ctx: &Ctx<'_>) -> Vec<Block> {
    let mut out = vec![h1(
        ctx.pick("Waar de tafel verschilt", "Where the table differs")
    )];
    out.push(p(ctx.pick(
        "Verschillen zijn geen fout: ze laten zien waar het gesprek het meest oplevert.",
        "Differences are not a fault: they show where a conversation pays off most.",
    )));

    split_questions(ctx, &mut out);
    parity(ctx, &mut out);
    perception(ctx, &mut out);
    out
}

fn split_questions(ctx: &Ctx<'_>, out: &mut Vec<Block>) {
    let ev = ctx.evaluation;
    let lang = ctx.lang;
    out.push(h2(ctx.pick("Verdeelde vragen", "Split questions")));
    let split = ev.split_items();
    if split.is_empty() {
        out.push(p(ctx.pick(
            "Op geen enkele vraag lopen de antwoorden sterk uiteen.",
            "On no question do the answers lie far apart.",
        )));
    } else {
        out.push(Block::Table(Table {
            header: vec![
                ctx.pick("Vraag", "Question").to_owned(),
                ctx.pick("Antwoorden", "Answers").to_owned(),
                ctx.pick("Per niveau (1–5)", "Per level (1–5)").to_owned(),
            ],
            widths: vec![4.0, 1.3, 1.6],
            rows: split
                .iter()
                .map(|item| {
                    let (low, high) = item.range.map_or((0, 0), |(l, h)| (l.get(), h.get()));
                    let mut range = format!(
                        "{low}–{high}, {} {}",
                        item.answered,
                        ctx.pick("pers.", "pers.")
                    );
                    if item.source == Some(LevelSource::Consensus) {
                        range.push_str(ctx.pick("; consensus", "; consensus"));
                    }
                    vec![
                        question_text(ctx.framework, &item.question, lang).to_owned(),
                        range,
                        item.distribution
                            .iter()
                            .map(usize::to_string)
                            .collect::<Vec<_>>()
                            .join(" · "),
                    ]
                })
                .collect(),
        }));
    }
}

fn parity(ctx: &Ctx<'_>, out: &mut Vec<Block>) {
    let ev = ctx.evaluation;
    let lang = ctx.lang;
    let min = ctx.framework.scoring.min_group_size;
    out.push(h2(ctx.pick(
        "Sociaal en medisch domein naast elkaar",
        "Social and medical domain side by side",
    )));
    let mut rows = Vec::new();
    let mut too_few = None;
    for (dimension, gap) in &ev.dimension_parity {
        match gap {
            GroupGap::Shown { gap, flagged } => rows.push(vec![
                dimension_name(ctx.framework, dimension, lang).to_owned(),
                signed(*gap, lang),
                if *flagged {
                    ctx.pick(
                        "een vol niveau of meer verschil",
                        "a full level or more apart",
                    )
                } else {
                    ctx.pick("dicht bij elkaar", "close together")
                }
                .to_owned(),
            ]),
            GroupGap::TooFew { first, second } => too_few = Some((*first, *second)),
            GroupGap::NoData => {}
        }
    }
    if !rows.is_empty() {
        out.push(Block::Table(Table {
            header: vec![
                ctx.pick("Waarde", "Value").to_owned(),
                ctx.pick("Sociaal min medisch", "Social minus medical")
                    .to_owned(),
                ctx.pick("Betekenis", "Meaning").to_owned(),
            ],
            widths: vec![3.0, 1.5, 2.5],
            rows,
        }));
    }
    if let Some((social, medical)) = too_few {
        out.push(p(match lang {
            Lang::Nl => format!(
                "Het verschil tussen de domeinen is niet te tonen: te weinig deelnemers (sociaal {social}, medisch {medical}; minimaal {min} per domein, zodat niemand herkenbaar is)."
            ),
            Lang::En => format!(
                "The difference between the domains cannot be shown: too few participants (social {social}, medical {medical}; at least {min} per domain, so nobody can be recognised)."
            ),
        }));
    } else if ev
        .dimension_parity
        .iter()
        .all(|(_, g)| *g == GroupGap::NoData)
    {
        out.push(p(ctx.pick(
            "Er zijn geen antwoorden van beide domeinen om naast elkaar te zetten.",
            "There are no answers from both domains to put side by side.",
        )));
    }
    let flagged: Vec<String> = ev
        .items
        .iter()
        .filter(|i| i.parity_gap.is_flagged())
        .filter_map(|i| {
            i.parity_gap.shown().map(|gap| {
                format!(
                    "{} ({} {})",
                    question_text(ctx.framework, &i.question, lang),
                    ctx.pick("sociaal min medisch", "social minus medical"),
                    signed(gap, lang)
                )
            })
        })
        .collect();
    if !flagged.is_empty() {
        out.push(p(ctx.pick(
            "Vragen waarop de domeinen een vol niveau of meer uiteenlopen:",
            "Questions where the domains are a full level or more apart:",
        )));
        out.push(Block::Bullets(flagged));
    }
}

fn perception(ctx: &Ctx<'_>, out: &mut Vec<Block>) {
    let ev = ctx.evaluation;
    let lang = ctx.lang;
    out.push(h2(ctx.pick(
        "Hoe de domeinen elkaar zien",
        "How the domains see each other",
    )));
    let mut meta = Vec::new();
    for item in ev.items.iter().filter(|i| i.has_meta) {
        for (gap, who) in [
            (
                item.meta_gap_social,
                ctx.pick("sociaal over medisch", "social about medical"),
            ),
            (
                item.meta_gap_medical,
                ctx.pick("medisch over sociaal", "medical about social"),
            ),
        ] {
            if let Some(g) = gap.shown() {
                meta.push(vec![
                    question_text(ctx.framework, &item.question, lang).to_owned(),
                    who.to_owned(),
                    signed(g, lang),
                ]);
            }
        }
    }
    if meta.is_empty() {
        out.push(p(ctx.pick(
            "Er is geen verschil in beeld te tonen: de vragen over elkaars beeld zijn niet of door te weinig deelnemers per domein beantwoord.",
            "There is no gap in perception to show: the questions about each other's picture were not answered, or by too few participants per domain.",
        )));
    } else {
        out.push(Block::Table(Table {
            header: vec![
                ctx.pick("Vraag", "Question").to_owned(),
                ctx.pick("Wie over wie", "Who about whom").to_owned(),
                ctx.pick("Verschil", "Gap").to_owned(),
            ],
            widths: vec![4.0, 1.8, 1.0],
            rows: meta,
        }));
        out.push(small(ctx.pick(
            "Verschil: hoe de ene kant denkt dat de andere antwoordt, min wat de andere kant echt antwoordde. Positief: de ander wordt rooskleuriger ingeschat dan hij zelf doet.",
            "Gap: how one side thinks the other answers, minus what the other side really answered. Positive: the other is seen more favourably than it sees itself.",
        )));
    }
}
