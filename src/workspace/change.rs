//! The one way a workspace changes. Every front end (the TUI, each CLI command that
//! writes) describes what it wants as a `Change` and hands it to `Workspace::apply`, which
//! checks it against the workspace as it is, makes it, stamps who and when, records it in
//! the history and returns its inverse: undo is applying the inverse.
//!
//! Each change carries both sides (what was there and what replaces it), whole: an
//! assessment with its note, evidence, action, flag, claim and treatment; a provider with
//! everything recorded for it. That makes every change exactly invertible, lets `apply`
//! refuse a change made against a state that is no longer there, and lets the history be
//! replayed to prove the workspace is what its events say.

mod apply;
mod describe;
mod undo;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use super::claim::ImportRecord;
use super::decision::Decision;
use super::edit::Subject;
use super::evidence::Evidence;
use super::model::{Assessment, Context, Deployment, Provider, ProviderId};
use crate::nzism::StatedCrypto;

pub use apply::{Applied, ChangeError, Origin};
pub use describe::{TextDifference, assessment_difference, text_differences};
pub use undo::UndoLog;

/// One change to a workspace, with what it replaces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// One item's assessment for a provider, its deployment checklist or the readiness;
    /// `None` is "nothing recorded".
    Assessment {
        subject: Subject,
        item: String,
        before: Option<Box<Assessment>>,
        after: Option<Box<Assessment>>,
    },
    /// The context: answers, notes, the level override, the NZISM version. Small enough to
    /// keep whole on both sides.
    Context {
        before: Box<Context>,
        after: Box<Context>,
    },
    /// A provider put in the list at `index`, with whatever it holds.
    ProviderAdded {
        index: usize,
        provider: Box<Provider>,
    },
    /// A provider taken out of the list from `index`, with everything recorded for it, so
    /// that undoing it brings all of it back.
    ProviderRemoved {
        index: usize,
        provider: Box<Provider>,
    },
    /// A provider's own details (not its judgements).
    ProviderEdited {
        id: ProviderId,
        before: Box<ProviderDetails>,
        after: Box<ProviderDetails>,
    },
    /// A provider moved from one place in the list to another.
    ProviderMoved {
        id: ProviderId,
        from: usize,
        to: usize,
    },
    /// The provider the organisation has chosen.
    Chosen {
        before: Option<ProviderId>,
        after: Option<ProviderId>,
    },
    /// The decision: conditions, marking, sign-off, how Unknowns count.
    Decision {
        before: Box<Decision>,
        after: Box<Decision>,
    },
    /// The workspace's name.
    Renamed { before: String, after: String },
    /// A questionnaire import recorded (so that it can be taken back).
    ImportRecorded(Box<ImportRecord>),
    /// The latest questionnaire import taken back.
    ImportWithdrawn(Box<ImportRecord>),
    /// An entry of the evidence library added (`before` none), edited, or removed
    /// (`after` none). Removing one still linked is refused: its links come off first,
    /// in the same batch (`Change::evidence_removed`).
    Evidence {
        before: Option<Box<Evidence>>,
        after: Option<Box<Evidence>>,
    },
    /// Several changes made as one (an import, the decision form, deleting the chosen
    /// provider), in order; undone as one.
    Batch(Vec<Change>),
}

/// A provider's details as the provider form edits them: everything but its judgements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderDetails {
    pub name: String,
    pub product: String,
    pub edition: String,
    pub deployment: Option<Deployment>,
    pub jurisdiction: String,
    pub notes: String,
    pub crypto: StatedCrypto,
}

impl ProviderDetails {
    pub fn of(provider: &Provider) -> Self {
        Self {
            name: provider.name.clone(),
            product: provider.product.clone(),
            edition: provider.edition.clone(),
            deployment: provider.deployment,
            jurisdiction: provider.jurisdiction.clone(),
            notes: provider.notes.clone(),
            crypto: provider.crypto.clone(),
        }
    }

    fn put_into(self, provider: &mut Provider) {
        provider.name = self.name;
        provider.product = self.product;
        provider.edition = self.edition;
        provider.deployment = self.deployment;
        provider.jurisdiction = self.jurisdiction;
        provider.notes = self.notes;
        provider.crypto = self.crypto;
    }
}

impl Change {
    /// The change that takes this one back.
    #[must_use]
    pub fn inverse(&self) -> Change {
        match self.clone() {
            Change::Assessment {
                subject,
                item,
                before,
                after,
            } => Change::Assessment {
                subject,
                item,
                before: after,
                after: before,
            },
            Change::Context { before, after } => Change::Context {
                before: after,
                after: before,
            },
            Change::ProviderAdded { index, provider } => {
                Change::ProviderRemoved { index, provider }
            }
            Change::ProviderRemoved { index, provider } => {
                Change::ProviderAdded { index, provider }
            }
            Change::ProviderEdited { id, before, after } => Change::ProviderEdited {
                id,
                before: after,
                after: before,
            },
            Change::ProviderMoved { id, from, to } => Change::ProviderMoved {
                id,
                from: to,
                to: from,
            },
            Change::Chosen { before, after } => Change::Chosen {
                before: after,
                after: before,
            },
            Change::Decision { before, after } => Change::Decision {
                before: after,
                after: before,
            },
            Change::Renamed { before, after } => Change::Renamed {
                before: after,
                after: before,
            },
            Change::Evidence { before, after } => Change::Evidence {
                before: after,
                after: before,
            },
            Change::ImportRecorded(record) => Change::ImportWithdrawn(record),
            Change::ImportWithdrawn(record) => Change::ImportRecorded(record),
            Change::Batch(changes) => {
                Change::Batch(changes.iter().rev().map(Change::inverse).collect())
            }
        }
    }

    /// Whether making it would leave the workspace as it was.
    pub fn is_empty(&self) -> bool {
        match self {
            Change::Assessment { before, after, .. } => before == after,
            Change::Context { before, after } => before == after,
            Change::ProviderEdited { before, after, .. } => before == after,
            Change::ProviderMoved { from, to, .. } => from == to,
            Change::Chosen { before, after } => before == after,
            Change::Decision { before, after } => before == after,
            Change::Renamed { before, after } => before == after,
            Change::Evidence { before, after } => before == after,
            Change::Batch(changes) => changes.iter().all(Change::is_empty),
            Change::ProviderAdded { .. }
            | Change::ProviderRemoved { .. }
            | Change::ImportRecorded(_)
            | Change::ImportWithdrawn(_) => false,
        }
    }

    /// The item's assessment changes to `after` (stamped with who and when, dropped when
    /// empty so files only hold what was recorded); `before` is as the workspace holds it.
    pub fn assessment(
        workspace: &super::Workspace,
        subject: &Subject,
        item: &str,
        after: Assessment,
        stamp: Option<(&str, super::Timestamp)>,
    ) -> Change {
        let before = workspace.assessment(subject, item).cloned().map(Box::new);
        let after = if after.is_empty() {
            None
        } else {
            let mut after = after;
            if let Some((by, at)) = stamp {
                after.changed = Some(super::model::Stamp {
                    at,
                    by: by.to_owned(),
                });
            }
            Some(Box::new(after))
        };
        Change::Assessment {
            subject: subject.clone(),
            item: item.to_owned(),
            before,
            after,
        }
    }

    /// Several changes made as one, leaving out those that change nothing; a lone change
    /// stands for itself.
    pub fn batch(changes: Vec<Change>) -> Change {
        let mut changes: Vec<Change> = changes.into_iter().filter(|c| !c.is_empty()).collect();
        if changes.len() == 1 {
            changes.remove(0)
        } else {
            Change::Batch(changes)
        }
    }

    /// Whether it is about `provider`: its details, its place, its judgements, its being
    /// chosen, an import of its answers.
    pub fn concerns_provider(&self, provider: &ProviderId) -> bool {
        match self {
            Change::Assessment { subject, .. } => subject.provider() == Some(provider),
            Change::ProviderAdded { provider: p, .. }
            | Change::ProviderRemoved { provider: p, .. } => &p.id == provider,
            Change::ProviderEdited { id, .. } | Change::ProviderMoved { id, .. } => id == provider,
            Change::Chosen { before, after } => {
                before.as_ref() == Some(provider) || after.as_ref() == Some(provider)
            }
            Change::ImportRecorded(record) | Change::ImportWithdrawn(record) => {
                &record.provider == provider
            }
            Change::Batch(changes) => changes.iter().any(|c| c.concerns_provider(provider)),
            Change::Context { .. }
            | Change::Decision { .. }
            | Change::Renamed { .. }
            | Change::Evidence { .. } => false,
        }
    }

    /// The assessments it touches, as (subject, item), in order.
    pub fn items(&self) -> Vec<(&Subject, &str)> {
        match self {
            Change::Assessment { subject, item, .. } => vec![(subject, item.as_str())],
            Change::Batch(changes) => changes.iter().flat_map(Change::items).collect(),
            _ => Vec::new(),
        }
    }
}
