//! The colours of the comparison screen, in one place, so the app theme can map onto them.
//!
//! The stages read as a calm route (sand to deep blue), not as a traffic light: a stage is a
//! mirror of where a table stands, not a grade.

use egui::Color32;

/// The colours the comparison screen draws with.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparePalette {
    /// Fill per stage, stage 1 first: one calm route from sand to deep blue.
    pub stages: [Color32; 5],
    /// Text drawn on a stage fill, stage 1 first.
    pub on_stages: [Color32; 5],
    /// Lines of the overlaid profiles, one per selected row (repeats after the last).
    pub series: [Color32; 6],
    /// Chart background.
    pub chart_bg: Color32,
    /// Grid and axis lines.
    pub grid: Color32,
    /// Chart labels and secondary text.
    pub muted: Color32,
    /// Main text in charts.
    pub text: Color32,
    /// Marks that ask for care in reading (one person, other framework version, uncertainty).
    pub caution: Color32,
    /// Bars of counts that are not stages (blocking items, instruments).
    pub bar: Color32,
}

impl ComparePalette {
    /// Colours for a light theme.
    pub fn light() -> Self {
        Self {
            stages: [
                Color32::from_rgb(0xE9, 0xDF, 0xC7),
                Color32::from_rgb(0xC6, 0xDD, 0xCF),
                Color32::from_rgb(0x8C, 0xC3, 0xC0),
                Color32::from_rgb(0x4E, 0x94, 0xA8),
                Color32::from_rgb(0x25, 0x5C, 0x84),
            ],
            on_stages: [
                Color32::from_rgb(0x3A, 0x33, 0x22),
                Color32::from_rgb(0x22, 0x3A, 0x2E),
                Color32::from_rgb(0x15, 0x33, 0x33),
                Color32::WHITE,
                Color32::WHITE,
            ],
            series: [
                Color32::from_rgb(0x1F, 0x6F, 0xB4),
                Color32::from_rgb(0xC0, 0x6A, 0x1D),
                Color32::from_rgb(0x6A, 0x4C, 0x9C),
                Color32::from_rgb(0x2E, 0x8B, 0x57),
                Color32::from_rgb(0x9C, 0x3D, 0x6A),
                Color32::from_rgb(0x5A, 0x5A, 0x5A),
            ],
            chart_bg: Color32::from_rgb(0xFA, 0xFA, 0xF7),
            grid: Color32::from_rgb(0xD6, 0xD6, 0xD0),
            muted: Color32::from_rgb(0x6B, 0x6B, 0x66),
            text: Color32::from_rgb(0x22, 0x22, 0x22),
            caution: Color32::from_rgb(0xA8, 0x63, 0x00),
            bar: Color32::from_rgb(0x7A, 0x9C, 0xB8),
        }
    }

    /// Colours for a dark theme.
    pub fn dark() -> Self {
        Self {
            stages: [
                Color32::from_rgb(0x6B, 0x61, 0x4A),
                Color32::from_rgb(0x4F, 0x6E, 0x5E),
                Color32::from_rgb(0x3A, 0x7E, 0x7C),
                Color32::from_rgb(0x3A, 0x7F, 0xA3),
                Color32::from_rgb(0x4C, 0x8B, 0xD0),
            ],
            on_stages: [Color32::WHITE; 5],
            series: [
                Color32::from_rgb(0x6F, 0xB3, 0xEC),
                Color32::from_rgb(0xF0, 0xA2, 0x5A),
                Color32::from_rgb(0xB7, 0x9C, 0xE6),
                Color32::from_rgb(0x7C, 0xD0, 0x9A),
                Color32::from_rgb(0xE8, 0x8C, 0xB6),
                Color32::from_rgb(0xC8, 0xC8, 0xC8),
            ],
            chart_bg: Color32::from_rgb(0x24, 0x26, 0x28),
            grid: Color32::from_rgb(0x48, 0x4B, 0x4E),
            muted: Color32::from_rgb(0xA8, 0xA8, 0xA2),
            text: Color32::from_rgb(0xE6, 0xE6, 0xE2),
            caution: Color32::from_rgb(0xF0, 0xB4, 0x50),
            bar: Color32::from_rgb(0x5F, 0x86, 0xA6),
        }
    }

    /// The fill of a stage.
    pub fn stage(&self, index: usize) -> Color32 {
        self.stages.get(index).copied().unwrap_or(self.grid)
    }

    /// The text colour on a stage fill.
    pub fn on_stage(&self, index: usize) -> Color32 {
        self.on_stages.get(index).copied().unwrap_or(self.text)
    }

    /// The colour of the `n`-th overlaid series.
    pub fn series(&self, n: usize) -> Color32 {
        self.series
            .get(n % self.series.len())
            .copied()
            .unwrap_or(self.text)
    }
}
