//! The evidence library: entries made once per workspace and linked from any number of
//! items. Opened from Review (`a`, linking to the item under the cursor) or anywhere
//! (`L`). Each change to an entry is one undoable edit; a link is a change to the item's
//! assessment, made through `review::record` like every other.

mod form;

use super::review::{key_of, record};
use crate::store::CheckProgress;
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::review_tree::subject_name;
use crate::tui::state::{Confirm, Hashing, Library, Overlay, Pending, State};
use crate::workspace::{Change, Evidence, EvidenceFile, EvidenceId, FileStates, Link};

pub use form::{file_hashed, submit};

#[cfg(test)]
mod tests;

/// Opens the library; with `link`, Enter links the selected entry to that item.
pub fn open(state: &mut State, link: Option<Link>) -> Vec<Effect> {
    if state.session.is_none() {
        state.fail("Open or create a workspace first.");
        return Vec::new();
    }
    let selected = link
        .as_ref()
        .and_then(|link| {
            let linked = state.workspace()?.assessment(&link.subject, &link.item)?;
            let first = linked.evidence_links.first()?;
            library(state).iter().position(|entry| &entry.id == first)
        })
        .unwrap_or(0);
    state
        .overlays
        .push(Overlay::Library(Library { selected, link }));
    Vec::new()
}

/// The library's keys, while it is the top dialog.
pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    let count = library(state).len();
    let Some(Overlay::Library(open)) = state.overlays.last_mut() else {
        return Vec::new();
    };
    match action {
        Command::Down => open.selected = (open.selected + 1).min(count.saturating_sub(1)),
        Command::Up => open.selected = open.selected.saturating_sub(1),
        Command::Top => open.selected = 0,
        Command::Bottom => open.selected = count.saturating_sub(1),
        Command::Select => return toggle_link(state),
        Command::NewEvidence => {
            let link = open.link.clone();
            form::open(state, None, link);
        }
        Command::EditEvidence => match selected(state) {
            Some(entry) => form::open(state, Some(&entry), None),
            None => state.inform("The library is empty: n adds an entry."),
        },
        Command::RemoveEvidence => return ask_remove(state),
        Command::VerifyEvidence => return verify(state),
        _ => {}
    }
    Vec::new()
}

/// The workspace's library, empty without a workspace.
fn library(state: &State) -> &[Evidence] {
    state.workspace().map_or(&[], |w| w.evidence.as_slice())
}

/// The entry under the library's cursor.
fn selected(state: &State) -> Option<Evidence> {
    let Some(Overlay::Library(open)) = state.overlays.last() else {
        return None;
    };
    library(state).get(open.selected).cloned()
}

/// Links the selected entry to the item the library was opened for, or unlinks it.
fn toggle_link(state: &mut State) -> Vec<Effect> {
    let link = match state.overlays.last() {
        Some(Overlay::Library(open)) => open.link.clone(),
        _ => None,
    };
    let Some(link) = link else {
        state.inform("Open the library from an item in Review (a) to link evidence to it.");
        return Vec::new();
    };
    let Some(entry) = selected(state) else {
        let new = key_of(state, Command::NewEvidence);
        state.inform(format!("The library is empty: {new} adds an entry."));
        return Vec::new();
    };
    let linked = state
        .workspace()
        .and_then(|w| w.assessment(&link.subject, &link.item))
        .is_some_and(|a| a.evidence_links.contains(&entry.id));
    if linked {
        unlink(state, &entry.id, &link)
    } else {
        let effects = record(state, &link.subject, &link.item, |a| {
            a.evidence_links.push(entry.id.clone());
        });
        state.inform(format!("Linked \"{}\" to {}.", entry.title, link.item));
        effects
    }
}

/// Takes an entry off one item; the entry stays in the library.
pub fn unlink(state: &mut State, id: &EvidenceId, link: &Link) -> Vec<Effect> {
    let effects = record(state, &link.subject, &link.item, |a| {
        a.evidence_links.retain(|linked| linked != id);
    });
    if !effects.is_empty() {
        let title = title_of(state, id);
        state.inform(format!(
            "Unlinked \"{title}\" from {} ({} to undo); it stays in the library.",
            link.item,
            key_of(state, Command::Undo)
        ));
    }
    effects
}

/// From Review (`X`): asks before the item's last linked entry is taken off it.
pub fn ask_unlink_last(state: &mut State, link: Link) -> Vec<Effect> {
    let last = state
        .workspace()
        .and_then(|w| w.assessment(&link.subject, &link.item))
        .and_then(|a| a.evidence_links.last().cloned());
    let Some(id) = last else {
        state.inform(format!("{} has no evidence to unlink.", link.item));
        return Vec::new();
    };
    let message = format!(
        "Unlink \"{}\" from {}? It stays in the evidence library.",
        title_of(state, &id),
        where_(state, &link)
    );
    state.overlays.push(Overlay::Confirm(Confirm {
        title: "Unlink evidence".to_owned(),
        message,
        on_yes: Pending::UnlinkEvidence { id, link },
    }));
    Vec::new()
}

/// Removing an entry: at once when nothing links to it, else after a question that says
/// what relies on it.
fn ask_remove(state: &mut State) -> Vec<Effect> {
    let Some(entry) = selected(state) else {
        state.inform("The library is empty.");
        return Vec::new();
    };
    let links = state
        .workspace()
        .map(|w| w.evidence_links(&entry.id))
        .unwrap_or_default();
    if links.is_empty() {
        return remove(state, &entry.id);
    }
    let places: Vec<String> = links.iter().map(|link| where_(state, link)).collect();
    let message = format!(
        "Remove \"{}\" from the library? {} item{} rely on it and will lose the link: {}.",
        entry.title,
        links.len(),
        if links.len() == 1 { "" } else { "s" },
        places.join(", ")
    );
    state.overlays.push(Overlay::Confirm(Confirm {
        title: "Remove evidence".to_owned(),
        message,
        on_yes: Pending::RemoveEvidence(entry.id),
    }));
    Vec::new()
}

/// Takes an entry out of the library with every link to it, as one change: undo puts
/// both back.
pub fn remove(state: &mut State, id: &EvidenceId) -> Vec<Effect> {
    let now = state.clock.now();
    let undo = key_of(state, Command::Undo);
    let Some(workspace) = state.workspace() else {
        return Vec::new();
    };
    let Some(title) = workspace.evidence_entry(id).map(|e| e.title.clone()) else {
        return Vec::new();
    };
    let change = Change::evidence_removed(workspace, id, Some((&state.assessor, now)));
    if let Err(error) = state.apply(change) {
        state.fail(format!("\"{title}\" could not be removed: {error}."));
        return Vec::new();
    }
    let count = library(state).len();
    if let Some(Overlay::Library(open)) = state.overlays.last_mut() {
        open.selected = open.selected.min(count.saturating_sub(1));
    }
    state.inform(format!(
        "Removed \"{title}\" from the library ({undo} to undo)."
    ));
    vec![Effect::SaveWorkspace]
}

/// Adds or replaces a library entry and links it to `link` when given, as one change
/// (one undo takes back both).
pub(super) fn keep(state: &mut State, entry: Evidence, link: Option<&Link>) -> Vec<Effect> {
    let now = state.clock.now();
    let Some(workspace) = state.workspace() else {
        return Vec::new();
    };
    let what = if workspace.evidence_entry(&entry.id).is_some() {
        "Saved"
    } else {
        "Added"
    };
    let digest = if entry.file.is_some() {
        ", with its file's SHA-256"
    } else {
        ""
    };
    let message = match link {
        Some(link) => format!(
            "{what} \"{}\"{digest}, linked to {}.",
            entry.title, link.item
        ),
        None => format!("{what} \"{}\" in the library{digest}.", entry.title),
    };
    let id = entry.id.clone();
    let mut changes = vec![Change::evidence_put(workspace, entry)];
    if let Some(link) = link {
        let mut after = workspace
            .assessment(&link.subject, &link.item)
            .cloned()
            .unwrap_or_default();
        if !after.evidence_links.contains(&id) {
            after.evidence_links.push(id.clone());
            let stamp = Some((state.assessor.as_str(), now));
            changes.push(Change::assessment(
                workspace,
                &link.subject,
                &link.item,
                after,
                stamp,
            ));
        }
    }
    let change = Change::batch(changes);
    if change.is_empty() {
        state.inform("The entry is left as it was.");
        return Vec::new();
    }
    if let Err(error) = state.apply(change) {
        state.fail(format!("The entry could not be kept: {error}."));
        return Vec::new();
    }
    let index = library(state).iter().position(|e| e.id == id);
    if let (Some(Overlay::Library(open)), Some(index)) = (state.overlays.last_mut(), index) {
        open.selected = index;
    }
    state.inform(message);
    vec![Effect::SaveWorkspace]
}

/// Checks every file of the library on a worker thread; Esc stops it.
pub fn verify(state: &mut State) -> Vec<Effect> {
    let files = library(state).iter().filter(|e| e.file.is_some()).count();
    if files == 0 {
        state.inform("No evidence in the library has a file to check.");
        return Vec::new();
    }
    state.overlays.push(Overlay::Hashing(Hashing {
        what: format!(
            "Checking {files} evidence file{}",
            if files == 1 { "" } else { "s" }
        ),
        progress: CheckProgress {
            files,
            ..CheckProgress::default()
        },
    }));
    vec![Effect::VerifyEvidence]
}

/// The worker's progress, shown in the hashing dialog.
pub fn progress(state: &mut State, progress: CheckProgress) {
    if let Some(Overlay::Hashing(hashing)) = state.overlays.last_mut() {
        hashing.progress = progress;
    }
}

/// Esc while hashing: asks the worker to stop; the dialog closes when it has.
pub fn stop(state: &mut State) -> Vec<Effect> {
    state.inform("Stopping…");
    vec![Effect::StopHashing]
}

/// The check of every file is done (or was stopped: `None`): keep what it found, for
/// Review's marks, and say it.
pub fn verified(state: &mut State, found: Option<FileStates>) {
    if matches!(state.overlays.last(), Some(Overlay::Hashing(_))) {
        state.overlays.pop();
    }
    let Some(found) = found else {
        state.inform("Stopped: the evidence files were not all checked.");
        return;
    };
    let mark = state.theme.evidence_mark();
    let today = state.clock.now().day();
    let Some(session) = state.session.as_mut() else {
        return;
    };
    let concerns = session.workspace.evidence_concerns(&found, today);
    let changed = concerns.iter().filter(|c| c.file.is_some()).count();
    let expired = concerns.iter().filter(|c| c.expired).count();
    let checked = found.len();
    session.files = found;
    let message = if changed == 0 {
        format!(
            "{checked} evidence file{} checked, all unchanged; {expired} expired.",
            if checked == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{changed} of {checked} evidence files changed, missing or unreadable (marked {mark} \
             in Review); {expired} expired."
        )
    };
    if changed == 0 {
        state.inform(message);
    } else {
        state.fail(message);
    }
}

fn title_of(state: &State, id: &EvidenceId) -> String {
    state
        .workspace()
        .and_then(|w| w.evidence_entry(id))
        .map_or_else(|| id.to_string(), |entry| entry.title.clone())
}

/// "P3.4 (Kōwhai Comms)".
fn where_(state: &State, link: &Link) -> String {
    let name = state
        .workspace()
        .map(|w| subject_name(w, &link.subject, state.theme.ascii))
        .unwrap_or_default();
    format!("{} ({name})", link.item)
}

/// The file recorded for an entry, for the form's "keep it" choice.
pub(super) fn recorded_file(state: &State, id: &EvidenceId) -> Option<EvidenceFile> {
    state.workspace()?.evidence_entry(id)?.file.clone()
}
