//! The table itself: seats, votes and mandates per domain, residents present, and the
//! engine's flags.

use super::{Ctx, h1, p};
use crate::domain::assessment::Domain;
use crate::domain::evaluate::explain::{decimal, table_flag_text};
use crate::report::model::{Block, Table};

pub(super) fn blocks(ctx: &Ctx<'_>) -> Vec<Block> {
    let t = &ctx.evaluation.table;
    let lang = ctx.lang;
    let mut out = vec![h1(ctx.pick("De tafel zelf", "The table itself"))];
    out.push(p(ctx.pick(
        "Wie aan tafel zit en wie mag meebeslissen, zegt veel over gelijkwaardigheid. Dit is de samenstelling zoals die is ingevuld.",
        "Who sits at the table and who may decide says a lot about parity. This is the composition as filled in.",
    )));
    out.push(Block::Table(Table {
        header: vec![
            ctx.pick("Domein", "Domain").to_owned(),
            ctx.pick("Zetels", "Seats").to_owned(),
            ctx.pick("Met stem", "With a vote").to_owned(),
            ctx.pick("Met mandaat", "With a mandate").to_owned(),
        ],
        widths: vec![2.0, 1.0, 1.0, 1.0],
        rows: Domain::ALL
            .iter()
            .map(|&d| {
                let s = t.domain(d);
                vec![
                    d.name(lang).to_owned(),
                    s.seats.to_string(),
                    s.votes.to_string(),
                    s.mandates.to_string(),
                ]
            })
            .collect(),
    }));
    if let Some(ratio) = t.social_per_medical {
        out.push(p(match lang {
            crate::domain::Lang::Nl => format!(
                "Het sociaal domein heeft {} keer zoveel zetels als het medisch domein.",
                decimal(ratio, lang)
            ),
            crate::domain::Lang::En => format!(
                "The social domain has {} times as many seats as the medical domain.",
                decimal(ratio, lang)
            ),
        }));
    }
    if t.flags.is_empty() {
        out.push(p(ctx.pick(
            "De samenstelling geeft geen signalen: de domeinen zijn in evenwicht, inwoners zitten aan tafel en wie stemt heeft een mandaat.",
            "The composition raises no flags: the domains are in balance, residents have a seat and whoever votes carries a mandate.",
        )));
    } else {
        out.push(p(ctx.pick("Wat opvalt:", "What stands out:")));
        out.push(Block::Bullets(
            t.flags
                .iter()
                .map(|f| table_flag_text(*f, t, lang))
                .collect(),
        ));
    }
    let seats: Vec<Vec<String>> = ctx
        .assessment
        .seats
        .iter()
        .map(|s| {
            vec![
                s.organisation.clone(),
                s.kind.name(lang).to_owned(),
                s.level.name(lang).to_owned(),
                yes_no(s.vote, ctx),
                yes_no(s.mandate, ctx),
            ]
        })
        .collect();
    if !seats.is_empty() {
        out.push(Block::Table(Table {
            header: vec![
                ctx.pick("Organisatie", "Organisation").to_owned(),
                ctx.pick("Soort", "Kind").to_owned(),
                ctx.pick("Niveau", "Level").to_owned(),
                ctx.pick("Stem", "Vote").to_owned(),
                ctx.pick("Mandaat", "Mandate").to_owned(),
            ],
            widths: vec![3.0, 2.0, 1.4, 0.8, 1.2],
            rows: seats,
        }));
    }
    out
}

fn yes_no(value: bool, ctx: &Ctx<'_>) -> String {
    if value {
        ctx.pick("ja", "yes")
    } else {
        ctx.pick("nee", "no")
    }
    .to_owned()
}
