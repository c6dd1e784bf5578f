//! The workshop screen's colours, in one place so the app theme can map them.
//!
//! Domain colours come from the Okabe–Ito palette, which stays distinguishable for the common
//! kinds of colour blindness; dots also differ in legend order, so colour is never the only cue.

use egui::Color32;

use crate::domain::assessment::Domain;

/// Colours of the workshop screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkshopPalette {
    /// Dots of the social domain.
    pub social: Color32,
    /// Dots of the medical domain.
    pub medical: Color32,
    /// Dots of residents.
    pub residents: Color32,
    /// Dots of other respondents.
    pub other: Color32,
    /// Dots when domains are not shown.
    pub anonymous: Color32,
    /// Background of the "verdeeld" flag.
    pub split: Color32,
    /// Text on the "verdeeld" flag.
    pub on_split: Color32,
    /// Background of the curtain between two turns.
    pub curtain: Color32,
    /// Background of the stage that the table agreed on in the route strip.
    pub agreed: Color32,
    /// Thin lines: axis and stage boxes.
    pub line: Color32,
}

impl WorkshopPalette {
    /// For a light background.
    pub fn light() -> Self {
        Self {
            social: Color32::from_rgb(0x00, 0x72, 0xB2),
            medical: Color32::from_rgb(0xD5, 0x5E, 0x00),
            residents: Color32::from_rgb(0x00, 0x9E, 0x73),
            other: Color32::from_rgb(0xCC, 0x79, 0xA7),
            anonymous: Color32::from_rgb(0x55, 0x55, 0x55),
            split: Color32::from_rgb(0xF0, 0xC0, 0x30),
            on_split: Color32::from_rgb(0x20, 0x18, 0x00),
            curtain: Color32::from_rgb(0x1F, 0x3A, 0x5F),
            agreed: Color32::from_rgb(0xCC, 0xE5, 0xF5),
            line: Color32::from_rgb(0x90, 0x90, 0x90),
        }
    }

    /// For a dark background.
    pub fn dark() -> Self {
        Self {
            social: Color32::from_rgb(0x56, 0xB4, 0xE9),
            medical: Color32::from_rgb(0xE6, 0x9F, 0x00),
            residents: Color32::from_rgb(0x2E, 0xC4, 0x9A),
            other: Color32::from_rgb(0xE0, 0x9C, 0xC4),
            anonymous: Color32::from_rgb(0xC8, 0xC8, 0xC8),
            split: Color32::from_rgb(0xF0, 0xC0, 0x30),
            on_split: Color32::from_rgb(0x20, 0x18, 0x00),
            curtain: Color32::from_rgb(0x12, 0x24, 0x3C),
            agreed: Color32::from_rgb(0x1E, 0x4A, 0x6A),
            line: Color32::from_rgb(0x80, 0x80, 0x80),
        }
    }

    /// The palette that fits the current egui theme.
    pub fn for_ui(ui: &egui::Ui) -> Self {
        if ui.visuals().dark_mode {
            Self::dark()
        } else {
            Self::light()
        }
    }

    /// The colour of a domain's dots.
    pub fn domain(&self, domain: Domain) -> Color32 {
        match domain {
            Domain::Social => self.social,
            Domain::Medical => self.medical,
            Domain::Residents => self.residents,
            Domain::Other => self.other,
        }
    }
}
