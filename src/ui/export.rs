//! The PDF export: the one place the window asks for report bytes.
//!
//! The window only asks for the bytes here; the save dialog and the atomic write are the
//! file flow's, so a failed export never touches the open assessment.

use crate::domain::{Assessment, Framework, Lang};

/// The PDF report of an assessment, in the window's language.
pub fn render_pdf(
    framework: &Framework,
    assessment: &Assessment,
    lang: Lang,
) -> anyhow::Result<Vec<u8>> {
    crate::report::render_report(framework, assessment, lang)
        .map_err(|err| anyhow::Error::msg(err.message(lang)))
}
