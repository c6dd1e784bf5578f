//! The desktop window.

pub mod workshop;
