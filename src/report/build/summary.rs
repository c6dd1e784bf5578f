//! The summary on one page: the route with the region's position, a sentence per value, the
//! top three blockers and the top three instruments.

use super::{Ctx, h1, h2, mirror, p, strong};
use crate::domain::Level;
use crate::domain::evaluate::explain::{decimal, dimension_name, question_text, stage_label};
use crate::report::model::{Block, Chart};

pub(super) fn blocks(ctx: &Ctx<'_>) -> Vec<Block> {
    let ev = ctx.evaluation;
    let mut out = vec![h1(ctx.pick("Samenvatting", "Summary"))];
    out.push(route(ctx));
    let Some(placement) = &ev.placement else {
        out.push(p(ctx.pick(
            "Er zijn nog geen antwoorden, dus er is nog geen fase te berekenen.",
            "There are no answers yet, so no stage can be calculated.",
        )));
        return out;
    };
    out.extend(stage_blocks(ctx, placement));
    out.push(Block::Note(mirror(ctx.lang).to_owned()));

    out.push(h2(ctx.pick(
        "De vier waarden in één zin",
        "The four values in a sentence",
    )));
    out.push(Block::Bullets(
        ev.dimensions
            .iter()
            .map(|d| {
                let name = dimension_name(ctx.framework, &d.dimension, ctx.lang);
                match (d.stage, d.balanced_mean, d.band) {
                    (Some(stage), Some(mean), Some(band)) => match ctx.lang {
                        crate::domain::Lang::Nl => format!(
                            "{name}: fase {stage}, gemiddeld {} — {}.",
                            decimal(mean, ctx.lang),
                            band.name(ctx.lang)
                        ),
                        crate::domain::Lang::En => format!(
                            "{name}: stage {stage}, mean {} — {}.",
                            decimal(mean, ctx.lang),
                            band.name(ctx.lang)
                        ),
                    },
                    _ => format!("{name}: {}.", ctx.pick("niet beantwoord", "not answered")),
                }
            })
            .collect(),
    ));

    if let Some(blockers) = &ev.blockers {
        out.push(h2(&match ctx.lang {
            crate::domain::Lang::Nl => format!("Wat fase {} nu tegenhoudt", blockers.next),
            crate::domain::Lang::En => format!("What holds back stage {}", blockers.next),
        }));
        out.push(Block::Bullets(
            blockers
                .ranked()
                .iter()
                .take(3)
                .map(|(question, level, needed)| {
                    format!(
                        "{} ({} {}, {} {})",
                        question_text(ctx.framework, question, ctx.lang),
                        ctx.pick("nu", "now"),
                        level.map_or_else(|| "—".to_owned(), |l| l.to_string()),
                        ctx.pick("nodig", "needed"),
                        needed
                    )
                })
                .collect(),
        ));
    }
    let top: Vec<String> = ev
        .recommendations
        .now
        .iter()
        .take(3)
        .filter_map(|r| ctx.framework.instrument(&r.instrument))
        // Names only, to keep the summary on one page; each is worked out further on.
        .map(|i| i.name.get(ctx.lang).to_owned())
        .collect();
    if !top.is_empty() {
        out.push(h2(ctx.pick("Wat nu kan helpen", "What can help now")));
        out.push(Block::Bullets(top));
        out.push(p(ctx.pick(
            "Waarom en hoe staat bij de aanbevolen instrumenten.",
            "Why and how is set out with the recommended instruments.",
        )));
    }
    out
}

/// The first sentence of a text, to keep the summary on one page.
pub(super) fn first_sentence(text: &str) -> &str {
    text.find(". ").map_or(text, |end| &text[..=end])
}

/// The route with the region's position.
fn route(ctx: &Ctx<'_>) -> Block {
    let ev = ctx.evaluation;
    Block::Chart(Chart::Route {
        stages: ctx
            .framework
            .stages
            .iter()
            .map(|s| s.name.get(ctx.lang).to_owned())
            .collect(),
        current: ev.stage().map(Level::get),
        self_placed: ev.self_placement.map(Level::get),
        here: ctx
            .pick("Hier staat de tafel", "The table is here")
            .to_owned(),
        self_label: ev
            .self_placement
            .map_or_else(String::new, |own| match ctx.lang {
                crate::domain::Lang::Nl => format!("eigen inschatting van de tafel: fase {own}"),
                crate::domain::Lang::En => format!("the table's own placement: stage {own}"),
            }),
    })
}

/// The stage in a sentence, its description and why the table stands there; a provisional
/// stage says so and ends with what decides it, set apart.
fn stage_blocks(ctx: &Ctx<'_>, placement: &crate::domain::evaluate::Placement) -> Vec<Block> {
    let provisional = placement.provisional();
    let label = stage_label(ctx.framework, placement.stage, ctx.lang);
    let mut out = vec![strong(match ctx.lang {
        crate::domain::Lang::Nl => {
            format!(
                "De tafel staat {}in {label}.",
                if provisional { "voorlopig " } else { "" }
            )
        }
        crate::domain::Lang::En => {
            format!(
                "The table is {}at {label}.",
                if provisional { "provisionally " } else { "" }
            )
        }
    })];
    if let Some(stage) = ctx.framework.stage(placement.stage) {
        out.push(p(stage.description.get(ctx.lang)));
    }
    let mut why =
        crate::domain::evaluate::explain::placement_reason(ctx.framework, placement, ctx.lang);
    if provisional {
        // Named in full with the values; here the count, the stage if unmet and where to look.
        why.pop();
    }
    let decides = provisional.then(|| {
        crate::domain::evaluate::explain::provisional_naming(ctx.framework, placement, ctx.lang, 0)
    });
    // The summary keeps to one page: what the next stage asks (the method section explains
    // what the current one asked).
    if placement.stage > crate::domain::Level::MIN && !why.is_empty() {
        why.remove(0);
    }
    if !why.is_empty() {
        out.push(p(why.join(" ")));
    }
    if let Some(line) = decides {
        out.push(strong(line));
    }
    out
}
