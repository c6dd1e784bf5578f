//! The workshop screens on a whole session: the projector, the Rivierduin example end to end,
//! the meta-perception step and the actions for the app shell.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use routekaart::domain::assessment::Domain;
use routekaart::domain::workshop::discussion_queue;
use routekaart::domain::{Assessment, Lang, Level};
use routekaart::ui::workshop::{WorkshopAction, WorkshopScreen};

use crate::workshop_ui::{Q, framework, harness, has, level, projector, table};

#[test]
fn the_projector_shows_no_answers_before_the_reveal_and_no_controls() {
    let people = [
        ("S1", Domain::Social),
        ("M1", Domain::Medical),
        ("S2", Domain::Social),
    ];
    let a = table(&people, &[("S1", Q, level(2))]);
    let mut h = projector(WorkshopScreen::new(), a);
    h.run();
    h.get_by_label("1 van 3 hebben geantwoord");
    assert!(!has(&h, "Niveau 2: "), "no counts before the reveal");
    assert!(
        h.query_all_by_role(Role::Button).next().is_none(),
        "no controls on the projector"
    );
}

fn rivierduin() -> Assessment {
    routekaart::store::load_assessment(
        &crate::root().join("assessments/3-rivierduin-samen-aan-de-slag.ron"),
    )
    .unwrap()
}

#[test]
fn the_rivierduin_workshop_end_to_end() {
    let a = rivierduin();
    assert_eq!(a.respondents.len(), 10);
    let f = framework();
    let expected = discussion_queue(&f, &a, 1);
    let mut h = harness(a.clone(), Lang::Nl);
    h.run();
    // The first question: everyone answered in the file, so it opens revealed. Two residents
    // are too few to be shown apart.
    h.get_by_label("Niveau 3: 6 antwoorden");
    h.get_by_label("Niveau 4: 4 antwoorden");
    h.get_by_label("Domeinen niet getoond: minder dan 3 deelnemers uit inwoners");

    h.get_by_label("Bespreeklijst").click();
    h.run();
    let links: Vec<String> = h
        .get_all_by_role(Role::Link)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(links.len(), expected.len(), "every answered item is listed");
    let first = f
        .question(&expected[0].question)
        .unwrap()
        .text
        .get(Lang::Nl);
    assert!(
        first.starts_with(links[0].trim_end_matches('…')),
        "the queue's order: {links:?}"
    );
    assert_eq!(
        h.query_all_by_label("besloten in consensus").count(),
        2,
        "the two consensus items"
    );
    assert_eq!(
        h.query_all_by_label("ronde 2").count(),
        2,
        "the two re-voted items"
    );

    // The re-voted, agreed item shows round 2 and its consensus.
    let index = f
        .questions_for(false)
        .position(|q| q.id == "parity.seat_balance")
        .unwrap();
    h.state_mut().screen.go_to(index);
    h.run();
    h.get_by_label("Besloten in consensus: niveau 3");
    h.get_by_label_contains("Ronde 2: opnieuw stemmen");
    h.get_by_label("Niveau 3: 9 antwoorden");
    assert!(!has(&h, "Verdeeld"), "round 2 converged");
    h.get_by_label("Ronde 1").click();
    h.run();
    h.get_by_label("Niveau 4: 3 antwoorden");
    h.get_by_label("Verdeeld");
    h.get_by_label("Ronde 2").click();
    h.run();

    let mut p = projector(h.state().screen.clone(), a);
    p.run();
    p.get_by_label("Niveau 3: 9 antwoorden");
    p.get_by_label("Besloten in consensus: niveau 3");
    assert!(
        p.query_all_by_role(Role::Button).next().is_none(),
        "no controls on the projector"
    );
}

#[test]
fn a_trust_item_asks_how_the_other_domain_answers_and_the_buttons_ask_the_shell() {
    const TRUST: &str = "trust.binding_agreements";
    let f = framework();
    let index = f.questions_for(false).position(|q| q.id == TRUST).unwrap();
    let option = |n: u8| {
        let q = f.question(TRUST).unwrap();
        format!("{n}  {}", q.option(Level::new(n).unwrap()).get(Lang::Nl))
    };
    let people = [("S1", Domain::Social), ("M1", Domain::Medical)];
    let mut h = harness(table(&people, &[]), Lang::Nl);
    h.state_mut().screen.go_to(index);
    h.run();
    h.get_by_label(&option(2)).click();
    h.run();
    h.get_by_label("Hoe denkt u dat het andere domein antwoordt?");
    h.get_by_label(&option(4)).click();
    h.run();
    h.get_by_label_contains("Geef de laptop door aan M1");
    let answer = &h.state().assessment.answers[0];
    assert_eq!((answer.value, answer.meta), (level(2), Level::new(4)));
    assert_eq!(
        h.state().actions,
        vec![WorkshopAction::Changed; 2],
        "answer and meta both saved"
    );

    h.get_by_label("Projectorbeeld").click();
    h.run();
    h.get_by_label("Naar de resultaten").click();
    h.run();
    assert_eq!(
        h.state().actions[2..],
        [WorkshopAction::ToggleProjector, WorkshopAction::ShowResults]
    );
}
