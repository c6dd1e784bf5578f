//! Golden tests over the example regions: where each lands on the route and why, what blocks
//! it, and what it is advised first. The expectations follow from the examples' design and
//! the rules (DOMAIN.md §6–§7), worked out by hand below — not pasted from output.
//!
//! Scoring of recommendations (see `domain::evaluate::recommend`): 2 × items-short per
//! blocking value the instrument strengthens, +2 per blocking item it addresses, +4 for an
//! unmet gate it addresses, +1 per other weak value, +3 when its window holds the current
//! stage; ties keep catalogue order.

use routekaart::domain::evaluate::{Evaluation, LevelSource};
use routekaart::domain::{Framework, Level, evaluate};
use routekaart::store;

fn evaluated(file: &str) -> Evaluation {
    let framework = Framework::embedded().unwrap();
    let assessment = store::load_assessment(&crate::root().join("assessments").join(file)).unwrap();
    evaluate(&framework, &assessment)
}

fn lv(n: u8) -> Level {
    Level::new(n).unwrap()
}

fn dimension_stages(e: &Evaluation) -> Vec<u8> {
    e.dimensions
        .iter()
        .map(|d| d.stage.map_or(0, Level::get))
        .collect()
}

fn blocking(e: &Evaluation) -> Vec<(&str, usize)> {
    e.blockers
        .as_ref()
        .map(|b| {
            b.dimensions
                .iter()
                .map(|d| (d.dimension.as_str(), d.items_short))
                .collect()
        })
        .unwrap_or_default()
}

fn top(e: &Evaluation, n: usize) -> Vec<&str> {
    e.recommendations
        .now
        .iter()
        .take(n)
        .map(|r| r.instrument.as_str())
        .collect()
}

#[test]
fn lindewaard_is_getting_acquainted() {
    // A chair alone answered mostly level 1: per value only 1 to 3 of 8 items reach level 2,
    // short of two thirds, so every value stands at stage 1.
    let e = evaluated("1-lindewaard-kennismaken.ron");
    assert_eq!(e.stage(), Some(lv(1)), "stage 1");
    assert_eq!(dimension_stages(&e), [1, 1, 1, 1], "every value at 1");
    // Towards stage 2 each value needs 6 of 8 items at 2: trust has 1 (5 short), parity and
    // collaboration 2 (4 short), alignment 3 (3 short). Furthest behind first.
    assert_eq!(
        blocking(&e),
        [
            ("trust", 5),
            ("parity", 4),
            ("collaboration", 4),
            ("alignment", 3)
        ],
        "blockers, furthest first"
    );
    // coalition_of_the_willing: collaboration 8 + trust 10 + own_interest (at 1) 2 + fits 3 = 23;
    // independent_chair: collaboration 8 + parity 8 + support_structure 2 + voice 2 + 3 = 23;
    // getting_acquainted: trust 10 + alignment 6 + common_language 2 + 3 = 21 (ahead of
    // personas, also 21, in catalogue order).
    assert_eq!(
        top(&e, 3),
        [
            "coalition_of_the_willing",
            "independent_chair",
            "getting_acquainted"
        ],
        "first advice"
    );
    assert!(
        e.recommendations.now[0].in_plan,
        "the coalition is already in the action plan"
    );
    // Three aldermen against seven medical directors, no residents.
    use routekaart::domain::evaluate::TableFlag;
    assert!(
        e.table.flags.contains(&TableFlag::SocialOutnumbered),
        "social domain outnumbered"
    );
    assert!(
        e.table.flags.contains(&TableFlag::NoResidents),
        "no residents"
    );
}

#[test]
fn veenmonde_drafts_a_shared_agenda() {
    // Quick scan, two items per value, three respondents whose lower median equals the
    // designed level. Every value has one or both items at 2, so stands at 2; the shared
    // agenda (a gate for stage 3 at level 3) is at 2 as well.
    let e = evaluated("2-veenmonde-gezamenlijke-agenda.ron");
    assert_eq!(e.items.len(), 8, "only the quick-scan questions");
    assert_eq!(e.stage(), Some(lv(2)), "stage 2");
    assert_eq!(dimension_stages(&e), [2, 2, 2, 2], "every value at 2");
    let b = e.blockers.as_ref().unwrap();
    assert_eq!(b.gates.len(), 1, "one gate for stage 3");
    assert_eq!(
        b.gates[0].question, "alignment.shared_agenda",
        "the shared agenda gate"
    );
    // Both parity and both trust items are at 2 (2 short); alignment and collaboration have
    // one item at 3 (1 short).
    assert_eq!(
        blocking(&e),
        [
            ("parity", 2),
            ("trust", 2),
            ("alignment", 1),
            ("collaboration", 1)
        ],
        "blockers"
    );
    // shared_regional_task: alignment 2 + trust 4 + shared_agenda 2 + gate 4 + fits 3 = 15;
    // attractive_agenda_check: alignment 2 + collaboration 2 + shared_agenda 2 + gate 4 + 3 = 13;
    // municipal_mandate: parity 4 + trust 4 + mandate 2 + 3 = 13 (later in the catalogue).
    assert_eq!(
        top(&e, 3),
        [
            "shared_regional_task",
            "attractive_agenda_check",
            "municipal_mandate"
        ],
        "first advice"
    );
}

#[test]
fn rivierduin_works_together_and_disagrees() {
    // Ten people; per value at least 6 of 8 items have a lower median of 3 or more, but only
    // 2 (alignment, parity) or 3 (collaboration, trust) reach 4: every value at stage 3.
    let e = evaluated("3-rivierduin-samen-aan-de-slag.ron");
    assert_eq!(e.stage(), Some(lv(3)), "stage 3");
    assert_eq!(e.self_placement, Some(lv(3)), "self-placed at 3 too");
    assert_eq!(
        blocking(&e),
        [
            ("alignment", 4),
            ("parity", 4),
            ("collaboration", 3),
            ("trust", 3)
        ],
        "blockers"
    );
    // Two items were discussed, re-voted and decided by consensus.
    let consensus: Vec<&str> = e.consensus_items().map(|i| i.question.as_str()).collect();
    assert_eq!(
        consensus,
        ["parity.seat_balance", "trust.binding_agreements"],
        "consensus items"
    );
    let seat = e.item("parity.seat_balance").unwrap();
    assert_eq!(
        (seat.level, seat.source),
        (Some(lv(3)), Some(LevelSource::Consensus)),
        "agreed at 3"
    );
    // The social side answered two levels lower than the medical side on the designed split
    // items: among ten respondents they span three or more levels.
    let split: Vec<&str> = e
        .split_items()
        .iter()
        .map(|i| i.question.as_str())
        .collect();
    for q in [
        "parity.municipal_voice",
        "trust.assessment_frame",
        "trust.learning_cycle",
    ] {
        assert!(split.contains(&q), "{q} is split: {split:?}");
    }
    let gap = e.item("parity.municipal_voice").unwrap().parity_gap;
    assert!(
        gap.is_flagged() && gap.shown().unwrap() <= -1.0,
        "social lower by a level or more: {gap:?}"
    );
    // Two residents: too few to break out; social and medical have four each.
    assert_eq!(e.respondents[2].1, 2, "two residents");
    // shared_regional_task: alignment 8 + trust 6 + shared_agenda and ambition 4 + fits 3 = 21;
    // provider_representation: parity 8 + collaboration 6 + provider_organisation and mandate 4
    // + 3 = 21; municipal_mandate: parity 8 + trust 6 + municipal_voice and mandate 4 + 3 = 21.
    // Ties keep catalogue order.
    assert_eq!(
        top(&e, 3),
        [
            "shared_regional_task",
            "provider_representation",
            "municipal_mandate"
        ],
        "first advice"
    );
}

#[test]
fn klaverstad_is_held_back_by_money() {
    // Every value reaches 5 by the two-thirds rule, but the table does not yet decide on
    // structural money (trust.structural_money at 3; the gate for stage 5 needs 4).
    let e = evaluated("4-klaverstad-gedeelde-verantwoordelijkheid.ron");
    let p = e.placement.as_ref().unwrap();
    assert_eq!(p.by_values, lv(5), "the values reach 5");
    assert_eq!(p.stage, lv(4), "the gate holds it at 4");
    assert_eq!(
        e.self_placement,
        Some(lv(5)),
        "the table placed itself at 5"
    );
    let b = e.blockers.as_ref().unwrap();
    assert!(b.dimensions.is_empty(), "no value blocks");
    assert_eq!(
        b.gates[0].question, "trust.structural_money",
        "the money gate blocks"
    );
    // Only instruments that address the money question score (gate 4 + fits stage 4: 3);
    // regional_budget fits stage 5 only (4). Catalogue order among the 7s.
    assert_eq!(
        top(&e, 4),
        [
            "regional_purse",
            "shared_savings",
            "cross_domain_purchasing",
            "long_term_comfort"
        ],
        "first advice"
    );
}

#[test]
fn wadkust_is_a_regional_table() {
    // Four respondents, nearly every item at 5, gates met: stage 5, nothing blocks, and with
    // every value a strength no instrument is advised now.
    let e = evaluated("5-wadkust-regionale-tafel.ron");
    assert_eq!(e.stage(), Some(lv(5)), "stage 5");
    assert!(e.blockers.is_none(), "nothing blocks stage 5");
    assert!(
        e.placement.as_ref().unwrap().unmet_gates.is_empty(),
        "every gate met"
    );
    assert!(e.recommendations.now.is_empty(), "no advice needed now");
    assert_eq!(
        e.barriers.len(),
        1,
        "one national barrier, kept apart from the scores"
    );
}
