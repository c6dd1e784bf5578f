//! A fast reader for assessment files.
//!
//! ron's general parser reads an assessment at about 80 MB/s, which makes comparing a
//! thousand files slow. The files Routekaart writes use a small part of RON, so this reader
//! handles that part directly, many times faster. It is a shortcut, never the judge: on
//! anything it does not recognise — an unknown, missing or repeated field, a block comment,
//! an unusual escape, a raw string, a number with a sign or a point, an extension line — it
//! gives up (`None`), and the caller hands the text to ron, which reads it or says what is
//! wrong and where. Tests check that whenever this reader returns an assessment, ron returns
//! the same one.
//!
//! Every struct below is built with all its fields named, so a field added to the
//! assessment types does not compile here until this reader knows it.

mod cursor;
mod written;

use cursor::Cursor;

use crate::domain::assessment::{
    Action, Answer, AnswerValue, Assessment, Barrier, Consensus, FrameworkRef, Meta, Privacy,
    Respondent, Seat,
};

/// The most answers room is made for in advance.
const MAX_EXPECTED: usize = 100_000;

/// `None` means "not recognised here": let ron decide.
type Read<T> = Option<T>;

/// Reads an assessment, or gives up.
pub(super) fn assessment(text: &str) -> Read<Assessment> {
    let mut c = Cursor::new(text);
    let assessment = c.assessment()?;
    c.ws()?;
    (c.pos == c.bytes.len()).then_some(assessment)
}

/// Stores a field's value, giving up when the field was already given.
fn set<T>(slot: &mut Option<T>, value: T) -> Read<()> {
    match slot {
        Some(_) => None,
        None => {
            *slot = Some(value);
            Some(())
        }
    }
}

/// The assessment's own types, field by field.
impl Cursor<'_> {
    fn assessment(&mut self) -> Read<Assessment> {
        let (mut schema_version, mut meta, mut seats, mut respondents) = (None, None, None, None);
        let (mut answers, mut consensus, mut barriers) = (None, None, None);
        let (mut actions, mut self_placement) = (None, None);
        self.structure("Assessment", |c, key| match key {
            "schema_version" => set(&mut schema_version, c.uint()?),
            "meta" => set(&mut meta, c.meta()?),
            "seats" => set(&mut seats, c.list(Self::seat)?),
            "respondents" => set(&mut respondents, c.list(Self::respondent)?),
            "answers" => set(&mut answers, c.list_sized(MAX_EXPECTED, Self::answer)?),
            "consensus" => set(&mut consensus, c.list(Self::consensus)?),
            "barriers" => set(&mut barriers, c.list(Self::barrier)?),
            "actions" => set(&mut actions, c.list(Self::action)?),
            "self_placement" => set(&mut self_placement, c.option(Self::level)?),
            _ => None,
        })?;
        Some(Assessment {
            schema_version: schema_version?,
            meta: meta?,
            seats: seats.unwrap_or_default(),
            respondents: respondents.unwrap_or_default(),
            answers: answers.unwrap_or_default(),
            consensus: consensus.unwrap_or_default(),
            barriers: barriers.unwrap_or_default(),
            actions: actions.unwrap_or_default(),
            self_placement: self_placement.unwrap_or_default(),
        })
    }

    fn meta(&mut self) -> Read<Meta> {
        let (mut region, mut iza_region, mut date, mut facilitator) = (None, None, None, None);
        let (mut mode, mut form, mut framework, mut privacy) = (None, None, None, None);
        let (mut example, mut notes) = (None, None);
        self.structure("Meta", |c, key| match key {
            "region" => set(&mut region, c.string()?),
            "iza_region" => set(&mut iza_region, c.string()?),
            "date" => set(&mut date, c.date()?),
            "facilitator" => set(&mut facilitator, c.string()?),
            "mode" => set(&mut mode, c.unit()?),
            "form" => set(&mut form, c.unit()?),
            "framework" => set(&mut framework, c.framework_ref()?),
            "privacy" => set(&mut privacy, c.privacy()?),
            "example" => set(&mut example, c.bool()?),
            "notes" => set(&mut notes, c.string()?),
            _ => None,
        })?;
        Some(Meta {
            region: region?,
            iza_region: iza_region.unwrap_or_default(),
            date: date?,
            facilitator: facilitator.unwrap_or_default(),
            mode: mode?,
            form: form.unwrap_or_default(),
            framework: framework?,
            privacy: privacy.unwrap_or_default(),
            example: example.unwrap_or_default(),
            notes: notes.unwrap_or_default(),
        })
    }

    fn framework_ref(&mut self) -> Read<FrameworkRef> {
        let (mut id, mut version) = (None, None);
        self.structure("FrameworkRef", |c, key| match key {
            "id" => set(&mut id, c.string()?),
            "version" => set(&mut version, c.string()?),
            _ => None,
        })?;
        Some(FrameworkRef {
            id: id?,
            version: version?,
        })
    }

    fn privacy(&mut self) -> Read<Privacy> {
        let (mut show_names, mut show_domains) = (None, None);
        self.structure("Privacy", |c, key| match key {
            "show_names" => set(&mut show_names, c.bool()?),
            "show_domains" => set(&mut show_domains, c.bool()?),
            _ => None,
        })?;
        let default = Privacy::default();
        Some(Privacy {
            show_names: show_names.unwrap_or(default.show_names),
            show_domains: show_domains.unwrap_or(default.show_domains),
        })
    }

    fn seat(&mut self) -> Read<Seat> {
        let start = self.pos;
        if let Some(seat) = self.written_seat() {
            return Some(seat);
        }
        self.pos = start;
        let (mut organisation, mut kind, mut level, mut vote, mut mandate) =
            (None, None, None, None, None);
        self.structure("Seat", |c, key| match key {
            "organisation" => set(&mut organisation, c.string()?),
            "kind" => set(&mut kind, c.unit()?),
            "level" => set(&mut level, c.unit()?),
            "vote" => set(&mut vote, c.bool()?),
            "mandate" => set(&mut mandate, c.bool()?),
            _ => None,
        })?;
        Some(Seat {
            organisation: organisation?,
            kind: kind?,
            level: level.unwrap_or_default(),
            vote: vote.unwrap_or_default(),
            mandate: mandate.unwrap_or_default(),
        })
    }

    fn respondent(&mut self) -> Read<Respondent> {
        let start = self.pos;
        if let Some(respondent) = self.written_respondent() {
            return Some(respondent);
        }
        self.pos = start;
        let (mut label, mut name, mut domain, mut organisation, mut role) =
            (None, None, None, None, None);
        self.structure("Respondent", |c, key| match key {
            "label" => set(&mut label, c.string()?),
            "name" => set(&mut name, c.option(Self::string)?),
            "domain" => set(&mut domain, c.unit()?),
            "organisation" => set(&mut organisation, c.option(Self::unit)?),
            "role" => set(&mut role, c.string()?),
            _ => None,
        })?;
        Some(Respondent {
            label: label?,
            name: name.unwrap_or_default(),
            domain: domain?,
            organisation: organisation.unwrap_or_default(),
            role: role.unwrap_or_default(),
        })
    }

    /// An answer; most files hold hundreds, so the layout Routekaart writes is tried first
    /// (as for seats and respondents).
    fn answer(&mut self) -> Read<Answer> {
        let start = self.pos;
        if let Some(answer) = self.written_answer() {
            return Some(answer);
        }
        self.pos = start;
        self.answer_fields()
    }

    /// An answer with its fields in any order.
    fn answer_fields(&mut self) -> Read<Answer> {
        let (mut respondent, mut question, mut round, mut value) = (None, None, None, None);
        let (mut meta, mut note, mut evidence) = (None, None, None);
        self.structure("Answer", |c, key| match key {
            "respondent" => set(&mut respondent, c.id()?),
            "question" => set(&mut question, c.id()?),
            "round" => set(&mut round, c.uint()?),
            "value" => set(&mut value, c.answer_value()?),
            "meta" => set(&mut meta, c.option(Self::level)?),
            "note" => set(&mut note, c.string()?),
            "evidence" => set(&mut evidence, c.string()?),
            _ => None,
        })?;
        Some(Answer {
            respondent: respondent?,
            question: question?,
            round: round.unwrap_or(1),
            value: value?,
            meta: meta.unwrap_or_default(),
            note: note.unwrap_or_default(),
            evidence: evidence.unwrap_or_default(),
        })
    }

    /// `Level(n)`, `DontKnow` or `NotApplicable`.
    fn answer_value(&mut self) -> Read<AnswerValue> {
        match self.ident()? {
            "Level" => {
                self.expect(b'(')?;
                let level = self.level()?;
                self.expect(b')')?;
                Some(AnswerValue::Level(level))
            }
            "DontKnow" => Some(AnswerValue::DontKnow),
            "NotApplicable" => Some(AnswerValue::NotApplicable),
            _ => None,
        }
    }

    fn consensus(&mut self) -> Read<Consensus> {
        let (mut question, mut value, mut rationale) = (None, None, None);
        self.structure("Consensus", |c, key| match key {
            "question" => set(&mut question, c.string()?),
            "value" => set(&mut value, c.answer_value()?),
            "rationale" => set(&mut rationale, c.string()?),
            _ => None,
        })?;
        Some(Consensus {
            question: question?,
            value: value?,
            rationale: rationale.unwrap_or_default(),
        })
    }

    fn barrier(&mut self) -> Read<Barrier> {
        let (mut category, mut note) = (None, None);
        self.structure("Barrier", |c, key| match key {
            "category" => set(&mut category, c.string()?),
            "note" => set(&mut note, c.string()?),
            _ => None,
        })?;
        Some(Barrier {
            category: category?,
            note: note?,
        })
    }

    fn action(&mut self) -> Read<Action> {
        let (mut instrument, mut title, mut owner) = (None, None, None);
        let (mut due, mut status, mut note) = (None, None, None);
        self.structure("Action", |c, key| match key {
            "instrument" => set(&mut instrument, c.option(Self::string)?),
            "title" => set(&mut title, c.string()?),
            "owner" => set(&mut owner, c.string()?),
            "due" => set(&mut due, c.option(Self::date)?),
            "status" => set(&mut status, c.unit()?),
            "note" => set(&mut note, c.string()?),
            _ => None,
        })?;
        Some(Action {
            instrument: instrument.unwrap_or_default(),
            title: title.unwrap_or_default(),
            owner: owner.unwrap_or_default(),
            due: due.unwrap_or_default(),
            status: status.unwrap_or_default(),
            note: note.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests;
