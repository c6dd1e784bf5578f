//! UI strings used in more than one place, in Dutch and English. One-off texts sit beside
//! their widget as `lang.pick("…", "…")`.

use crate::domain::Lang;

/// A text in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Tr(pub &'static str, pub &'static str);

impl Tr {
    /// The text in a language.
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.0, self.1)
    }
}

/// The app's name.
pub const APP: &str = "Routekaart";
/// Save.
pub const SAVE: Tr = Tr("Opslaan", "Save");
/// Save as.
pub const SAVE_AS: Tr = Tr("Opslaan als…", "Save as…");
/// Open.
pub const OPEN: Tr = Tr("Openen…", "Open…");
/// Export the PDF.
pub const EXPORT: Tr = Tr("PDF exporteren…", "Export PDF…");
/// Export the report as a Word document.
pub const EXPORT_WORD: Tr = Tr("Word-document exporteren…", "Export Word document…");
/// Export the action plan to Excel.
pub const EXPORT_PLAN: Tr = Tr("Actieplan naar Excel…", "Action plan to Excel…");
/// Cancel.
pub const CANCEL: Tr = Tr("Annuleren", "Cancel");
/// Start screen.
pub const NAV_START: Tr = Tr("Start", "Start");
/// Set-up screen.
pub const NAV_SETUP: Tr = Tr("Opzet", "Set-up");
/// Questions screen.
pub const NAV_QUESTIONS: Tr = Tr("Vragen", "Questions");
/// Workshop screen.
pub const NAV_WORKSHOP: Tr = Tr("Werksessie", "Workshop");
/// Results screen.
pub const NAV_RESULTS: Tr = Tr("Resultaat", "Results");
/// Plan screen.
pub const NAV_PLAN: Tr = Tr("Actieplan", "Action plan");
/// Don't know.
pub const DONT_KNOW: Tr = Tr("Weet niet", "Don't know");
/// Not applicable.
pub const NOT_APPLICABLE: Tr = Tr("N.v.t.", "N/A");
/// The mirror sentence.
pub const MIRROR: Tr = Tr(
    "Een spiegel voor het gesprek, geen cijfer: elke regio gaat een eigen weg in een eigen tempo.",
    "A mirror for the conversation, not a grade: every region goes its own way at its own pace.",
);
/// Too few respondents to show a breakdown.
pub const TOO_FEW: Tr = Tr("te weinig om te tonen", "too few to show");
