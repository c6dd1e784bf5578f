//! Routekaart: where a Dutch regional health-and-social-care table stands on the route to a
//! regional table that steers together, what blocks the next stage, and which steering
//! instruments fit now.
//!
//! Module map (dependencies point down this list, never up):

pub mod cli; // headless commands: validate, summary, compare, report
pub mod domain; // pure model and rules, no I/O
pub mod report; // the PDF report: model, layout, charts; the only code touching printpdf
pub mod store; // files: assessments and frameworks on disk, atomic saves
pub mod ui; // the desktop window (eframe): screens, theme, file dialogs

/// For unit tests: the example files shipped with the crate.
#[cfg(test)]
mod test_files;
