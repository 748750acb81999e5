//! Scores: how well each provider meets the catalogue at the workspace's assurance level.
//! Pure: (catalogue, workspace, derivation) in, scorecards out. The rules are written out
//! with worked examples in docs/scoring.md.

mod ranking;

use crate::assurance::Derivation;
use crate::catalogue::{Catalogue, Item, Priority};
use crate::workspace::{Provider, ProviderId, Status};

pub use ranking::{Swing, Swings, rank, swings, swings_among};

/// Choices that change how providers are judged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScoreOptions {
    /// Count a required item the provider will not answer (Unknown) as disqualifying too.
    pub unknown_disqualifies: bool,
}

/// How much an item weighs at a priority.
pub fn weight(priority: Priority) -> u32 {
    match priority {
        Priority::Required => 3,
        Priority::Recommended => 2,
        Priority::Optional => 1,
    }
}

/// Points are kept in halves so that Partly met is exact.
fn half_points(status: Status, weight: u32) -> u32 {
    match status {
        Status::Met => 2 * weight,
        Status::PartlyMet => weight,
        _ => 0,
    }
}

/// The sums behind one score: of a section, or of the whole catalogue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Points earned, in halves.
    pub earned_halves: u32,
    /// Points available from applicable items.
    pub possible: u32,
    /// Applicable items: assessable, for a needed service, not Not applicable.
    pub applicable: usize,
    /// Applicable items with a judgement.
    pub assessed: usize,
    pub unknown: usize,
}

impl Tally {
    /// The score in percent (0–100); `None` when nothing is applicable.
    pub fn percent(&self) -> Option<f64> {
        (self.possible > 0).then(|| f64::from(self.earned_halves) * 50.0 / f64::from(self.possible))
    }

    fn add(&mut self, status: Status, weight: u32) {
        self.applicable += 1;
        self.possible += weight;
        self.earned_halves += half_points(status, weight);
        self.assessed += usize::from(status.is_assessed());
        self.unknown += usize::from(status == Status::Unknown);
    }

    fn merge(&mut self, other: &Tally) {
        self.earned_halves += other.earned_halves;
        self.possible += other.possible;
        self.applicable += other.applicable;
        self.assessed += other.assessed;
        self.unknown += other.unknown;
    }
}

/// One provider's scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub provider: ProviderId,
    pub overall: Tally,
    /// Per section, in catalogue order (sections without assessable items are left out).
    pub sections: Vec<(String, Tally)>,
    /// Required items that are Not met (or Unknown, when so configured), in catalogue order.
    pub disqualifying: Vec<String>,
}

impl Scorecard {
    pub fn is_disqualified(&self) -> bool {
        !self.disqualifying.is_empty()
    }

    pub fn section(&self, id: &str) -> Option<&Tally> {
        self.sections
            .iter()
            .find(|(section, _)| section == id)
            .map(|(_, tally)| tally)
    }
}

/// Whether an item counts for this workspace at all: for a needed service, its
/// conditions on the context met.
pub fn in_scope(item: &Item, derivation: &Derivation) -> bool {
    derivation.applies(item)
}

/// Scores one provider.
pub fn score(
    catalogue: &Catalogue,
    provider: &Provider,
    derivation: &Derivation,
    options: ScoreOptions,
) -> Scorecard {
    let status_of = |item: &str| {
        provider
            .assessments
            .get(item)
            .map_or(Status::NotAssessed, |assessment| assessment.status)
    };
    score_by(catalogue, &provider.id, status_of, derivation, options)
}

/// Scores whatever `status_of` says a provider's judgements are: the provider as it is,
/// or as it would be with one judgement changed.
fn score_by(
    catalogue: &Catalogue,
    provider: &ProviderId,
    status_of: impl Fn(&str) -> Status,
    derivation: &Derivation,
    options: ScoreOptions,
) -> Scorecard {
    let mut overall = Tally::default();
    let mut sections = Vec::new();
    let mut disqualifying = Vec::new();
    for section in &catalogue.sections {
        let mut tally = Tally::default();
        let mut has_items = false;
        for item in section.items.iter().filter(|item| item.is_for_provider()) {
            has_items = true;
            if !in_scope(item, derivation) {
                continue;
            }
            let status = status_of(&item.id);
            if status == Status::NotApplicable {
                continue;
            }
            let priority = derivation.priority(item);
            tally.add(status, weight(priority));
            let fails = status == Status::NotMet
                || (options.unknown_disqualifies && status == Status::Unknown);
            if priority == Priority::Required && fails {
                disqualifying.push(item.id.clone());
            }
        }
        if has_items {
            overall.merge(&tally);
            sections.push((section.id.clone(), tally));
        }
    }
    Scorecard {
        provider: provider.clone(),
        overall,
        sections,
        disqualifying,
    }
}

/// Scores every provider of a workspace, in the workspace's order.
pub fn score_all(
    catalogue: &Catalogue,
    providers: &[Provider],
    derivation: &Derivation,
    options: ScoreOptions,
) -> Vec<Scorecard> {
    providers
        .iter()
        .map(|provider| score(catalogue, provider, derivation, options))
        .collect()
}

#[cfg(test)]
mod tests;
