//! The desktop app's screens.

pub mod compare;
