//! Any bytes as a framework file: parsed and validated, never a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use routekaart::domain::Framework;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = Framework::from_ron(text);
    }
});
