//! How far an assessment has got: items judged over items to judge.

use super::model::{Provider, Workspace};
use crate::catalogue::Catalogue;

/// Items assessed (any status but Not assessed) out of the items a provider is assessed on.
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
    /// Progress over the catalogue's assessable items; entries for items the catalogue
    /// does not have are not counted.
    pub fn progress(&self, catalogue: &Catalogue) -> Progress {
        catalogue
            .assessable_items()
            .fold(Progress::default(), |progress, (_, item)| Progress {
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
    /// Progress summed over every provider.
    pub fn progress(&self, catalogue: &Catalogue) -> Progress {
        self.providers
            .iter()
            .map(|provider| provider.progress(catalogue))
            .fold(Progress::default(), |sum, p| sum + p)
    }
}
