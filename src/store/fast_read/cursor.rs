//! The cursor of the fast reader: white space, punctuation, identifiers, strings, numbers,
//! options, lists and structs, each giving up (`None`) on anything unusual.

use rustc_hash::{FxBuildHasher, FxHashMap};
use serde::de::DeserializeOwned;
use serde::de::value::{Error as ValueError, StrDeserializer};

use super::Read;
use crate::domain::{Date, Id, Level};

/// Labels up to this length (respondent labels, mostly) are kept in the short list.
const SHORT_LABEL: usize = 12;

/// How many ids and labels the map has room for from the start.
const IDS: usize = 96;

/// How many short labels are kept in the list.
const RECENT: usize = 16;

/// Which bytes may continue an identifier: ASCII letters, digits and `_`.
const IDENT: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || b == b'_';
        byte += 1;
    }
    table
};

/// How a struct's fields are laid out, as Routekaart writes them; seen once, after the
/// struct's opening parenthesis.
#[derive(Clone, Copy)]
pub(super) enum Layout {
    /// All on one line, apart by `, ` (as the examples are written).
    OneLine,
    /// One field a line, each indented by this many spaces (as the app saves).
    Lines(usize),
}

/// A position in the text.
pub(super) struct Cursor<'a> {
    text: &'a str,
    pub(super) bytes: &'a [u8],
    pub(super) pos: usize,
    /// The answers' question ids and respondent labels read so far, each held once.
    ids: FxHashMap<&'a str, Id>,
    /// The last long id (a question id, mostly).
    previous: Option<(&'a str, Id)>,
    /// The last short labels (respondent labels, mostly).
    recent: Vec<(&'a str, Id)>,
    /// Where in `recent` the next label is expected: respondents answer in turn.
    turn: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `text`.
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            text,
            pos: 0,
            // Room for a form's questions and a workshop's labels without growing.
            ids: FxHashMap::with_capacity_and_hasher(IDS, FxBuildHasher),
            previous: None,
            recent: Vec::new(),
            turn: 0,
        }
    }

    /// Skips spaces, tabs, line ends and `//` comments. Gives up on `/*` and on other
    /// characters ron counts as white space.
    #[inline]
    pub(super) fn ws(&mut self) -> Read<()> {
        let is_space = |at: usize| {
            matches!(
                self.bytes.get(at),
                Some(b' ' | b'\n' | b'\r' | b'\t' | b'/')
            )
        };
        if !is_space(self.pos) {
            return Some(());
        }
        // Most often one space, after a colon or a comma.
        if self.bytes[self.pos] == b' ' && !is_space(self.pos + 1) {
            self.pos += 1;
            return Some(());
        }
        self.skip_ws()
    }

    /// The loop of [`Self::ws`], kept out of line so that the many places that call it stay
    /// small.
    #[inline(never)]
    fn skip_ws(&mut self) -> Read<()> {
        while let Some(&byte) = self.bytes.get(self.pos) {
            if byte == b'\n' {
                self.pos += 1;
                self.indentation();
            } else if matches!(byte, b' ' | b'\r' | b'\t') {
                self.pos += 1;
            } else if byte == b'/' {
                // A `//` comment runs to the end of the line; `/*` is left to ron.
                if self.bytes.get(self.pos + 1) != Some(&b'/') {
                    return None;
                }
                let rest = &self.bytes[self.pos..];
                self.pos += memchr::memchr(b'\n', rest).unwrap_or(rest.len());
            } else {
                break;
            }
        }
        Some(())
    }

    /// Skips white space and takes `byte` if it comes next.
    pub(super) fn eat(&mut self, byte: u8) -> Read<bool> {
        self.ws()?;
        let found = self.bytes.get(self.pos) == Some(&byte);
        if found {
            self.pos += 1;
        }
        Some(found)
    }

    /// Skips white space and takes `byte`, or gives up.
    pub(super) fn expect(&mut self, byte: u8) -> Read<()> {
        self.eat(byte)?.then_some(())
    }

    /// An identifier: an ASCII letter or `_`, then letters, digits or `_`.
    pub(super) fn ident(&mut self) -> Read<&'a str> {
        self.ws()?;
        let start = self.pos;
        match self.bytes.get(start) {
            Some(b) if b.is_ascii_alphabetic() || *b == b'_' => {}
            _ => return None,
        }
        let len = self.bytes[start..]
            .iter()
            .position(|&b| !IDENT[usize::from(b)])
            .unwrap_or(self.bytes.len() - start);
        self.pos = start + len;
        // A raw identifier (`r#name`) is left to ron.
        if self.bytes.get(self.pos) == Some(&b'#') {
            return None;
        }
        self.text.get(start..self.pos)
    }

    /// A quoted string with the escapes `\\`, `\"`, `\n`, `\r` and `\t`.
    pub(super) fn string(&mut self) -> Read<String> {
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

    /// Takes `expected` if the text continues with exactly it (no white space first). The
    /// length is known when compiling, so the comparison needs no call.
    pub(super) fn literal<const N: usize>(&mut self, expected: &[u8; N]) -> Read<()> {
        let next: &[u8; N] = self.bytes.get(self.pos..self.pos + N)?.try_into().ok()?;
        (next == expected).then(|| self.pos += N)
    }

    /// `Name(` (`name` with its parenthesis) and how the fields after it are laid out.
    pub(super) fn opening<const N: usize>(&mut self, name: &[u8; N]) -> Read<Layout> {
        self.ws()?;
        self.literal(name)?;
        if self.literal(b"\n").is_none() {
            return Some(Layout::OneLine);
        }
        let from = self.pos;
        self.indentation();
        Some(Layout::Lines(self.pos - from))
    }

    /// What comes between two fields laid out as `layout`, or gives up.
    pub(super) fn between(&mut self, layout: Layout) -> Read<()> {
        match layout {
            Layout::OneLine => self.literal(b", "),
            Layout::Lines(indent) => {
                self.literal(b",\n")?;
                self.spaces(indent)
            }
        }
    }

    /// Takes `count` spaces, or gives up.
    pub(super) fn spaces(&mut self, count: usize) -> Read<()> {
        let mut next = self.bytes.get(self.pos..self.pos + count)?;
        while let Some((eight, rest)) = next.split_first_chunk::<8>() {
            if eight != b"        " {
                return None;
            }
            next = rest;
        }
        next.iter().all(|&b| b == b' ').then(|| self.pos += count)
    }

    /// Skips the spaces that indent a line: four a level, eight at a time, then four.
    pub(super) fn indentation(&mut self) {
        while self.literal(b"        ").is_some() {}
        let _ = self.literal(b"    ");
    }

    /// How many bytes are left after the cursor.
    pub(super) fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    /// A quoted string without escapes, right at the cursor.
    pub(super) fn plain_string(&mut self) -> Read<String> {
        self.literal(b"\"")?;
        // Empty notes are common, and not worth a search.
        if self.literal(b"\"").is_some() {
            return Some(String::new());
        }
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
    pub(super) fn plain_id(&mut self) -> Read<Id> {
        self.literal(b"\"")?;
        if let Some(id) = self.expected_id() {
            return Some(id);
        }
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

    /// Answers come question by question with the respondents in turn, so the text at the
    /// cursor is most often the previous question or the label after the previous one. When
    /// it is exactly that text and its closing quote, the id is taken without looking for
    /// the end of the string. (Remembered texts hold no quote or backslash.)
    fn expected_id(&mut self) -> Option<Id> {
        let rest = &self.bytes[self.pos..];
        let follows = |seen: &str| {
            rest.get(seen.len()) == Some(&b'"') && same_text(&rest[..seen.len()], seen)
        };
        if let Some((seen, id)) = &self.previous
            && follows(seen)
        {
            self.pos += seen.len() + 1;
            return Some(id.clone());
        }
        let turn = if self.turn < self.recent.len() {
            self.turn
        } else {
            0
        };
        let (seen, id) = self.recent.get(turn)?;
        follows(seen).then(|| {
            self.pos += seen.len() + 1;
            self.turn = turn + 1;
            id.clone()
        })
    }

    /// The shared id for `text`: a remembered one (see [`Self::expected_id`]), else one from
    /// the map, else a new one.
    pub(super) fn intern(&mut self, text: &'a str) -> Id {
        if let Some(at) = self
            .recent
            .iter()
            .position(|(seen, _)| same_text(seen.as_bytes(), text))
        {
            self.turn = at + 1;
            return self.recent[at].1.clone();
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
            self.turn = self.recent.len();
        } else {
            self.previous = Some((text, id.clone()));
        }
        id
    }

    /// A quoted id or label anywhere (see [`Self::plain_id`]).
    pub(super) fn id(&mut self) -> Read<Id> {
        self.ws()?;
        let start = self.pos;
        if let Some(id) = self.plain_id() {
            return Some(id);
        }
        self.pos = start;
        self.string().map(Id::from)
    }

    /// A whole number written with plain digits.
    pub(super) fn uint<T: TryFrom<u64>>(&mut self) -> Read<T> {
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

    pub(super) fn bool(&mut self) -> Read<bool> {
        match self.ident()? {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    /// A whole number of one digit, right at the cursor (a round or a level), else the
    /// general reader.
    pub(super) fn digit<T: TryFrom<u64>>(&mut self) -> Read<T> {
        if let Some(&[digit @ b'0'..=b'9', after]) = self.bytes.get(self.pos..self.pos + 2)
            && !(after.is_ascii_alphanumeric() || matches!(after, b'.' | b'_'))
        {
            self.pos += 1;
            return T::try_from(u64::from(digit - b'0')).ok();
        }
        self.uint()
    }

    pub(super) fn level(&mut self) -> Read<Level> {
        Level::new(self.uint()?)
    }

    pub(super) fn date(&mut self) -> Read<Date> {
        self.string()?.parse().ok()
    }

    /// An enum written as the name of one of its unit variants, matched by serde.
    pub(super) fn unit<T: DeserializeOwned>(&mut self) -> Read<T> {
        let name = self.ident()?;
        T::deserialize(StrDeserializer::<ValueError>::new(name)).ok()
    }

    /// `None` or `Some(value)`.
    pub(super) fn option<T>(
        &mut self,
        value: impl FnOnce(&mut Self) -> Read<T>,
    ) -> Read<Option<T>> {
        self.ws()?;
        // `None` is the common case in a saved file.
        let start = self.pos;
        if self.literal(b"None").is_some()
            && !self
                .bytes
                .get(self.pos)
                .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'#'))
        {
            return Some(None);
        }
        self.pos = start;
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
    pub(super) fn list<T>(&mut self, item: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        self.list_sized(0, item)
    }

    /// A long list of items written alike: once the first is read, room is made for as many
    /// as would fill the rest of the text at its size (at most `most`), so the list is not
    /// moved as it grows.
    pub(super) fn list_sized<T>(
        &mut self,
        most: usize,
        mut item: impl FnMut(&mut Self) -> Read<T>,
    ) -> Read<Vec<T>> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        loop {
            if self.eat(b']')? {
                return Some(items);
            }
            let start = self.pos;
            items.push(item(self)?);
            if items.len() == 1 && most > 1 {
                let size = (self.pos - start).max(1);
                items.reserve((self.remaining() / size).min(most));
            }
            if !self.eat(b',')? {
                self.expect(b']')?;
                return Some(items);
            }
        }
    }

    /// `Name(field: value, …)` with the name optional, as ron allows; `field` reads the value
    /// of each field by name and gives up on a name it does not know.
    pub(super) fn structure(
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
}

/// Whether two texts are the same. Ids and labels are short, so comparing eight bytes at a
/// time in place beats calling the general comparison for each one.
fn same_text(a: &[u8], b: &str) -> bool {
    let b = b.as_bytes();
    if a.len() != b.len() {
        return false;
    }
    let (mut a_words, mut b_words) = (a.chunks_exact(8), b.chunks_exact(8));
    if (&mut a_words)
        .zip(&mut b_words)
        .any(|(x, y)| word(x) != word(y))
    {
        return false;
    }
    a_words
        .remainder()
        .iter()
        .zip(b_words.remainder())
        .all(|(x, y)| x == y)
}

/// Eight bytes as one number.
fn word(bytes: &[u8]) -> u64 {
    u64::from_ne_bytes(bytes.try_into().unwrap_or_default())
}
