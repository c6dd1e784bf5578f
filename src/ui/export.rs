//! The PDF export: the one place the window asks for report bytes.
//!
//! The report renderer (`crate::report`) is built on another branch; until it is merged,
//! [`render_pdf`] says that export is not available yet, and the rest of the flow (Ctrl+E,
//! the save dialog, the atomic write, the error message) already works.

use crate::domain::{Assessment, Framework, Lang};

/// The PDF report of an assessment.
pub fn render_pdf(
    framework: &Framework,
    assessment: &Assessment,
    lang: Lang,
) -> anyhow::Result<Vec<u8>> {
    let _ = (framework, assessment);
    anyhow::bail!(
        "{}",
        lang.pick(
            "PDF-export is nog niet beschikbaar",
            "PDF export is not available yet"
        )
    )
}
