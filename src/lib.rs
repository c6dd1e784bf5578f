//! Routekaart: where a Dutch regional health-and-social-care table stands on the route to a
//! regional table that steers together, what blocks the next stage, and which steering
//! instruments fit now.
//!
//! Module map (dependencies point down this list, never up):

pub mod cli; // headless commands: validate, …
pub mod domain; // pure model and rules, no I/O
pub mod store; // files: assessments and frameworks on disk, atomic saves
pub mod ui; // the desktop window: screens (egui)
