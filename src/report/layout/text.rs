//! Measuring and wrapping text from the font's glyph advances.
//!
//! printpdf draws one line per call and does not wrap, so the report measures words itself:
//! the width of a text is the sum of its glyphs' advance widths (no kerning), and lines are
//! filled greedily, ragged right, breaking only at spaces (no hyphenation). A word wider than
//! the line is broken between characters as a last resort, so nothing runs off the page.

use std::collections::BTreeMap;

/// Millimetres per typographic point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// Code points below this are looked up in a flat table; the rest fall back.
const TABLE_SIZE: usize = 0x2600;

/// Advance widths of one font, per character.
#[derive(Clone, Debug, PartialEq)]
pub struct Metrics {
    units_per_em: f32,
    /// Advance per code point below [`TABLE_SIZE`]; 0 where the font has no glyph.
    table: Vec<u16>,
    fallback: u16,
}

impl Metrics {
    /// Metrics from the font's units per em and the advance of each character it covers.
    /// Characters not in the map are measured with `fallback`.
    pub fn new(units_per_em: u16, advances: BTreeMap<char, u16>, fallback: u16) -> Self {
        let mut table = vec![0; TABLE_SIZE];
        for (c, advance) in advances {
            if let Some(slot) = table.get_mut(c as usize) {
                *slot = advance;
            }
        }
        Self {
            units_per_em: f32::from(units_per_em.max(1)),
            table,
            fallback,
        }
    }

    fn advance(&self, c: char) -> u32 {
        let known = self.table.get(c as usize).copied().unwrap_or(0);
        u32::from(if known == 0 { self.fallback } else { known })
    }

    fn to_mm(&self, units: u32, size_pt: f32) -> f32 {
        units as f32 / self.units_per_em * size_pt * MM_PER_PT
    }

    /// The width of a text in millimetres at a font size in points.
    pub fn width(&self, text: &str, size_pt: f32) -> f32 {
        self.to_mm(text.chars().map(|c| self.advance(c)).sum(), size_pt)
    }

    /// Wraps a text into lines no wider than `max_width` millimetres. A newline in the text
    /// forces a break; an empty text gives no lines.
    pub fn wrap(&self, text: &str, size_pt: f32, max_width: f32) -> Vec<String> {
        // Widths are summed in font units, exactly as [`Metrics::width`] does, so a line
        // that fits here measures the same everywhere else.
        let fits = |units: u32| self.to_mm(units, size_pt) <= max_width;
        let units_of = |s: &str| s.chars().map(|c| self.advance(c)).sum::<u32>();
        let space = self.advance(' ');
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_units = 0;
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let word_units = units_of(word);
                if !line.is_empty() && fits(line_units + space + word_units) {
                    line.push(' ');
                    line.push_str(word);
                    line_units += space + word_units;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if fits(word_units) {
                    line.push_str(word);
                    line_units = word_units;
                } else {
                    // A word wider than the line: break it after its hyphens, and where a
                    // piece is still too wide, between characters.
                    line_units = 0;
                    for piece in word.split_inclusive('-') {
                        let piece_units = units_of(piece);
                        if !line.is_empty() && fits(line_units + piece_units) {
                            line.push_str(piece);
                            line_units += piece_units;
                            continue;
                        }
                        if !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_units = 0;
                        }
                        for c in piece.chars() {
                            let units = self.advance(c);
                            if !line.is_empty() && !fits(line_units + units) {
                                lines.push(std::mem::take(&mut line));
                                line_units = 0;
                            }
                            line.push(c);
                            line_units += units;
                        }
                    }
                }
            }
            if !line.is_empty() || (lines.is_empty() && !paragraph.is_empty()) {
                lines.push(line);
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A font where every character is half an em wide.
    fn mono() -> Metrics {
        Metrics::new(1000, BTreeMap::new(), 500)
    }

    #[test]
    fn width_adds_advances_and_scales_with_size() {
        let mut advances = BTreeMap::new();
        advances.insert('i', 250);
        advances.insert('m', 750);
        let metrics = Metrics::new(1000, advances, 500);
        let at_10 = metrics.width("im", 10.0);
        assert!(
            (at_10 - 10.0 * MM_PER_PT).abs() < 1e-4,
            "one em at 10 pt: {at_10}"
        );
        assert!(
            (metrics.width("im", 20.0) - 2.0 * at_10).abs() < 1e-4,
            "double size, double width"
        );
        assert!(
            metrics.width("x", 10.0) > metrics.width("i", 10.0),
            "unknown characters use the fallback"
        );
    }

    #[test]
    fn wrap_fills_lines_greedily_at_spaces() {
        let metrics = mono();
        // At 10 pt each character is 5 pt = 1.764 mm; 10 characters fit in 18 mm.
        let lines = metrics.wrap("een twee drie vier", 10.0, 18.0);
        assert_eq!(
            lines,
            vec!["een twee", "drie vier"],
            "two lines of two words"
        );
        for line in &lines {
            assert!(metrics.width(line, 10.0) <= 18.0, "line fits: {line}");
        }
    }

    #[test]
    fn wrap_breaks_long_words_and_keeps_newlines() {
        let metrics = mono();
        let lines = metrics.wrap("coördinatiemechanisme", 10.0, 9.0);
        assert!(lines.len() > 1, "a long word is broken: {lines:?}");
        assert_eq!(
            lines.concat(),
            "coördinatiemechanisme",
            "no character lost or added"
        );
        assert_eq!(
            metrics.wrap("a\nb", 10.0, 100.0),
            vec!["a", "b"],
            "newline forces a break"
        );
        assert!(
            metrics.wrap("", 10.0, 100.0).is_empty(),
            "empty text, no lines"
        );
        // 16 characters at 1.764 mm do not fit in 22 mm; the hyphen is the place to break.
        assert_eq!(
            metrics.wrap("Vechtstreek-Oost", 10.0, 22.0),
            vec!["Vechtstreek-", "Oost"],
            "a long word breaks after its hyphen"
        );
    }
}
