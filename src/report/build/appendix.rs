//! The appendix: every question with its answers (level and how it was decided, spread,
//! notes, evidence) and a short method section with the sources.

use super::{Ctx, h1, h2, mirror, p, small, strong};
use crate::domain::Lang;
use crate::domain::evaluate::explain::{count, dimension_name, question_text};
use crate::domain::evaluate::{ItemResult, LevelSource};
use crate::report::model::Block;

pub(super) fn blocks(ctx: &Ctx<'_>) -> Vec<Block> {
    let mut out = vec![h1(ctx.pick(
        "Bijlage: alle vragen en antwoorden",
        "Appendix: every question and answer",
    ))];
    out.push(small(ctx.pick(
        "Per vraag: het beeld van de tafel (het niveau dat meetelt), hoe dat tot stand kwam, hoe de antwoorden over de niveaus 1 tot 5 verdeeld zijn, en de toelichtingen en bronnen die deelnemers gaven.",
        "Per question: the table's picture (the level that counts), how it was reached, how the answers spread over levels 1 to 5, and the notes and evidence participants gave.",
    )));
    let mut number = 0;
    for dimension in &ctx.framework.dimensions {
        let items: Vec<&ItemResult> = ctx
            .evaluation
            .items
            .iter()
            .filter(|i| i.dimension == dimension.id)
            .collect();
        if items.is_empty() {
            continue;
        }
        out.push(h2(dimension_name(ctx.framework, &dimension.id, ctx.lang)));
        for item in items {
            number += 1;
            out.extend(question(ctx, number, item));
        }
    }
    out.extend(method(ctx));
    out
}

fn question(ctx: &Ctx<'_>, number: usize, item: &ItemResult) -> Vec<Block> {
    let lang = ctx.lang;
    let mut out = vec![strong(format!(
        "{number}. {}",
        question_text(ctx.framework, &item.question, lang)
    ))];
    let mut line = match (item.level, item.source) {
        (Some(level), Some(LevelSource::Consensus)) => format!(
            "{} {level} ({})",
            ctx.pick("Beeld: niveau", "Picture: level"),
            ctx.pick("in consensus", "by consensus")
        ),
        (Some(level), _) => format!(
            "{} {level} ({})",
            ctx.pick("Beeld: niveau", "Picture: level"),
            if item.answered == 1 {
                ctx.pick("het enige antwoord", "the only answer")
            } else {
                ctx.pick("middelste antwoord", "middle answer")
            }
        ),
        (None, _) if item.not_applicable => {
            ctx.pick("Niet van toepassing", "Not applicable").to_owned()
        }
        (None, _) => ctx
            .pick("Geen beeld: niet beantwoord", "No picture: not answered")
            .to_owned(),
    };
    if item.answered > 0 {
        line.push_str(&format!(
            " · {} · {} {}",
            count(
                item.answered,
                ctx.pick("antwoord", "answer"),
                ctx.pick("antwoorden", "answers")
            ),
            ctx.pick("verdeling over niveau 1–5:", "spread over levels 1–5:"),
            item.distribution
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join("·")
        ));
    }
    if item.dont_know > 0 {
        line.push_str(&format!(
            " · {} {}",
            ctx.pick("weet niet", "don't know"),
            item.dont_know
        ));
    }
    if item.split {
        line.push_str(ctx.pick(" · verdeeld", " · split"));
    }
    out.push(p(line));
    if let (Some(level), Some(q)) = (item.level, ctx.framework.question(&item.question)) {
        out.push(small(format!(
            "{} {level}: {}",
            ctx.pick("Niveau", "Level"),
            q.option(level).get(lang)
        )));
    }
    if let Some(c) = ctx.assessment.consensus_for(&item.question)
        && !c.rationale.is_empty()
    {
        out.push(p(format!(
            "{} {}",
            ctx.pick("Waarom in consensus:", "Why by consensus:"),
            c.rationale
        )));
    }
    let show_names = ctx.assessment.meta.privacy.show_names;
    let mut notes = Vec::new();
    for r in &ctx.assessment.respondents {
        let Some(answer) = ctx.assessment.latest_answer(&r.label, &item.question) else {
            continue;
        };
        let who = if show_names {
            r.name.clone().unwrap_or_else(|| r.label.clone())
        } else {
            r.domain.name(lang).to_lowercase()
        };
        if !answer.note.is_empty() {
            notes.push(format!("“{}” ({who})", answer.note));
        }
        if !answer.evidence.is_empty() {
            notes.push(format!(
                "{} {} ({who})",
                ctx.pick("Bron:", "Evidence:"),
                answer.evidence
            ));
        }
    }
    if !notes.is_empty() {
        out.push(Block::Bullets(notes));
    }
    out
}

fn method(ctx: &Ctx<'_>) -> Vec<Block> {
    let s = &ctx.framework.scoring;
    let lang = ctx.lang;
    let mut out = vec![h1(ctx.pick("Werkwijze", "Method"))];
    out.push(Block::Note(mirror(lang).to_owned()));
    let rule = crate::domain::evaluate::explain::placement_rule(ctx.framework, lang);
    let paragraphs: Vec<String> = match lang {
        Lang::Nl => vec![
            "Elke vraag heeft vijf antwoorden; elk antwoord hoort bij een fase van de route. Weet niet en niet van toepassing tellen niet mee.".to_owned(),
            "Het beeld van een vraag is het niveau waarover de tafel in consensus besloot, of anders het middelste antwoord (bij een even aantal het lagere van de twee middelste), zodat de tafel nooit hoger uitkomt dan de helft van de deelnemers haar ziet.".to_owned(),
            rule,
            format!("Naast het gewone gemiddelde staat het gemiddelde in balans: het gemiddelde van de gemiddelden per domein. Het beeld per waarde volgt dat gemiddelde: sterk punt vanaf {}, bespreken vanaf {}, anders aandachtspunt.", crate::domain::evaluate::explain::decimal(s.band_strength, lang), crate::domain::evaluate::explain::decimal(s.band_discuss, lang)),
            format!("Een vraag is verdeeld als minstens {} deelnemers antwoordden over {} of meer niveaus. Verschillen tussen domeinen worden alleen getoond als elk domein minstens {} deelnemers heeft, zodat niemand herkenbaar is.", s.split_min_respondents, s.split_min_levels, s.min_group_size),
            "Landelijke belemmeringen tellen nergens mee. Aanbevolen instrumenten passen bij de huidige of de volgende fase en versterken wat de volgende stap tegenhoudt.".to_owned(),
        ],
        Lang::En => vec![
            "Each question has five answers; each answer belongs to a stage of the route. Don't know and not applicable do not count.".to_owned(),
            "The picture of a question is the level the table agreed on by consensus, or else the middle answer (with an even number, the lower of the two middle ones), so the table never comes out higher than half its participants see it.".to_owned(),
            rule,
            format!("Besides the plain mean there is the balanced mean: the mean of the domain means. The band per value follows it: strength from {}, discuss from {}, concern below.", crate::domain::evaluate::explain::decimal(s.band_strength, lang), crate::domain::evaluate::explain::decimal(s.band_discuss, lang)),
            format!("A question is split when at least {} participants answered across {} or more levels. Differences between domains are only shown when each domain has at least {} participants, so nobody can be recognised.", s.split_min_respondents, s.split_min_levels, s.min_group_size),
            "National barriers count nowhere. Recommended instruments fit the current or the next stage and strengthen what holds back the next step.".to_owned(),
        ],
    };
    out.extend(paragraphs.into_iter().map(p));
    out.push(h2(ctx.pick("Bronnen", "Sources")));
    out.push(Block::Bullets(
        ctx.framework
            .public_documents()
            .map(|d| format!("{}, {} ({})", d.title, d.author, d.date))
            .collect(),
    ));
    out.push(small(format!(
        "{} {} {}.",
        ctx.pick(
            "Bronverwijzingen zoals “Pionieren in niemandsland, §5.2” noemen document en paragraaf. Kader:",
            "References such as “Pionieren in niemandsland, §5.2” name document and section. Framework:"
        ),
        ctx.framework.id,
        ctx.framework.version
    )));
    out
}
