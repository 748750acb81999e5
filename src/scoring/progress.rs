//! How far an assessment has got: items judged over items to judge. Beside scoring, not in
//! `workspace`, because it counts over the items scoring keeps in scope: the workspace
//! model stays free of scoring and the assurance rule, which are built on it.
//!
//! The items to judge are the items in scope: assessable, and for a service the context
//! says the organisation needs (`scoring::in_scope`). Every figure of progress (the
//! Providers view, the status line, the picker, `tiaki list`) counts over them, so that
//! it agrees with the scores and the report, which leave the same items out.

use super::in_scope;
use crate::assurance::{self, Derivation};
use crate::catalogue::{Catalogue, Item};
use crate::workspace::{Provider, Workspace};

/// Items assessed (any status but Not assessed, so Not applicable counts: the assessor
/// decided it) out of the items in scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub assessed: usize,
    pub total: usize,
}

impl Progress {
    pub fn percent(self) -> usize {
        (self.assessed * 100).checked_div(self.total).unwrap_or(0)
    }
}

impl std::ops::Add for Progress {
    type Output = Progress;

    fn add(self, other: Progress) -> Progress {
        Progress {
            assessed: self.assessed + other.assessed,
            total: self.total + other.total,
        }
    }
}

impl Provider {
    /// Progress over the catalogue's items in scope for `derivation` (the workspace's
    /// context); judgements of items out of scope, or that the catalogue does not have,
    /// are not counted.
    pub fn progress_in_scope(&self, catalogue: &Catalogue, derivation: &Derivation) -> Progress {
        self.progress_over(
            catalogue.assessable_items().map(|(_, item)| item),
            derivation,
        )
    }

    /// Progress over those of `items` in scope for `derivation`: a section's, say. Items
    /// that are not assessable (context questions) are for the caller to leave out.
    pub fn progress_over<'c>(
        &self,
        items: impl IntoIterator<Item = &'c Item>,
        derivation: &Derivation,
    ) -> Progress {
        self.count(items.into_iter().filter(|item| in_scope(item, derivation)))
    }

    fn count<'c>(&self, items: impl Iterator<Item = &'c Item>) -> Progress {
        items.fold(Progress::default(), |progress, item| Progress {
            assessed: progress.assessed
                + usize::from(
                    self.assessments
                        .get(&item.id)
                        .is_some_and(|a| a.status.is_assessed()),
                ),
            total: progress.total + 1,
        })
    }
}

impl Workspace {
    /// One provider's progress over the items in scope for this workspace's context.
    pub fn provider_progress(&self, catalogue: &Catalogue, provider: &Provider) -> Progress {
        provider.progress_in_scope(catalogue, &assurance::derive(catalogue, &self.context))
    }

    /// Progress summed over every provider, over the items in scope.
    pub fn progress(&self, catalogue: &Catalogue) -> Progress {
        let derivation = assurance::derive(catalogue, &self.context);
        self.providers
            .iter()
            .map(|provider| provider.progress_in_scope(catalogue, &derivation))
            .fold(Progress::default(), |sum, p| sum + p)
    }
}

#[cfg(test)]
mod tests;
