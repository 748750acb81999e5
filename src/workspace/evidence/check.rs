//! What re-hashing the library's files found, and which judgements that touches. The
//! store does the hashing (`store::check_evidence`); this is pure.

use std::collections::BTreeMap;

use super::{Evidence, EvidenceId, Link};
use crate::workspace::{Day, Workspace};

/// What became of an entry's file since its SHA-256 was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileState {
    Unchanged,
    /// The file is there but its content differs: `now` is its SHA-256 today.
    Changed {
        now: String,
    },
    Missing,
    /// There, but it could not be read: why.
    Unreadable(String),
}

impl FileState {
    pub fn label(&self) -> &'static str {
        match self {
            FileState::Unchanged => "unchanged",
            FileState::Changed { .. } => "changed since recorded",
            FileState::Missing => "missing",
            FileState::Unreadable(_) => "unreadable",
        }
    }
}

/// Each checked entry's file state, by entry id; entries without a file have none.
pub type FileStates = BTreeMap<EvidenceId, FileState>;

/// An entry that needs the assessor's attention, and the judgements resting on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Concern<'a> {
    pub entry: &'a Evidence,
    /// The file's state when it was checked and is not unchanged.
    pub file: Option<&'a FileState>,
    /// Its last day has passed.
    pub expired: bool,
    pub links: Vec<Link>,
}

impl Concern<'_> {
    /// "changed since recorded, expired 2026-06-30".
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(state) = self.file {
            parts.push(state.label().to_owned());
        }
        if let (true, Some(last)) = (self.expired, self.entry.expires) {
            parts.push(format!("expired {last}"));
        }
        parts.join(", ")
    }
}

impl Workspace {
    /// Every library entry whose file is not unchanged (as `files` found it) or whose
    /// last day is before `today`, in library order, with the judgements relying on it.
    pub fn evidence_concerns<'a>(&'a self, files: &'a FileStates, today: Day) -> Vec<Concern<'a>> {
        self.evidence
            .iter()
            .filter_map(|entry| {
                let file = files
                    .get(&entry.id)
                    .filter(|state| **state != FileState::Unchanged);
                let expired = entry.is_expired(today);
                (file.is_some() || expired).then(|| Concern {
                    entry,
                    file,
                    expired,
                    links: self.evidence_links(&entry.id),
                })
            })
            .collect()
    }
}
