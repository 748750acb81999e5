//! What the runtime reports back (`Outcome`), applied to the state: the save state, the
//! picker's list, the workspace opened, and every message and dialog that follows from
//! them. The runtime only does the work; what the user sees is decided here.

use super::picker::name_form;
use crate::tui::effect::Effect;
use crate::tui::outcome::Outcome;
use crate::tui::state::{Chain, Confirm, EventLog, Overlay, Pending, SaveState, State};
use crate::workspace::{Broken, Event, Verified};

/// What a workspace opened read-only means for the user's changes.
const READ_ONLY: &str = "Changes stay on screen but cannot be saved; to change it, copy the \
                         workspace to a folder you may write to (tiaki export / import).";

/// Applies one outcome; returns any effect that follows from it.
pub fn on_outcome(state: &mut State, outcome: Outcome) -> Vec<Effect> {
    match outcome {
        Outcome::Saved => {
            state.unsaved_changes = 0;
            state.save = SaveState::Saved(state.clock.now());
        }
        Outcome::SaveFailed(error) => state.save = SaveState::Failed(error),
        Outcome::SaveRefusedReadOnly => {
            state.save = SaveState::Failed(format!("the workspace is open read-only. {READ_ONLY}"));
        }
        Outcome::Failed(error) => state.fail(error),
        Outcome::Listed(entries) => {
            state.picker.entries = entries;
            let count = state.picker.entries.len();
            state.picker.selected = state.picker.selected.min(count.saturating_sub(1));
        }
        Outcome::AlreadyOpen => state.picker_open = false,
        Outcome::Closed => {
            state.session = None;
            state.save = SaveState::Clean;
            state.unsaved_changes = 0;
        }
        Outcome::Opened {
            slug,
            workspace,
            catalogue,
        } => {
            state.catalogue = catalogue;
            return super::workspace_opened(state, slug, *workspace);
        }
        Outcome::HistoryChecked { session, result } => {
            history_checked(state, session, *result);
        }
        Outcome::OpenedReadOnly(error) => {
            state.fail(format!("Opened read-only: {error}. {READ_ONLY}"));
        }
        Outcome::Damaged { slug, error } => {
            state.fail(error.clone());
            state.overlays.push(Overlay::Confirm(Confirm {
                title: "Damaged workspace".to_owned(),
                message: format!(
                    "{error}. Restore the previous generation from its backup? The damaged file is kept beside it."
                ),
                on_yes: Pending::RestoreBackup(slug),
            }));
        }
        // Refused when the store writes, so the dialog has closed by then; to the user it
        // never went away: it is back, with what was typed and why.
        Outcome::NameRefused {
            purpose,
            name,
            error,
        } => {
            let mut form = name_form(&purpose, &name);
            form.error = Some(error);
            state.overlays.push(Overlay::Form(Box::new(form), purpose));
        }
        Outcome::Copied { name } => state.inform(format!("Copied to \"{name}\".")),
        Outcome::Deleted => state.inform("Workspace deleted."),
        Outcome::Renamed { name, announce } => {
            if announce {
                state.inform(format!("Renamed to \"{name}\"."));
            }
        }
        Outcome::ShowPicker => state.picker_open = true,
        Outcome::Select(slug) => {
            if let Some(index) = state.picker.entries.iter().position(|e| e.slug == slug) {
                state.picker.selected = index;
            }
        }
        Outcome::HashProgress(progress) => super::evidence::progress(state, progress),
        Outcome::EvidenceHashed {
            entry,
            link,
            result,
        } => return super::evidence::file_hashed(state, *entry, link.as_ref(), result),
        Outcome::EvidenceChecked(found) => super::evidence::verified(state, found),
        Outcome::ExportExists { format, target } => {
            state.overlays.push(Overlay::Confirm(Confirm {
                title: "Replace the file?".to_owned(),
                message: format!(
                    "{} is already there. Replace it with the {} report?",
                    target.display(),
                    format.label()
                ),
                on_yes: Pending::ReplaceExport {
                    format,
                    path: target.display().to_string(),
                },
            }));
        }
        Outcome::Exported { format, path } => state.inform(format!(
            "Wrote the {} report to {}.",
            format.label(),
            path.display()
        )),
    }
    Vec::new()
}

/// The worker's check of the history of session `id`: kept, and a broken chain said, when
/// that session is still the one open; otherwise dropped.
pub fn history_checked(state: &mut State, id: u64, result: Result<(Verified, Vec<Event>), Broken>) {
    let Some(session) = state.session.as_mut().filter(|session| session.id == id) else {
        return;
    };
    let history = &session.workspace.history;
    match result {
        Ok((_, events)) => {
            session.events = EventLog::decoded(history, events);
            session.chain = Chain::Intact;
        }
        Err(broken) => {
            session.events.catch_up(history);
            let message = format!(
                "Opened \"{}\", but its history does not verify ({broken}): it may have been \
                 altered outside tiaki. Nothing was rewritten; `tiaki verify` says more.",
                session.workspace.name
            );
            session.chain = Chain::Broken(broken);
            state.fail(message);
        }
    }
}
