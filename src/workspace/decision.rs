//! Turning findings into a decision: how the workspace judges Unknowns, the treatment of
//! each finding that stands in the way, the decision itself with its sign-off, and the
//! protective marking every report carries.

use serde::{Deserialize, Serialize};

use super::model::Workspace;
use super::time::Day;
use crate::nzism::Classification;

/// The workspace's decision and the choices behind its ranking (the provider decided on
/// is the workspace's `chosen`). Every field is optional,
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
    /// "accepted (medium residual risk, approved by Ana, until 2027-06-30)", as the review
    /// and the reports say it.
    pub fn summary(&self) -> String {
        let mut parts = vec![format!("{} residual risk", self.residual.label())];
        if !self.approver.trim().is_empty() {
            parts.push(format!("approved by {}", self.approver.trim()));
        }
        if let Some(until) = self.until {
            parts.push(format!("until {until}"));
        }
        format!("{} ({})", self.kind.label(), parts.join(", "))
    }

    /// Accepted with an approver: the finding no longer blocks the provider, until the
    /// acceptance lapses (`acceptance`).
    pub fn accepts(&self) -> bool {
        self.kind == TreatmentKind::Accept && !self.approver.trim().is_empty()
    }

    /// Whether, on day `on`, this takes a failing finding out of the provider's way: an
    /// acceptance holds to the end of its `until` day and has lapsed after it. Without a
    /// day (`None`) an acceptance holds.
    pub fn acceptance(&self, on: Option<Day>) -> Acceptance {
        if !self.accepts() {
            return Acceptance::NotAccepted;
        }
        match (self.until, on) {
            (Some(until), Some(day)) if day > until => Acceptance::Lapsed,
            _ => Acceptance::Holds,
        }
    }

    /// Whether it is an acceptance that has lapsed by day `on`.
    pub fn lapsed_on(&self, on: Day) -> bool {
        self.acceptance(Some(on)) == Acceptance::Lapsed
    }
}

/// What a treatment does for a failing finding on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acceptance {
    /// Not accepted (another kind of treatment, or no approver): the finding blocks.
    NotAccepted,
    /// Accepted and in force: the finding does not block.
    Holds,
    /// Accepted until a day now past: the finding blocks again.
    Lapsed,
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

impl Workspace {
    /// The protective marking every report page and the status line carry: as set in the
    /// decision, or else the classification chosen in the context ("IN-CONFIDENCE").
    pub fn marking(&self) -> Option<String> {
        if let Some(marking) = self
            .decision
            .marking
            .as_deref()
            .map(str::trim)
            .filter(|marking| !marking.is_empty())
        {
            return Some(marking.to_owned());
        }
        self.context
            .classification()
            .and_then(Classification::from_option_id)
            .map(Classification::label)
    }
}

#[cfg(test)]
mod tests {
    use crate::catalogue::builtin;
    use crate::workspace::{Answer, Timestamp, Workspace};

    #[test]
    fn the_marking_is_as_set_or_the_classification_from_the_context() {
        let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid");
        let mut workspace = Workspace::new("Trial", builtin(), now);
        assert_eq!(workspace.marking(), None);
        workspace
            .context
            .answers
            .insert("CTX.2".into(), Answer::Choice("in-confidence".into()));
        assert_eq!(workspace.marking().as_deref(), Some("IN-CONFIDENCE"));
        workspace.decision.marking = Some("SENSITIVE".into());
        assert_eq!(workspace.marking().as_deref(), Some("SENSITIVE"));
        assert!(!workspace.decision.is_signed());
    }
}
