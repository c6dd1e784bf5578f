//! The action plan, and the national barriers — kept apart from the scores, so the region is
//! not marked down for what it cannot change itself.

use super::{Ctx, h1, h2, p, small};
use crate::report::model::{Block, Table};

pub(super) fn blocks(ctx: &Ctx<'_>) -> Vec<Block> {
    let lang = ctx.lang;
    let mut out = vec![h1(ctx.pick("Actieplan", "Action plan"))];
    let actions = &ctx.assessment.actions;
    if actions.is_empty() {
        out.push(p(ctx.pick(
            "De tafel heeft nog geen acties vastgelegd. De aanbevolen instrumenten zijn een goed begin voor het gesprek daarover.",
            "The table has not recorded any actions yet. The recommended instruments are a good start for that conversation.",
        )));
    } else {
        out.push(Block::Table(Table {
            header: vec![
                ctx.pick("Actie", "Action").to_owned(),
                ctx.pick("Wie", "Who").to_owned(),
                ctx.pick("Wanneer", "When").to_owned(),
                ctx.pick("Stand", "Status").to_owned(),
            ],
            widths: vec![3.6, 2.3, 1.3, 1.0],
            rows: actions
                .iter()
                .map(|a| {
                    let instrument = a
                        .instrument
                        .as_deref()
                        .and_then(|id| ctx.framework.instrument(id))
                        .map(|i| i.name.get(lang).to_owned());
                    let mut what = match (instrument, a.title.is_empty()) {
                        (Some(name), true) => name,
                        (Some(name), false) => format!("{name}: {}", a.title),
                        (None, _) => a.title.clone(),
                    };
                    if !a.note.is_empty() {
                        what = format!("{what}\n{}", a.note);
                    }
                    vec![
                        what,
                        a.owner.clone(),
                        a.due.map_or_else(String::new, |d| d.long(lang)),
                        a.status.name(lang).to_owned(),
                    ]
                })
                .collect(),
        }));
    }

    out.push(h1(ctx.pick("Landelijke belemmeringen", "National barriers")));
    out.push(Block::Note(
        ctx.pick(
            "Wat de tafel hier noemt, kan de regio niet zelf wegnemen. Het telt daarom niet mee in de fase of de scores: de regio wordt er niet op afgerekend. Het is wel informatie voor het ministerie en de landelijke partijen.",
            "What the table names here is beyond the region's own reach. It therefore does not count in the stage or the scores: the region is not marked down for it. It is information for the ministry and the national parties.",
        )
        .to_owned(),
    ));
    if ctx.evaluation.barriers.is_empty() {
        out.push(p(ctx.pick(
            "De tafel heeft geen landelijke belemmeringen genoemd.",
            "The table named no national barriers.",
        )));
    }
    for (category, notes) in &ctx.evaluation.barriers {
        let Some(c) = ctx.framework.barrier_category(category) else {
            continue;
        };
        out.push(h2(c.name.get(lang)));
        out.push(small(c.description.get(lang)));
        out.push(Block::Bullets(notes.clone()));
    }
    out
}
