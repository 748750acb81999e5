//! Making a change: checked against the workspace as it is, all or nothing, stamped.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Change;
use crate::workspace::edit::Subject;
use crate::workspace::model::Workspace;
use crate::workspace::time::Timestamp;

/// What `apply` did: the change as made, and the change that takes it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub change: Change,
    pub inverse: Change,
}

/// Why a change was made: by the assessor, or undoing or redoing one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    #[default]
    Edit,
    Undo,
    Redo,
}

/// Why a change was refused. The workspace is left exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError {
    /// It would change nothing.
    Unchanged,
    /// What it replaces is not what the workspace holds (changed since, or never was).
    Stale(String),
    /// What it is to is not in the workspace (a provider since deleted).
    Missing(String),
}

impl fmt::Display for ChangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChangeError::Unchanged => f.write_str("it changes nothing"),
            ChangeError::Stale(what) => write!(f, "{what} is not as the change expects"),
            ChangeError::Missing(what) => write!(f, "{what} is not in the workspace"),
        }
    }
}

impl std::error::Error for ChangeError {}

impl Workspace {
    /// Makes `change` as the assessor `by` at `at`: checks that what it replaces is what
    /// the workspace holds, makes it whole or not at all, stamps `modified`, records it in
    /// the history and returns its inverse. The only way a workspace changes.
    pub fn apply(
        &mut self,
        change: Change,
        by: &str,
        at: Timestamp,
    ) -> Result<Applied, ChangeError> {
        self.apply_as(change, Origin::Edit, by, at)
    }

    /// As `apply`, saying why: undo and redo are recorded as what they are.
    pub fn apply_as(
        &mut self,
        change: Change,
        origin: Origin,
        by: &str,
        at: Timestamp,
    ) -> Result<Applied, ChangeError> {
        if change.is_empty() {
            return Err(ChangeError::Unchanged);
        }
        self.make(&change)?;
        self.modified = at;
        self.record_event(change.clone(), origin, by, at);
        Ok(Applied {
            inverse: change.inverse(),
            change,
        })
    }

    /// The state transition alone, as replaying the history makes it: no stamp, no event.
    pub(crate) fn make(&mut self, change: &Change) -> Result<(), ChangeError> {
        match change {
            Change::Assessment {
                subject,
                item,
                before,
                after,
            } => {
                let what = || format!("{item} of {}", subject_name(subject));
                let judgements = self
                    .judgements_mut(subject)
                    .ok_or_else(|| ChangeError::Missing(subject_name(subject)))?;
                if judgements.get(item) != before.as_deref() {
                    return Err(ChangeError::Stale(what()));
                }
                match after {
                    Some(after) => judgements.insert(item.clone(), (**after).clone()),
                    None => judgements.remove(item),
                };
            }
            Change::Context { before, after } => {
                expect(&self.context == before.as_ref(), "the context")?;
                self.context = (**after).clone();
            }
            Change::ProviderAdded { index, provider } => {
                if *index > self.providers.len() {
                    return Err(ChangeError::Stale(format!("place {index} in the list")));
                }
                if self.provider(&provider.id).is_some() {
                    return Err(ChangeError::Stale(format!("provider {}", provider.id)));
                }
                self.providers.insert(*index, (**provider).clone());
            }
            Change::ProviderRemoved { index, provider } => {
                let here = self.providers.get(*index) == Some(provider.as_ref());
                expect(here, &format!("provider {}", provider.id))?;
                expect(
                    self.chosen.as_ref() != Some(&provider.id),
                    &format!("the chosen provider {}", provider.id),
                )?;
                self.providers.remove(*index);
            }
            Change::ProviderEdited { id, before, after } => {
                let provider = self
                    .provider_mut(id)
                    .ok_or_else(|| ChangeError::Missing(format!("provider {id}")))?;
                let held = super::ProviderDetails::of(provider) == **before;
                expect(held, &format!("provider {id}"))?;
                (**after).clone().put_into(provider);
            }
            Change::ProviderMoved { id, from, to } => {
                let here = self.providers.get(*from).map(|p| &p.id) == Some(id);
                expect(
                    here && *to < self.providers.len(),
                    &format!("provider {id}"),
                )?;
                let provider = self.providers.remove(*from);
                self.providers.insert(*to, provider);
            }
            Change::Chosen { before, after } => {
                expect(&self.chosen == before, "the chosen provider")?;
                if let Some(id) = after.as_ref().filter(|id| self.provider(id).is_none()) {
                    return Err(ChangeError::Missing(format!("provider {id}")));
                }
                self.chosen.clone_from(after);
            }
            Change::Decision { before, after } => {
                expect(&self.decision == before.as_ref(), "the decision")?;
                self.decision = (**after).clone();
            }
            Change::Renamed { before, after } => {
                expect(&self.name == before, "the workspace's name")?;
                self.name.clone_from(after);
            }
            Change::Evidence { before, after } => {
                self.make_evidence(before.as_deref(), after.as_deref())?;
            }
            Change::ImportRecorded(record) => self.imports.push((**record).clone()),
            Change::ImportWithdrawn(record) => {
                expect(
                    self.imports.last() == Some(record.as_ref()),
                    "the latest import",
                )?;
                self.imports.pop();
            }
            Change::Batch(changes) => self.make_all(changes)?,
        }
        Ok(())
    }

    /// Each change in order; when one is refused, those made are taken back first.
    fn make_all(&mut self, changes: &[Change]) -> Result<(), ChangeError> {
        for (done, change) in changes.iter().enumerate() {
            if let Err(error) = self.make(change) {
                for made in changes[..done].iter().rev() {
                    // Taking back what was just made cannot be refused.
                    let _ = self.make(&made.inverse());
                }
                return Err(error);
            }
        }
        Ok(())
    }
}

fn expect(held: bool, what: &str) -> Result<(), ChangeError> {
    if held {
        Ok(())
    } else {
        Err(ChangeError::Stale(what.to_owned()))
    }
}

fn subject_name(subject: &Subject) -> String {
    match subject {
        Subject::Provider(id) => format!("provider {id}"),
        Subject::Deployment(id) => format!("the deployment checklist of {id}"),
        Subject::Readiness => "our readiness".to_owned(),
    }
}
