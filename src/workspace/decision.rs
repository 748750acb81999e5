//! Turning findings into a decision: how the workspace judges Unknowns, the treatment of
//! each finding that stands in the way, the decision itself with its sign-off, and the
//! protective marking every report carries.

use serde::{Deserialize, Serialize};

use super::model::ProviderId;
use super::time::Day;

/// The workspace's decision and the choices behind its ranking. Every field is optional,
/// so files written before it existed read unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Whether a required item left Unknown disqualifies; `None` follows the level (on at
    /// High, off below).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unknown_disqualifies: Option<bool>,
    /// The protective marking, e.g. `IN-CONFIDENCE`; `None` takes it from the context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<String>,
    /// The provider recommended; `None` while undecided or when none is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended: Option<ProviderId>,
    /// Conditions the recommendation comes with.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conditions: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<Signature>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<Signature>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver: Option<Signature>,
}

impl Decision {
    /// Whether nothing has been chosen or recorded: then it is not written.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Signed by all three: assessor, reviewer and approver. Until then a report is a draft.
    pub fn is_signed(&self) -> bool {
        self.signatures()
            .iter()
            .all(|(_, signature)| signature.is_some())
    }

    /// The three sign-off roles in order, each with its signature if given.
    pub fn signatures(&self) -> [(&'static str, Option<&Signature>); 3] {
        [
            ("Assessor", self.assessor.as_ref()),
            ("Reviewer", self.reviewer.as_ref()),
            ("Approver", self.approver.as_ref()),
        ]
    }
}

/// Who signed, in what role, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    pub name: String,
    #[serde(default)]
    pub role: String,
    pub date: Day,
}

/// What is done about a finding that stands in the way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treatment {
    pub kind: TreatmentKind,
    #[serde(default)]
    pub rationale: String,
    pub residual: Residual,
    /// Who approved it: an accepted required item shows this name wherever it appears.
    #[serde(default)]
    pub approver: String,
    /// Until when it holds.
    #[serde(default)]
    pub until: Option<Day>,
}

impl Treatment {
    /// Accepted with an approver: the finding no longer blocks the provider.
    pub fn accepts(&self) -> bool {
        self.kind == TreatmentKind::Accept && !self.approver.trim().is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TreatmentKind {
    Accept,
    /// Reduced by the item's action.
    Mitigate,
    Avoid,
    Transfer,
}

impl TreatmentKind {
    pub const ALL: [TreatmentKind; 4] = [
        TreatmentKind::Accept,
        TreatmentKind::Mitigate,
        TreatmentKind::Avoid,
        TreatmentKind::Transfer,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TreatmentKind::Accept => "accepted",
            TreatmentKind::Mitigate => "mitigated",
            TreatmentKind::Avoid => "avoided",
            TreatmentKind::Transfer => "transferred",
        }
    }
}

/// The risk left once treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Residual {
    Low,
    Medium,
    High,
}

impl Residual {
    pub const ALL: [Residual; 3] = [Residual::Low, Residual::Medium, Residual::High];

    pub fn label(self) -> &'static str {
        match self {
            Residual::Low => "low",
            Residual::Medium => "medium",
            Residual::High => "high",
        }
    }
}
