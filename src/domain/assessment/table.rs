//! The table itself: its seats, and the domains and kinds of organisation behind them.

use serde::{Deserialize, Serialize};

use crate::domain::Lang;

/// The side a seat or respondent speaks from (docs/model.md §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Domain {
    /// Municipalities, social work, welfare.
    Social,
    /// Insurers, care offices, GPs, hospitals, mental health, elderly care, GGD.
    Medical,
    /// Residents, client and patient organisations.
    Residents,
    /// Anything else, e.g. an independent chair or a housing corporation.
    Other,
}

impl Domain {
    /// All domains, in display order.
    pub const ALL: [Self; 4] = [Self::Social, Self::Medical, Self::Residents, Self::Other];

    /// The name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::Social => lang.pick("Sociaal domein", "Social domain"),
            Self::Medical => lang.pick("Medisch domein", "Medical domain"),
            Self::Residents => lang.pick("Inwoners", "Residents"),
            Self::Other => lang.pick("Overig", "Other"),
        }
    }
}

/// The kind of organisation behind a seat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum OrgKind {
    /// Gemeente.
    Municipality,
    /// Sociaalwerkorganisatie.
    SocialWork,
    /// Welzijnsorganisatie.
    Welfare,
    /// Zorgverzekeraar.
    Insurer,
    /// Zorgkantoor (Wlz).
    CareOffice,
    /// Huisartsen (GP practices, GP cooperative or alliance).
    GeneralPractice,
    /// Ziekenhuis.
    Hospital,
    /// GGZ-aanbieder.
    MentalHealth,
    /// VVT / ouderenzorg.
    ElderlyCare,
    /// GGD.
    PublicHealth,
    /// Cliënt-, patiënten- of inwonersorganisatie.
    ResidentsOrganisation,
    /// Anything else.
    Other,
}

impl OrgKind {
    /// All kinds, social first, then medical, then residents and other.
    pub const ALL: [Self; 12] = [
        Self::Municipality,
        Self::SocialWork,
        Self::Welfare,
        Self::Insurer,
        Self::CareOffice,
        Self::GeneralPractice,
        Self::Hospital,
        Self::MentalHealth,
        Self::ElderlyCare,
        Self::PublicHealth,
        Self::ResidentsOrganisation,
        Self::Other,
    ];

    /// The domain this kind of organisation belongs to.
    pub fn domain(self) -> Domain {
        match self {
            Self::Municipality | Self::SocialWork | Self::Welfare => Domain::Social,
            Self::Insurer
            | Self::CareOffice
            | Self::GeneralPractice
            | Self::Hospital
            | Self::MentalHealth
            | Self::ElderlyCare
            | Self::PublicHealth => Domain::Medical,
            Self::ResidentsOrganisation => Domain::Residents,
            Self::Other => Domain::Other,
        }
    }

    /// The name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::Municipality => lang.pick("Gemeente", "Municipality"),
            Self::SocialWork => lang.pick("Sociaal werk", "Social work"),
            Self::Welfare => lang.pick("Welzijn", "Welfare"),
            Self::Insurer => lang.pick("Zorgverzekeraar", "Health insurer"),
            Self::CareOffice => lang.pick("Zorgkantoor", "Care office"),
            Self::GeneralPractice => lang.pick("Huisartsen", "General practice"),
            Self::Hospital => lang.pick("Ziekenhuis", "Hospital"),
            Self::MentalHealth => lang.pick("GGZ", "Mental health care"),
            Self::ElderlyCare => lang.pick("Ouderenzorg (VVT)", "Elderly care"),
            Self::PublicHealth => lang.pick("GGD", "Public health service"),
            Self::ResidentsOrganisation => lang.pick(
                "Inwoners- of cliëntorganisatie",
                "Residents' or clients' organisation",
            ),
            Self::Other => lang.pick("Overig", "Other"),
        }
    }
}

/// The level at which a seat takes part.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum SeatLevel {
    /// Bestuurlijk: directors, aldermen.
    #[default]
    Administrative,
    /// Tactisch: managers, policy advisers.
    Tactical,
    /// Uitvoerend: projects and professionals.
    Operational,
}

impl SeatLevel {
    /// All levels.
    pub const ALL: [Self; 3] = [Self::Administrative, Self::Tactical, Self::Operational];

    /// The name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Self::Administrative => lang.pick("Bestuurlijk", "Administrative"),
            Self::Tactical => lang.pick("Tactisch", "Tactical"),
            Self::Operational => lang.pick("Uitvoerend", "Operational"),
        }
    }
}

/// One seat at the table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    /// The organisation, e.g. "Gemeente Tiel (namens 8 gemeenten)".
    pub organisation: String,

    /// The kind of organisation, which gives the domain.
    pub kind: OrgKind,

    /// The level at which the seat takes part.
    #[serde(default)]
    pub level: SeatLevel,

    /// Whether the seat has a vote in decisions.
    #[serde(default)]
    pub vote: bool,

    /// Whether the person carries a mandate from their constituency.
    #[serde(default)]
    pub mandate: bool,
}

impl Seat {
    /// The domain of the seat.
    pub fn domain(&self) -> Domain {
        self.kind.domain()
    }
}
