//! Whether a ranking is final or still provisional: could the items not yet assessed
//! change the order, and whose items would settle it.

use std::cmp::Ordering;

use super::Scorecard;
use super::ranking::standing;

/// The providers whose place could still change with the items not yet assessed, in
/// ranked order; empty when the ranking is final. For each pair one above the other, the
/// lower one at its best (every open item met, no new failure) is set against the higher
/// one at its worst (every open item failing, each open required item a disqualifying
/// failure); when the lower could then come first, neither place is settled.
pub fn unsettled(cards: &[Scorecard], ranking: &[usize]) -> Vec<usize> {
    let mut found = vec![false; cards.len()];
    for (place, &upper) in ranking.iter().enumerate() {
        let high = &cards[upper];
        let worst_failures = high.disqualifying.len() + high.open_required;
        let worst_score = high.overall.range().map(|(lowest, _)| lowest);
        for &lower in &ranking[place + 1..] {
            let low = &cards[lower];
            let best_score = low.overall.range().map(|(_, highest)| highest);
            let overtakes = standing(
                low.disqualifying.len(),
                best_score,
                worst_failures,
                worst_score,
            ) == Ordering::Less;
            if overtakes {
                found[upper] = true;
                found[lower] = true;
            }
        }
    }
    ranking
        .iter()
        .copied()
        .filter(|&index| found[index])
        .collect()
}
