//! The workspace: one assessment of several providers against one catalogue.
//! Pure data; it knows nothing of files or terminals.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::claim::{Claim, ImportRecord};
use super::decision::{Decision, Treatment};
use super::evidence::{Evidence, EvidenceId, LegacyEvidence};
use super::history::History;
use super::time::{Day, Timestamp};
use crate::catalogue::AssuranceLevel;
use crate::nzism::{NzismVersion, StatedCrypto};

/// The schema version this build writes. A file with a newer one is refused, not guessed at.
/// Version 2 (catalogue 2.0): the organisation's readiness and each provider's deployment
/// checklist apart from its scores, the chosen provider, notes on context answers.
/// Version 3: the history, a hash chain of every change since a baseline; several actions
/// per item, each with a status, a closing note and dates; the evidence library, each
/// document once, linked from assessments.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    pub schema_version: u32,
    pub name: String,
    pub created: Timestamp,
    pub modified: Timestamp,
    /// The catalogue this assessment follows.
    pub catalogue: CatalogueRef,
    #[serde(default)]
    pub context: Context,
    /// In the order the assessor arranged them.
    #[serde(default)]
    pub providers: Vec<Provider>,
    /// The organisation's own duties ("our readiness"), keyed by catalogue item id:
    /// answered once per workspace, never scored against a provider.
    #[serde(default)]
    pub readiness: BTreeMap<String, Assessment>,
    /// Readiness judgements a migration found recorded differently per provider, kept
    /// until the assessor picks one; keyed by item id.
    #[serde(default)]
    pub readiness_candidates: BTreeMap<String, Vec<Candidate>>,
    /// The provider the organisation has chosen: its deployment checklist is the work
    /// that follows.
    #[serde(default)]
    pub chosen: Option<ProviderId>,
    /// The decision, its sign-off and the choices behind the ranking.
    #[serde(default, skip_serializing_if = "Decision::is_empty")]
    pub decision: Decision,
    /// The evidence library: each document once, linked from the assessments it supports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Questionnaire imports, oldest first, kept so that the latest can be undone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<ImportRecord>,
    /// Every change, in order, from a baseline: a hash chain `verify` checks. Last in the
    /// file, as the longest part.
    #[serde(default, skip_serializing_if = "History::is_empty")]
    pub history: History,
}

/// One provider's version of a readiness judgement, kept from a version-1 workspace where
/// the organisation's items were (wrongly) judged once per provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    /// The provider it was recorded against, by name as it was then.
    pub recorded_for: String,
    pub assessment: Assessment,
}

/// Which catalogue (and which version of it) a workspace was assessed against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueRef {
    pub id: String,
    pub version: String,
}

/// The organisation's answers to the context questions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// Keyed by the context question's item id.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// The assessor's override of the derived assurance level, with the reason.
    #[serde(default)]
    pub level_override: Option<LevelOverride>,
    /// Notes on answers (e.g. who the business owner is), keyed by question id.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// The NZISM version stated cryptography is checked against; the current one unless
    /// the assessor chose another.
    #[serde(default)]
    pub nzism: NzismVersion,
}

/// An answer to one context question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// The id of the chosen option.
    Choice(String),
    /// The ids of the chosen options.
    Choices(Vec<String>),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelOverride {
    pub level: AssuranceLevel,
    pub reason: String,
}

/// A candidate provider. Its `id` is stable: it never changes on rename.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: ProviderId,
    pub name: String,
    #[serde(default)]
    pub product: String,
    #[serde(default)]
    pub edition: String,
    #[serde(default)]
    pub deployment: Option<Deployment>,
    #[serde(default)]
    pub jurisdiction: String,
    #[serde(default)]
    pub notes: String,
    /// Keyed by catalogue item id; items never touched have no entry.
    #[serde(default)]
    pub assessments: BTreeMap<String, Assessment>,
    /// The organisation's checks that this provider's settings are made ("have we set
    /// it?"), keyed by the setting's item id; the work once the provider is chosen.
    #[serde(default)]
    pub deployment_checks: BTreeMap<String, Assessment>,
    /// The cryptography the provider states it uses, checked against the NZISM version
    /// the workspace assesses against.
    #[serde(default, skip_serializing_if = "StatedCrypto::is_empty")]
    pub crypto: StatedCrypto,
}

/// A provider's stable identifier, e.g. `prov-3f9a1c2e`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProviderId(pub String);

impl std::fmt::Display for ProviderId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How the service is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Deployment {
    CloudService,
    OnPremises,
    Hybrid,
}

impl Deployment {
    pub const ALL: [Deployment; 3] = [
        Deployment::CloudService,
        Deployment::OnPremises,
        Deployment::Hybrid,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Deployment::CloudService => "cloud service",
            Deployment::OnPremises => "on-premises",
            Deployment::Hybrid => "hybrid",
        }
    }
}

/// The judgement of one provider against one item.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub status: Status,
    /// What the judgement rests on: the guidance asks whether claims have substance.
    #[serde(default)]
    pub basis: Option<Basis>,
    #[serde(default)]
    pub note: String,
    /// The library entries this judgement rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence_links: Vec<EvidenceId>,
    /// Evidence as schemas 1 and 2 recorded it, here; moved into the library on reading.
    #[serde(default, rename = "evidence", skip_serializing)]
    pub legacy_evidence: Vec<LegacyEvidence>,
    /// What must change, each tracked to done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// The one action schemas 1 and 2 kept: only ever read, and moved into `actions` as
    /// the file is read (`upgrade::actions_to_lists`), so it is `None` everywhere else.
    #[serde(default, rename = "action", skip_serializing)]
    pub legacy_action: Option<Action>,
    /// Marked for a second look.
    #[serde(default)]
    pub flagged: bool,
    #[serde(default)]
    pub changed: Option<Stamp>,
    /// What the provider says, beside the finding and never in its place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<Claim>,
    /// What is done about a finding that stands in the way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treatment: Option<Treatment>,
}

impl Assessment {
    /// Not applicable and Unknown must say why; true when such a judgement has no note.
    pub fn lacks_justification(&self) -> bool {
        matches!(self.status, Status::NotApplicable | Status::Unknown)
            && self.note.trim().is_empty()
    }

    /// A finding that still falls short whose actions are all closed, at least one done:
    /// the work it waited for is finished, so it wants judging again. tiaki never changes
    /// the finding itself; it only says so.
    pub fn awaits_rejudging(&self) -> bool {
        matches!(
            self.status,
            Status::NotMet | Status::PartlyMet | Status::Unknown
        ) && self
            .actions
            .iter()
            .any(|action| action.status == ActionStatus::Done)
            && self.actions.iter().all(|action| action.status.is_closed())
    }

    /// True when nothing has been recorded: the entry can be dropped.
    pub fn is_empty(&self) -> bool {
        self.status == Status::NotAssessed
            && self.basis.is_none()
            && self.note.is_empty()
            && self.evidence_links.is_empty()
            && self.legacy_evidence.is_empty()
            && self.actions.is_empty()
            && self.legacy_action.is_none()
            && !self.flagged
            && self.claim.is_none()
            && self.treatment.is_none()
    }
}

/// The outcome of assessing an item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    #[default]
    NotAssessed,
    Met,
    PartlyMet,
    NotMet,
    /// The provider could not or would not say.
    Unknown,
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::NotAssessed,
        Status::Met,
        Status::PartlyMet,
        Status::NotMet,
        Status::Unknown,
        Status::NotApplicable,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Status::NotAssessed => "Not assessed",
            Status::Met => "Met",
            Status::PartlyMet => "Partly met",
            Status::NotMet => "Not met",
            Status::Unknown => "Unknown",
            Status::NotApplicable => "Not applicable",
        }
    }

    /// The next status in the cycle the Space key walks through.
    #[must_use]
    pub fn cycled(self) -> Status {
        match self {
            Status::NotAssessed => Status::Met,
            Status::Met => Status::PartlyMet,
            Status::PartlyMet => Status::NotMet,
            Status::NotMet => Status::Unknown,
            Status::Unknown => Status::NotApplicable,
            Status::NotApplicable => Status::NotAssessed,
        }
    }

    pub fn is_assessed(self) -> bool {
        self != Status::NotAssessed
    }
}

/// What a judgement rests on, from weakest to strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Basis {
    ProviderClaim,
    ProviderDocumentation,
    IndependentAudit,
    OwnTest,
}

impl Basis {
    pub const ALL: [Basis; 4] = [
        Basis::ProviderClaim,
        Basis::ProviderDocumentation,
        Basis::IndependentAudit,
        Basis::OwnTest,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Basis::ProviderClaim => "provider's claim",
            Basis::ProviderDocumentation => "provider's documentation",
            Basis::IndependentAudit => "independent audit or certification",
            Basis::OwnTest => "our own test",
        }
    }
}

/// Something that must change, who will do it and by when, and how far it has got.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub what: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: Option<Day>,
    #[serde(default)]
    pub status: ActionStatus,
    /// What was done, or why it will not be: written when it is closed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub closing_note: String,
    /// The day it was recorded; unknown for actions older than schema 3 without a change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<Day>,
    /// The day it was done or given up; `None` while it is open or in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Day>,
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionStatus {
    #[default]
    Open,
    InProgress,
    Done,
    /// Decided against: closed without being done (the closing note says why).
    WontDo,
}

/// When and by whom an assessment was last changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stamp {
    pub at: Timestamp,
    pub by: String,
}
