//! Ids and labels that repeat through an assessment: the question id and the respondent's
//! label on every answer.
//!
//! A workshop file holds hundreds of answers that name the same few questions and people.
//! An [`Id`] shares its text, so copies are cheap (the engine's results carry the
//! framework's ids without copying them); two ids that share their text compare equal
//! without looking at it. To everything else an `Id` is just its text.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A shared, immutable piece of text used as an id or label.
#[derive(Clone, PartialOrd, Ord)]
pub struct Id(Arc<str>);

impl Id {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether both ids share one text in memory (then they are certainly equal).
    pub fn shares_text(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Id {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq for Id {
    fn eq(&self, other: &Self) -> bool {
        self.shares_text(other) || self.0 == other.0
    }
}

impl Eq for Id {}

impl std::hash::Hash for Id {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        same_text(&self.0, other)
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        same_text(&self.0, other)
    }
}

impl PartialEq<String> for Id {
    fn eq(&self, other: &String) -> bool {
        same_text(&self.0, other)
    }
}

impl PartialEq<Id> for str {
    fn eq(&self, other: &Id) -> bool {
        same_text(self, &other.0)
    }
}

impl PartialEq<Id> for &str {
    fn eq(&self, other: &Id) -> bool {
        same_text(self, &other.0)
    }
}

impl PartialEq<Id> for String {
    fn eq(&self, other: &Id) -> bool {
        same_text(self, &other.0)
    }
}

/// Whether two texts are equal; the text of an id borrowed as `&str` is recognised by where it
/// is before its letters are compared.
fn same_text(a: &str, b: &str) -> bool {
    std::ptr::eq(a, b) || a == b
}

impl From<&str> for Id {
    fn from(text: &str) -> Self {
        Self(Arc::from(text))
    }
}

impl From<String> for Id {
    fn from(text: String) -> Self {
        Self(Arc::from(text))
    }
}

impl From<&String> for Id {
    fn from(text: &String) -> Self {
        Self(Arc::from(text.as_str()))
    }
}

impl From<Id> for String {
    fn from(id: Id) -> Self {
        id.0.to_string()
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[cfg(test)]
mod tests {
    use super::Id;

    #[test]
    fn equal_by_text_whether_shared_or_not() {
        let a = Id::from("parity.mandate");
        let shared = a.clone();
        let separate = Id::from(String::from("parity.mandate"));
        assert!(a.shares_text(&shared));
        assert!(!a.shares_text(&separate));
        assert_eq!(a, shared);
        assert_eq!(a, separate);
        assert_ne!(a, Id::from("parity.seat_balance"));
        assert_eq!(a, "parity.mandate");
        assert_eq!("parity.mandate", a);
        assert_eq!(a.to_string(), "parity.mandate");
    }

    #[test]
    fn written_and_read_as_plain_text() {
        let id = Id::from("S1");
        let text = ron::to_string(&id).unwrap();
        assert_eq!(text, "\"S1\"");
        assert_eq!(ron::from_str::<Id>(&text).unwrap(), id);
    }
}
