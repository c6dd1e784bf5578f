//! The title page: region, IZA region, date, mode, form, who took part, framework version.

use super::{Ctx, mirror};
use crate::domain::assessment::Domain;
use crate::report::model::{Cover, Table};

pub(super) fn cover(ctx: &Ctx<'_>) -> Cover {
    let meta = &ctx.assessment.meta;
    let lang = ctx.lang;
    let mut facts = vec![
        (ctx.pick("Datum", "Date").to_owned(), meta.date.long(lang)),
        (
            ctx.pick("Werkwijze", "Mode").to_owned(),
            format!(
                "{} · {}",
                meta.mode.name(lang),
                meta.form.name(lang).to_lowercase()
            ),
        ),
    ];
    if !meta.facilitator.is_empty() {
        facts.push((
            ctx.pick("Begeleiding of invuller", "Facilitated by")
                .to_owned(),
            meta.facilitator.clone(),
        ));
    }
    facts.push((
        ctx.pick("Kader", "Framework").to_owned(),
        format!(
            "{} ({} {})",
            ctx.framework.title.get(lang),
            ctx.pick("versie", "version"),
            meta.framework.version
        ),
    ));
    facts.push((
        ctx.pick("Bijgevoegd bestand", "Attached file").to_owned(),
        crate::report::attachment_text(ctx.assessment, lang).to_owned(),
    ));
    if meta.example {
        facts.push((
            ctx.pick("Let op", "Note").to_owned(),
            ctx.pick(
                "Dit is een fictief voorbeeld.",
                "This is a fictional example.",
            )
            .to_owned(),
        ));
    }
    Cover {
        kicker: ctx
            .pick(
                "Routekaart · waar staat de regionale tafel?",
                "Routekaart · where does the regional table stand?",
            )
            .to_owned(),
        title: meta.region.clone(),
        subtitle: meta.iza_region.clone(),
        facts,
        people_heading: ctx.pick("Wie deden mee", "Who took part").to_owned(),
        people: people(ctx),
        note: mirror(lang).to_owned(),
    }
}

/// Counts per domain; names only when the assessment allows it.
fn people(ctx: &Ctx<'_>) -> Table {
    let a = ctx.assessment;
    let show_names = a.meta.privacy.show_names;
    let rows = Domain::ALL
        .iter()
        .filter_map(|&domain| {
            let members: Vec<_> = a
                .respondents
                .iter()
                .filter(|r| r.domain == domain)
                .collect();
            if members.is_empty() {
                return None;
            }
            let answered = ctx
                .evaluation
                .respondents
                .iter()
                .find(|(d, _)| *d == domain)
                .map_or(0, |(_, n)| *n);
            let who = if show_names {
                members
                    .iter()
                    .map(|r| {
                        let name = r.name.as_deref().unwrap_or(&r.label);
                        if r.role.is_empty() {
                            name.to_owned()
                        } else {
                            format!("{name} ({})", r.role)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                let mut roles: Vec<&str> = members
                    .iter()
                    .map(|r| r.role.as_str())
                    .filter(|r| !r.is_empty())
                    .collect();
                roles.dedup();
                roles.join(", ")
            };
            Some(vec![
                domain.name(ctx.lang).to_owned(),
                members.len().to_string(),
                answered.to_string(),
                who,
            ])
        })
        .collect();
    Table {
        header: vec![
            ctx.pick("Domein", "Domain").to_owned(),
            ctx.pick("Deelnemers", "Participants").to_owned(),
            ctx.pick("Gaven antwoord", "Answered").to_owned(),
            if show_names {
                ctx.pick("Namen", "Names")
            } else {
                ctx.pick("Rollen", "Roles")
            }
            .to_owned(),
        ],
        widths: vec![1.3, 1.1, 1.2, 3.2],
        rows,
    }
}
