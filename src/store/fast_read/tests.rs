//! The fast reader against ron: whenever it reads a text, ron reads the same assessment from
//! it; on the files Routekaart writes it does read them (or the shortcut would be no shortcut).

use proptest::prelude::*;

use super::assessment as fast;
use super::cursor::Cursor;
use crate::domain::assessment::{
    Action, ActionStatus, Answer, AnswerValue, Assessment, Barrier, Consensus, Domain, Form,
    FrameworkRef, Meta, Mode, OrgKind, Privacy, Respondent, Seat, SeatLevel,
};
use crate::domain::{Date, Level};
use crate::store::assessment_to_ron;
use crate::test_files::ron_files_in as files_in;

fn by_ron(text: &str) -> Option<Assessment> {
    ron::from_str(text).ok()
}

fn example_text() -> String {
    std::fs::read_to_string(&files_in("assessments")[2]).unwrap()
}

/// Answers are most of a file, so their usual layouts — one line each, as the examples are
/// written, and spread over lines with every field, as the app saves them — are read the
/// short way, not field by field; so are seats and respondents.
#[test]
fn answers_seats_and_respondents_as_written_and_as_saved_are_read_the_short_way() {
    for file in files_in("assessments") {
        let written = std::fs::read_to_string(&file).unwrap();
        let assessment = by_ron(&written).unwrap();
        let saved = assessment_to_ron(&assessment).unwrap();
        for (layout, text) in [("written", &written), ("saved", &saved)] {
            let at = |name: &str, n: usize| text.match_indices(name).nth(n).unwrap().0;
            let what = format!("{} as {layout}", file.display());
            for n in 0..2 {
                let mut cursor = Cursor::new(&text[at("Answer(", n)..]);
                let expected = &assessment.answers[n];
                assert_eq!(cursor.written_answer().as_ref(), Some(expected), "{what}");
            }
            let mut cursor = Cursor::new(&text[at("Seat(", 0)..]);
            let expected = &assessment.seats[0];
            assert_eq!(cursor.written_seat().as_ref(), Some(expected), "{what}");
            let mut cursor = Cursor::new(&text[at("Respondent(", 0)..]);
            let expected = &assessment.respondents[0];
            assert_eq!(
                cursor.written_respondent().as_ref(),
                Some(expected),
                "{what}"
            );
        }
    }
}

#[test]
fn reads_every_example_as_ron_does() {
    let files = [
        files_in("assessments"),
        files_in("assessments/vergelijking"),
    ]
    .concat();
    assert!(files.len() >= 20, "the examples and the comparison set");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let quick = fast(&text);
        assert!(
            quick.is_some(),
            "{} is read by the fast reader",
            file.display()
        );
        assert_eq!(quick, by_ron(&text), "{} reads the same", file.display());
    }
}

#[test]
fn reads_hand_written_variants_as_ron_does() {
    let minimal = r#"(
        schema_version: 1,
        meta: (region: "Kleinwoud", date: "2026-02-03", mode: SelfAssessment,
               framework: (id: "routekaart-iza", version: "1.0")),
    )"#;
    let reordered = r#"Assessment(
        // comments and any field order are fine
        answers: [Answer(value: DontKnow, question: "parity.voice", respondent: "V"),
            // the written order with other spacing: read the general way
            Answer( respondent:"V" , question :"parity.voice",round:2,value: Level( 3 ) ,),
            Answer(respondent: "V", question: "parity.voice", round: 3, value: Level(4),
            meta: None)],
        meta: Meta(framework: FrameworkRef(version: "1.0", id: "routekaart-iza"),
            mode: Workshop, date: "2026-02-03", region: "Kleinwoud \"Oost\"\n",
            privacy: Privacy(show_names: true)),
        schema_version: 1,
        respondents: [Respondent(label: "V", domain: Social, name: Some("An"),
            organisation: None)],
        self_placement: Some(2),
        actions: [Action(due: None, status: Done), Action(instrument: Some("x"),
            due: Some("2026-12-31"))],
    )"#;
    for text in [minimal, reordered] {
        let quick = fast(text);
        assert!(quick.is_some(), "read: {text}");
        assert_eq!(quick, by_ron(text));
    }
    let privacy = fast(reordered).unwrap().meta.privacy;
    assert!(
        privacy.show_names && privacy.show_domains,
        "an omitted field takes its default"
    );
}

#[test]
fn gives_up_where_ron_refuses_or_might_read_differently() {
    let good = example_text();
    let broken = [
        good.replacen("region:", "regio:", 1),      // unknown field
        good.replacen("schema_version: 1,", "", 1), // missing field
        good.replacen("mode: Workshop,", "mode: Workshop, mode: Workshop,", 1), // twice
        good.replacen("Assessment(", "Beoordeling(", 1), // wrong struct name
        good.replacen("Level(4)", "Level(6)", 1),   // not a level
        good.replacen("Level(4)", "Level(-4)", 1),  // a sign
        good.replacen("round: 1", "round: 1.0", 1), // a point
        good.replacen("\"2026-04-16\"", "\"2026-02-30\"", 1), // not a date
        good.replacen("kind: Municipality", "kind: Gemeente", 1), // unknown variant
        good.replacen("meta: Meta(", "/* x */ meta: Meta(", 1), // block comment
        good.replacen("region: \"", "region: r\"", 1), // raw string
        good.replacen("notes: \"", "notes: \"\\u{e9}", 1), // unusual escape
        format!("#![enable(implicit_some)]\n{good}"), // extension
        format!("{good} ,"),                        // trailing text
        good[..good.len() / 2].to_owned(),          // cut off
    ];
    for text in &broken {
        assert_ne!(text, &good, "each variant changes the text");
        assert_eq!(
            fast(text),
            None,
            "gives up on:\n{}",
            &text[..text.len().min(300)]
        );
    }
}

/// Text as users type it: letters, accents, quotes, backslashes, line breaks and tabs.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ëïéö€\"\\\\\n\t.,:()]{0,24}"
}

fn level() -> impl Strategy<Value = Level> {
    (1..=5u8).prop_map(|n| Level::new(n).unwrap())
}

fn date() -> impl Strategy<Value = Date> {
    (2020..2030u16, 1..=12u8, 1..=28u8).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

fn value() -> impl Strategy<Value = AnswerValue> {
    prop_oneof![
        level().prop_map(AnswerValue::Level),
        Just(AnswerValue::DontKnow),
        Just(AnswerValue::NotApplicable),
    ]
}

fn org() -> impl Strategy<Value = OrgKind> {
    prop_oneof![
        Just(OrgKind::Municipality),
        Just(OrgKind::Insurer),
        Just(OrgKind::GeneralPractice),
        Just(OrgKind::ResidentsOrganisation),
    ]
}

fn answer() -> impl Strategy<Value = Answer> {
    let ids = prop_oneof![Just("S1"), Just("M1"), Just("Wethouder \"Tiel\"")];
    let questions = prop_oneof![Just("parity.voice"), Just("trust.escalation"), Just("a\\b")];
    (
        ids,
        questions,
        1..=3u8,
        value(),
        proptest::option::of(level()),
        text(),
        text(),
    )
        .prop_map(|(r, q, round, value, meta, note, evidence)| Answer {
            respondent: r.into(),
            question: q.into(),
            round,
            value,
            meta,
            note,
            evidence,
        })
}

fn assessment() -> impl Strategy<Value = Assessment> {
    let meta = (
        text(),
        text(),
        date(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        text(),
    )
        .prop_map(
            |(region, iza, date, workshop, names, example, notes)| Meta {
                region,
                iza_region: iza,
                date,
                facilitator: String::new(),
                mode: if workshop {
                    Mode::Workshop
                } else {
                    Mode::SelfAssessment
                },
                form: if example { Form::QuickScan } else { Form::Full },
                framework: FrameworkRef {
                    id: "routekaart-iza".into(),
                    version: "1.0".into(),
                },
                privacy: Privacy {
                    show_names: names,
                    show_domains: !names,
                },
                example,
                notes,
            },
        );
    let seat = (text(), org(), any::<bool>(), any::<bool>()).prop_map(|(o, kind, vote, m)| Seat {
        organisation: o,
        kind,
        level: if vote {
            SeatLevel::Tactical
        } else {
            SeatLevel::Administrative
        },
        vote,
        mandate: m,
    });
    let respondent = (
        text(),
        proptest::option::of(text()),
        proptest::option::of(org()),
    )
        .prop_map(|(label, name, organisation)| Respondent {
            label,
            name,
            domain: Domain::Medical,
            organisation,
            role: String::new(),
        });
    let consensus = (value(), text()).prop_map(|(value, rationale)| Consensus {
        question: "parity.voice".into(),
        value,
        rationale,
    });
    let barrier = (text(), text()).prop_map(|(category, note)| Barrier { category, note });
    let action = (
        proptest::option::of(text()),
        text(),
        proptest::option::of(date()),
    )
        .prop_map(|(instrument, title, due)| Action {
            instrument,
            title,
            owner: String::new(),
            due,
            status: ActionStatus::Started,
            note: String::new(),
        });
    (
        meta,
        proptest::collection::vec(seat, 0..3),
        proptest::collection::vec(respondent, 0..3),
        proptest::collection::vec(answer(), 0..8),
        proptest::collection::vec(consensus, 0..2),
        proptest::collection::vec(barrier, 0..2),
        proptest::collection::vec(action, 0..2),
        proptest::option::of(level()),
    )
        .prop_map(
            |(meta, seats, respondents, answers, consensus, barriers, actions, own)| Assessment {
                schema_version: 1,
                meta,
                seats,
                respondents,
                answers,
                consensus,
                barriers,
                actions,
                self_placement: own,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// What Routekaart saves, the fast reader reads back exactly, as ron does; written
    /// compactly without struct names, it reads the same or gives up.
    #[test]
    fn reads_back_what_is_saved(a in assessment()) {
        let saved = assessment_to_ron(&a).unwrap();
        prop_assert_eq!(fast(&saved), Some(a.clone()));
        prop_assert_eq!(by_ron(&saved), Some(a.clone()));
        let compact = ron::to_string(&a).unwrap();
        if let Some(read) = fast(&compact) {
            prop_assert_eq!(read, a);
        }
    }

    /// Damage anywhere in a file: the fast reader either gives up or reads exactly what ron
    /// reads, never something ron would refuse or read otherwise.
    #[test]
    fn never_reads_what_ron_reads_differently(
        at in 0.0..1.0f64,
        cut in 0..4usize,
        insert in prop_oneof![
            Just(""), Just(" "), Just(","), Just("\""), Just("("), Just(")"), Just("["),
            Just("]"), Just("\\"), Just("//"), Just("\n"), Just("x"), Just("1"), Just(":"),
            Just("Some("), Just("None"), Just("é"),
        ],
    ) {
        let text = example_text();
        let mut pos = (at * text.len() as f64) as usize;
        while !text.is_char_boundary(pos) {
            pos -= 1;
        }
        let mut end = (pos + cut).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let damaged = format!("{}{insert}{}", &text[..pos], &text[end..]);
        if let Some(read) = fast(&damaged) {
            prop_assert_eq!(Some(read), by_ron(&damaged));
        }
    }
}
