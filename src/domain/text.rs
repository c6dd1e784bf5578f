//! The two product languages and bilingual texts.
//!
//! Dutch comes first: it is the language of the tables that use Routekaart. Every text the
//! framework carries exists in both languages; [`Lang::pick`] chooses between two fixed
//! strings in code.

use serde::{Deserialize, Serialize};

/// A product language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Lang {
    /// Dutch (the default).
    #[default]
    Nl,

    /// English.
    En,
}

impl Lang {
    /// Both languages, Dutch first.
    pub const ALL: [Self; 2] = [Self::Nl, Self::En];

    /// The ISO code, `"nl"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::En => "en",
        }
    }

    /// Parses `"nl"` or `"en"` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Self> {
        match code.to_ascii_lowercase().as_str() {
            "nl" => Some(Self::Nl),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// Chooses the Dutch or the English of two fixed texts.
    pub fn pick<'a>(self, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Self::Nl => nl,
            Self::En => en,
        }
    }
}

/// A text in Dutch and English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// Dutch.
    pub nl: String,

    /// English.
    pub en: String,
}

impl Text {
    /// A text from its two translations.
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// The text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}
