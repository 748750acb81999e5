//! The first words of Compare and of every report: whether any provider qualifies, who
//! comes first or closest and what stands in its way, and whether the ranking is final.

use serde::Serialize;

use super::Comparison;
use crate::scoring::{Scorecard, unsettled};

/// How many item ids a sentence names before saying how many more.
const NAMED: usize = 5;

/// The headline and the ranking's standing, as sentences; the JSON report writes it as it
/// is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// Who qualifies and comes first, or that none does and who comes closest.
    pub headline: String,
    /// Whether the ranking is final or provisional, and which items would settle it.
    pub standing: Option<String>,
    /// No provider meets every required item.
    pub none_qualifies: bool,
    pub provisional: bool,
    /// How many places from the top no item still to assess could change: all of them
    /// when the ranking is final. A provisional ranking may still have a settled leader.
    pub settled_places: usize,
}

impl Comparison<'_> {
    /// What a decision-maker reads first.
    pub fn verdict(&self) -> Verdict {
        let level = self.derivation().effective.label();
        let cards = &self.cards;
        let Some(&first) = self.ranking.first() else {
            return Verdict {
                headline: "No providers have been added to this assessment yet.".to_owned(),
                standing: None,
                none_qualifies: false,
                provisional: false,
                settled_places: 0,
            };
        };
        let name = |index: usize| self.providers()[index].name.trim().to_owned();
        let card = &cards[first];
        let none_qualifies = cards.iter().all(Scorecard::is_disqualified);
        let headline = if cards.iter().all(|card| card.overall.assessed == 0) {
            "No provider has been assessed yet, so none ranks first.".to_owned()
        } else if none_qualifies {
            format!(
                "No provider meets every required item at {level}. Closest: {} — {} in \
                 its way ({}); each must be fixed, or its risk accepted by an approver.{}",
                name(first),
                count(
                    card.disqualifying.len(),
                    "disqualifying failure stands",
                    "disqualifying failures stand"
                ),
                listed(&card.disqualifying),
                self.accepted_note(first),
            )
        } else {
            format!(
                "{} ranks first with {} and no disqualifying failure at {level}.{}",
                name(first),
                score_text(card),
                self.accepted_note(first),
            )
        };
        let open = unsettled(cards, &self.ranking);
        // The places above the first that could still move: a CIO must be able to tell a
        // leader already settled from a race still open.
        let settled_places = self
            .ranking
            .iter()
            .take_while(|index| !open.contains(index))
            .count();
        let standing = (cards.len() > 1 || !card.open.is_empty()).then(|| {
            if open.is_empty() {
                "Final ranking: no item still to assess could change the order.".to_owned()
            } else {
                let settle: Vec<String> = open
                    .iter()
                    .filter(|&&index| !cards[index].open.is_empty())
                    .map(|&index| self.open_items(index))
                    .collect();
                let moving: Vec<String> = open.iter().map(|&index| name(index)).collect();
                let lead = match settled_places {
                    0 => "the items not yet assessed could still change the order".to_owned(),
                    1 => format!(
                        "first place is final (no item still to assess could move {}), but \
                         the order of {} could still change",
                        name(first),
                        and_list(&moving)
                    ),
                    places => format!(
                        "places 1–{places} are final, but the order of {} could still change",
                        and_list(&moving)
                    ),
                };
                format!(
                    "Provisional ranking: {lead}. Assessing these would settle it: {}.",
                    settle.join("; ")
                )
            }
        });
        Verdict {
            headline,
            standing,
            none_qualifies,
            provisional: !open.is_empty(),
            settled_places,
        }
    }

    /// Why a decision recommending provider `index` goes against the ranking, when it
    /// does: it is disqualified, as "2 required items fail (SEL.3, SEL.10)". The decision is the
    /// approver's, but no reader may miss that it overrides the guidance's required items.
    pub fn against_the_ranking(&self, index: usize) -> Option<String> {
        let card = self.cards.get(index)?;
        card.is_disqualified().then(|| {
            // An acceptance that ran out is renewed, not treated afresh: say which.
            let lapsed = if card.lapsed.is_empty() {
                String::new()
            } else {
                format!("; acceptance lapsed: {}", listed(&card.lapsed))
            };
            format!(
                "{} ({}{lapsed})",
                count(
                    card.disqualifying.len(),
                    "required item fails",
                    "required items fail"
                ),
                listed(&card.disqualifying)
            )
        })
    }

    /// " Accepted, not blocking: P1.1 (by Ana)." for a provider's required items whose
    /// risk is accepted, and " Acceptance lapsed, blocking again: P2.1 (by Ana, until
    /// 2026-06-30)." for those whose acceptance has run out.
    fn accepted_note(&self, index: usize) -> String {
        let card = &self.cards[index];
        let provider = &self.providers()[index];
        let each = |ids: &[String]| -> Vec<String> {
            ids.iter()
                .map(|id| {
                    let treatment = provider
                        .assessments
                        .get(id)
                        .and_then(|assessment| assessment.treatment.as_ref());
                    let approver = treatment.map_or("", |t| t.approver.trim());
                    match treatment.and_then(|t| t.until) {
                        Some(until) => format!("{id} (by {approver}, until {until})"),
                        None => format!("{id} (by {approver})"),
                    }
                })
                .collect()
        };
        let mut parts = Vec::new();
        if !card.accepted.is_empty() {
            parts.push(format!(
                " Accepted, not blocking: {}.",
                each(&card.accepted).join(", ")
            ));
        }
        if !card.lapsed.is_empty() {
            parts.push(format!(
                " Acceptance lapsed, blocking again: {}.",
                each(&card.lapsed).join(", ")
            ));
        }
        parts.concat()
    }

    /// "Tuatara Talk's 12 open items (3 required: P1.1, P1.2, P2.1)".
    fn open_items(&self, index: usize) -> String {
        let card = &self.cards[index];
        let name = self.providers()[index].name.trim();
        let required = &card.open[..card.open_required];
        let total = count(card.open.len(), "open item", "open items");
        if required.is_empty() {
            format!("{name}'s {total}")
        } else {
            format!(
                "{name}'s {total} ({} required: {})",
                required.len(),
                listed(required)
            )
        }
    }
}

/// The score with its range while items are open: "62.9 % (could reach 62.9–88.1 %)".
pub fn score_text(card: &Scorecard) -> String {
    let score = card
        .overall
        .percent()
        .map_or_else(|| "–".to_owned(), |value| format!("{value:.1} %"));
    match card.overall.range() {
        Some((lowest, highest)) if !card.overall.is_settled() => {
            format!("{score} (could reach {lowest:.1}–{highest:.1} %)")
        }
        _ => score,
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "A", "A and B", "A, B and C".
fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The first few ids, then how many more.
fn listed(ids: &[String]) -> String {
    let named = ids
        .iter()
        .take(NAMED)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    match ids.len().checked_sub(NAMED) {
        Some(more) if more > 0 => format!("{named} and {more} more"),
        _ => named,
    }
}
