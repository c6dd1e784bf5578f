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

use rustc_hash::FxHashMap;
use serde::de::DeserializeOwned;
use serde::de::value::{Error as ValueError, StrDeserializer};

use crate::domain::assessment::{
    Action, Answer, AnswerValue, Assessment, Barrier, Consensus, FrameworkRef, Meta, Privacy,
    Respondent, Seat,
};
use crate::domain::{Date, Id, Level};

/// `None` means "not recognised here": let ron decide.
type Read<T> = Option<T>;

/// Reads an assessment, or gives up.
pub(super) fn assessment(text: &str) -> Read<Assessment> {
    let mut c = Cursor {
        bytes: text.as_bytes(),
        text,
        pos: 0,
        ids: FxHashMap::default(),
        previous: None,
        recent: Vec::new(),
    };
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

/// Labels up to this length (respondent labels, mostly) are kept in the short list.
const SHORT_LABEL: usize = 12;

/// How many short labels are kept in the list.
const RECENT: usize = 16;

/// A position in the text.
struct Cursor<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// The answers' question ids and respondent labels read so far, each held once.
    ids: FxHashMap<&'a str, Id>,
    /// The last long id (a question id, mostly).
    previous: Option<(&'a str, Id)>,
    /// The last short labels (respondent labels, mostly).
    recent: Vec<(&'a str, Id)>,
}

impl<'a> Cursor<'a> {
    /// Skips spaces, tabs, line ends and `//` comments. Gives up on `/*` and on other
    /// characters ron counts as white space.
    fn ws(&mut self) -> Read<()> {
        loop {
            match self.bytes.get(self.pos) {
                Some(b' ' | b'\n' | b'\r' | b'\t') => self.pos += 1,
                Some(b'/') if self.bytes.get(self.pos + 1) == Some(&b'/') => {
                    let rest = &self.bytes[self.pos..];
                    self.pos += memchr::memchr(b'\n', rest).unwrap_or(rest.len());
                }
                Some(b'/') => return None,
                _ => return Some(()),
            }
        }
    }

    /// Skips white space and takes `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> Read<bool> {
        self.ws()?;
        let found = self.bytes.get(self.pos) == Some(&byte);
        if found {
            self.pos += 1;
        }
        Some(found)
    }

    /// Skips white space and takes `byte`, or gives up.
    fn expect(&mut self, byte: u8) -> Read<()> {
        self.eat(byte)?.then_some(())
    }

    /// An identifier: an ASCII letter or `_`, then letters, digits or `_`.
    fn ident(&mut self) -> Read<&'a str> {
        self.ws()?;
        let start = self.pos;
        match self.bytes.get(start) {
            Some(b) if b.is_ascii_alphabetic() || *b == b'_' => {}
            _ => return None,
        }
        let len = self.bytes[start..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
            .unwrap_or(self.bytes.len() - start);
        self.pos = start + len;
        // A raw identifier (`r#name`) is left to ron.
        if self.bytes.get(self.pos) == Some(&b'#') {
            return None;
        }
        self.text.get(start..self.pos)
    }

    /// A quoted string with the escapes `\\`, `\"`, `\n`, `\r` and `\t`.
    fn string(&mut self) -> Read<String> {
        self.ws()?;
        let start = self.pos;
        if let Some(plain) = self.plain_string() {
            return Some(plain);
        }
        self.pos = start;
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let rest = &self.bytes[self.pos..];
            let stop = memchr::memchr2(b'"', b'\\', rest)?;
            out.push_str(self.text.get(self.pos..self.pos + stop)?);
            self.pos += stop + 1;
            if rest[stop] == b'"' {
                return Some(out);
            }
            out.push(match self.bytes.get(self.pos)? {
                b'\\' => '\\',
                b'"' => '"',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return None,
            });
            self.pos += 1;
        }
    }

    /// Takes `expected` if the text continues with exactly it (no white space first).
    fn literal(&mut self, expected: &[u8]) -> Read<()> {
        let found = self.bytes.get(self.pos..self.pos + expected.len())? == expected;
        found.then(|| self.pos += expected.len())
    }

    /// A quoted string without escapes, right at the cursor.
    fn plain_string(&mut self) -> Read<String> {
        self.literal(b"\"")?;
        let rest = &self.bytes[self.pos..];
        let stop = memchr::memchr2(b'"', b'\\', rest)?;
        if rest[stop] != b'"' {
            return None;
        }
        let text = self.text.get(self.pos..self.pos + stop)?;
        self.pos += stop + 1;
        Some(text.to_owned())
    }

    /// A quoted id or label without escapes, right at the cursor, shared with every earlier
    /// one of the same text.
    fn plain_id(&mut self) -> Read<Id> {
        self.literal(b"\"")?;
        // Ids are short: a plain loop finds the end sooner than a vectorised search.
        let len = self.bytes[self.pos..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\')?;
        if self.bytes[self.pos + len] != b'"' {
            return None;
        }
        let text = self.text.get(self.pos..self.pos + len)?;
        self.pos += len + 1;
        Some(self.intern(text))
    }

    /// The shared id for `text`. Answers come question by question with the respondents in
    /// turn, so the previous question and a short list of labels are tried before the map.
    fn intern(&mut self, text: &'a str) -> Id {
        if let Some((previous, id)) = &self.previous
            && *previous == text
        {
            return id.clone();
        }
        if let Some((_, id)) = self.recent.iter().find(|(seen, _)| *seen == text) {
            return id.clone();
        }
        let id = self
            .ids
            .entry(text)
            .or_insert_with(|| Id::from(text))
            .clone();
        if text.len() <= SHORT_LABEL {
            if self.recent.len() == RECENT {
                self.recent.remove(0);
            }
            self.recent.push((text, id.clone()));
        } else {
            self.previous = Some((text, id.clone()));
        }
        id
    }

    /// A quoted id or label anywhere (see [`Self::plain_id`]).
    fn id(&mut self) -> Read<Id> {
        self.ws()?;
        let start = self.pos;
        if let Some(id) = self.plain_id() {
            return Some(id);
        }
        self.pos = start;
        self.string().map(Id::from)
    }

    /// A whole number written with plain digits.
    fn uint<T: TryFrom<u64>>(&mut self) -> Read<T> {
        self.ws()?;
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(digit) = self.bytes.get(self.pos).filter(|b| b.is_ascii_digit()) {
            value = value
                .checked_mul(10)?
                .checked_add(u64::from(digit - b'0'))?;
            self.pos += 1;
        }
        // A sign, a point, an exponent, `_` or a suffix is left to ron.
        if self.pos == start
            || self
                .bytes
                .get(self.pos)
                .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_'))
        {
            return None;
        }
        T::try_from(value).ok()
    }

    fn bool(&mut self) -> Read<bool> {
        match self.ident()? {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    fn level(&mut self) -> Read<Level> {
        Level::new(self.uint()?)
    }

    fn date(&mut self) -> Read<Date> {
        self.string()?.parse().ok()
    }

    /// An enum written as the name of one of its unit variants, matched by serde.
    fn unit<T: DeserializeOwned>(&mut self) -> Read<T> {
        let name = self.ident()?;
        T::deserialize(StrDeserializer::<ValueError>::new(name)).ok()
    }

    /// `None` or `Some(value)`.
    fn option<T>(&mut self, value: impl FnOnce(&mut Self) -> Read<T>) -> Read<Option<T>> {
        match self.ident()? {
            "None" => Some(None),
            "Some" => {
                self.expect(b'(')?;
                let inner = value(self)?;
                self.expect(b')')?;
                Some(Some(inner))
            }
            _ => None,
        }
    }

    /// `[a, b, …]`, a trailing comma allowed.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        loop {
            if self.eat(b']')? {
                return Some(items);
            }
            items.push(item(self)?);
            if !self.eat(b',')? {
                self.expect(b']')?;
                return Some(items);
            }
        }
    }

    /// `Name(field: value, …)` with the name optional, as ron allows; `field` reads the value
    /// of each field by name and gives up on a name it does not know.
    fn structure(
        &mut self,
        name: &str,
        mut field: impl FnMut(&mut Self, &str) -> Read<()>,
    ) -> Read<()> {
        self.ws()?;
        if self.bytes.get(self.pos) != Some(&b'(') && self.ident()? != name {
            return None;
        }
        self.expect(b'(')?;
        loop {
            if self.eat(b')')? {
                return Some(());
            }
            let key = self.ident()?;
            self.expect(b':')?;
            field(self, key)?;
            if !self.eat(b',')? {
                return self.expect(b')');
            }
        }
    }

    fn assessment(&mut self) -> Read<Assessment> {
        let (mut schema_version, mut meta, mut seats, mut respondents) = (None, None, None, None);
        let (mut answers, mut consensus, mut barriers) = (None, None, None);
        let (mut actions, mut self_placement) = (None, None);
        self.structure("Assessment", |c, key| match key {
            "schema_version" => set(&mut schema_version, c.uint()?),
            "meta" => set(&mut meta, c.meta()?),
            "seats" => set(&mut seats, c.list(Self::seat)?),
            "respondents" => set(&mut respondents, c.list(Self::respondent)?),
            "answers" => set(&mut answers, c.list(Self::answer)?),
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

    /// An answer; most files hold hundreds, so the layout Routekaart writes is tried first.
    fn answer(&mut self) -> Read<Answer> {
        let start = self.pos;
        if let Some(answer) = self.written_answer() {
            return Some(answer);
        }
        self.pos = start;
        self.answer_fields()
    }

    /// `Answer(respondent: "…", question: "…", round: N, value: …)` exactly as written by
    /// Routekaart, with no escapes in the two strings.
    fn written_answer(&mut self) -> Read<Answer> {
        self.ws()?;
        self.literal(b"Answer(respondent: ")?;
        let respondent = self.plain_id()?;
        self.literal(b", question: ")?;
        let question = self.plain_id()?;
        self.literal(b", round: ")?;
        let round = self.uint()?;
        self.literal(b", value: ")?;
        let value = if self.literal(b"Level(").is_some() {
            let level = self.level()?;
            self.literal(b")")?;
            AnswerValue::Level(level)
        } else {
            self.answer_value()?
        };
        self.literal(b")")?;
        Some(Answer {
            respondent,
            question,
            round,
            value,
            meta: None,
            note: String::new(),
            evidence: String::new(),
        })
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
