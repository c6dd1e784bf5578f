//! The workshop screens driven headless with `egui_kittest`: private turns, the reveal, the
//! discussion list, round 2, consensus, anonymity and the projector view.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use routekaart::domain::assessment::{Answer, AnswerValue, Domain, Form, Mode, Respondent};
use routekaart::domain::evaluate::LevelSource;
use routekaart::domain::{Assessment, Date, Framework, Lang, Level, evaluate};
use routekaart::ui::workshop::{Phase, WorkshopAction, WorkshopScreen};

pub(crate) const Q: &str = "alignment.shared_picture";

pub(crate) fn framework() -> Framework {
    Framework::embedded().unwrap()
}

pub(crate) fn level(n: u8) -> AnswerValue {
    AnswerValue::Level(Level::new(n).unwrap())
}

/// A workshop with respondents (label, domain) and round-1 answers (label, question, value).
pub(crate) fn table(
    people: &[(&str, Domain)],
    answers: &[(&str, &str, AnswerValue)],
) -> Assessment {
    let f = framework();
    let mut a = Assessment::new(
        &f.id,
        &f.version,
        "Testregio",
        Date::new(2026, 11, 30).unwrap(),
        Mode::Workshop,
        Form::Full,
    );
    a.respondents = people
        .iter()
        .map(|(label, domain)| Respondent {
            label: (*label).to_owned(),
            name: Some(format!("Naam {label}")),
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

/// What the harness holds: the screen, the assessment it edits, and what it asked for.
pub(crate) struct Session {
    pub(crate) framework: Framework,
    pub(crate) screen: WorkshopScreen,
    pub(crate) assessment: Assessment,
    pub(crate) lang: Lang,
    pub(crate) actions: Vec<WorkshopAction>,
}

pub(crate) fn harness(assessment: Assessment, lang: Lang) -> Harness<'static, Session> {
    let session = Session {
        framework: framework(),
        screen: WorkshopScreen::new(),
        assessment,
        lang,
        actions: Vec::new(),
    };
    Harness::builder()
        .with_size([1400.0, 1100.0])
        .build_ui_state(
            |ui, s: &mut Session| {
                if let Some(action) = s.screen.ui(ui, &s.framework, &mut s.assessment, s.lang) {
                    s.actions.push(action);
                }
            },
            session,
        )
}

pub(crate) fn projector(
    screen: WorkshopScreen,
    assessment: Assessment,
) -> Harness<'static, Session> {
    let session = Session {
        framework: framework(),
        screen,
        assessment,
        lang: Lang::Nl,
        actions: Vec::new(),
    };
    Harness::builder()
        .with_size([1400.0, 1100.0])
        .build_ui_state(
            |ui, s: &mut Session| {
                s.screen
                    .projector_ui(ui, &s.framework, &s.assessment, s.lang);
            },
            session,
        )
}

/// The option card of a level of the first question, as the screen labels it.
pub(crate) fn card(n: u8, lang: Lang) -> String {
    let f = framework();
    let q = f.question(Q).unwrap();
    format!("{n}  {}", q.option(Level::new(n).unwrap()).get(lang))
}

pub(crate) fn has(h: &Harness<'_, Session>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn no_counts(h: &Harness<'_, Session>, who: &str) {
    for n in 1..=5 {
        let count = format!("Niveau {n}: ");
        assert!(
            !has(h, &count),
            "{who}: no count per level before the reveal"
        );
    }
    assert!(
        !has(h, "Verdeeld"),
        "{who}: no split flag before the reveal"
    );
    assert!(!has(h, "Spreiding"), "{who}: no spread before the reveal");
}

#[test]
fn three_people_answer_in_turn_and_nobody_sees_an_earlier_answer_before_the_reveal() {
    let people = [
        ("S1", Domain::Social),
        ("M1", Domain::Medical),
        ("S2", Domain::Social),
    ];
    let mut h = harness(table(&people, &[]), Lang::Nl);
    h.run();
    let turns = [
        ("S1", "sociaal domein", 2, "M1"),
        ("M1", "medisch domein", 4, "S2"),
        ("S2", "sociaal domein", 2, ""),
    ];
    for (label, domain, choice, next) in turns {
        h.get_by_label(&format!("Aan de beurt: {label} ({domain})"));
        no_counts(&h, label);
        // Every option looks the same: none is marked as chosen by someone before.
        for n in 1..=5 {
            let text = card(n, Lang::Nl);
            let node = h.get_by_label(&text);
            assert_ne!(
                node.accesskit_node().is_selected(),
                Some(true),
                "{label} sees no earlier choice"
            );
        }
        h.get_by_label(&card(choice, Lang::Nl)).click();
        h.run();
        // The curtain: the question and its options are gone until the next person is ready.
        assert!(
            h.query_by_label(&card(choice, Lang::Nl)).is_none(),
            "curtain hides the options"
        );
        no_counts(&h, "curtain");
        if next.is_empty() {
            h.get_by_label_contains("Geef de laptop terug aan de gespreksleider");
            h.get_by_label("Verder").click();
        } else {
            h.get_by_label_contains(&format!("Dank u. Geef de laptop door aan {next}"));
            h.get_by_label(&format!("Verder: ik ben {next}")).click();
        }
        h.run();
    }
    assert_eq!(
        h.state().actions,
        vec![WorkshopAction::Changed; 3],
        "every answer asks for a save"
    );
    assert_eq!(h.state().assessment.answers.len(), 3);
    no_counts(&h, "all answered");
    h.get_by_label("Iedereen heeft geantwoord — onthullen")
        .click();
    h.run();
    h.get_by_label("Niveau 1: 0 antwoorden");
    h.get_by_label("Niveau 2: 2 antwoorden");
    h.get_by_label("Niveau 3: 0 antwoorden");
    h.get_by_label("Niveau 4: 1 antwoord");
    h.get_by_label("Niveau 5: 0 antwoorden");
    h.get_by_label("Spreiding: 2 niveaus");
    // Two social, one medical: neither group may be shown apart.
    h.get_by_label("Domeinen niet getoond: minder dan 3 deelnemers uit medisch domein");
    assert!(
        !has(&h, "Sociaal domein ("),
        "a group of two is never broken out"
    );
    h.get_by_label("Verschil sociaal − medisch: te weinig om te tonen");
}

fn six_answered() -> Assessment {
    let people = [
        ("S1", Domain::Social),
        ("S2", Domain::Social),
        ("S3", Domain::Social),
        ("M1", Domain::Medical),
        ("M2", Domain::Medical),
        ("M3", Domain::Medical),
    ];
    let answers = [
        ("S1", Q, level(2)),
        ("S2", Q, level(2)),
        ("S3", Q, level(3)),
        ("M1", Q, level(4)),
        ("M2", Q, level(4)),
        ("M3", Q, level(5)),
    ];
    table(&people, &answers)
}

#[test]
fn anonymity_settings_change_what_the_reveal_shows() {
    let mut h = harness(six_answered(), Lang::Nl);
    h.run();
    // Everyone answered in the file: the item opens revealed, coloured by domain.
    h.get_by_label("Sociaal domein (3)");
    h.get_by_label("Medisch domein (3)");
    h.get_by_label("Verdeeld");
    assert!(!has(&h, "Laagst"), "names are off by default");

    h.get_by_label("Sessie-instellingen").click();
    h.run();
    h.get_by_label("Domeinen tonen").click();
    h.run();
    assert!(!h.state().assessment.meta.privacy.show_domains);
    assert_eq!(h.state().actions, vec![WorkshopAction::Changed]);
    h.get_by_label("Domeinen verborgen in deze sessie");
    assert!(
        !has(&h, "Sociaal domein (3)"),
        "no legend when domains are hidden"
    );
    h.get_by_label("Niveau 4: 2 antwoorden");

    h.get_by_label("Namen tonen").click();
    h.run();
    assert!(h.state().assessment.meta.privacy.show_names);
    h.get_by_label_contains("Laagst (2): Naam S1, Naam S2 · Hoogst (5): Naam M3");
}

#[test]
fn a_group_of_two_is_never_broken_out() {
    let mut a = six_answered();
    a.respondents.retain(|r| r.label != "M3");
    a.answers.retain(|x| x.respondent != "M3");
    let mut h = harness(a, Lang::Nl);
    h.run();
    h.get_by_label("Domeinen niet getoond: minder dan 3 deelnemers uit medisch domein");
    assert!(
        !has(&h, "Medisch domein (2)"),
        "two medical answers are not coloured apart"
    );
    assert!(
        !has(&h, "Sociaal domein (3)"),
        "nor the social three beside them"
    );
    h.get_by_label("Verschil sociaal − medisch: te weinig om te tonen");
}

#[test]
fn a_split_item_tops_the_discussion_list_and_unrevealed_items_stay_off_it() {
    let f = framework();
    let questions: Vec<_> = f.questions_for(false).map(|q| q.id.clone()).collect();
    let (calm, split, open) = (&questions[0], &questions[1], &questions[2]);
    let people = [
        ("S1", Domain::Social),
        ("S2", Domain::Social),
        ("M1", Domain::Medical),
        ("M2", Domain::Medical),
    ];
    let mut answers = Vec::new();
    for (who, calm_level, split_level) in [("S1", 3, 1), ("S2", 3, 2), ("M1", 4, 4), ("M2", 3, 5)] {
        answers.push((who, calm.as_str(), level(calm_level)));
        answers.push((who, split.as_str(), level(split_level)));
    }
    answers.push(("S1", open.as_str(), level(1))); // still being answered
    let mut h = harness(table(&people, &answers), Lang::Nl);
    h.run();
    h.get_by_label("Bespreeklijst").click();
    h.run();
    let links: Vec<String> = h
        .get_all_by_role(Role::Link)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    let text = |id: &str| f.question(id).unwrap().text.get(Lang::Nl).to_owned();
    assert_eq!(links.len(), 2, "only the two revealed items: {links:?}");
    assert!(
        text(split).starts_with(links[0].trim_end_matches('…')),
        "split first: {links:?}"
    );
    assert!(
        text(calm).starts_with(links[1].trim_end_matches('…')),
        "calm second: {links:?}"
    );

    h.get_all_by_role(Role::Link).next().unwrap().click();
    h.run();
    assert_eq!(
        h.state().screen.question_index(),
        1,
        "clicking jumps to the item"
    );
    h.get_by_label("Verdeeld");
    h.get_by_label("Niveau 4: 1 antwoord");
}

#[test]
fn consensus_with_rationale_is_stored_and_drives_the_level_and_round_two_keeps_round_one() {
    let mut h = harness(six_answered(), Lang::Nl);
    h.run();
    assert!(h.query_by_label("Consensus opslaan").is_some());
    h.get_by_label("3").click();
    h.run();
    let field = h.get_by_role(Role::MultilineTextInput);
    field.click();
    h.run();
    h.get_by_role(Role::MultilineTextInput)
        .type_text("Samen gezien: het beeld is gedeeld");
    h.run();
    h.get_by_label("Consensus opslaan").click();
    h.run();
    let s = h.state();
    let consensus = s.assessment.consensus_for(Q).unwrap();
    assert_eq!(consensus.value, level(3));
    assert_eq!(consensus.rationale, "Samen gezien: het beeld is gedeeld");
    assert_eq!(s.actions, vec![WorkshopAction::Changed]);
    assert_eq!(s.screen.phase(&s.assessment, Q), Phase::Consensus);
    let item = evaluate(&s.framework, &s.assessment)
        .item(Q)
        .cloned()
        .unwrap();
    assert_eq!(item.source, Some(LevelSource::Consensus));
    assert_eq!(item.level, Level::new(3));
    h.get_by_label("Besloten in consensus: niveau 3");

    // Change it to a re-vote: round 2 is stored apart, round 1 stays.
    h.get_by_label("Consensus wijzigen").click();
    h.run();
    h.get_by_label("Opnieuw stemmen in ronde 2").click();
    h.run();
    h.get_by_label("Aan de beurt: S1 (sociaal domein)");
    h.get_by_label(&card(3, Lang::Nl)).click();
    h.run();
    let a = &h.state().assessment;
    assert_eq!(
        a.answers.iter().filter(|x| x.round == 1).count(),
        6,
        "round 1 kept"
    );
    let second: Vec<_> = a.answers.iter().filter(|x| x.round == 2).collect();
    assert_eq!(second.len(), 1);
    assert_eq!(
        (second[0].respondent.as_str(), second[0].value),
        ("S1", level(3))
    );
}

#[test]
fn fast_entry_takes_keys_and_moves_down() {
    let people = [
        ("S1", Domain::Social),
        ("M1", Domain::Medical),
        ("S2", Domain::Social),
    ];
    let mut h = harness(table(&people, &[]), Lang::Nl);
    h.state_mut().screen.set_fast_entry(true);
    h.run();
    for key in [egui::Key::Num3, egui::Key::Num5, egui::Key::D] {
        h.key_press(key);
        h.run();
    }
    let values: Vec<_> = h
        .state()
        .assessment
        .answers
        .iter()
        .map(|a| (a.respondent.to_string(), a.value))
        .collect();
    assert_eq!(
        values,
        vec![
            ("S1".to_owned(), level(3)),
            ("M1".to_owned(), level(5)),
            ("S2".to_owned(), AnswerValue::DontKnow)
        ]
    );
    assert_eq!(h.state().actions.len(), 3, "each ballot asks for a save");
}

#[test]
fn english_labels() {
    let people = [("S1", Domain::Social), ("M1", Domain::Medical)];
    let mut h = harness(table(&people, &[]), Lang::En);
    h.run();
    h.get_by_label("Your turn: S1 (social domain)");
    h.get_by_label("Session settings");
    h.get_by_label("Discussion list");
    h.get_by_label(&card(1, Lang::En)).click();
    h.run();
    h.get_by_label("Thank you. Pass the laptop to M1 (medical domain)");
    assert!(!has(&h, "Aan de beurt"), "no Dutch left in English");
}
