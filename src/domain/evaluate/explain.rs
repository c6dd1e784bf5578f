//! Evaluation results in words: the sentences the window, the report and the command line
//! share, so a reason reads the same everywhere.

use super::{Band, Reason};
use crate::domain::{Framework, Lang, Level};

/// The name of a dimension, or its id if the framework does not know it.
pub fn dimension_name<'a>(framework: &'a Framework, id: &'a str, lang: Lang) -> &'a str {
    framework.dimension(id).map_or(id, |d| d.name.get(lang))
}

/// The name of a stage, e.g. "Samen aan de slag".
pub fn stage_name(framework: &Framework, stage: Level, lang: Lang) -> &str {
    framework.stage(stage).map_or("", |s| s.name.get(lang))
}

/// "fase 3, Samen aan de slag" / "stage 3, Joint projects".
pub fn stage_label(framework: &Framework, stage: Level, lang: Lang) -> String {
    format!(
        "{} {stage}, {}",
        lang.pick("fase", "stage"),
        stage_name(framework, stage, lang)
    )
}

/// The question text, or its id.
pub fn question_text<'a>(framework: &'a Framework, id: &'a str, lang: Lang) -> &'a str {
    framework.question(id).map_or(id, |q| q.text.get(lang))
}

/// A reason as a sentence.
pub fn reason_text(framework: &Framework, reason: &Reason, lang: Lang) -> String {
    match reason {
        Reason::Blocking {
            dimension,
            items,
            next,
        } => {
            let name = dimension_name(framework, dimension, lang);
            let list = items
                .iter()
                .map(|q| format!("“{}”", question_text(framework, q, lang)))
                .collect::<Vec<_>>()
                .join(lang.pick(" en ", " and "));
            match (lang, list.is_empty()) {
                (Lang::Nl, true) => {
                    format!("Versterkt {name}, dat de stap naar fase {next} tegenhoudt.")
                }
                (Lang::Nl, false) => format!(
                    "Versterkt {name}, dat de stap naar fase {next} tegenhoudt; vooral bij {list}."
                ),
                (Lang::En, true) => {
                    format!("Strengthens {name}, which holds back the step to stage {next}.")
                }
                (Lang::En, false) => format!(
                    "Strengthens {name}, which holds back the step to stage {next}; especially {list}."
                ),
            }
        }
        Reason::Gate { question, stage } => {
            let text = question_text(framework, question, lang);
            match lang {
                Lang::Nl => format!("Helpt bij “{text}”, een voorwaarde voor fase {stage}."),
                Lang::En => format!("Helps with “{text}”, a condition for stage {stage}."),
            }
        }
        Reason::Weak { dimension, band } => {
            let name = dimension_name(framework, dimension, lang);
            match (lang, band) {
                (Lang::Nl, Band::Concern) => format!("Versterkt {name}, nu een aandachtspunt."),
                (Lang::Nl, _) => format!("Versterkt {name}, nu een punt om te bespreken."),
                (Lang::En, Band::Concern) => format!("Strengthens {name}, now a concern."),
                (Lang::En, _) => format!("Strengthens {name}, now a point to discuss."),
            }
        }
        Reason::FitsNow { stage } => match lang {
            Lang::Nl => format!(
                "Past bij de fase waarin de tafel nu staat ({}).",
                stage_label(framework, *stage, lang)
            ),
            Lang::En => format!(
                "Fits the stage the table is at now ({}).",
                stage_label(framework, *stage, lang)
            ),
        },
        Reason::FitsNext { stage } => match lang {
            Lang::Nl => format!(
                "Hoort bij de volgende fase ({}).",
                stage_label(framework, *stage, lang)
            ),
            Lang::En => format!(
                "Belongs to the next stage ({}).",
                stage_label(framework, *stage, lang)
            ),
        },
    }
}

/// A value rounded as [`decimal`] shows it (the same rounding, so the two never disagree).
pub fn one_decimal(value: f64) -> f64 {
    format!("{value:.1}").parse().unwrap_or(value)
}

/// A number with one decimal in the language's style: "2,5" or "2.5".
pub fn decimal(value: f64, lang: Lang) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A signed difference with one decimal: "+1,3" / "−0,5".
pub fn signed(value: f64, lang: Lang) -> String {
    let magnitude = decimal(value.abs(), lang);
    if value < -0.05 {
        format!("−{magnitude}")
    } else {
        format!("+{magnitude}")
    }
}

/// A table flag as a sentence.
pub fn table_flag_text(
    flag: super::TableFlag,
    table: &super::TableIndicators,
    lang: Lang,
) -> String {
    use super::TableFlag;
    use crate::domain::assessment::Domain;
    let social = table.domain(Domain::Social);
    let medical = table.domain(Domain::Medical);
    match (flag, lang) {
        (TableFlag::NoSeats, Lang::Nl) => "De samenstelling van de tafel is niet ingevuld, dus gelijkwaardigheid in zetels is niet te meten.".to_owned(),
        (TableFlag::NoSeats, Lang::En) => "The table's composition is not filled in, so parity in seats cannot be measured.".to_owned(),
        (TableFlag::SocialAbsent, Lang::Nl) => "Het sociaal domein heeft geen zetel aan tafel.".to_owned(),
        (TableFlag::SocialAbsent, Lang::En) => "The social domain has no seat at the table.".to_owned(),
        (TableFlag::SocialOutnumbered, Lang::Nl) => format!("Het sociaal domein is in de minderheid: {} zetels tegen {} medisch.", social.seats, medical.seats),
        (TableFlag::SocialOutnumbered, Lang::En) => format!("The social domain is outnumbered: {} seats against {} medical.", social.seats, medical.seats),
        (TableFlag::MedicalOutnumbered, Lang::Nl) => format!("Het medisch domein is in de minderheid: {} zetels tegen {} sociaal.", medical.seats, social.seats),
        (TableFlag::MedicalOutnumbered, Lang::En) => format!("The medical domain is outnumbered: {} seats against {} social.", medical.seats, social.seats),
        (TableFlag::VotesUnbalanced, Lang::Nl) => format!("De stemmen zijn ongelijk verdeeld: sociaal {}, medisch {}.", social.votes, medical.votes),
        (TableFlag::VotesUnbalanced, Lang::En) => format!("Votes are unevenly divided: social {}, medical {}.", social.votes, medical.votes),
        (TableFlag::NoResidents, Lang::Nl) => "Er zitten geen inwoners of cliëntvertegenwoordigers aan tafel.".to_owned(),
        (TableFlag::NoResidents, Lang::En) => "No residents or client representatives sit at the table.".to_owned(),
        (TableFlag::MandatesMissing, Lang::Nl) => format!(
            "{} met stemrecht {} geen mandaat van de eigen achterban.",
            count(table.votes_without_mandate, "zetel", "zetels"),
            if table.votes_without_mandate == 1 { "heeft" } else { "hebben" }
        ),
        (TableFlag::MandatesMissing, Lang::En) => format!(
            "{} with a vote {} no mandate from their constituency.",
            count(table.votes_without_mandate, "seat", "seats"),
            if table.votes_without_mandate == 1 { "carries" } else { "carry" }
        ),
    }
}

/// What one stage asks, from the framework: "Gelijkgerichtheid en Gelijkwaardigheid op 2" or
/// "alle vier de waarden op 3", then its gates ("met afspraken op 4"). Empty for stage 1.
pub fn stage_asks(framework: &Framework, stage: Level, lang: Lang) -> String {
    let Some(s) = framework.stage(stage) else {
        return String::new();
    };
    // Group the values by the level asked, highest first, so "A en P op 4, C en T op 3".
    let mut levels: Vec<Level> = s.requires.iter().map(|(_, l)| *l).collect();
    levels.sort_unstable_by(|a, b| b.cmp(a));
    levels.dedup();
    let all = s.requires.len() == framework.dimensions.len() && levels.len() == 1;
    let parts: Vec<String> = levels
        .iter()
        .filter(|l| **l > Level::MIN)
        .map(|level| {
            let names: Vec<&str> = s
                .requires
                .iter()
                .filter(|(_, l)| l == level)
                .map(|(d, _)| dimension_name(framework, d, lang))
                .collect();
            let who = if all {
                lang.pick("alle vier de waarden", "all four values")
                    .to_owned()
            } else {
                join_list(&names, lang)
            };
            format!("{who} {} {level}", lang.pick("op", "at"))
        })
        .collect();
    // Each gate as "afspraken op 4": the question, named short, and the option it needs.
    let gate_texts: Vec<String> = framework
        .questions
        .iter()
        .flat_map(|q| {
            q.gates
                .iter()
                .filter(move |g| g.stage == stage)
                .filter_map(move |g| {
                    let name = q.short.as_ref()?.get(lang);
                    Some(format!("{name} {} {}", lang.pick("op", "at"), g.level))
                })
        })
        .collect();
    let gates: Vec<&str> = gate_texts.iter().map(String::as_str).collect();
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    let values = refs.join("; ");
    match (values.is_empty(), gates.is_empty()) {
        (_, true) => values,
        (true, false) => join_list(&gates, lang),
        (false, false) => format!(
            "{values}, {} {}",
            lang.pick("met", "with"),
            join_list(&gates, lang)
        ),
    }
}

/// Why the table stands where it stands, for the table at hand: what its stage asks and that
/// it meets it, what the next stage asks, and — when the stage is provisional — which
/// questions decide it and where the table stands if they stay unmet.
pub fn placement_reason(
    framework: &Framework,
    placement: &super::Placement,
    lang: Lang,
) -> Vec<String> {
    let mut out = Vec::new();
    let stage = placement.stage;
    if stage > Level::MIN {
        out.push(match lang {
            Lang::Nl => format!(
                "Fase {stage} vraagt {}; dat haalt de tafel.",
                stage_asks(framework, stage, lang)
            ),
            Lang::En => format!(
                "Stage {stage} asks for {}; the table meets that.",
                stage_asks(framework, stage, lang)
            ),
        });
    }
    if let Some(next) = stage.next() {
        out.push(match lang {
            Lang::Nl => format!("Fase {next} vraagt {}.", stage_asks(framework, next, lang)),
            Lang::En => format!(
                "Stage {next} asks for {}.",
                stage_asks(framework, next, lang)
            ),
        });
    }
    if placement.provisional() {
        out.push(provisional_text(framework, placement, lang));
    }
    out
}

/// "Voorlopig: …" — the questions that decide a provisional stage and the stage if they stay
/// unmet.
pub fn provisional_text(framework: &Framework, placement: &super::Placement, lang: Lang) -> String {
    provisional_naming(framework, placement, lang, 3)
}

/// [`provisional_text`] naming at most `named` of the questions; with none named, it says
/// where the list is: "(see ‘Still to answer’)".
pub fn provisional_naming(
    framework: &Framework,
    placement: &super::Placement,
    lang: Lang,
    named: usize,
) -> String {
    let n = placement.to_confirm.len();
    let shown: Vec<String> = placement
        .to_confirm
        .iter()
        .take(named)
        .map(|q| format!("“{}”", question_text(framework, q, lang)))
        .collect();
    let more = n.saturating_sub(shown.len());
    let list = match (shown.is_empty(), more) {
        (true, _) => lang
            .pick(
                " (ze staan bij ‘Nog te beantwoorden’)",
                " (listed under ‘Still to answer’)",
            )
            .to_owned(),
        (false, 0) => format!(": {}", shown.join(" ")),
        (false, more) => format!(
            ": {} {} {more} {}",
            shown.join(" "),
            lang.pick("en", "and"),
            lang.pick("meer", "more")
        ),
    };
    let confirmed = stage_label(framework, placement.confirmed, lang);
    match lang {
        Lang::Nl => format!(
            "Voorlopig: deze fase rust op {} die niemand kon beantwoorden{list}. Worden die niet gehaald, dan staat de tafel in {confirmed}.",
            count(n, "vraag", "vragen"),
        ),
        Lang::En => format!(
            "Provisional: this stage rests on {} nobody could answer{list}. If they are not met, the table stands at {confirmed}.",
            count(n, "question", "questions"),
        ),
    }
}

/// One value that holds back the next stage, in a line: "Samenwerking (fase 3): nog 2
/// vragen naar niveau 4, nodig voor de volgende fase".
pub fn block_line(framework: &Framework, block: &super::DimensionBlock, lang: Lang) -> String {
    let name = dimension_name(framework, &block.dimension, lang);
    // A value can stand at the level it needs only by rounding: then it is "only just" there.
    let at = if block.stage >= block.needed {
        format!(
            "{} {}",
            lang.pick("net op fase", "only just at stage"),
            block.stage
        )
    } else {
        format!("{} {}", lang.pick("fase", "stage"), block.stage)
    };
    match lang {
        Lang::Nl => format!(
            "{name} ({at}): nog {} naar niveau {}{}",
            count(block.items_short, "vraag", "vragen"),
            block.needed,
            if block.required {
                ", nodig voor de volgende fase"
            } else {
                ""
            }
        ),
        Lang::En => format!(
            "{name} ({at}): {} more to level {}{}",
            count(block.items_short, "question", "questions"),
            block.needed,
            if block.required {
                ", needed for the next stage"
            } else {
                ""
            }
        ),
    }
}

/// The placement rule in one paragraph a chair can follow, from the framework's numbers.
pub fn placement_rule(framework: &Framework, lang: Lang) -> String {
    let stages: Vec<String> = framework
        .stages
        .iter()
        .filter(|s| s.number > Level::MIN)
        .map(|s| {
            format!(
                "{} {} {}",
                lang.pick("fase", "stage"),
                s.number,
                stage_asks(framework, s.number, lang)
            )
        })
        .collect();
    let stages = stages.join("; ");
    match lang {
        Lang::Nl => format!(
            "Per waarde telt het gemiddelde van de beantwoorde vragen, afgerond (vanaf ,5 naar boven). De route beschrijft elke fase door wat er dan staat, dus elke fase vraagt iets anders: {stages}. De tafel staat in de hoogste fase waarvan zij alles haalt, en in elke fase daarvoor. Weet niet telt niet als nee: hangt de fase af van vragen die niemand kon beantwoorden, dan is de fase voorlopig. Er staat dan bij welke vragen de fase bevestigen en in welke fase de tafel staat als die niet gehaald worden."
        ),
        Lang::En => format!(
            "Per value, the mean of the answered questions counts, rounded (from .5 up). The route describes each stage by what is in place there, so each stage asks something different: {stages}. The table stands at the highest stage of which it meets everything, and every stage before it. Don't know does not count as no: when the stage depends on questions nobody could answer, the stage is provisional. It then says which questions confirm it and at which stage the table stands if they are not met."
        ),
    }
}

/// A list in running text: "A, B en C" / "A, B and C".
pub fn join_list(items: &[&str], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lang.pick("en", "and")),
    }
}

/// A count with its noun in singular or plural: "1 deelnemer", "3 deelnemers".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_counts_read_naturally() {
        assert_eq!(
            join_list(&["A", "B", "C"], Lang::Nl),
            "A, B en C",
            "Dutch list"
        );
        assert_eq!(join_list(&["A", "B"], Lang::En), "A and B", "English pair");
        assert_eq!(join_list(&["A"], Lang::Nl), "A", "one item");
        assert_eq!(
            count(1, "deelnemer", "deelnemers"),
            "1 deelnemer",
            "singular"
        );
        assert_eq!(
            count(3, "deelnemer", "deelnemers"),
            "3 deelnemers",
            "plural"
        );
        assert_eq!(
            decimal(2.25, Lang::Nl),
            "2,2",
            "one decimal with a comma (round half to even)"
        );
        assert_eq!(signed(-1.0, Lang::En), "−1.0", "minus sign");
    }
}
