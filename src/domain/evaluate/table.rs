//! Indicators of the table's composition (docs/model.md §1): seats, votes and mandates per
//! domain, residents present, and flags where the balance tips.

use crate::domain::assessment::{Domain, Seat};
use crate::domain::framework::Scoring;

/// Seats, votes and mandates of one domain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DomainSeats {
    /// Seats.
    pub seats: usize,
    /// Seats with a vote.
    pub votes: usize,
    /// Seats whose holder carries a mandate.
    pub mandates: usize,
}

/// Something about the table's composition worth raising.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TableFlag {
    /// No seats are recorded, so parity cannot be measured.
    NoSeats,
    /// The social domain has no seat at all.
    SocialAbsent,
    /// The medical domain holds more seats than the ratio allows per social seat.
    SocialOutnumbered,
    /// The social domain holds more seats than the ratio allows per medical seat.
    MedicalOutnumbered,
    /// Votes are unbalanced beyond the ratio between the domains.
    VotesUnbalanced,
    /// No residents or client organisation at the table.
    NoResidents,
    /// Some seats with a vote lack a mandate from their constituency.
    MandatesMissing,
}

/// The table's composition in figures.
#[derive(Clone, Debug, PartialEq)]
pub struct TableIndicators {
    /// Per domain, in [`Domain::ALL`] order.
    pub domains: Vec<(Domain, DomainSeats)>,
    /// Social seats per medical seat (`None` without medical seats).
    pub social_per_medical: Option<f64>,
    /// Seats with a vote but no mandate.
    pub votes_without_mandate: usize,
    /// Flags, sorted.
    pub flags: Vec<TableFlag>,
}

impl TableIndicators {
    /// The figures of one domain.
    pub fn domain(&self, domain: Domain) -> DomainSeats {
        self.domains
            .iter()
            .find(|(d, _)| *d == domain)
            .map(|(_, s)| *s)
            .unwrap_or_default()
    }

    /// Total seats.
    pub fn seats(&self) -> usize {
        self.domains.iter().map(|(_, s)| s.seats).sum()
    }
}

fn over(a: usize, b: usize, ratio: f64) -> bool {
    b > 0 && a as f64 > b as f64 * ratio + 1e-9
}

/// Computes the indicators from the seats.
pub fn table_indicators(seats: &[Seat], scoring: &Scoring) -> TableIndicators {
    let domains: Vec<(Domain, DomainSeats)> = Domain::ALL
        .into_iter()
        .map(|domain| {
            let mine = seats.iter().filter(|s| s.domain() == domain);
            let figures = mine.fold(DomainSeats::default(), |acc, s| DomainSeats {
                seats: acc.seats + 1,
                votes: acc.votes + usize::from(s.vote),
                mandates: acc.mandates + usize::from(s.mandate),
            });
            (domain, figures)
        })
        .collect();
    let get = |domain: Domain| {
        domains
            .iter()
            .find(|(d, _)| *d == domain)
            .map(|(_, s)| *s)
            .unwrap_or_default()
    };
    let (social, medical, residents) = (
        get(Domain::Social),
        get(Domain::Medical),
        get(Domain::Residents),
    );
    let ratio = scoring.seat_imbalance_ratio;
    let votes_without_mandate = seats.iter().filter(|s| s.vote && !s.mandate).count();

    let mut flags = Vec::new();
    if seats.is_empty() {
        flags.push(TableFlag::NoSeats);
    } else {
        if social.seats == 0 {
            flags.push(TableFlag::SocialAbsent);
        }
        if over(medical.seats, social.seats, ratio) {
            flags.push(TableFlag::SocialOutnumbered);
        }
        if over(social.seats, medical.seats, ratio) {
            flags.push(TableFlag::MedicalOutnumbered);
        }
        if over(medical.votes, social.votes, ratio)
            || over(social.votes, medical.votes, ratio)
            || (social.votes == 0) != (medical.votes == 0)
        {
            flags.push(TableFlag::VotesUnbalanced);
        }
        if residents.seats == 0 {
            flags.push(TableFlag::NoResidents);
        }
        if votes_without_mandate > 0 {
            flags.push(TableFlag::MandatesMissing);
        }
    }
    TableIndicators {
        social_per_medical: (medical.seats > 0).then(|| social.seats as f64 / medical.seats as f64),
        domains,
        votes_without_mandate,
        flags,
    }
}
