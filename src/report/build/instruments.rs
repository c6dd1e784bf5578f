//! Recommended instruments: in full for the first ones (what it is, why here, what must be in
//! place, an example, the source), then the rest and "further along the route" in brief.

use super::summary::first_sentence;
use super::{Ctx, h1, h2, p, small, strong};
use crate::domain::evaluate::Recommendation;
use crate::domain::evaluate::explain::reason_text;
use crate::domain::framework::Instrument;
use crate::report::model::Block;

/// How many recommendations are described in full.
const IN_FULL: usize = 5;

pub(super) fn blocks(ctx: &Ctx<'_>) -> Vec<Block> {
    let r = &ctx.evaluation.recommendations;
    let lang = ctx.lang;
    let mut out = vec![h1(
        ctx.pick("Aanbevolen instrumenten", "Recommended instruments")
    )];
    out.push(p(ctx.pick(
        "Sturingsinstrumenten die passen bij de fase waarin de tafel staat of de volgende, en die een waarde versterken die de volgende stap tegenhoudt of zwak scoort. De volgorde zegt hoeveel een instrument nu naar verwachting helpt; de tafel kiest zelf.",
        "Steering instruments that fit the stage the table is at or the next one, and that strengthen a value that holds back the next step or scores weakly. The order says how much an instrument is expected to help now; the table makes its own choice.",
    )));
    if r.now.is_empty() {
        let next = ctx
            .evaluation
            .stage()
            .and_then(|s| ctx.framework.stage(s))
            .map_or("", |s| s.next.get(lang));
        out.push(p(format!(
            "{} {next}",
            ctx.pick(
                "Geen instrument lost nu een knelpunt op.",
                "No instrument removes a blocker now."
            )
        )));
    }
    for (n, rec) in r.now.iter().take(IN_FULL).enumerate() {
        if let Some(instrument) = ctx.framework.instrument(&rec.instrument) {
            out.extend(full(ctx, n + 1, instrument, rec));
        }
    }
    brief_lists(ctx, &mut out);
    out
}

/// The other instruments that fit now, and those further along the route, in brief.
fn brief_lists(ctx: &Ctx<'_>, out: &mut Vec<Block>) {
    let r = &ctx.evaluation.recommendations;
    let rest: Vec<String> = r
        .now
        .iter()
        .skip(IN_FULL)
        .filter_map(|rec| ctx.framework.instrument(&rec.instrument))
        .map(|i| format!("{} ({})", i.name.get(ctx.lang), i.stages(ctx.lang)))
        .collect();
    if !rest.is_empty() {
        out.push(h2(ctx.pick("Ook passend nu", "Also fitting now")));
        out.push(Block::Bullets(rest));
    }
    let later: Vec<String> = r
        .later
        .iter()
        .filter_map(|id| ctx.framework.instrument(id))
        .map(|i| brief(ctx, i))
        .collect();
    if !later.is_empty() {
        out.push(h2(ctx.pick("Verder op de route", "Further along the route")));
        out.push(p(ctx.pick(
            "Deze instrumenten horen bij een latere fase. Goed om te kennen, nog niet om te starten.",
            "These instruments belong to a later stage. Good to know, not yet to start.",
        )));
        out.push(Block::Bullets(later));
    }
}

fn facts(ctx: &Ctx<'_>, instrument: &Instrument, in_plan: bool) -> String {
    let mut text = format!(
        "{} · {}",
        instrument.category.name(ctx.lang),
        instrument.stages(ctx.lang)
    );
    if in_plan {
        text.push_str(ctx.pick(
            " · staat al in het actieplan",
            " · already in the action plan",
        ));
    }
    text
}

fn brief(ctx: &Ctx<'_>, instrument: &Instrument) -> String {
    format!(
        "{} ({}): {}",
        instrument.name.get(ctx.lang),
        instrument.stages(ctx.lang),
        first_sentence(instrument.description.get(ctx.lang))
    )
}

/// One instrument in full: what it is, why here, what must be in place, an example, the source.
fn full(ctx: &Ctx<'_>, n: usize, instrument: &Instrument, rec: &Recommendation) -> Vec<Block> {
    let lang = ctx.lang;
    let mut out = Vec::new();
    out.push(h2(&format!("{n}. {}", instrument.name.get(lang))));
    out.push(small(facts(ctx, instrument, rec.in_plan)));
    out.push(p(instrument.description.get(lang)));
    out.push(strong(ctx.pick("Waarom hier", "Why here")));
    out.push(Block::Bullets(
        rec.reasons
            .iter()
            .map(|reason| reason_text(ctx.framework, reason, lang))
            .collect(),
    ));
    if !instrument.preconditions.is_empty() {
        out.push(strong(
            ctx.pick("Wat eerst nodig is", "What must be in place"),
        ));
        out.push(Block::Bullets(
            instrument
                .preconditions
                .iter()
                .map(|t| t.get(lang).to_owned())
                .collect(),
        ));
    }
    if let Some(example) = &instrument.example {
        out.push(p(format!(
            "{} {}",
            ctx.pick("Voorbeeld:", "Example:"),
            example.get(lang)
        )));
    }
    let sources = ctx.framework.citations(&instrument.sources);
    if !sources.is_empty() {
        out.push(small(format!(
            "{} {}",
            ctx.pick("Bron:", "Source:"),
            sources.join("; ")
        )));
    }
    out
}
