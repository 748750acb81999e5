//! The workspace's history: every change applied, in order, as a hash chain. Each event is
//! kept as the exact bytes that were hashed (canonical JSON, one line), so checking the
//! chain never depends on how a later tiaki would write the same event, and opening a
//! workspace reads a list of strings rather than parsing every event.
//!
//! The first event is the baseline: the workspace as it was when its history began (empty
//! for a new one, the state as found for one made before tiaki kept a history). Replaying
//! the events from it must give the workspace as saved; `verify` checks that and the chain.

mod verify;

#[cfg(test)]
mod tests;

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::change::{Change, Origin};
use super::model::Workspace;
use super::time::Timestamp;

pub use verify::{Broken, Verified};

/// The events, oldest first, as stored. Shared rather than copied when the workspace is
/// copied (the check on opening reads a copy on another thread), so a long history costs
/// nothing to hand over; the next event recorded copies it only while that copy is alive.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct History {
    entries: Arc<Vec<Entry>>,
}

/// One event as stored: its canonical text and that text's SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The event as canonical JSON: exactly the bytes hashed.
    pub event: String,
    /// Lower-case hexadecimal SHA-256 of `event`.
    pub hash: String,
    /// Room for a signature over `hash`, for when signing is asked for: optional, so
    /// adding it needs no new schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

/// One event: who did what, when, chained to the one before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Its place in the history, from 0 (the baseline).
    pub seq: u64,
    pub at: Timestamp,
    pub by: String,
    /// The hash of the event before it; empty for the baseline.
    pub prev: String,
    #[serde(default)]
    pub origin: Origin,
    pub what: What,
}

/// What an event records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum What {
    /// The workspace as the history begins (without a history of its own); `found` when
    /// it was made before tiaki kept a history, so what came before is not covered.
    Baseline {
        snapshot: Box<Workspace>,
        found: bool,
    },
    Change(Change),
}

impl History {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The hash the chain ends with: quoted in reports, it pins the history as it was.
    pub fn head(&self) -> Option<&str> {
        self.entries.last().map(|entry| entry.hash.as_str())
    }

    /// Every event, decoded; the first that cannot be read stops it, with its place.
    pub fn events(&self) -> Result<Vec<Event>, usize> {
        self.entries
            .iter()
            .enumerate()
            .map(|(index, entry)| entry.decode().ok_or(index))
            .collect()
    }

    /// The events from `from` on, decoded, skipping any that cannot be read (`verify`
    /// names those).
    pub fn events_from(&self, from: usize) -> Vec<Event> {
        self.entries
            .iter()
            .skip(from)
            .filter_map(Entry::decode)
            .collect()
    }

    /// Appends an event chained to the last one.
    fn push(&mut self, at: Timestamp, by: &str, origin: Origin, what: What) {
        let event = Event {
            seq: self.entries.len() as u64,
            at,
            by: by.to_owned(),
            prev: self.head().unwrap_or_default().to_owned(),
            origin,
            what,
        };
        // Every part of an event is plain data: encoding it cannot fail.
        let text = serde_json::to_string(&event).unwrap_or_default();
        Arc::make_mut(&mut self.entries).push(Entry {
            hash: digest(&text),
            event: text,
            signature: None,
        });
    }
}

impl Event {
    /// What it did in words: "Kōwhai Comms · P3.4 status: Not assessed → Met", an undo
    /// saying so.
    pub fn describe(&self, workspace: &Workspace, arrow: &str) -> String {
        match &self.what {
            What::Baseline { found: false, .. } => "Workspace created".to_owned(),
            What::Baseline { found: true, .. } => {
                "History begins: the workspace as found (made before tiaki kept a history)"
                    .to_owned()
            }
            What::Change(change) => {
                let what = change.describe(workspace, arrow);
                match self.origin {
                    Origin::Edit => what,
                    Origin::Undo => format!("Undo: {what}"),
                    Origin::Redo => format!("Redo: {what}"),
                }
            }
        }
    }

    pub fn change(&self) -> Option<&Change> {
        match &self.what {
            What::Change(change) => Some(change),
            What::Baseline { .. } => None,
        }
    }
}

impl Entry {
    pub fn decode(&self) -> Option<Event> {
        serde_json::from_str(&self.event).ok()
    }
}

/// Lower-case hexadecimal SHA-256 of `text`.
pub(crate) fn digest(text: &str) -> String {
    crate::digest::to_hex(&Sha256::digest(text.as_bytes()))
}

impl Workspace {
    /// Starts the history from the workspace as it is now, when it has none: a new
    /// workspace, or (`found`) one made before tiaki kept a history. A workspace that has a
    /// history is left alone.
    pub fn begin_history(&mut self, found: bool) {
        self.begin_history_by(found, "");
    }

    /// As `begin_history`, naming who began it (whoever created the workspace; nobody
    /// can say who made one found without a history).
    pub(super) fn begin_history_by(&mut self, found: bool, by: &str) {
        if self.history.is_empty() {
            let snapshot = Box::new(self.clone());
            let what = What::Baseline { snapshot, found };
            self.history.push(self.modified, by, Origin::Edit, what);
        }
    }

    /// A copy without the history (which may be long): what a file's other parts hold.
    #[must_use]
    pub fn without_history(&self) -> Workspace {
        let Workspace {
            schema_version,
            name,
            created,
            modified,
            catalogue,
            context,
            providers,
            readiness,
            readiness_candidates,
            chosen,
            decision,
            evidence,
            imports,
            history: _,
        } = self;
        Workspace {
            schema_version: *schema_version,
            name: name.clone(),
            created: *created,
            modified: *modified,
            catalogue: catalogue.clone(),
            context: context.clone(),
            providers: providers.clone(),
            readiness: readiness.clone(),
            readiness_candidates: readiness_candidates.clone(),
            chosen: chosen.clone(),
            decision: decision.clone(),
            evidence: evidence.clone(),
            imports: imports.clone(),
            history: History::default(),
        }
    }

    /// Records an applied change: called by `apply` alone.
    pub(super) fn record_event(&mut self, change: Change, origin: Origin, by: &str, at: Timestamp) {
        self.history.push(at, by, origin, What::Change(change));
    }
}
