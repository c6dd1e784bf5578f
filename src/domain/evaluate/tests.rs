//! Unit tests of every engine rule, with hand-computed expectations.
//!
//! The test framework has two values, `a` (questions a1–a3) and `b` (b1–b3, where b3 is a
//! gate for stage 3 at level 3), and four instruments with different windows.

use super::*;
use crate::domain::assessment::{
    Action, Answer, AnswerValue, Consensus, Mode, OrgKind, Respondent, Seat, SeatLevel,
};
use crate::domain::{Date, Framework, Id};

fn framework() -> Framework {
    let question = |id: &str, dim: &str, extra: &str| {
        format!(
            r#"(id: "{id}", dimension: "{dim}", text: (nl: "v", en: "q"),
               options: [(nl: "1", en: "1"), (nl: "2", en: "2"), (nl: "3", en: "3"), (nl: "4", en: "4"), (nl: "5", en: "5")],
               {extra} sources: [(doc: "000", lines: (1, 2))]),"#
        )
    };
    let instrument = |id: &str, cat: &str, from: u8, to: u8, dims: &str| {
        format!(
            r#"(id: "{id}", name: (nl: "{id}", en: "{id}"), description: (nl: "d", en: "d"), category: {cat},
               stages: ({from}, {to}), dimensions: [{dims}], sources: [(doc: "000", lines: (1, 2))]),"#
        )
    };
    let stage = |n: u8| {
        format!(
            r#"(number: {n}, name: (nl: "s{n}", en: "s{n}"), description: (nl: "d", en: "d"), next: (nl: "n", en: "n"), requires: [("a", {n}), ("b", {n})], sources: [(doc: "000", lines: (1, 1))]),"#
        )
    };
    let dimension = |id: &str| {
        format!(
            r#"(id: "{id}", name: (nl: "{id}", en: "{id}"), summary: (nl: "s", en: "s"), description: (nl: "d", en: "d"), sources: [(doc: "000", lines: (1, 1))]),"#
        )
    };
    let text = format!(
        r#"Framework(id: "test", version: "1", title: (nl: "t", en: "t"),
        documents: [(id: "000", title: "t", author: "a", date: "d")],
        scoring: (stage_margin: (1, 2), split_min_respondents: 4, split_min_levels: 3, uncertain_share: (1, 3),
                  parity_gap_flag: 1.0, min_group_size: 3, band_strength: 4.0, band_discuss: 3.0, seat_imbalance_ratio: 1.5),
        dimensions: [{}{}],
        stages: [{}{}{}{}{}],
        questions: [{}{}{}{}{}{}],
        instruments: [{}{}{}{}],
        barrier_categories: [(id: "funding", name: (nl: "f", en: "f"), description: (nl: "d", en: "d"), sources: [(doc: "000", lines: (1, 1))])],
        )"#,
        dimension("a"),
        dimension("b"),
        stage(1),
        stage(2),
        stage(3),
        stage(4),
        stage(5),
        question("a1", "a", "quick_scan: true,"),
        question("a2", "a", ""),
        question("a3", "a", "not_applicable: true,"),
        question("b1", "b", "quick_scan: true,"),
        question("b2", "b", "meta: Some((nl: \"m\", en: \"m\")),"),
        question("b3", "b", "gate: Some((stage: 3, level: 3)),"),
        instrument("early_a", "Organisation", 1, 2, "\"a\""),
        instrument("mid_b", "Governance", 2, 3, "\"b\"], addresses: [\"b3\""),
        instrument("late_ab", "Finance", 4, 5, "\"a\", \"b\""),
        instrument("national_b", "National", 1, 5, "\"b\""),
    );
    Framework::from_ron(&text).unwrap()
}

fn level(n: u8) -> AnswerValue {
    AnswerValue::Level(Level::new(n).unwrap())
}

/// An assessment whose respondents are given as (label, domain) and answers as
/// (label, question, value).
fn assessment(respondents: &[(&str, Domain)], answers: &[(&str, &str, AnswerValue)]) -> Assessment {
    let mut a = Assessment::new(
        "test",
        "1",
        "Testregio",
        Date::new(2026, 3, 1).unwrap(),
        Mode::Workshop,
        Form::Full,
    );
    a.respondents = respondents
        .iter()
        .map(|(label, domain)| Respondent {
            label: (*label).to_owned(),
            name: None,
            domain: *domain,
            organisation: None,
            role: String::new(),
        })
        .collect();
    a.answers = answers
        .iter()
        .map(|(r, q, v)| Answer {
            respondent: (*r).to_owned().into(),
            question: (*q).to_owned().into(),
            round: 1,
            value: *v,
            meta: None,
            note: String::new(),
            evidence: String::new(),
        })
        .collect();
    a
}

/// One social respondent answering every question with the given levels (a1, a2, a3, b1, b2, b3).
fn single(levels: [u8; 6]) -> Assessment {
    let ids = ["a1", "a2", "a3", "b1", "b2", "b3"];
    let answers: Vec<(&str, &str, AnswerValue)> = ids
        .iter()
        .zip(levels)
        .map(|(q, l)| ("S1", *q, level(l)))
        .collect();
    assessment(&[("S1", Domain::Social)], &answers)
}

fn lv(n: u8) -> Level {
    Level::new(n).unwrap()
}

#[test]
fn lower_median_takes_the_lower_middle() {
    let mut even = [lv(4), lv(1), lv(2), lv(3)];
    assert_eq!(
        lower_median(&mut even),
        Some(lv(2)),
        "1 2 | 3 4: the lower of 2 and 3"
    );
    let mut odd = [lv(5), lv(1), lv(3)];
    assert_eq!(lower_median(&mut odd), Some(lv(3)), "1 3 5: the middle");
    assert_eq!(lower_median(&mut []), None, "no answers, no median");
}

#[test]
fn item_level_is_consensus_else_median_without_dont_know_and_na() {
    let fw = framework();
    let mut a = assessment(
        &[
            ("S1", Domain::Social),
            ("S2", Domain::Social),
            ("M1", Domain::Medical),
            ("M2", Domain::Medical),
        ],
        &[
            ("S1", "a1", level(2)),
            ("S2", "a1", level(4)),
            ("M1", "a1", AnswerValue::DontKnow),
            ("M2", "a1", level(5)),
            ("S1", "a3", AnswerValue::NotApplicable),
        ],
    );
    let e = evaluate(&fw, &a);
    let a1 = e.item("a1").unwrap();
    assert_eq!(
        a1.level,
        Some(lv(4)),
        "median of 2, 4, 5 is 4; don't know left out"
    );
    assert_eq!(
        (a1.answered, a1.dont_know),
        (3, 1),
        "three levels and one don't know"
    );
    assert_eq!(a1.distribution, [0, 1, 0, 1, 1], "one each at 2, 4 and 5");
    assert_eq!(a1.source, Some(LevelSource::Median), "decided by median");
    let a3 = e.item("a3").unwrap();
    assert!(
        a3.not_applicable && a3.level.is_none(),
        "only n.a. answers: no level"
    );

    a.consensus.push(Consensus {
        question: "a1".to_owned(),
        value: level(3),
        rationale: "besproken".to_owned(),
    });
    let e = evaluate(&fw, &a);
    let a1 = e.item("a1").unwrap();
    assert_eq!(
        (a1.level, a1.source),
        (Some(lv(3)), Some(LevelSource::Consensus)),
        "consensus overrides"
    );
}

#[test]
fn latest_round_counts() {
    let fw = framework();
    let mut a = assessment(&[("S1", Domain::Social)], &[("S1", "a1", level(1))]);
    let mut second = a.answers[0].clone();
    second.round = 2;
    second.value = level(3);
    a.answers.push(second);
    assert_eq!(
        evaluate(&fw, &a).item("a1").unwrap().level,
        Some(lv(3)),
        "round 2 replaces round 1"
    );
}

#[test]
fn split_needs_four_respondents_spanning_three_levels() {
    let fw = framework();
    let four = assessment(
        &[
            ("S1", Domain::Social),
            ("S2", Domain::Social),
            ("M1", Domain::Medical),
            ("M2", Domain::Medical),
        ],
        &[
            ("S1", "a1", level(2)),
            ("S2", "a1", level(3)),
            ("M1", "a1", level(4)),
            ("M2", "a1", level(3)),
        ],
    );
    let item = evaluate(&fw, &four).item("a1").unwrap().clone();
    assert!(item.split, "2..4 spans three levels among four");
    assert_eq!(item.spread(), 2, "range 4 - 2");
    let three = assessment(
        &[
            ("S1", Domain::Social),
            ("S2", Domain::Social),
            ("M1", Domain::Medical),
        ],
        &[
            ("S1", "a1", level(1)),
            ("S2", "a1", level(3)),
            ("M1", "a1", level(5)),
        ],
    );
    assert!(
        !evaluate(&fw, &three).item("a1").unwrap().split,
        "three respondents are never split"
    );
    let narrow = assessment(
        &[
            ("S1", Domain::Social),
            ("S2", Domain::Social),
            ("M1", Domain::Medical),
            ("M2", Domain::Medical),
        ],
        &[
            ("S1", "a1", level(2)),
            ("S2", "a1", level(3)),
            ("M1", "a1", level(3)),
            ("M2", "a1", level(2)),
        ],
    );
    assert!(
        !evaluate(&fw, &narrow).item("a1").unwrap().split,
        "two levels is not split"
    );
}

#[test]
fn parity_gap_is_shown_only_for_groups_of_three() {
    let fw = framework();
    let people = [
        ("S1", Domain::Social),
        ("S2", Domain::Social),
        ("S3", Domain::Social),
        ("M1", Domain::Medical),
        ("M2", Domain::Medical),
        ("M3", Domain::Medical),
    ];
    let answers = [
        ("S1", "a1", level(2)),
        ("S2", "a1", level(2)),
        ("S3", "a1", level(2)),
        ("M1", "a1", level(4)),
        ("M2", "a1", level(4)),
        ("M3", "a1", level(3)),
    ];
    let e = evaluate(&fw, &assessment(&people, &answers));
    match e.item("a1").unwrap().parity_gap {
        GroupGap::Shown { gap, flagged } => {
            assert!(
                (gap - (2.0 - 11.0 / 3.0)).abs() < 1e-9,
                "2 minus 11/3: {gap}"
            );
            assert!(flagged, "a gap of 1.67 levels is flagged");
        }
        other => panic!("gap should be shown: {other:?}"),
    }
    let e = evaluate(&fw, &assessment(&people[1..], &answers[1..]));
    assert_eq!(
        e.item("a1").unwrap().parity_gap,
        GroupGap::TooFew {
            first: 2,
            second: 3
        },
        "two social respondents: too few to show"
    );
}

#[test]
fn meta_perception_gap_compares_perceived_with_actual() {
    let fw = framework();
    let people: Vec<(String, Domain)> = (0..3)
        .map(|i| (format!("S{i}"), Domain::Social))
        .chain((0..3).map(|i| (format!("M{i}"), Domain::Medical)))
        .collect();
    let refs: Vec<(&str, Domain)> = people.iter().map(|(l, d)| (l.as_str(), *d)).collect();
    let mut a = assessment(&refs, &[]);
    for (label, domain) in &people {
        let (own, perceived) = if *domain == Domain::Social {
            (2, 4)
        } else {
            (3, 3)
        };
        a.answers.push(Answer {
            respondent: label.clone().into(),
            question: "b2".to_owned().into(),
            round: 1,
            value: level(own),
            meta: Level::new(perceived),
            note: String::new(),
            evidence: String::new(),
        });
    }
    let e = evaluate(&fw, &a);
    let item = e.item("b2").unwrap();
    assert_eq!(
        item.meta_gap_social.shown(),
        Some(1.0),
        "social expects 4, medical answered 3"
    );
    assert_eq!(
        item.meta_gap_medical.shown(),
        Some(1.0),
        "medical expects 3, social answered 2"
    );
}

#[test]
fn dimension_stage_is_the_mean_rounded_half_up() {
    let fw = framework();
    let e = evaluate(&fw, &single([3, 3, 2, 4, 4, 4]));
    assert_eq!(
        e.dimension("a").unwrap().stage,
        Some(lv(3)),
        "3,3,2: mean 2.67 rounds to 3"
    );
    assert_eq!(e.dimension("b").unwrap().stage, Some(lv(4)), "4,4,4");
    let e = evaluate(&fw, &single([3, 2, 2, 4, 4, 4]));
    assert_eq!(
        e.dimension("a").unwrap().stage,
        Some(lv(2)),
        "3,2,2: mean 2.33 rounds to 2"
    );
    assert_eq!(
        stage_of(&[lv(4), lv(4), lv(4), lv(1), lv(1), lv(1)], &fw.scoring),
        Some(lv(3)),
        "mean 2.5: half up is 3"
    );
    assert_eq!(
        stage_of(&[lv(5), lv(1), lv(1)], &fw.scoring),
        Some(lv(2)),
        "mean 2.33: one high answer does not carry a value"
    );
    assert_eq!(stage_of(&[], &fw.scoring), None, "no levels, no stage");
}

#[test]
fn balanced_mean_weighs_domains_equally_and_sets_the_band() {
    let fw = framework();
    let people = [
        ("M1", Domain::Medical),
        ("M2", Domain::Medical),
        ("M3", Domain::Medical),
        ("S1", Domain::Social),
    ];
    let answers = [
        ("M1", "a1", level(4)),
        ("M2", "a1", level(4)),
        ("M3", "a1", level(4)),
        ("S1", "a1", level(2)),
    ];
    let e = evaluate(&fw, &assessment(&people, &answers));
    let a = e.dimension("a").unwrap();
    assert_eq!(a.mean, Some(3.5), "(4+4+4+2)/4");
    assert_eq!(a.balanced_mean, Some(3.0), "(4+2)/2");
    assert_eq!(
        a.band,
        Some(Band::Discuss),
        "3.0 is the lower edge of discuss"
    );
    assert_eq!(
        Band::of(4.0, &fw.scoring),
        Band::Strength,
        "4.0 is a strength"
    );
    assert_eq!(
        Band::of(2.94, &fw.scoring),
        Band::Concern,
        "below 3 (shown as 2,9) is a concern"
    );
    assert_eq!(
        Band::of(2.96, &fw.scoring),
        Band::Discuss,
        "2.96 is shown as 3,0, and so is discussed like any other 3,0"
    );
    assert_eq!(
        Band::of(3.96, &fw.scoring),
        Band::Strength,
        "shown as 4,0: a strength"
    );
}

#[test]
fn a_third_split_items_make_a_dimension_uncertain() {
    let fw = framework();
    let people = [
        ("S1", Domain::Social),
        ("S2", Domain::Social),
        ("M1", Domain::Medical),
        ("M2", Domain::Medical),
    ];
    let mut answers = vec![
        ("S1", "a1", level(1)),
        ("S2", "a1", level(2)),
        ("M1", "a1", level(3)),
        ("M2", "a1", level(3)),
    ];
    for q in ["a2", "a3"] {
        for (r, _) in people {
            answers.push((r, q, level(3)));
        }
    }
    let e = evaluate(&fw, &assessment(&people, &answers));
    let a = e.dimension("a").unwrap();
    assert_eq!(
        (a.split_items, a.answered_items),
        (1, 3),
        "one split of three"
    );
    assert!(a.uncertain, "one third is enough");
}

#[test]
fn region_stands_where_every_profile_up_to_it_is_met_capped_by_gates() {
    let fw = framework();
    // The test framework's profiles ask every value to be at the stage itself.
    let e = evaluate(&fw, &single([4, 4, 4, 5, 5, 5]));
    let p = e.placement.unwrap();
    assert_eq!(
        (p.stage, p.by_values),
        (lv(4), lv(4)),
        "a at 4, b at 5: stage 5 asks a at 5"
    );
    assert_eq!(p.weakest, ["a"], "a is the weakest");
    assert!(!p.provisional(), "everything answered");

    let e = evaluate(&fw, &single([4, 4, 4, 4, 4, 2]));
    let p = e.placement.clone().unwrap();
    assert_eq!(p.by_values, lv(3), "b: 4,4,2 is mean 3.33");
    assert_eq!(
        p.stage,
        lv(2),
        "gate b3 (stage 3 needs level 3) is at 2: capped at 2"
    );
    assert_eq!(p.unmet_gates.len(), 1, "b3 is unmet");
    let blockers = e.blockers.unwrap();
    assert_eq!(blockers.next, lv(3), "next stage is 3");
    assert!(blockers.dimensions.is_empty(), "no value averages below 3");
    assert_eq!(blockers.gates.len(), 1, "the gate blocks");
    assert_eq!(
        blockers.ranked()[0],
        (Id::from("b3"), Some(lv(2)), lv(3)),
        "b3 must go from 2 to 3"
    );
}

#[test]
fn an_unknown_gate_makes_the_stage_provisional_not_lower() {
    let fw = framework();
    let mut unanswered = single([4, 4, 4, 4, 4, 4]);
    for answer in &mut unanswered.answers {
        if answer.question == "b3" {
            answer.value = AnswerValue::DontKnow;
        }
    }
    let e = evaluate(&fw, &unanswered);
    let p = e.placement.clone().unwrap();
    assert_eq!(p.stage, lv(4), "weet niet on the gate does not count as no");
    assert!(p.provisional(), "but the stage rests on it");
    assert_eq!(p.confirmed, lv(2), "unmet, the gate holds the table at 2");
    assert_eq!(p.to_confirm, [Id::from("b3")], "b3 decides");
    assert!(p.unmet_gates.is_empty(), "no gate is known to be unmet");
    let blockers = e.blockers.unwrap();
    assert!(
        blockers.gates.is_empty(),
        "b3 guards stage 3, already passed: not a blocker for 5"
    );
}

#[test]
fn too_few_answers_make_a_value_provisional() {
    let fw = framework();
    let mut thin = single([4, 4, 4, 4, 4, 4]);
    for answer in &mut thin.answers {
        if answer.question == "a2" || answer.question == "a3" {
            answer.value = AnswerValue::DontKnow;
        }
    }
    let p = evaluate(&fw, &thin).placement.unwrap();
    assert_eq!(p.stage, lv(4), "a rests on a1 alone: 4");
    assert!(p.provisional(), "one answer of three");
    assert_eq!(p.confirmed, lv(2), "with a2 and a3 at 1, a averages 2");
    assert_eq!(
        p.to_confirm,
        [Id::from("a2"), Id::from("a3")],
        "a's unknowns"
    );

    let mut na = single([4, 4, 4, 4, 4, 4]);
    for answer in &mut na.answers {
        if answer.question == "a3" {
            answer.value = AnswerValue::NotApplicable;
        }
    }
    let p = evaluate(&fw, &na).placement.unwrap();
    assert!(!p.provisional(), "n.v.t. is an answer, not an unknown");
}

#[test]
fn blockers_name_items_and_how_many_must_rise() {
    let fw = framework();
    let e = evaluate(&fw, &single([2, 2, 1, 3, 3, 3]));
    assert_eq!(e.stage(), Some(lv(2)), "a at 2 (2,2,1: 1.67), b at 3");
    let b = e.blockers.unwrap();
    assert_eq!(b.next, lv(3), "towards 3");
    assert_eq!(b.dimensions.len(), 1, "only a blocks");
    let a = &b.dimensions[0];
    assert!(a.required, "stage 3 asks a at 3");
    assert_eq!(a.needed, lv(3), "to 3");
    assert_eq!(
        a.items_short, 2,
        "raising a3 to 3 gives 2.33, then a1 gives 2.67: two items"
    );
    let order: Vec<(&str, u8)> = a
        .items
        .iter()
        .map(|i| (i.question.as_str(), i.level.get()))
        .collect();
    assert_eq!(
        order,
        [("a3", 1), ("a1", 2), ("a2", 2)],
        "furthest first, then question order"
    );
    assert!(
        evaluate(&fw, &single([5, 5, 5, 5, 5, 5]))
            .blockers
            .is_none(),
        "nothing blocks at stage 5"
    );
}

#[test]
fn quick_scan_uses_only_its_questions() {
    let fw = framework();
    let mut a = single([1, 5, 5, 4, 5, 1]);
    a.meta.form = Form::QuickScan;
    let e = evaluate(&fw, &a);
    let ids: Vec<&str> = e.items.iter().map(|i| i.question.as_str()).collect();
    assert_eq!(ids, ["a1", "b1"], "only quick-scan questions");
    assert_eq!(
        e.stage(),
        Some(lv(1)),
        "a1 at 1; the b3 gate is not in the quick scan"
    );
}

#[test]
fn table_flags_an_outnumbered_social_domain() {
    let fw = framework();
    let mut a = single([3; 6]);
    let seat = |kind, vote, mandate| Seat {
        organisation: "x".to_owned(),
        kind,
        level: SeatLevel::Administrative,
        vote,
        mandate,
    };
    a.seats = std::iter::repeat_n(seat(OrgKind::Municipality, true, true), 3)
        .chain(std::iter::repeat_n(seat(OrgKind::Hospital, true, false), 7))
        .collect();
    let t = evaluate(&fw, &a).table;
    assert_eq!(t.domain(Domain::Social).seats, 3, "three aldermen");
    assert_eq!(t.domain(Domain::Medical).votes, 7, "seven medical votes");
    assert_eq!(t.social_per_medical, Some(3.0 / 7.0), "3 per 7");
    assert_eq!(
        t.votes_without_mandate, 7,
        "the medical seats lack a mandate"
    );
    assert_eq!(
        t.flags,
        [
            TableFlag::SocialOutnumbered,
            TableFlag::VotesUnbalanced,
            TableFlag::NoResidents,
            TableFlag::MandatesMissing
        ],
        "7 > 1.5 × 3"
    );
}

#[test]
fn recommendations_fit_the_window_strengthen_blockers_and_skip_national() {
    let fw = framework();
    // a at 2, b at 3: stage 2, next 3; a blocks.
    let mut a = single([2, 2, 1, 3, 3, 3]);
    a.actions.push(Action {
        instrument: Some("early_a".to_owned()),
        title: String::new(),
        owner: "voorzitter".to_owned(),
        due: None,
        status: crate::domain::assessment::ActionStatus::Planned,
        note: String::new(),
    });
    let r = evaluate(&fw, &a).recommendations;
    let now: Vec<&str> = r.now.iter().map(|x| x.instrument.as_str()).collect();
    assert_eq!(
        now,
        ["early_a", "mid_b"],
        "early_a (1–2) strengthens blocking a; mid_b (2–3) weak b"
    );
    // early_a: a blocks and is two items short (2 × 2 = 4); a's concern band is not counted
    // twice; window 1–2 holds stage 2 (3).
    assert_eq!(r.now[0].score, 7, "blocking 4 + fits now 3");
    // mid_b: b (3,3,3, mean 3.0) is in the discuss band (1); window 2–3 holds stage 2 (3).
    assert_eq!(r.now[1].score, 4, "weak 1 + fits now 3");
    assert!(r.now[0].in_plan, "already in the action plan");
    assert!(
        matches!(r.now[0].reasons[0], Reason::Blocking { ref dimension, .. } if dimension == "a"),
        "reason names a"
    );
    assert_eq!(r.later, ["late_ab"], "4–5 is further along the route");
    assert!(
        !now.contains(&"national_b"),
        "national instruments are never advice"
    );
}

#[test]
fn an_instrument_that_addresses_an_unmet_gate_is_recommended_for_it() {
    let fw = framework();
    // Values at 4, but gate b3 (stage 3 needs level 3) is at 2: stage 2, next 3, only the gate
    // blocks. a (mean 4.0) is a strength, b (4, 4, 2: mean 3.33) is a point to discuss.
    let r = evaluate(&fw, &single([4, 4, 4, 4, 4, 2])).recommendations;
    let now: Vec<&str> = r.now.iter().map(|x| x.instrument.as_str()).collect();
    assert_eq!(
        now,
        ["mid_b"],
        "early_a strengthens only a, which is strong"
    );
    assert_eq!(r.now[0].score, 4 + 1 + 3, "gate 4 + weak b 1 + fits now 3");
    assert!(
        matches!(&r.now[0].reasons[0], Reason::Gate { question, .. } if question == "b3"),
        "the first reason is the gate it addresses"
    );
}
