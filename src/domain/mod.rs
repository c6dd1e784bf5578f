//! The pure model and rules of Routekaart: the framework, the assessment, the evaluation
//! (stage, blockers, disagreement, recommendations), workshop rules and the comparison.
//!
//! Nothing here draws, prints, reads files or asks the clock. Callers pass text, bytes and
//! dates in; every function returns data. That keeps the rules testable and lets the window,
//! the PDF report and the command line all show the same numbers.

pub mod assessment;
pub mod compare;
mod date;
pub mod evaluate;
pub mod framework;
mod id;
mod level;
mod text;
pub mod workshop;

pub use assessment::Assessment;
pub use date::{Date, InvalidDate};
pub use evaluate::{Evaluation, evaluate};
pub use framework::Framework;
pub use id::Id;
pub use level::{Level, LevelOutOfRange};
pub use text::{Lang, Text};
