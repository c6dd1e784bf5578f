//! All colours, fonts and text styles of the window, for the light and the dark theme.
//!
//! Nothing else in `ui` names a colour: screens and widgets ask for a role here ("the band
//! colour of a concern", "a selected card"), so the two themes stay consistent. The window
//! uses `DejaVu` Sans, the same family as the PDF report.

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};

use crate::domain::evaluate::Band;

/// `DejaVu` Sans, bundled with its licence in `assets/fonts/`.
const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// `DejaVu` Sans Bold.
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The name of the bold font family.
pub const BOLD_FAMILY: &str = "bold";

/// Installs the bundled fonts and the text styles.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "dejavu".to_owned(),
        Arc::new(FontData::from_static(REGULAR)),
    );
    fonts.font_data.insert(
        "dejavu-bold".to_owned(),
        Arc::new(FontData::from_static(BOLD)),
    );
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        family.insert(0, "dejavu".to_owned());
    }
    fonts.families.insert(
        FontFamily::Name(BOLD_FAMILY.into()),
        vec!["dejavu-bold".to_owned(), "dejavu".to_owned()],
    );
    ctx.set_fonts(fonts);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::new(24.0, bold())),
            (TextStyle::Body, FontId::proportional(15.0)),
            (TextStyle::Button, FontId::proportional(15.0)),
            (TextStyle::Small, FontId::proportional(12.0)),
            (TextStyle::Monospace, FontId::monospace(14.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 28.0;
        // A scroll bar with its own lane: egui's floating bar lies over the content's right
        // edge, over card borders and the ends of buttons and text fields.
        style.spacing.scroll = egui::style::ScrollStyle::solid();
        let dark = style.visuals.dark_mode;
        let p = palette(dark);
        // Darker text than egui's default grey: easier to read, also on a projector.
        let text = if dark {
            Color32::from_gray(225)
        } else {
            Color32::from_gray(28)
        };
        style.visuals.widgets.noninteractive.fg_stroke.color = text;
        style.visuals.widgets.inactive.fg_stroke.color = text;
        style.visuals.selection.bg_fill = p.card_selected;
        style.visuals.selection.stroke.color = p.accent;
        style.visuals.hyperlink_color = p.accent;
    });
}

/// The bold font family.
pub fn bold() -> FontFamily {
    FontFamily::Name(BOLD_FAMILY.into())
}

/// A bold font of a size.
pub fn bold_font(size: f32) -> FontId {
    FontId::new(size, bold())
}

/// Light or dark.
pub fn apply_theme(ctx: &egui::Context, dark: bool) {
    ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
}

/// The colours of the current theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// The main accent (route, selected cards, radar).
    pub accent: Color32,
    /// Text on the accent.
    pub on_accent: Color32,
    /// A soft background for cards.
    pub card: Color32,
    /// The background of a selected card.
    pub card_selected: Color32,
    /// Card borders.
    pub border: Color32,
    /// Secondary text.
    pub muted: Color32,
    /// Grid lines of charts.
    pub grid: Color32,
    /// Errors.
    pub error: Color32,
    /// Background of an error banner.
    pub error_bg: Color32,
    /// Background of an information banner.
    pub info_bg: Color32,
    /// The band "strength".
    pub strength: Color32,
    /// The band "discuss".
    pub discuss: Color32,
    /// The band "concern".
    pub concern: Color32,
    /// Where the table placed itself.
    pub self_marker: Color32,
}

/// The palette for a theme.
pub fn palette(dark: bool) -> Palette {
    if dark {
        Palette {
            accent: Color32::from_rgb(96, 165, 250),
            on_accent: Color32::from_rgb(10, 20, 40),
            card: Color32::from_rgb(38, 42, 50),
            card_selected: Color32::from_rgb(30, 58, 100),
            border: Color32::from_rgb(70, 78, 92),
            muted: Color32::from_rgb(165, 172, 184),
            grid: Color32::from_rgb(80, 86, 98),
            error: Color32::from_rgb(252, 165, 165),
            error_bg: Color32::from_rgb(80, 30, 30),
            info_bg: Color32::from_rgb(30, 50, 80),
            strength: Color32::from_rgb(74, 180, 120),
            discuss: Color32::from_rgb(222, 170, 60),
            concern: Color32::from_rgb(230, 110, 100),
            self_marker: Color32::from_rgb(200, 150, 250),
        }
    } else {
        Palette {
            accent: Color32::from_rgb(29, 78, 156),
            on_accent: Color32::WHITE,
            card: Color32::from_rgb(246, 248, 251),
            card_selected: Color32::from_rgb(219, 232, 252),
            border: Color32::from_rgb(203, 210, 222),
            muted: Color32::from_rgb(92, 100, 114),
            grid: Color32::from_rgb(212, 217, 226),
            error: Color32::from_rgb(160, 30, 30),
            error_bg: Color32::from_rgb(253, 232, 232),
            info_bg: Color32::from_rgb(228, 238, 252),
            strength: Color32::from_rgb(28, 130, 74),
            discuss: Color32::from_rgb(176, 118, 0),
            concern: Color32::from_rgb(190, 50, 40),
            self_marker: Color32::from_rgb(120, 60, 170),
        }
    }
}

/// The palette of the theme the context shows now.
pub fn current(ctx: &egui::Context) -> Palette {
    palette(ctx.global_style().visuals.dark_mode)
}

impl Palette {
    /// The colour of a band.
    pub fn band(&self, band: Band) -> Color32 {
        match band {
            Band::Strength => self.strength,
            Band::Discuss => self.discuss,
            Band::Concern => self.concern,
        }
    }
}

/// Card corner radius.
pub const CARD_RADIUS: u8 = 8;
/// The widest a reading column gets.
pub const READING_WIDTH: f32 = 1000.0;

/// The comparison screen's colours for the light or dark theme.
pub fn compare_palette(dark: bool) -> crate::ui::compare::ComparePalette {
    if dark {
        crate::ui::compare::ComparePalette::dark()
    } else {
        crate::ui::compare::ComparePalette::light()
    }
}

/// Denser text for screens that show many rows at once (the comparison): a size smaller, so
/// a full row of figures fits the window at 100 %.
pub fn compact(ui: &mut egui::Ui) {
    let style = ui.style_mut();
    style
        .text_styles
        .insert(TextStyle::Body, FontId::proportional(13.0));
    style
        .text_styles
        .insert(TextStyle::Button, FontId::proportional(13.0));
    style
        .text_styles
        .insert(TextStyle::Small, FontId::proportional(11.0));
    style.spacing.item_spacing = egui::vec2(6.0, 6.0);
}
