//! Frame-time budget of the workshop screen.
fn main() {}
