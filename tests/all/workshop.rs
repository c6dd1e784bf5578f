//! Workshop rules: private turns, what a reveal may show, and the discussion queue. Worked
//! on the real framework with small hand-made tables whose expectations are counted by hand.

use routekaart::domain::Level;
use routekaart::domain::assessment::{Answer, AnswerValue, Consensus, Domain};
use routekaart::domain::evaluate::GroupGap;
use routekaart::domain::workshop::{Breakdown, discussion_queue, next_in_turn, reveal};

// The same small tables as the workshop screen's tests: one builder for both.
use crate::workshop_ui::{framework, level, table};

const Q: &str = "alignment.shared_picture";

#[test]
fn turns_go_round_the_table_and_end_when_everyone_answered() {
    let people = [
        ("S1", Domain::Social),
        ("M1", Domain::Medical),
        ("S2", Domain::Social),
    ];
    let mut a = table(&people, &[]);
    assert_eq!(next_in_turn(&a, Q, 1), Some("S1"));
    a = table(&people, &[("S1", Q, level(2))]);
    assert_eq!(next_in_turn(&a, Q, 1), Some("M1"));
    a = table(
        &people,
        &[("S1", Q, level(2)), ("M1", Q, AnswerValue::DontKnow)],
    );
    assert_eq!(
        next_in_turn(&a, Q, 1),
        Some("S2"),
        "weet niet counts as a turn taken"
    );
    a = table(
        &people,
        &[
            ("S1", Q, level(2)),
            ("M1", Q, level(4)),
            ("S2", Q, level(3)),
        ],
    );
    assert_eq!(next_in_turn(&a, Q, 1), None);
    assert_eq!(next_in_turn(&a, Q, 2), Some("S1"), "round 2 starts afresh");
}

#[test]
fn a_reveal_counts_the_round_and_breaks_out_only_groups_of_three() {
    let f = framework();
    let q = f.question(Q).unwrap();
    let people = [
        ("S1", Domain::Social),
        ("S2", Domain::Social),
        ("S3", Domain::Social),
        ("M1", Domain::Medical),
        ("M2", Domain::Medical),
        ("M3", Domain::Medical),
        ("R1", Domain::Residents),
    ];
    let answers = [
        ("S1", Q, level(2)),
        ("S2", Q, level(2)),
        ("S3", Q, level(3)),
        ("M1", Q, level(4)),
        ("M2", Q, level(4)),
        ("M3", Q, level(5)),
    ];
    let a = table(&people[..6], &answers);
    let r = reveal(&f, &a, q, 1);
    assert_eq!(r.counts, [0, 2, 1, 2, 1]);
    assert_eq!(r.breakdown, Breakdown::ByDomain);
    assert_eq!(
        r.by_domain,
        vec![
            (Domain::Social, [0, 2, 1, 0, 0]),
            (Domain::Medical, [0, 0, 0, 2, 1])
        ]
    );
    assert_eq!(r.spread, 3);
    assert!(r.split, "six answers spanning four levels");
    // social mean 7/3, medical 13/3: gap -2.
    let gap = r.parity_gap.shown().unwrap();
    assert!((gap + 2.0).abs() < 1e-9, "{gap}");

    // One resident joins with an answer: a group of one, so nobody's domain is shown.
    let mut with_resident = answers.to_vec();
    with_resident.push(("R1", Q, level(3)));
    let a = table(&people, &with_resident);
    let r = reveal(&f, &a, q, 1);
    assert_eq!(
        r.breakdown,
        Breakdown::TooFew {
            domain: Domain::Residents,
            count: 1
        }
    );
    assert!(r.by_domain.is_empty(), "a group of one is never broken out");
    assert_eq!(r.counts.iter().sum::<usize>(), 7);
    assert!(
        r.parity_gap.shown().is_some(),
        "social and medical still have three each"
    );
}

#[test]
fn a_group_of_two_is_never_broken_out_nor_compared() {
    let f = framework();
    let q = f.question(Q).unwrap();
    let people = [
        ("S1", Domain::Social),
        ("S2", Domain::Social),
        ("S3", Domain::Social),
        ("M1", Domain::Medical),
        ("M2", Domain::Medical),
    ];
    let answers = [
        ("S1", Q, level(1)),
        ("S2", Q, level(2)),
        ("S3", Q, level(2)),
        ("M1", Q, level(5)),
        ("M2", Q, level(4)),
    ];
    let r = reveal(&f, &table(&people, &answers), q, 1);
    assert_eq!(
        r.breakdown,
        Breakdown::TooFew {
            domain: Domain::Medical,
            count: 2
        }
    );
    assert!(r.by_domain.is_empty());
    assert_eq!(
        r.parity_gap,
        GroupGap::TooFew {
            first: 3,
            second: 2
        }
    );
}

#[test]
fn the_session_settings_decide_on_domains_and_names() {
    let f = framework();
    let q = f.question(Q).unwrap();
    let people = [
        ("S1", Domain::Social),
        ("S2", Domain::Social),
        ("S3", Domain::Social),
        ("M1", Domain::Medical),
        ("M2", Domain::Medical),
        ("M3", Domain::Medical),
    ];
    let answers = [
        ("S1", Q, level(1)),
        ("S2", Q, level(3)),
        ("S3", Q, level(3)),
        ("M1", Q, level(3)),
        ("M2", Q, level(5)),
        ("M3", Q, level(5)),
    ];
    let mut a = table(&people, &answers);
    a.meta.privacy.show_domains = false;
    a.meta.privacy.show_names = false;
    let hidden = reveal(&f, &a, q, 1);
    assert_eq!(hidden.breakdown, Breakdown::Off);
    assert!(hidden.by_domain.is_empty());
    assert_eq!(hidden.extremes, None, "names off: nobody is named");

    a.meta.privacy.show_domains = true;
    a.meta.privacy.show_names = true;
    let open = reveal(&f, &a, q, 1);
    assert_eq!(open.breakdown, Breakdown::ByDomain);
    let extremes = open.extremes.unwrap();
    assert_eq!(
        extremes.lowest,
        (Level::new(1).unwrap(), vec!["Naam S1".to_owned()])
    );
    assert_eq!(
        extremes.highest,
        (
            Level::new(5).unwrap(),
            vec!["Naam M2".to_owned(), "Naam M3".to_owned()]
        )
    );
    assert_eq!(
        open.counts, hidden.counts,
        "the totals are the same either way"
    );
}

#[test]
fn rounds_are_revealed_apart() {
    let f = framework();
    let q = f.question(Q).unwrap();
    let people = [("S1", Domain::Social), ("M1", Domain::Medical)];
    let mut a = table(&people, &[("S1", Q, level(1)), ("M1", Q, level(5))]);
    a.answers.push(Answer {
        respondent: "S1".to_owned().into(),
        question: Q.to_owned().into(),
        round: 2,
        value: level(3),
        meta: None,
        note: String::new(),
        evidence: String::new(),
    });
    let first = reveal(&f, &a, q, 1);
    let second = reveal(&f, &a, q, 2);
    assert_eq!(first.counts, [1, 0, 0, 0, 1]);
    assert_eq!(second.counts, [0, 0, 1, 0, 0]);
    assert_eq!(second.waiting, 1, "M1 has not re-voted yet");
}

#[test]
fn the_discussion_queue_puts_split_items_first() {
    let f = framework();
    let calm = "alignment.shared_agenda";
    let wide = "alignment.priorities";
    let split = "alignment.goals";
    let people = [
        ("S1", Domain::Social),
        ("S2", Domain::Social),
        ("M1", Domain::Medical),
        ("M2", Domain::Medical),
    ];
    let answers = [
        // calm: everyone at 3.
        ("S1", calm, level(3)),
        ("S2", calm, level(3)),
        ("M1", calm, level(3)),
        ("M2", calm, level(3)),
        // wide: spread 2 but only three answered, so not split.
        ("S1", wide, level(2)),
        ("S2", wide, level(4)),
        ("M1", wide, level(3)),
        // split: four answers spanning 2..4 (three levels).
        ("S1", split, level(2)),
        ("S2", split, level(3)),
        ("M1", split, level(4)),
        ("M2", split, level(4)),
    ];
    let mut a = table(&people, &answers);
    let queue = discussion_queue(&f, &a, 1);
    let order: Vec<&str> = queue.iter().map(|i| i.question.as_str()).collect();
    assert_eq!(order, vec![split, wide, calm]);
    assert!(queue[0].split && !queue[1].split);
    assert!(!queue[0].decided);

    a.consensus.push(Consensus {
        question: split.to_owned(),
        value: level(4),
        rationale: "Na gesprek: de doelen staan op papier, maar niet bij iedereen".to_owned(),
    });
    let queue = discussion_queue(&f, &a, 1);
    assert!(queue[0].decided, "a decided item stays in place, marked");
    let evaluation = routekaart::domain::evaluate(&f, &a);
    assert_eq!(
        evaluation.item(split).unwrap().level,
        Some(Level::new(4).unwrap()),
        "the consensus (4) drives the item's level, not the lower median (3)"
    );
}
