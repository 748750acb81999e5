//! Scores: how well each provider meets the catalogue at the workspace's assurance level.
//! Pure: (catalogue, workspace, derivation) in, scorecards out. The rules are written out
//! with worked examples in docs/scoring.md.

mod progress;
mod ranking;
mod settle;

use crate::assurance::Derivation;
use crate::catalogue::{AssuranceLevel, Catalogue, Item, Priority};
use crate::workspace::{Acceptance, Day, Decision, Provider, ProviderId, Status};

pub use progress::Progress;
pub use ranking::{Swing, Swings, rank, swings, swings_among};
pub use settle::unsettled;

/// Choices that change how providers are judged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScoreOptions {
    /// Count a required item the provider will not answer (Unknown) as disqualifying too.
    pub unknown_disqualifies: bool,
    /// The day the scores speak for: an accepted risk whose `until` is before it has
    /// lapsed, and its finding blocks again. Without a day every acceptance holds.
    pub on: Option<Day>,
}

impl ScoreOptions {
    /// The options a workspace's decision sets, on day `on`; Unknown disqualifies at High
    /// unless the assessor chose otherwise. The TUI and every report use this, so they
    /// agree.
    pub fn for_workspace(decision: &Decision, derivation: &Derivation, on: Day) -> Self {
        Self {
            unknown_disqualifies: Self::unknown_disqualifies(decision, derivation),
            on: Some(on),
        }
    }

    /// Whether a required item left Unknown disqualifies: the decision's setting, else on
    /// at High.
    pub fn unknown_disqualifies(decision: &Decision, derivation: &Derivation) -> bool {
        decision
            .unknown_disqualifies
            .unwrap_or(derivation.effective == AssuranceLevel::High)
    }
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
    /// Weights of the applicable items not yet assessed: what could still be earned.
    pub open_weight: u32,
}

impl Tally {
    /// The score in percent (0–100); `None` ("–") when nothing applicable has been
    /// assessed: a score of nothing looked at is no score, not 0 %.
    pub fn percent(&self) -> Option<f64> {
        (self.assessed > 0).then(|| self.lowest())
    }

    /// The range the score could still reach: from every unassessed item failing (the
    /// score as it stands) to every one met. `None` when nothing is applicable.
    pub fn range(&self) -> Option<(f64, f64)> {
        (self.possible > 0).then(|| {
            let highest = f64::from(self.earned_halves + 2 * self.open_weight) * 50.0
                / f64::from(self.possible);
            (self.lowest(), highest)
        })
    }

    /// Whether every applicable item has a judgement: the score can no longer move.
    pub fn is_settled(&self) -> bool {
        self.open_weight == 0
    }

    fn lowest(&self) -> f64 {
        if self.possible == 0 {
            return 0.0;
        }
        f64::from(self.earned_halves) * 50.0 / f64::from(self.possible)
    }

    fn add(&mut self, status: Status, weight: u32) {
        self.applicable += 1;
        self.possible += weight;
        self.earned_halves += half_points(status, weight);
        self.assessed += usize::from(status.is_assessed());
        self.unknown += usize::from(status == Status::Unknown);
        if !status.is_assessed() {
            self.open_weight += weight;
        }
    }

    fn merge(&mut self, other: &Tally) {
        self.earned_halves += other.earned_halves;
        self.possible += other.possible;
        self.applicable += other.applicable;
        self.assessed += other.assessed;
        self.unknown += other.unknown;
        self.open_weight += other.open_weight;
    }
}

/// One provider's scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub provider: ProviderId,
    pub overall: Tally,
    /// Per section, in catalogue order (sections without assessable items are left out).
    pub sections: Vec<(String, Tally)>,
    /// Required items that are Not met (or Unknown, when so configured), in catalogue order,
    /// leaving out those accepted.
    pub disqualifying: Vec<String>,
    /// Required items that would be disqualifying but whose risk has been accepted (with an
    /// approver): they no longer block, and are shown as accepted.
    pub accepted: Vec<String>,
    /// Required items whose accepted risk has lapsed (its `until` is past): they are in
    /// `disqualifying` again, and listed here so that every reader is told why.
    pub lapsed: Vec<String>,
    /// Applicable items not yet assessed, required ones first, each in catalogue order:
    /// what would settle the score.
    pub open: Vec<String>,
    /// How many of `open` are required: each could still be a disqualifying failure.
    pub open_required: usize,
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
    let judged = |item: &str| {
        provider.assessments.get(item).map_or(
            (Status::NotAssessed, Acceptance::NotAccepted),
            |assessment| {
                let acceptance = assessment
                    .treatment
                    .as_ref()
                    .map_or(Acceptance::NotAccepted, |t| t.acceptance(options.on));
                (assessment.status, acceptance)
            },
        )
    };
    score_by(catalogue, &provider.id, judged, derivation, options)
}

/// Scores whatever `judged` says a provider's judgements are (each status, and whether a
/// failure of it has been accepted).
fn score_by(
    catalogue: &Catalogue,
    provider: &ProviderId,
    judged: impl Fn(&str) -> (Status, Acceptance),
    derivation: &Derivation,
    options: ScoreOptions,
) -> Scorecard {
    let mut overall = Tally::default();
    let mut sections = Vec::new();
    let mut disqualifying = Vec::new();
    let mut accepted = Vec::new();
    let mut lapsed = Vec::new();
    let (mut open_required, mut open_other) = (Vec::new(), Vec::new());
    for section in &catalogue.sections {
        let mut tally = Tally::default();
        let mut has_items = false;
        for item in section.items.iter().filter(|item| item.is_for_provider()) {
            has_items = true;
            if !in_scope(item, derivation) {
                continue;
            }
            let (status, acceptance) = judged(&item.id);
            if status == Status::NotApplicable {
                continue;
            }
            let priority = derivation.priority(item);
            tally.add(status, weight(priority));
            if !status.is_assessed() {
                if priority == Priority::Required {
                    open_required.push(item.id.clone());
                } else {
                    open_other.push(item.id.clone());
                }
            }
            let fails = status == Status::NotMet
                || (options.unknown_disqualifies && status == Status::Unknown);
            if priority == Priority::Required && fails {
                match acceptance {
                    Acceptance::Holds => accepted.push(item.id.clone()),
                    Acceptance::Lapsed => {
                        lapsed.push(item.id.clone());
                        disqualifying.push(item.id.clone());
                    }
                    Acceptance::NotAccepted => disqualifying.push(item.id.clone()),
                }
            }
        }
        if has_items {
            overall.merge(&tally);
            sections.push((section.id.clone(), tally));
        }
    }
    let required = open_required.len();
    open_required.extend(open_other);
    Scorecard {
        provider: provider.clone(),
        overall,
        sections,
        disqualifying,
        accepted,
        lapsed,
        open: open_required,
        open_required: required,
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
