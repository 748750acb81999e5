//! Ordering providers, and finding the judgements that would change who comes first.

use std::cmp::Ordering;

use super::{ScoreOptions, Scorecard, half_points, in_scope, score, weight};
use crate::assurance::Derivation;
use crate::catalogue::{Catalogue, Item, Priority};
use crate::workspace::{Provider, ProviderId, Status};

/// Best first. Fewer disqualifying failures first — so a provider with none never ranks
/// below one with some, and among disqualified providers the one with fewer failures comes
/// first — then the higher score (no score, "–", lowest), fewer Unknowns, more coverage;
/// ties keep the workspace's order.
fn better(a: &Scorecard, b: &Scorecard) -> Ordering {
    standing(
        a.disqualifying.len(),
        a.overall.percent(),
        b.disqualifying.len(),
        b.overall.percent(),
    )
    .then_with(|| a.overall.unknown.cmp(&b.overall.unknown))
    .then_with(|| b.overall.assessed.cmp(&a.overall.assessed))
}

/// The two keys that decide a place: disqualifying failures, then score.
pub(super) fn standing(
    a_failures: usize,
    a_score: Option<f64>,
    b_failures: usize,
    b_score: Option<f64>,
) -> Ordering {
    let score = |percent: Option<f64>| percent.unwrap_or(-1.0);
    a_failures
        .cmp(&b_failures)
        .then_with(|| score(b_score).total_cmp(&score(a_score)))
}

/// Indexes into `cards`, best first.
pub fn rank(cards: &[Scorecard]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cards.len()).collect();
    order.sort_by(|&a, &b| better(&cards[a], &cards[b]));
    order
}

/// A single judgement whose change alone would swap the top two providers.
#[derive(Debug, Clone, PartialEq)]
pub struct Swing {
    pub provider: ProviderId,
    pub item: String,
    pub from: Status,
    pub to: Status,
    /// The item's priority at the workspace's assurance level.
    pub priority: Priority,
    /// How far the change alone brings the two overall scores together, in percentage
    /// points: what the runner-up would gain, or what the leader would lose.
    pub shift: f64,
}

impl Swing {
    /// Whether it is the leader's required item becoming Not met: a disqualifying failure.
    fn rules_out_leader(&self, leader: &ProviderId) -> bool {
        self.provider == *leader && self.priority == Priority::Required && self.to == Status::NotMet
    }
}

/// What sums up a group of swings in one sentence, when each of a kind would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    /// The leader's required items that it meets or partly meets, judged Not met.
    LeaderRequired,
    /// The runner-up's items not yet Met (nor Not applicable), judged Met.
    RunnerUpItems,
}

/// Every single judgement that alone would swap the two providers ranked first.
#[derive(Debug, Clone, PartialEq)]
pub struct Swings {
    /// The indexes of the providers ranked first and second.
    pub leader: usize,
    pub runner_up: usize,
    /// All of them, in the order to read them: required items first, then those that
    /// bring the two scores closest together (`Swing::shift`), then catalogue order.
    pub all: Vec<Swing>,
    /// The leader's in-scope required items that it meets or partly meets: the ones whose
    /// becoming Not met would each be a disqualifying failure.
    leader_required: usize,
    /// The runner-up's in-scope items that are neither Met nor Not applicable: the ones
    /// tried as Met.
    runner_up_open: usize,
    leader_id: ProviderId,
    runner_up_id: ProviderId,
}

impl Swings {
    pub fn len(&self) -> usize {
        self.all.len()
    }

    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    /// When every required item the leader meets or partly meets would, judged Not met,
    /// alone rule it out and swap the two (and there are at least two such items), how
    /// many: one sentence says that better than a list of each.
    pub fn any_required_rules_out_leader(&self) -> Option<usize> {
        self.whole(Group::LeaderRequired)
    }

    /// When every item of the runner-up's not yet Met (nor Not applicable) would, judged
    /// Met, alone put it first (and there are at least two), how many: as when neither has
    /// been assessed, and any one judgement of the runner-up's would decide.
    pub fn any_item_puts_runner_up_first(&self) -> Option<usize> {
        self.whole(Group::RunnerUpItems)
    }

    /// How many of the swings are the runner-up's items becoming Met.
    pub fn runner_up_gains(&self) -> usize {
        self.all
            .iter()
            .filter(|swing| swing.provider == self.runner_up_id)
            .count()
    }

    /// The swings to name one by one, in reading order: all of them but those that
    /// `any_required_rules_out_leader` and `any_item_puts_runner_up_first` sum up.
    pub fn listed(&self) -> Vec<&Swing> {
        let summed: Vec<Group> = [Group::LeaderRequired, Group::RunnerUpItems]
            .into_iter()
            .filter(|group| self.whole(*group).is_some())
            .collect();
        self.all
            .iter()
            .filter(|swing| !summed.iter().any(|group| self.belongs(swing, *group)))
            .collect()
    }

    fn belongs(&self, swing: &Swing, group: Group) -> bool {
        match group {
            Group::LeaderRequired => swing.rules_out_leader(&self.leader_id),
            Group::RunnerUpItems => swing.provider == self.runner_up_id,
        }
    }

    /// How many swings the group holds, when it holds every one of its kind and at least
    /// two.
    fn whole(&self, group: Group) -> Option<usize> {
        let of_kind = match group {
            Group::LeaderRequired => self.leader_required,
            Group::RunnerUpItems => self.runner_up_open,
        };
        let count = self
            .all
            .iter()
            .filter(|swing| self.belongs(swing, group))
            .count();
        (count >= 2 && count == of_kind).then_some(count)
    }
}

/// For the two providers ranked first, every judgement that alone would swap them: the
/// runner-up's items that would put it first if Met, and the leader's items (Met or Partly
/// met) that would drop it if Not met. `None` with fewer than two providers.
pub fn swings(
    catalogue: &Catalogue,
    providers: &[Provider],
    derivation: &Derivation,
    options: ScoreOptions,
) -> Option<Swings> {
    let cards: Vec<Scorecard> = providers
        .iter()
        .map(|provider| score(catalogue, provider, derivation, options))
        .collect();
    swings_among(catalogue, providers, &cards, derivation, options)
}

/// `swings` for providers already scored: `cards` are their scorecards, in their order.
/// Each trial adjusts the scorecard by the one item instead of scoring it again, so this
/// stays well under a millisecond for the whole catalogue.
pub fn swings_among(
    catalogue: &Catalogue,
    providers: &[Provider],
    cards: &[Scorecard],
    derivation: &Derivation,
    options: ScoreOptions,
) -> Option<Swings> {
    let order = rank(cards);
    let (&first, &second) = (order.first()?, order.get(1)?);
    let (leader, runner_up) = (&providers[first], &providers[second]);
    let percent = |card: &Scorecard| card.overall.percent().unwrap_or(0.0);
    let mut found = Vec::new();
    let mut leader_required = 0;
    let mut runner_up_open = 0;
    let items = catalogue
        .items()
        .map(|(_, item)| item)
        .filter(|item| item.is_for_provider() && in_scope(item, derivation));
    for item in items {
        let priority = derivation.priority(item);
        let trial = |card: &Scorecard, from: Status, to: Status| {
            changed(card, item, derivation, options, from, to)
        };
        let from = status_of(runner_up, &item.id);
        if !matches!(from, Status::Met | Status::NotApplicable) {
            runner_up_open += 1;
            let card = trial(&cards[second], from, Status::Met);
            if better(&card, &cards[first]) == Ordering::Less {
                found.push(Swing {
                    provider: runner_up.id.clone(),
                    item: item.id.clone(),
                    from,
                    to: Status::Met,
                    priority,
                    shift: percent(&card) - percent(&cards[second]),
                });
            }
        }
        let from = status_of(leader, &item.id);
        if matches!(from, Status::Met | Status::PartlyMet) {
            leader_required += usize::from(priority == Priority::Required);
            let card = trial(&cards[first], from, Status::NotMet);
            if better(&cards[second], &card) == Ordering::Less {
                found.push(Swing {
                    provider: leader.id.clone(),
                    item: item.id.clone(),
                    from,
                    to: Status::NotMet,
                    priority,
                    shift: percent(&cards[first]) - percent(&card),
                });
            }
        }
    }
    // Stable: equal keys keep catalogue order.
    found.sort_by(|a, b| {
        (a.priority != Priority::Required)
            .cmp(&(b.priority != Priority::Required))
            .then_with(|| b.shift.total_cmp(&a.shift))
    });
    Some(Swings {
        leader: first,
        runner_up: second,
        all: found,
        leader_required,
        runner_up_open,
        leader_id: leader.id.clone(),
        runner_up_id: runner_up.id.clone(),
    })
}

/// What ranking reads of `card` (the overall tally and the disqualifying failures) had
/// the in-scope `item` gone from `from` to `to`; neither is Not applicable, so the item
/// stays counted. Its sections are left empty: ranking never reads them.
pub(super) fn changed(
    card: &Scorecard,
    item: &Item,
    derivation: &Derivation,
    options: ScoreOptions,
    from: Status,
    to: Status,
) -> Scorecard {
    let priority = derivation.priority(item);
    let weight = weight(priority);
    let mut overall = card.overall;
    overall.earned_halves =
        overall.earned_halves - half_points(from, weight) + half_points(to, weight);
    overall.assessed =
        overall.assessed - usize::from(from.is_assessed()) + usize::from(to.is_assessed());
    let open = |status: Status| if status.is_assessed() { 0 } else { weight };
    overall.open_weight = overall.open_weight - open(from) + open(to);
    overall.unknown =
        overall.unknown - usize::from(from == Status::Unknown) + usize::from(to == Status::Unknown);
    let fails = |status: Status| {
        priority == Priority::Required
            && (status == Status::NotMet
                || (options.unknown_disqualifies && status == Status::Unknown))
    };
    let mut disqualifying: Vec<String> = card
        .disqualifying
        .iter()
        .filter(|id| !(fails(from) && **id == item.id))
        .cloned()
        .collect();
    if fails(to) {
        disqualifying.push(item.id.clone());
    }
    Scorecard {
        provider: card.provider.clone(),
        overall,
        sections: Vec::new(),
        disqualifying,
        accepted: card.accepted.clone(),
        lapsed: card.lapsed.clone(),
        open: Vec::new(),
        open_required: 0,
    }
}

fn status_of(provider: &Provider, item: &str) -> Status {
    provider
        .assessments
        .get(item)
        .map_or(Status::NotAssessed, |a| a.status)
}
