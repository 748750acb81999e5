//! Checking a history: the chain (each event's hash, its place, its link to the one
//! before), then that replaying it from the baseline gives the workspace as saved.

use std::fmt;

use super::{Event, What, digest};
use crate::workspace::model::Workspace;

/// A history that holds: how many events, the hash it ends with, and whether it begins
/// with a workspace made before tiaki kept a history.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verified {
    pub events: usize,
    pub head: String,
    pub found: bool,
}

/// The first thing wrong with a history: which event (by its place), and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The event's place in the history (0 is the baseline); `None` when there is none.
    pub event: Option<usize>,
    pub why: String,
}

impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.event {
            Some(event) => write!(f, "event {event}: {}", self.why),
            None => f.write_str(&self.why),
        }
    }
}

fn broken(event: usize, why: impl Into<String>) -> Broken {
    Broken {
        event: Some(event),
        why: why.into(),
    }
}

impl Workspace {
    /// Checks the history's chain and that replaying it gives this workspace.
    pub fn verify_history(&self) -> Result<Verified, Broken> {
        self.verify_history_keeping_events()
            .map(|(verified, _)| verified)
    }

    /// As `verify_history`, keeping the events it decoded (oldest first), so that a reader
    /// of a long history decodes it once.
    pub fn verify_history_keeping_events(&self) -> Result<(Verified, Vec<Event>), Broken> {
        let entries = self.history.entries();
        if entries.is_empty() {
            return Err(Broken {
                event: None,
                why: "the workspace has no history: every workspace tiaki writes has one, so \
                      it was removed"
                    .to_owned(),
            });
        }
        let mut state: Option<Workspace> = None;
        let mut verified = Verified::default();
        let mut events = Vec::with_capacity(entries.len());
        let mut prev = "";
        for (index, entry) in entries.iter().enumerate() {
            if digest(&entry.event) != entry.hash {
                return Err(broken(
                    index,
                    "its content does not match its hash: it was altered after it was recorded",
                ));
            }
            let event: Event = serde_json::from_str(&entry.event)
                .map_err(|error| broken(index, format!("it cannot be read ({error})")))?;
            if event.seq != index as u64 {
                return Err(broken(
                    index,
                    format!(
                        "the event here is number {}: events were deleted or reordered",
                        event.seq
                    ),
                ));
            }
            if event.prev != prev {
                return Err(broken(
                    index,
                    "it is not chained to the event before it: that event was altered and its \
                     hash recomputed, or events were deleted or reordered",
                ));
            }
            prev = &entry.hash;
            match (&event.what, state.as_mut()) {
                (What::Baseline { snapshot, found }, None) => {
                    state = Some((**snapshot).clone());
                    verified.found = *found;
                }
                (What::Baseline { .. }, Some(_)) => {
                    return Err(broken(index, "a second baseline: the history was spliced"));
                }
                (What::Change(_), None) => {
                    return Err(broken(index, "the history does not begin with a baseline"));
                }
                (What::Change(change), Some(state)) => {
                    state.make(change).map_err(|error| {
                        broken(index, format!("it cannot be replayed: {error}"))
                    })?;
                    state.modified = event.at;
                }
            }
            events.push(event);
        }
        let last = entries.len() - 1;
        if let Some(difference) = state.and_then(|state| difference(&state, self)) {
            return Err(broken(
                last,
                format!(
                    "replaying the history to here, its last event, does not give the \
                     workspace as saved: {difference} was changed without an event"
                ),
            ));
        }
        verified.events = entries.len();
        prev.clone_into(&mut verified.head);
        Ok((verified, events))
    }
}

/// The first part of `saved` that differs from `replayed`, in words; `None` when the same.
fn difference(replayed: &Workspace, saved: &Workspace) -> Option<String> {
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
    } = replayed;
    for (same, what) in [
        (
            *schema_version == saved.schema_version,
            "the schema version",
        ),
        (*name == saved.name, "the name"),
        (*created == saved.created, "when it was created"),
        (*catalogue == saved.catalogue, "the catalogue"),
        (*context == saved.context, "the context"),
        (
            *readiness_candidates == saved.readiness_candidates,
            "the readiness candidates",
        ),
        (*chosen == saved.chosen, "the chosen provider"),
        (*decision == saved.decision, "the decision"),
        (*evidence == saved.evidence, "the evidence library"),
        (*imports == saved.imports, "the record of imports"),
    ] {
        if !same {
            return Some(what.to_owned());
        }
    }
    if let Some(item) = first_different_key(readiness, &saved.readiness) {
        return Some(format!("our readiness {item}"));
    }
    if providers.len() != saved.providers.len() {
        return Some("the list of providers".to_owned());
    }
    for (was, is) in providers.iter().zip(&saved.providers) {
        if was.id != is.id {
            return Some("the order of providers".to_owned());
        }
        if let Some(item) = first_different_key(&was.assessments, &is.assessments) {
            return Some(format!("{} {item}", is.name));
        }
        if let Some(item) = first_different_key(&was.deployment_checks, &is.deployment_checks) {
            return Some(format!("{} deployment {item}", is.name));
        }
        if was != is {
            return Some(format!("provider {}", is.name));
        }
    }
    (*modified != saved.modified).then(|| "when it was last modified".to_owned())
}

fn first_different_key<V: PartialEq>(
    a: &std::collections::BTreeMap<String, V>,
    b: &std::collections::BTreeMap<String, V>,
) -> Option<String> {
    a.keys()
        .chain(b.keys())
        .find(|key| a.get(*key) != b.get(*key))
        .cloned()
}
