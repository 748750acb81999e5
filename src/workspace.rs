//! The workspace model: what an assessment records. Pure: no files, no terminal.

mod action;
mod catalogue;
mod change;
mod claim;
mod decision;
mod edit;
mod evidence;
mod history;
mod migrate;
mod model;
mod time;
mod upgrade;
mod validate;

pub use catalogue::{UnknownCatalogue, known_catalogue};
pub use change::{
    Applied, Change, ChangeError, Origin, ProviderDetails, TextDifference, UndoLog,
    assessment_difference, text_differences,
};
pub use claim::{Claim, ImportRecord, ImportedItem};
pub use decision::{Acceptance, Decision, Residual, Signature, Treatment, TreatmentKind};
pub use edit::Subject;
pub use evidence::{
    Concern, Evidence, EvidenceFile, EvidenceId, FileState, FileStates, LegacyEvidence, Link,
};
pub use history::{Broken, Entry, Event, History, Verified, What};
pub use migrate::{Migrated, migrate, needs_migration};
pub use model::*;
pub use time::{Day, Timestamp};
pub use upgrade::upgrade;
pub use validate::Problem;
