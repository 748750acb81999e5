//! What the assurance level means for the work: how many items a provider must satisfy,
//! and which ones a higher level adds. The guidance asks for less provider assurance where
//! the consequences are small and for more (e.g. end-to-end encryption) where they are not.

use super::Derivation;
use crate::catalogue::{AssuranceLevel, Catalogue, Item, Priority};

/// Assessable items (not context questions) required at `level`, in catalogue order.
pub fn required_at(catalogue: &Catalogue, level: AssuranceLevel) -> Vec<&Item> {
    catalogue
        .assessable_items()
        .map(|(_, item)| item)
        .filter(|item| item.priority.at(level) == Priority::Required)
        .collect()
}

/// The effort the effective level asks for, counting only items for needed services.
#[derive(Debug, Clone, PartialEq)]
pub struct Effort<'c> {
    pub level: AssuranceLevel,
    /// Assessable items that concern a needed service.
    pub in_scope: usize,
    /// Assessable items that concern only services not needed, left out of every count.
    pub out_of_scope: usize,
    /// Of those, the ones required at `level`.
    pub required: usize,
    /// Of those, the ones required at Baseline.
    pub required_at_baseline: usize,
    /// Of those, the ones required at High (what the most thorough review would ask).
    pub required_at_high: usize,
    /// Items required at `level` but not at Baseline, in catalogue order.
    pub added: Vec<&'c Item>,
}

/// Counts the effort of the derivation's effective level.
pub fn effort<'c>(catalogue: &'c Catalogue, derivation: &Derivation) -> Effort<'c> {
    let in_scope = |items: Vec<&'c Item>| -> Vec<&'c Item> {
        items
            .into_iter()
            .filter(|item| derivation.applies(item))
            .collect()
    };
    let level = derivation.effective;
    let required_here: Vec<&'c Item> = catalogue
        .assessable_items()
        .map(|(_, item)| item)
        .filter(|item| derivation.priority(item) == Priority::Required)
        .collect();
    let assessable = catalogue.assessable_items().count();
    let in_scope_count = catalogue
        .assessable_items()
        .filter(|(_, item)| derivation.applies(item))
        .count();
    Effort {
        level,
        in_scope: in_scope_count,
        out_of_scope: assessable - in_scope_count,
        required: in_scope(required_here.clone()).len(),
        required_at_baseline: in_scope(required_at(catalogue, AssuranceLevel::Baseline)).len(),
        required_at_high: in_scope(required_at(catalogue, AssuranceLevel::High)).len(),
        added: in_scope(
            required_here
                .into_iter()
                .filter(|item| item.priority.at(AssuranceLevel::Baseline) != Priority::Required)
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests;
