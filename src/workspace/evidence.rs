//! The evidence library: each document recorded once per workspace and linked from every
//! assessment it supports, so that a change to the document is noticed in one place.
//! Pure: the store hashes the files; this module only holds what was recorded.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::change::{Change, ChangeError};
use super::edit::Subject;
use super::model::{Assessment, Workspace};
use super::time::{Day, Timestamp};

/// An evidence entry's stable identifier, e.g. `evid-3f9a1c2e`: it never changes when the
/// entry is edited, so links survive renames.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EvidenceId(pub String);

impl std::fmt::Display for EvidenceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One document (or page, or test) that supports judgements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub id: EvidenceId,
    pub title: String,
    /// The document's own date (e.g. the date a report was issued).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dated: Option<Day>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// Where in it: page, section, or a URL kept as text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<EvidenceFile>,
    /// The last day it holds (e.g. the end of a SOC 2 report's period).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<Day>,
    /// When the assessor saw it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<Day>,
}

impl Evidence {
    /// An entry with only its id and title; the rest is filled in as it is known.
    pub fn new(id: EvidenceId, title: impl Into<String>) -> Self {
        Self {
            id,
            title: title.into(),
            dated: None,
            version: String::new(),
            location: String::new(),
            file: None,
            expires: None,
            seen: None,
        }
    }

    /// Expired when its last day is before `today`.
    pub fn is_expired(&self, today: Day) -> bool {
        self.expires.is_some_and(|last| last < today)
    }
}

/// A local file recorded as evidence, with its digest so a later change shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceFile {
    pub path: String,
    /// Lower-case hexadecimal SHA-256 of the file's content when recorded.
    pub sha256: String,
}

/// Evidence as schemas 1 and 2 kept it, inside each assessment: read from old files and
/// moved into the library as they are read (`gather_evidence`), never written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegacyEvidence {
    pub title: String,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub file: Option<EvidenceFile>,
    #[serde(default)]
    pub seen: Option<Day>,
}

/// Where an entry is relied on: whose judgement (a provider's, the readiness, a
/// deployment checklist) and which item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Link {
    pub subject: Subject,
    pub item: String,
}

/// Each of `assessments` with where it is.
fn located(
    subject: Subject,
    assessments: &BTreeMap<String, Assessment>,
) -> impl Iterator<Item = (Link, &Assessment)> {
    assessments.iter().map(move |(item, assessment)| {
        let link = Link {
            subject: subject.clone(),
            item: item.clone(),
        };
        (link, assessment)
    })
}

impl Change {
    /// `entry` added to the library, or put in place of the entry with its id.
    pub fn evidence_put(workspace: &Workspace, entry: Evidence) -> Change {
        Change::Evidence {
            before: workspace.evidence_entry(&entry.id).cloned().map(Box::new),
            after: Some(Box::new(entry)),
        }
    }

    /// The entry `id` taken out of the library, each link to it first taken off the
    /// assessment holding it (stamped `stamp`), all as one change.
    pub fn evidence_removed(
        workspace: &Workspace,
        id: &EvidenceId,
        stamp: Option<(&str, Timestamp)>,
    ) -> Change {
        let mut changes: Vec<Change> = workspace
            .linked_assessments()
            .filter(|(_, assessment)| assessment.evidence_links.contains(id))
            .map(|(link, assessment)| {
                let mut after = assessment.clone();
                after.evidence_links.retain(|linked| linked != id);
                Change::assessment(workspace, &link.subject, &link.item, after, stamp)
            })
            .collect();
        changes.push(Change::Evidence {
            before: workspace.evidence_entry(id).cloned().map(Box::new),
            after: None,
        });
        Change::batch(changes)
    }
}

/// `evid-` and eight hex digits of the SHA-256 of `seed` (salted until not `taken`).
fn fresh_id(seed: &[u8], taken: impl Fn(&EvidenceId) -> bool) -> EvidenceId {
    let mut salt = 0_u32;
    loop {
        let mut hasher = Sha256::new();
        hasher.update(seed);
        hasher.update(salt.to_le_bytes());
        let digest = hasher.finalize();
        let id = EvidenceId(format!("evid-{}", crate::digest::to_hex(&digest[..4])));
        if !taken(&id) {
            return id;
        }
        salt += 1;
    }
}

impl Workspace {
    pub fn evidence_entry(&self, id: &EvidenceId) -> Option<&Evidence> {
        self.evidence.iter().find(|entry| &entry.id == id)
    }

    /// An id not used in this workspace for a new entry, from its title and the moment it
    /// is made, so that copies made on separate machines are unlikely to collide.
    pub fn fresh_evidence_id(&self, title: &str, now: Timestamp) -> EvidenceId {
        let mut seed = title.as_bytes().to_vec();
        seed.extend(now.inner().unix_timestamp_nanos().to_le_bytes());
        seed.extend(std::process::id().to_le_bytes());
        fresh_id(&seed, |id| self.evidence_entry(id).is_some())
    }

    /// The library entries `assessment` links to, in its order; a link to an entry the
    /// library does not hold is skipped (`dangling_evidence_links` lists those).
    pub fn linked_evidence<'a>(
        &'a self,
        assessment: &'a Assessment,
    ) -> impl Iterator<Item = &'a Evidence> + 'a {
        assessment
            .evidence_links
            .iter()
            .filter_map(|id| self.evidence_entry(id))
    }

    /// Every assessment that links to `id`, in a stable order (providers as arranged,
    /// then their deployment checklists, then the readiness).
    pub fn evidence_links(&self, id: &EvidenceId) -> Vec<Link> {
        self.linked_assessments()
            .filter(|(_, assessment)| assessment.evidence_links.contains(id))
            .map(|(link, _)| link)
            .collect()
    }

    /// Every assessment, with where it is: providers as arranged, then their deployment
    /// checklists, then the readiness.
    pub fn linked_assessments(&self) -> impl Iterator<Item = (Link, &Assessment)> {
        let providers = self
            .providers
            .iter()
            .flat_map(|p| located(Subject::Provider(p.id.clone()), &p.assessments));
        let deployments = self
            .providers
            .iter()
            .flat_map(|p| located(Subject::Deployment(p.id.clone()), &p.deployment_checks));
        providers
            .chain(deployments)
            .chain(located(Subject::Readiness, &self.readiness))
    }

    /// `Change::Evidence` made: the entry as `before` replaced by `after`. Refused when
    /// the library does not hold `before`, or when an entry to remove is still linked.
    pub(crate) fn make_evidence(
        &mut self,
        before: Option<&Evidence>,
        after: Option<&Evidence>,
    ) -> Result<(), ChangeError> {
        let Some(id) = before.or(after).map(|entry| entry.id.clone()) else {
            return Ok(());
        };
        if after.is_some_and(|after| after.id != id) || self.evidence_entry(&id) != before {
            return Err(ChangeError::Stale(format!("evidence {id}")));
        }
        let index = self.evidence.iter().position(|entry| entry.id == id);
        match (after, index) {
            (Some(after), Some(index)) => self.evidence[index] = after.clone(),
            (Some(after), None) => self.evidence.push(after.clone()),
            (None, Some(index)) => {
                if !self.evidence_links(&id).is_empty() {
                    return Err(ChangeError::Stale(format!("evidence {id}, still linked,")));
                }
                self.evidence.remove(index);
            }
            (None, None) => {}
        }
        Ok(())
    }

    /// Links in assessments to entries the library does not hold (a hand-edited file):
    /// each with the id it names.
    pub fn dangling_evidence_links(&self) -> Vec<(Link, EvidenceId)> {
        self.linked_assessments()
            .flat_map(|(link, assessment)| {
                assessment
                    .evidence_links
                    .iter()
                    .filter(|id| self.evidence_entry(id).is_none())
                    .map(move |id| (link.clone(), id.clone()))
            })
            .collect()
    }
}

mod check;
mod gather;
pub use check::{Concern, FileState, FileStates};
pub use gather::gather_evidence;

#[cfg(test)]
mod tests;
