//! What a provider says of itself, kept beside the assessor's finding and never in its
//! place, and the record of each questionnaire import, so that an import can be undone.

use serde::{Deserialize, Serialize};

use super::change::Change;
use super::edit::Subject;
use super::model::{Assessment, Basis, ProviderId, Status, Workspace};
use super::time::{Day, Timestamp};

/// The provider's own answer to one item, from its filled questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub status: Status,
    /// The provider's words, as written.
    #[serde(default)]
    pub answer: String,
    /// When it was taken in.
    pub received: Day,
    /// The file it came from.
    #[serde(default)]
    pub source: String,
}

/// One import of a provider's answers: what it changed, so that it can be taken back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportRecord {
    pub at: Timestamp,
    pub by: String,
    pub provider: ProviderId,
    pub source: String,
    pub items: Vec<ImportedItem>,
}

/// What an import did to one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedItem {
    pub item: String,
    /// The claim it replaced, if there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Claim>,
    /// The item had no finding and took the claim as a provisional one.
    #[serde(default, skip_serializing_if = "is_false")]
    pub provisional: bool,
    /// The claim disagreed with the finding and the import flagged the item.
    #[serde(default, skip_serializing_if = "is_false")]
    pub flagged: bool,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_false(value: &bool) -> bool {
    !*value
}

impl Assessment {
    /// The finding rests on nothing but the provider's word: "claimed, not verified".
    pub fn is_claim_only(&self) -> bool {
        self.status.is_assessed() && self.basis == Some(Basis::ProviderClaim)
    }

    /// The provider's claim says otherwise than the assessor's finding.
    pub fn claim_disagrees(&self) -> bool {
        self.claim
            .as_ref()
            .is_some_and(|claim| self.status.is_assessed() && claim.status != self.status)
    }
}

impl Workspace {
    /// The change that takes back the most recent import: each item gets the claim it had
    /// before; a provisional finding the import made goes, unless the assessor has since
    /// changed it; a flag the import raised is lowered. Findings the assessor recorded are
    /// not touched. `None` when there is no import.
    pub fn last_import_withdrawal(&self, by: &str, now: Timestamp) -> Option<Change> {
        let record = self.imports.last()?;
        let subject = Subject::Provider(record.provider.clone());
        let mut changes = Vec::new();
        for imported in &record.items {
            let Some(mut assessment) = self.assessment(&subject, &imported.item).cloned() else {
                continue;
            };
            let taken = assessment.claim.as_ref().map(|claim| claim.status);
            if imported.provisional
                && assessment.is_claim_only()
                && taken == Some(assessment.status)
            {
                assessment.status = Status::NotAssessed;
                assessment.basis = None;
            }
            if imported.flagged {
                assessment.flagged = false;
            }
            assessment.claim.clone_from(&imported.previous);
            let stamp = Some((by, now));
            changes.push(Change::assessment(
                self,
                &subject,
                &imported.item,
                assessment,
                stamp,
            ));
        }
        changes.push(Change::ImportWithdrawn(Box::new(record.clone())));
        Some(Change::batch(changes))
    }
}
