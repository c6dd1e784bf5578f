//! Shared set-up for the benchmarks: a synthetic workshop assessment.

use routekaart::domain::assessment::{
    Answer, AnswerValue, Assessment, Domain, Form, Mode, Respondent,
};
use routekaart::domain::{Date, Framework, Level};

/// `people` respondents (social, medical, social, medical, residents in turn), each with a
/// name, on the first `items` questions of the full form, answered question by question as
/// files list them; `answered(respondent, item)` leaves out the pairs it refuses. Levels vary
/// by respondent and item, deterministically; trust items carry a meta-perception level.
pub fn workshop(
    framework: &Framework,
    people: usize,
    items: usize,
    answered: impl Fn(usize, usize) -> bool,
) -> Assessment {
    let mut a = Assessment::new(
        &framework.id,
        &framework.version,
        "Benchregio",
        Date::new(2026, 6, 1).expect("a real date"),
        Mode::Workshop,
        Form::Full,
    );
    let domains = [
        Domain::Social,
        Domain::Medical,
        Domain::Social,
        Domain::Medical,
        Domain::Residents,
    ];
    for r in 0..people {
        a.respondents.push(Respondent {
            label: format!("R{r:02}"),
            name: Some(format!("Deelnemer {r}")),
            domain: domains[r % domains.len()],
            organisation: None,
            role: String::new(),
        });
    }
    for (q, question) in framework.questions_for(false).take(items).enumerate() {
        for r in (0..people).filter(|&r| answered(r, q)) {
            let level = Level::new(((r * 7 + q * 3) % 5 + 1) as u8).expect("1 to 5");
            a.answers.push(Answer {
                respondent: format!("R{r:02}").into(),
                question: question.id.as_str().into(),
                round: 1,
                value: AnswerValue::Level(level),
                meta: question.meta.as_ref().map(|_| level),
                note: String::new(),
                evidence: String::new(),
            });
        }
    }
    a
}
