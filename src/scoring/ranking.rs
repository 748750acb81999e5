//! Ordering providers, and finding the judgements that would change who comes first.

use std::cmp::Ordering;

use super::{ScoreOptions, Scorecard, half_points, in_scope, score, weight};
use crate::assurance::Derivation;
use crate::catalogue::{Catalogue, Item, ItemKind, Priority};
use crate::workspace::{Provider, ProviderId, Status};

/// Best first. A provider with a disqualifying failure never ranks above one without;
/// then the higher score, then fewer disqualifying failures, fewer Unknowns, more
/// coverage; ties keep the workspace's order.
fn better(a: &Scorecard, b: &Scorecard) -> Ordering {
    let score = |card: &Scorecard| card.overall.percent().unwrap_or(0.0);
    a.is_disqualified()
        .cmp(&b.is_disqualified())
        .then_with(|| score(b).total_cmp(&score(a)))
        .then_with(|| a.disqualifying.len().cmp(&b.disqualifying.len()))
        .then_with(|| a.overall.unknown.cmp(&b.overall.unknown))
        .then_with(|| b.overall.assessed.cmp(&a.overall.assessed))
}

/// Indexes into `cards`, best first.
pub fn rank(cards: &[Scorecard]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cards.len()).collect();
    order.sort_by(|&a, &b| better(&cards[a], &cards[b]));
    order
}

/// A single judgement whose change would swap the top two providers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Swing {
    pub provider: ProviderId,
    pub item: String,
    pub from: Status,
    pub to: Status,
}

/// For the two providers ranked first, the judgements that alone would swap them: the
/// runner-up's items that would put it first if Met, then the leader's items that would
/// drop it if Not met. At most `limit`, in catalogue order within each kind.
pub fn swings(
    catalogue: &Catalogue,
    providers: &[Provider],
    derivation: &Derivation,
    options: ScoreOptions,
    limit: usize,
) -> Vec<Swing> {
    let cards: Vec<Scorecard> = providers
        .iter()
        .map(|provider| score(catalogue, provider, derivation, options))
        .collect();
    swings_among(catalogue, providers, &cards, derivation, options, limit)
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
    limit: usize,
) -> Vec<Swing> {
    let order = rank(cards);
    let (Some(&first), Some(&second)) = (order.first(), order.get(1)) else {
        return Vec::new();
    };
    let (leader, runner_up) = (&providers[first], &providers[second]);
    let mut found = Vec::new();
    let items = || {
        catalogue
            .items()
            .map(|(_, item)| item)
            .filter(|item| item.kind != ItemKind::ContextQuestion && in_scope(item, derivation))
    };
    let trial = |card: &Scorecard, item: &Item, from: Status, to: Status| {
        changed(card, item, derivation, options, from, to)
    };
    for item in items() {
        if found.len() >= limit {
            return found;
        }
        let from = status_of(runner_up, &item.id);
        if matches!(from, Status::Met | Status::NotApplicable) {
            continue;
        }
        let card = trial(&cards[second], item, from, Status::Met);
        if better(&card, &cards[first]) == Ordering::Less {
            found.push(Swing {
                provider: runner_up.id.clone(),
                item: item.id.clone(),
                from,
                to: Status::Met,
            });
        }
    }
    for item in items() {
        if found.len() >= limit {
            break;
        }
        let from = status_of(leader, &item.id);
        if !matches!(from, Status::Met | Status::PartlyMet) {
            continue;
        }
        let card = trial(&cards[first], item, from, Status::NotMet);
        if better(&cards[second], &card) == Ordering::Less {
            found.push(Swing {
                provider: leader.id.clone(),
                item: item.id.clone(),
                from,
                to: Status::NotMet,
            });
        }
    }
    found
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
    let priority = item.priority.at(derivation.effective);
    let weight = weight(priority);
    let mut overall = card.overall;
    overall.earned_halves =
        overall.earned_halves - half_points(from, weight) + half_points(to, weight);
    overall.assessed =
        overall.assessed - usize::from(from.is_assessed()) + usize::from(to.is_assessed());
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
    }
}

fn status_of(provider: &Provider, item: &str) -> Status {
    provider
        .assessments
        .get(item)
        .map_or(Status::NotAssessed, |a| a.status)
}
