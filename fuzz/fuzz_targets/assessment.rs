//! Any bytes through the assessment loader; what loads is checked, evaluated, made
//! shareable and written back, and must read back the same.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use routekaart::domain::{Framework, assessment, evaluate};
use routekaart::store;

fn framework() -> &'static Framework {
    static FRAMEWORK: OnceLock<Framework> = OnceLock::new();
    FRAMEWORK.get_or_init(|| Framework::embedded().expect("the built-in framework loads"))
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(loaded) = store::assessment_from_ron(text, Path::new("fuzz.ron")) else {
        return;
    };
    let framework = framework();
    let _ = assessment::check(framework, &loaded);
    let _ = evaluate(framework, &loaded);
    let _ = loaded.shareable();
    let written = store::assessment_to_ron(&loaded).expect("a loaded assessment can be written");
    let again = store::assessment_from_ron(&written, Path::new("fuzz.ron"))
        .expect("what Routekaart writes, it reads");
    assert_eq!(again, loaded, "written and read back unchanged");
});
