//! Constructors and the small edits every front end (TUI, CLI, import) shares.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::change::{Applied, Change, ChangeError};
use super::decision::Decision;
use super::history::History;
use super::model::{
    Answer, Assessment, CatalogueRef, Context, Provider, ProviderId, SCHEMA_VERSION, Workspace,
};
use super::time::Timestamp;
use crate::catalogue::Catalogue;

/// Whose judgements a change is to: a provider's (scored), the organisation's readiness
/// (once per workspace) or a provider's deployment checklist (the settings the organisation
/// makes once it has chosen the provider).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    Provider(ProviderId),
    Readiness,
    Deployment(ProviderId),
}

impl Subject {
    /// The provider the judgements belong to, when they belong to one.
    pub fn provider(&self) -> Option<&ProviderId> {
        match self {
            Subject::Provider(id) | Subject::Deployment(id) => Some(id),
            Subject::Readiness => None,
        }
    }
}

impl Provider {
    /// A provider with only a name: details and judgements come later.
    pub fn new(id: ProviderId, name: &str) -> Self {
        Self {
            id,
            name: name.trim().to_owned(),
            product: String::new(),
            edition: String::new(),
            deployment: None,
            jurisdiction: String::new(),
            notes: String::new(),
            assessments: BTreeMap::new(),
            deployment_checks: BTreeMap::new(),
            crypto: crate::nzism::StatedCrypto::default(),
        }
    }
}

impl Context {
    /// The classification the organisation chose (the option id of the built-in
    /// catalogue's sensitivity question, CTX.2), which some NZISM figures depend on.
    pub fn classification(&self) -> Option<&str> {
        match self.answers.get("CTX.2")? {
            Answer::Choice(id) => Some(id),
            Answer::Choices(ids) => ids.first().map(String::as_str),
            Answer::Text(_) => None,
        }
    }
}

impl Workspace {
    /// A new, empty workspace following `catalogue`, its history begun by nobody in
    /// particular (tests, the demo).
    pub fn new(name: &str, catalogue: &Catalogue, now: Timestamp) -> Self {
        Self::created_by(name, catalogue, now, "")
    }

    /// A new, empty workspace following `catalogue`, its history's first event saying who
    /// created it.
    pub fn created_by(name: &str, catalogue: &Catalogue, now: Timestamp, by: &str) -> Self {
        let mut workspace = Self {
            schema_version: SCHEMA_VERSION,
            name: name.trim().to_owned(),
            created: now,
            modified: now,
            catalogue: CatalogueRef {
                id: catalogue.id.clone(),
                version: catalogue.version.clone(),
            },
            context: Context::default(),
            providers: Vec::new(),
            readiness: BTreeMap::new(),
            readiness_candidates: BTreeMap::new(),
            chosen: None,
            decision: Decision::default(),
            evidence: Vec::new(),
            imports: Vec::new(),
            history: History::default(),
        };
        workspace.begin_history_by(false, by);
        workspace
    }

    /// The workspace with its history begun from itself by `by`, as a new one's is.
    #[must_use]
    pub fn with_history_by(mut self, by: &str) -> Self {
        self.begin_history_by(false, by);
        self
    }

    pub fn provider(&self, id: &ProviderId) -> Option<&Provider> {
        self.providers.iter().find(|provider| &provider.id == id)
    }

    pub(super) fn provider_mut(&mut self, id: &ProviderId) -> Option<&mut Provider> {
        self.providers
            .iter_mut()
            .find(|provider| &provider.id == id)
    }

    pub fn provider_by_name(&self, name: &str) -> Option<&Provider> {
        let wanted = name.trim();
        self.providers
            .iter()
            .find(|provider| provider.name.trim().eq_ignore_ascii_case(wanted))
    }

    /// A provider id not used in this workspace, derived from the name and the time so
    /// that copies made on separate machines are unlikely to collide when merged.
    pub fn fresh_provider_id(&self, name: &str, now: Timestamp) -> ProviderId {
        let mut salt = 0_u32;
        loop {
            let mut hasher = Sha256::new();
            hasher.update(name.as_bytes());
            hasher.update(now.inner().unix_timestamp_nanos().to_le_bytes());
            hasher.update(std::process::id().to_le_bytes());
            hasher.update(salt.to_le_bytes());
            let digest = hasher.finalize();
            let hex = crate::digest::to_hex(&digest[..4]);
            let id = ProviderId(format!("prov-{hex}"));
            if self.provider(&id).is_none() {
                return id;
            }
            salt += 1;
        }
    }

    /// Checks a provider name for use: not empty, not taken by another provider.
    pub fn check_provider_name(
        &self,
        name: &str,
        except: Option<&ProviderId>,
    ) -> Result<(), String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("A provider needs a name.".to_owned());
        }
        match self.provider_by_name(name) {
            Some(other) if Some(&other.id) != except => Err(format!(
                "There is already a provider called \"{}\".",
                other.name
            )),
            _ => Ok(()),
        }
    }

    /// The judgements of `subject`, keyed by item id; `None` for a provider since deleted.
    pub fn judgements(&self, subject: &Subject) -> Option<&BTreeMap<String, Assessment>> {
        match subject {
            Subject::Provider(id) => Some(&self.provider(id)?.assessments),
            Subject::Deployment(id) => Some(&self.provider(id)?.deployment_checks),
            Subject::Readiness => Some(&self.readiness),
        }
    }

    pub(super) fn judgements_mut(
        &mut self,
        subject: &Subject,
    ) -> Option<&mut BTreeMap<String, Assessment>> {
        match subject {
            Subject::Provider(id) => Some(&mut self.provider_mut(id)?.assessments),
            Subject::Deployment(id) => Some(&mut self.provider_mut(id)?.deployment_checks),
            Subject::Readiness => Some(&mut self.readiness),
        }
    }

    /// Whose judgements these are, in words: "Kōwhai Comms", "Deploying Kōwhai Comms",
    /// "Our readiness" (as read from the file: make it safe before showing it).
    pub fn subject_label(&self, subject: &Subject) -> String {
        let name = |id| {
            self.provider(id)
                .map(|p| p.name.clone())
                .unwrap_or_default()
        };
        match subject {
            Subject::Provider(id) => name(id),
            Subject::Deployment(id) => format!("Deploying {}", name(id)),
            Subject::Readiness => "Our readiness".to_owned(),
        }
    }

    /// The assessment of `item` for `subject`, or `None` when never touched.
    pub fn assessment(&self, subject: &Subject, item: &str) -> Option<&Assessment> {
        self.judgements(subject)?.get(item)
    }

    /// Records `assessment` as the item's, stamped with who and when: `apply` with the
    /// change `Change::assessment` makes, for the many callers that want just that.
    pub fn put_assessment(
        &mut self,
        subject: &Subject,
        item: &str,
        assessment: Assessment,
        by: &str,
        at: Timestamp,
    ) -> Result<Applied, ChangeError> {
        let change = Change::assessment(self, subject, item, assessment, Some((by, at)));
        self.apply(change, by, at)
    }

    /// The provider the organisation has chosen, when it still exists.
    pub fn chosen_provider(&self) -> Option<&Provider> {
        self.provider(self.chosen.as_ref()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::builtin;
    use crate::workspace::Status;

    fn sample() -> (Workspace, ProviderId) {
        let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid");
        let mut workspace = Workspace::new("Trial", builtin(), now);
        let id = workspace.fresh_provider_id("Acme", now);
        workspace.providers.push(Provider::new(id.clone(), "Acme"));
        (workspace, id)
    }

    #[test]
    fn provider_names_must_be_present_and_unique() {
        let (workspace, id) = sample();
        assert!(workspace.check_provider_name("  ", None).is_err());
        assert!(workspace.check_provider_name("acme ", None).is_err());
        assert!(workspace.check_provider_name("Acme", Some(&id)).is_ok());
        assert!(workspace.check_provider_name("Other", None).is_ok());
    }

    #[test]
    fn fresh_ids_do_not_collide() {
        let (workspace, id) = sample();
        let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid");
        assert_ne!(workspace.fresh_provider_id("Acme", now), id);
    }

    #[test]
    fn putting_an_assessment_stamps_it_and_empty_ones_are_dropped() {
        let (mut workspace, id) = sample();
        let later = Timestamp::parse("2026-11-29T10:00:00Z").expect("valid");
        let met = Assessment {
            status: Status::Met,
            ..Assessment::default()
        };
        let subject = Subject::Provider(id);
        let change = Change::assessment(&workspace, &subject, "P1.1", met, Some(("Ana", later)));
        workspace.apply(change, "Ana", later).expect("applies");
        let stored = workspace.assessment(&subject, "P1.1").expect("stored");
        assert_eq!(stored.changed.as_ref().map(|c| c.by.as_str()), Some("Ana"));
        assert_eq!(workspace.modified, later);
        let empty = Assessment::default();
        let change = Change::assessment(&workspace, &subject, "P1.1", empty, Some(("Ana", later)));
        workspace.apply(change, "Ana", later).expect("applies");
        assert!(workspace.assessment(&subject, "P1.1").is_none());
    }

    #[test]
    fn unknown_and_not_applicable_need_a_note() {
        let mut assessment = Assessment {
            status: Status::Unknown,
            ..Assessment::default()
        };
        assert!(assessment.lacks_justification());
        assessment.note = "Provider declined to answer".into();
        assert!(!assessment.lacks_justification());
        assessment.status = Status::Met;
        assessment.note.clear();
        assert!(!assessment.lacks_justification());
    }
}
