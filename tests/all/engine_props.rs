//! Properties of the engine that must hold for any answers (proptest), on the shipped framework.

use std::path::Path;

use proptest::prelude::*;
use routekaart::domain::assessment::{
    Answer, AnswerValue, Assessment, Consensus, Domain, Form, Mode, Respondent,
};
use routekaart::domain::{Date, Framework, Level, evaluate};
use routekaart::store::{assessment_from_ron, assessment_to_ron};

/// The shipped framework, parsed once for all cases.
fn framework() -> &'static Framework {
    static FRAMEWORK: std::sync::OnceLock<Framework> = std::sync::OnceLock::new();
    FRAMEWORK.get_or_init(|| Framework::embedded().unwrap())
}

/// A respondent's domain and their answer code per question: 0 = don't know, 1–5 = level.
type Respondents = Vec<(Domain, Vec<u8>)>;

fn domain() -> impl Strategy<Value = Domain> {
    prop_oneof![
        Just(Domain::Social),
        Just(Domain::Medical),
        Just(Domain::Residents),
        Just(Domain::Other)
    ]
}

fn respondents(questions: usize) -> impl Strategy<Value = Respondents> {
    prop::collection::vec(
        (
            domain(),
            prop::collection::vec(prop_oneof![1 => Just(0u8), 6 => 1u8..=5], questions),
        ),
        1..10,
    )
}

fn build(framework: &Framework, people: &Respondents, consensus: &[(usize, u8)]) -> Assessment {
    let mut a = Assessment::new(
        &framework.id,
        &framework.version,
        "Eigenschapsregio",
        Date::new(2026, 5, 1).unwrap(),
        Mode::Workshop,
        Form::Full,
    );
    for (n, (domain, codes)) in people.iter().enumerate() {
        let label = format!("R{n}");
        a.respondents.push(Respondent {
            label: label.clone(),
            name: None,
            domain: *domain,
            organisation: None,
            role: String::new(),
        });
        for (q, code) in framework.questions.iter().zip(codes) {
            let value = Level::new(*code).map_or(AnswerValue::DontKnow, AnswerValue::Level);
            a.answers.push(Answer {
                respondent: label.clone().into(),
                question: q.id.clone(),
                round: 1,
                value,
                meta: None,
                note: String::new(),
                evidence: String::new(),
            });
        }
    }
    for (q, level) in consensus {
        if let Some(question) = framework.questions.get(q % framework.questions.len()) {
            a.consensus.retain(|c| c.question != question.id);
            a.consensus.push(Consensus {
                question: question.id.to_string(),
                value: AnswerValue::Level(Level::new(*level).unwrap()),
                rationale: String::new(),
            });
        }
    }
    a
}

fn stages(framework: &Framework, a: &Assessment) -> (Option<Level>, Vec<Option<Level>>) {
    let e = evaluate(framework, a);
    (e.stage(), e.dimensions.iter().map(|d| d.stage).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn raising_an_answer_never_lowers_a_stage(
        people in respondents(framework().questions.len()),
        consensus in prop::collection::vec((0usize..64, 1u8..=5), 0..3),
        pick in any::<prop::sample::Index>(),
    ) {
        let fw = framework();
        let before = build(fw, &people, &consensus);
        let raisable: Vec<usize> = before.answers.iter().enumerate()
            .filter(|(_, a)| a.value.level().is_some_and(|l| l < Level::MAX))
            .map(|(i, _)| i)
            .collect();
        prop_assume!(!raisable.is_empty());
        let mut after = before.clone();
        let answer = &mut after.answers[raisable[pick.index(raisable.len())]];
        let raised = answer.value.level().and_then(Level::next).unwrap();
        answer.value = AnswerValue::Level(raised);
        let (region_before, dims_before) = stages(fw, &before);
        let (region_after, dims_after) = stages(fw, &after);
        prop_assert!(region_after >= region_before, "region {region_before:?} → {region_after:?}");
        for (b, a) in dims_before.iter().zip(&dims_after) {
            prop_assert!(a >= b, "dimension {b:?} → {a:?}");
        }
    }

    #[test]
    fn reordering_respondents_changes_nothing(people in respondents(framework().questions.len()), seed in any::<u64>()) {
        let fw = framework();
        let a = build(fw, &people, &[]);
        let mut shuffled = a.clone();
        let n = shuffled.respondents.len();
        // A deterministic permutation from the seed: rotate, then reverse on odd seeds.
        shuffled.respondents.rotate_left((seed as usize) % n);
        if seed % 2 == 1 {
            shuffled.respondents.reverse();
            shuffled.answers.reverse();
        }
        prop_assert_eq!(evaluate(fw, &a), evaluate(fw, &shuffled));
    }

    /// A file read from disk holds each label once and shares it between answers, which the
    /// engine uses to find respondents quickly; answers in any order, with later rounds and
    /// a respondent repeated, come out as for the same assessment made in memory.
    #[test]
    fn reading_back_from_a_file_changes_nothing(
        people in respondents(framework().questions.len()),
        order in any::<prop::sample::Index>(),
        revotes in prop::collection::vec((any::<prop::sample::Index>(), 1u8..=5), 0..6),
    ) {
        let fw = framework();
        let mut a = build(fw, &people, &[]);
        for (pick, level) in &revotes {
            let mut revote = a.answers[pick.index(a.answers.len())].clone();
            revote.round = 2;
            revote.value = AnswerValue::Level(Level::new(*level).unwrap());
            a.answers.push(revote);
        }
        let twice = a.respondents[0].clone();
        a.respondents.push(twice);
        let n = a.answers.len();
        a.answers.rotate_left(order.index(n));
        if order.index(2) == 1 {
            a.answers.reverse();
        }
        let text = assessment_to_ron(&a).unwrap();
        let read = assessment_from_ron(&text, Path::new("terug.ron")).unwrap();
        prop_assert_eq!(&read, &a);
        prop_assert_eq!(evaluate(fw, &read), evaluate(fw, &a));
    }

    #[test]
    fn duplicating_one_domain_keeps_balanced_scores(people in respondents(framework().questions.len()), which in domain()) {
        let fw = framework();
        let a = build(fw, &people, &[]);
        let doubled_people: Respondents = people.iter().cloned()
            .chain(people.iter().filter(|(d, _)| *d == which).cloned())
            .collect();
        let b = build(fw, &doubled_people, &[]);
        let (ea, eb) = (evaluate(fw, &a), evaluate(fw, &b));
        for (da, db) in ea.dimensions.iter().zip(&eb.dimensions) {
            match (da.balanced_mean, db.balanced_mean) {
                (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9, "{}: {x} vs {y}", da.dimension),
                (x, y) => prop_assert_eq!(x, y),
            }
        }
    }

    /// The stage is one whose profile every value meets, the confirmed stage is never above
    /// it, and advice fits the window.
    #[test]
    fn region_meets_its_profile_and_advice_fits_the_window(
        people in respondents(framework().questions.len()),
        consensus in prop::collection::vec((0usize..64, 1u8..=5), 0..4),
    ) {
        let fw = framework();
        let e = evaluate(fw, &build(fw, &people, &consensus));
        if let Some(p) = &e.placement {
            let stage = p.stage;
            let profile = fw.stage(stage).unwrap();
            for d in &e.dimensions {
                let asked = profile.requires.iter().find(|(id, _)| *id == d.dimension).map(|(_, l)| *l);
                if let (Some(ds), Some(asked)) = (d.stage, asked) {
                    prop_assert!(ds >= asked, "region {stage} asks {} at {asked}, it is at {ds}", d.dimension);
                }
            }
            prop_assert!(p.confirmed <= stage, "confirmed {} above {stage}", p.confirmed);
            prop_assert_eq!(p.provisional(), !p.to_confirm.is_empty(), "provisional exactly when something is to confirm");
            let next = stage.next().unwrap_or(stage);
            for r in &e.recommendations.now {
                let i = fw.instrument(&r.instrument).unwrap();
                prop_assert!(i.fits(stage) || i.fits(next), "{} ({}–{}) at stage {stage}", i.id, i.from_stage, i.to_stage);
                prop_assert!(!i.is_national(), "national {} recommended", i.id);
            }
        }
    }

    /// Answering a question nobody could answer never lowers the confirmed stage: unknown
    /// already counts as the lowest level there.
    #[test]
    fn answering_an_unknown_never_lowers_the_confirmed_stage(
        people in respondents(framework().questions.len()),
        pick in any::<prop::sample::Index>(),
        level in 1u8..=5,
    ) {
        let fw = framework();
        let question = fw.questions[pick.index(fw.questions.len())].id.clone();
        let mut before = build(fw, &people, &[]);
        for answer in before.answers.iter_mut().filter(|a| a.question == question) {
            answer.value = AnswerValue::DontKnow;
        }
        let mut after = before.clone();
        if let Some(answer) = after.answers.iter_mut().find(|a| a.question == question) {
            answer.value = AnswerValue::Level(Level::new(level).unwrap());
        }
        let confirmed = |a: &Assessment| evaluate(fw, a).placement.map(|p| p.confirmed);
        prop_assert!(confirmed(&after) >= confirmed(&before), "{question}: {:?} → {:?}", confirmed(&before), confirmed(&after));
    }
}
