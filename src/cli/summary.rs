//! `routekaart summary FILE`: the evaluation as readable text.

use std::io::{self, Write};

use crate::domain::assessment::{Assessment, Domain};
use crate::domain::evaluate::explain::{
    block_line, count, decimal, dimension_name, question_text, reason_text, signed, stage_label,
    stage_name, table_flag_text,
};
use crate::domain::evaluate::{Evaluation, GroupGap, LevelSource};
use crate::domain::{Framework, Lang};

/// Writes the summary of an evaluated assessment.
pub fn write_summary(
    framework: &Framework,
    assessment: &Assessment,
    evaluation: &Evaluation,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    header(assessment, evaluation, lang, out)?;
    stage(framework, evaluation, lang, out)?;
    values(framework, evaluation, lang, out)?;
    blockers(framework, evaluation, lang, out)?;
    disagreement(framework, evaluation, lang, out)?;
    table(evaluation, lang, out)?;
    recommendations(framework, evaluation, lang, out)?;
    barriers(framework, evaluation, lang, out)
}

fn header(
    assessment: &Assessment,
    evaluation: &Evaluation,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let meta = &assessment.meta;
    writeln!(out, "Routekaart — {}", meta.region)?;
    let people: Vec<String> = evaluation
        .respondents
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(d, n)| format!("{} {n}", d.name(lang).to_lowercase()))
        .collect();
    writeln!(
        out,
        "{}, {} · {} ({}) · {}",
        meta.mode.name(lang),
        meta.date.long(lang),
        count(
            evaluation.respondent_count(),
            lang.pick("deelnemer", "respondent"),
            lang.pick("deelnemers", "respondents")
        ),
        people.join(", "),
        meta.form.name(lang).to_lowercase(),
    )?;
    writeln!(out)
}

fn stage(
    framework: &Framework,
    evaluation: &Evaluation,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let Some(placement) = &evaluation.placement else {
        return writeln!(
            out,
            "{}\n",
            lang.pick(
                "Nog geen antwoorden: er is nog geen fase te berekenen.",
                "No answers yet: no stage can be calculated."
            )
        );
    };
    writeln!(
        out,
        "{} {}: {}{}",
        lang.pick("FASE", "STAGE"),
        placement.stage,
        stage_name(framework, placement.stage, lang).to_uppercase(),
        if placement.provisional() {
            lang.pick(" (VOORLOPIG)", " (PROVISIONAL)")
        } else {
            ""
        }
    )?;
    for line in crate::domain::evaluate::explain::placement_reason(framework, placement, lang) {
        writeln!(out, "  {line}")?;
    }
    gates(framework, placement, lang, out)?;
    if let Some(own) = evaluation.self_placement {
        let verdict = match own.cmp(&placement.stage) {
            std::cmp::Ordering::Greater => {
                lang.pick("hoger dan berekend", "higher than calculated")
            }
            std::cmp::Ordering::Less => lang.pick("lager dan berekend", "lower than calculated"),
            std::cmp::Ordering::Equal => {
                lang.pick("gelijk aan de berekening", "the same as calculated")
            }
        };
        writeln!(
            out,
            "  {}: {} — {verdict}.",
            lang.pick("Zelf gekozen", "Self-placed"),
            stage_label(framework, own, lang)
        )?;
    }
    if !placement.complete {
        writeln!(
            out,
            "  {}",
            lang.pick(
                "Let op: niet alle waarden zijn beantwoord.",
                "Note: not every value has answers."
            )
        )?;
    }
    writeln!(
        out,
        "  {}\n",
        lang.pick(
            "De fase is een spiegel voor het gesprek, geen cijfer: elke regio gaat haar eigen weg.",
            "The stage is a mirror for the conversation, not a grade: every region goes its own way."
        )
    )
}

/// The gates that hold the region below the stage its values reach.
fn gates(
    framework: &Framework,
    placement: &crate::domain::evaluate::Placement,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    if placement.stage < placement.by_values {
        for gate in placement
            .unmet_gates
            .iter()
            .filter(|g| g.gate.stage <= placement.by_values)
        {
            writeln!(
                out,
                "  {} “{}” ({} {}, {} {}).",
                match lang {
                    Lang::Nl => format!(
                        "Fase {} kan nog niet, want een voorwaarde ontbreekt:",
                        gate.gate.stage
                    ),
                    Lang::En => format!(
                        "Stage {} is not possible yet, because a condition is missing:",
                        gate.gate.stage
                    ),
                },
                question_text(framework, &gate.question, lang),
                lang.pick("nu", "now"),
                gate.level.map_or_else(|| "—".to_owned(), |l| l.to_string()),
                lang.pick("nodig", "needed"),
                gate.gate.level,
            )?;
        }
    }
    Ok(())
}

fn values(
    framework: &Framework,
    evaluation: &Evaluation,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        lang.pick("Per waarde", "Per value").to_uppercase()
    )?;
    for d in &evaluation.dimensions {
        let name = dimension_name(framework, &d.dimension, lang);
        let Some(stage) = d.stage else {
            writeln!(
                out,
                "  {name}: {}",
                lang.pick("niet beantwoord", "not answered")
            )?;
            continue;
        };
        writeln!(
            out,
            "  {name}: {} {stage} · {} {} ({} {}) · {}{}",
            lang.pick("fase", "stage"),
            lang.pick("gemiddeld", "mean"),
            d.mean.map_or_else(String::new, |m| decimal(m, lang)),
            lang.pick("in balans", "balanced"),
            d.balanced_mean
                .map_or_else(String::new, |m| decimal(m, lang)),
            d.band.map_or("", |b| b.name(lang)),
            if d.uncertain {
                lang.pick(
                    " · onzeker: veel verdeelde antwoorden",
                    " · uncertain: many split answers",
                )
            } else {
                ""
            },
        )?;
    }
    writeln!(out)
}

fn blockers(
    framework: &Framework,
    evaluation: &Evaluation,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let Some(b) = &evaluation.blockers else {
        return Ok(());
    };
    writeln!(
        out,
        "{}",
        match lang {
            Lang::Nl => format!("WAT HOUDT FASE {} TEGEN", b.next),
            Lang::En => format!("WHAT HOLDS BACK STAGE {}", b.next),
        }
    )?;
    for d in &b.dimensions {
        writeln!(out, "  {}", block_line(framework, d, lang))?;
        for item in d.items.iter().take(4) {
            writeln!(
                out,
                "    - {} ({} {}, {} {})",
                question_text(framework, &item.question, lang),
                lang.pick("nu", "now"),
                item.level,
                lang.pick("nodig", "needed"),
                item.needed
            )?;
        }
    }
    for g in &b.gates {
        writeln!(
            out,
            "  {}: {} ({} {}, {} {} {} {})",
            lang.pick("Voorwaarde", "Condition"),
            question_text(framework, &g.question, lang),
            lang.pick("nu", "now"),
            g.level.map_or_else(|| "—".to_owned(), |l| l.to_string()),
            lang.pick("nodig", "needed"),
            g.gate.level,
            lang.pick("voor fase", "for stage"),
            g.gate.stage,
        )?;
    }
    writeln!(out)
}

fn disagreement(
    framework: &Framework,
    evaluation: &Evaluation,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        lang.pick("WAAR DE TAFEL VERSCHILT", "WHERE THE TABLE DIFFERS")
    )?;
    let split = evaluation.split_items();
    if split.is_empty() {
        writeln!(
            out,
            "  {}",
            lang.pick("Geen verdeelde vragen.", "No split questions.")
        )?;
    }
    for item in split {
        let (low, high) = item.range.map_or((0, 0), |(l, h)| (l.get(), h.get()));
        writeln!(
            out,
            "  {}: {} ({} {low}–{high}, {} {}){}",
            lang.pick("Verdeeld", "Split"),
            question_text(framework, &item.question, lang),
            lang.pick("antwoorden", "answers"),
            item.answered,
            lang.pick("deelnemers", "respondents"),
            if item.source == Some(LevelSource::Consensus) {
                lang.pick(" · besloten in consensus", " · decided by consensus")
            } else {
                ""
            },
        )?;
    }
    let mut too_few = None;
    for (dimension, gap) in &evaluation.dimension_parity {
        match gap {
            GroupGap::Shown { gap, flagged } => writeln!(
                out,
                "  {} {}: {}{}",
                lang.pick("Sociaal min medisch bij", "Social minus medical on"),
                dimension_name(framework, dimension, lang),
                signed(*gap, lang),
                if *flagged {
                    lang.pick(
                        " — een vol niveau of meer verschil",
                        " — a full level or more apart",
                    )
                } else {
                    ""
                },
            )?,
            GroupGap::TooFew { first, second } => too_few = Some((*first, *second)),
            GroupGap::NoData => {}
        }
    }
    if let Some((social, medical)) = too_few {
        writeln!(
            out,
            "  {}",
            match lang {
                Lang::Nl => format!(
                    "Verschil tussen de domeinen: te weinig om te tonen (sociaal {social}, medisch {medical}; minimaal 3 per domein)."
                ),
                Lang::En => format!(
                    "Difference between the domains: too few to show (social {social}, medical {medical}; at least 3 per domain)."
                ),
            }
        )?;
    }
    gaps(framework, evaluation, lang, out)?;
    writeln!(out)
}

/// Item-level parity gaps of a full level or more, and meta-perception gaps.
fn gaps(
    framework: &Framework,
    evaluation: &Evaluation,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    for item in evaluation
        .items
        .iter()
        .filter(|i| i.parity_gap.is_flagged())
    {
        if let Some(gap) = item.parity_gap.shown() {
            writeln!(
                out,
                "  {}: {} {}",
                lang.pick("Sociaal min medisch", "Social minus medical"),
                question_text(framework, &item.question, lang),
                signed(gap, lang)
            )?;
        }
    }
    for item in evaluation.items.iter().filter(|i| i.has_meta) {
        for (gap, who) in [
            (
                item.meta_gap_social,
                lang.pick("sociaal over medisch", "social about medical"),
            ),
            (
                item.meta_gap_medical,
                lang.pick("medisch over sociaal", "medical about social"),
            ),
        ] {
            if let Some(g) = gap.shown() {
                writeln!(
                    out,
                    "  {} ({who}): {} {}",
                    lang.pick("Beeld van de ander", "Picture of the other"),
                    question_text(framework, &item.question, lang),
                    signed(g, lang)
                )?;
            }
        }
    }
    Ok(())
}

fn table(evaluation: &Evaluation, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let t = &evaluation.table;
    writeln!(out, "{}", lang.pick("DE TAFEL", "THE TABLE"))?;
    let parts: Vec<String> = Domain::ALL
        .iter()
        .filter(|&&d| matches!(d, Domain::Social | Domain::Medical) || t.domain(d).seats > 0)
        .map(|&d| {
            let s = t.domain(d);
            format!(
                "{} {} ({} {}, {} {})",
                d.name(lang).to_lowercase(),
                s.seats,
                s.votes,
                lang.pick("stem", "vote"),
                s.mandates,
                lang.pick("mandaat", "mandate")
            )
        })
        .collect();
    writeln!(
        out,
        "  {}: {}",
        lang.pick("Zetels", "Seats"),
        parts.join(" · ")
    )?;
    for flag in &t.flags {
        writeln!(out, "  ! {}", table_flag_text(*flag, t, lang))?;
    }
    writeln!(out)
}

fn recommendations(
    framework: &Framework,
    evaluation: &Evaluation,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let r = &evaluation.recommendations;
    writeln!(
        out,
        "{}",
        lang.pick("AANBEVOLEN INSTRUMENTEN", "RECOMMENDED INSTRUMENTS")
    )?;
    if r.now.is_empty()
        && let Some(stage) = evaluation.stage().and_then(|s| framework.stage(s))
    {
        writeln!(
            out,
            "  {} {}",
            lang.pick(
                "Geen instrument lost nu een knelpunt op: alle waarden zijn sterk.",
                "No instrument removes a blocker now: every value is strong."
            ),
            stage.next.get(lang)
        )?;
    }
    for (n, rec) in r.now.iter().take(8).enumerate() {
        let Some(instrument) = framework.instrument(&rec.instrument) else {
            continue;
        };
        writeln!(
            out,
            "  {}. {} ({}, {}){}",
            n + 1,
            instrument.name.get(lang),
            instrument.category.name(lang).to_lowercase(),
            instrument.stages(lang),
            if rec.in_plan {
                lang.pick(
                    " · staat al in het actieplan",
                    " · already in the action plan",
                )
            } else {
                ""
            },
        )?;
        for reason in &rec.reasons {
            writeln!(out, "     - {}", reason_text(framework, reason, lang))?;
        }
    }
    if r.now.len() > 8 {
        writeln!(out, "  … {} {}", r.now.len() - 8, lang.pick("meer", "more"))?;
    }
    if !r.later.is_empty() {
        let names: Vec<&str> = r
            .later
            .iter()
            .filter_map(|id| framework.instrument(id))
            .map(|i| i.name.get(lang))
            .collect();
        writeln!(
            out,
            "  {}: {}",
            lang.pick("Verder op de route", "Further along the route"),
            names.join("; ")
        )?;
    }
    writeln!(out)
}

fn barriers(
    framework: &Framework,
    evaluation: &Evaluation,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    if evaluation.barriers.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        lang.pick(
            "LANDELIJKE BELEMMERINGEN (tellen niet mee in de fase)",
            "NATIONAL BARRIERS (not counted in the stage)"
        )
    )?;
    for (category, notes) in &evaluation.barriers {
        let name = framework
            .barrier_category(category)
            .map_or(category.as_str(), |c| c.name.get(lang));
        for note in notes {
            writeln!(out, "  {name}: {note}")?;
        }
    }
    Ok(())
}
