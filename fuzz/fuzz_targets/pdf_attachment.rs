//! Any bytes as an exported report: the attachment is looked for and, when found, read as
//! an assessment; never a crash, never a hang.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use routekaart::store;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = store::attached_assessment_ron(bytes) {
        let _ = store::assessment_from_ron(&text, Path::new("fuzz.pdf"));
    }
});
