//! Builds the report model, one file per section, in the order the issue asks for: cover,
//! summary, the four values, where the table differs, the table itself, instruments, action
//! plan and national barriers, and the appendix with every question and the method.

mod appendix;
pub(super) mod comparison;
mod cover;
mod differences;
mod instruments;
mod plan;
mod summary;
mod table;
mod values;

use super::model::{Block, Report, Style};
use crate::domain::assessment::Assessment;
use crate::domain::{Evaluation, Framework, Lang};

/// Everything a section builder needs.
pub(super) struct Ctx<'a> {
    pub framework: &'a Framework,
    pub assessment: &'a Assessment,
    pub evaluation: &'a Evaluation,
    pub lang: Lang,
}

impl Ctx<'_> {
    /// Dutch or English.
    pub fn pick<'s>(&self, nl: &'s str, en: &'s str) -> &'s str {
        self.lang.pick(nl, en)
    }
}

/// A section heading.
pub(super) fn h1(text: &str) -> Block {
    Block::Heading {
        level: 1,
        text: text.to_owned(),
    }
}

/// A sub-heading.
pub(super) fn h2(text: &str) -> Block {
    Block::Heading {
        level: 2,
        text: text.to_owned(),
    }
}

/// Running text.
pub(super) fn p(text: impl Into<String>) -> Block {
    Block::Paragraph {
        text: text.into(),
        style: Style::Body,
    }
}

/// Small grey text.
pub(super) fn small(text: impl Into<String>) -> Block {
    Block::Paragraph {
        text: text.into(),
        style: Style::Small,
    }
}

/// Bold running text.
pub(super) fn strong(text: impl Into<String>) -> Block {
    Block::Paragraph {
        text: text.into(),
        style: Style::Strong,
    }
}

/// The sentence every part of the product repeats: a mirror, not a grade.
pub(super) fn mirror(lang: Lang) -> &'static str {
    lang.pick(
        "De fase is een spiegel voor het gesprek, geen cijfer en geen oordeel: elke regio gaat haar eigen weg in haar eigen tempo.",
        "The stage is a mirror for the conversation, not a grade or a verdict: every region goes its own way at its own pace.",
    )
}

/// Builds the whole report.
pub(super) fn report(
    framework: &Framework,
    assessment: &Assessment,
    evaluation: &Evaluation,
    lang: Lang,
) -> Report {
    let ctx = Ctx {
        framework,
        assessment,
        evaluation,
        lang,
    };
    let meta = &assessment.meta;
    let mut blocks = Vec::new();
    blocks.extend(summary::blocks(&ctx));
    blocks.push(Block::PageBreak);
    blocks.extend(values::blocks(&ctx));
    blocks.extend(differences::blocks(&ctx));
    blocks.extend(table::blocks(&ctx));
    blocks.extend(instruments::blocks(&ctx));
    blocks.extend(plan::blocks(&ctx));
    blocks.push(Block::PageBreak);
    blocks.extend(appendix::blocks(&ctx));
    Report {
        title: format!("Routekaart — {}", meta.region),
        header_left: format!("Routekaart · {}", meta.region),
        header_right: meta.date.long(lang),
        page_word: lang.pick("pagina", "page").to_owned(),
        of_word: lang.pick("van", "of").to_owned(),
        date: meta.date,
        cover: cover::cover(&ctx),
        blocks,
    }
}
