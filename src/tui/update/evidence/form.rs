//! The form that adds or edits a library entry. A file given with it is hashed on a
//! worker thread while the form waits underneath, so a wrong path can be corrected.

use super::{keep, recorded_file};
use crate::tui::effect::Effect;
use crate::tui::state::{FormPurpose, Hashing, Overlay, State};
use crate::tui::update::Refusal;
use crate::tui::update::action_form::optional_day;
use crate::tui::widgets::form::Form;
use crate::workspace::{Evidence, EvidenceFile, EvidenceId, FileState, Link, Workspace};

const TITLE: usize = 0;
const VERSION: usize = 1;
const DATED: usize = 2;
const LOCATION: usize = 3;
const FILE: usize = 4;
const EXPIRES: usize = 5;
/// On an entry with a file: keep the recorded digest, or record the file as it is now.
const DIGEST: usize = 6;

/// Opens the form on `entry` (an edit) or empty (a new entry, linked to `link`).
pub(super) fn open(state: &mut State, entry: Option<&Evidence>, link: Option<Link>) {
    let day = |day: Option<crate::workspace::Day>| day.map(|d| d.to_string()).unwrap_or_default();
    let mut form = filled(entry.unwrap_or(&blank()), day);
    form.title = match (entry, &link) {
        (Some(entry), _) => format!("Edit evidence {}", entry.id),
        (None, Some(link)) => format!("New evidence for {}", link.item),
        (None, None) => "New evidence".to_owned(),
    };
    let purpose = FormPurpose::Evidence {
        id: entry.map(|entry| entry.id.clone()),
        link,
    };
    state.overlays.push(Overlay::Form(Box::new(form), purpose));
}

fn blank() -> Evidence {
    Evidence::new(EvidenceId(String::new()), String::new())
}

fn filled(entry: &Evidence, day: impl Fn(Option<crate::workspace::Day>) -> String) -> Form {
    let path = entry
        .file
        .as_ref()
        .map(|f| f.path.as_str())
        .unwrap_or_default();
    let form = Form::new("")
        .text("Title", &entry.title)
        .text("Version", &entry.version)
        .text("Dated (YYYY-MM-DD)", &day(entry.dated))
        .text("Location / page", &entry.location)
        .text("File path", path)
        .text("Expires (YYYY-MM-DD)", &day(entry.expires));
    if entry.file.is_some() {
        form.choice(
            "SHA-256",
            vec!["keep the one recorded", "record the file as it is now"],
            0,
        )
    } else {
        form
    }
}

/// Takes the submitted form: refuses it (naming the field) when incomplete or a date is
/// not a date; asks for the file to be hashed when one is given and not kept as recorded.
pub fn submit(
    state: &mut State,
    form: &Form,
    id: Option<&EvidenceId>,
    link: Option<&Link>,
) -> Result<Vec<Effect>, Refusal> {
    let title = form.value(TITLE);
    if title.is_empty() {
        return Err((
            "Evidence needs a title: the document, page or test it refers to.".to_owned(),
            TITLE,
        ));
    }
    let now = state.clock.now();
    let previous = id.and_then(|id| state.workspace()?.evidence_entry(id).cloned());
    let id = match id {
        Some(id) => id.clone(),
        None => state.workspace().map_or_else(
            || EvidenceId(String::new()),
            |w| w.fresh_evidence_id(&title, now),
        ),
    };
    let recorded = recorded_file(state, &id);
    let entry = Evidence {
        id,
        title,
        dated: optional_day(&form.value(DATED), DATED)?,
        version: form.value(VERSION),
        location: form.value(LOCATION),
        file: None,
        expires: optional_day(&form.value(EXPIRES), EXPIRES)?,
        seen: previous.map_or_else(|| Some(now.day()), |p| p.seen),
    };
    let path = form.value(FILE);
    if path.is_empty() {
        return Ok(keep(state, entry, link));
    }
    let keep_recorded = form.selected(DIGEST) == 0;
    if let Some(file) = recorded.filter(|file| file.path == path && keep_recorded) {
        let entry = Evidence {
            file: Some(file),
            ..entry
        };
        return Ok(keep(state, entry, link));
    }
    // The form stays open under the progress while the worker reads the file, so that a
    // wrong path can be corrected without typing everything again.
    let purpose = FormPurpose::Evidence {
        id: previous_id(state, &entry),
        link: link.cloned(),
    };
    state
        .overlays
        .push(Overlay::Form(Box::new(form.clone()), purpose));
    state.overlays.push(Overlay::Hashing(Hashing {
        what: format!("Hashing {path}"),
        progress: crate::store::CheckProgress {
            files: 1,
            ..Default::default()
        },
    }));
    Ok(vec![Effect::HashEvidenceFile {
        entry,
        path,
        link: link.cloned(),
    }])
}

/// The id to reopen the form with: the entry's when it is already in the library.
fn previous_id(state: &State, entry: &Evidence) -> Option<EvidenceId> {
    state
        .workspace()
        .and_then(|w: &Workspace| w.evidence_entry(&entry.id))
        .map(|e| e.id.clone())
}

/// The worker's answer to `Effect::HashEvidenceFile`: on success the entry is kept and
/// the form closes; on failure the form shows why, on the path field; stopped, the form
/// stays as it was.
pub fn file_hashed(
    state: &mut State,
    entry: Evidence,
    link: Option<&Link>,
    outcome: Result<Option<EvidenceFile>, String>,
) -> Vec<Effect> {
    if matches!(state.overlays.last(), Some(Overlay::Hashing(_))) {
        state.overlays.pop();
    }
    let form_open = matches!(
        state.overlays.last(),
        Some(Overlay::Form(_, FormPurpose::Evidence { .. }))
    );
    match outcome {
        Ok(Some(file)) => {
            if form_open {
                state.overlays.pop();
            }
            // Hashed just now: the file is as recorded, and the library says so rather
            // than "not checked".
            if let Some(session) = state.session.as_mut() {
                session.files.insert(entry.id.clone(), FileState::Unchanged);
            }
            let entry = Evidence {
                file: Some(file),
                ..entry
            };
            keep(state, entry, link)
        }
        Ok(None) => {
            state.inform("Stopped: the file was not hashed and nothing was saved.");
            Vec::new()
        }
        Err(error) => {
            if let Some(Overlay::Form(form, FormPurpose::Evidence { .. })) =
                state.overlays.last_mut()
            {
                form.error = Some(error);
                form.focus_field(FILE);
            } else {
                state.fail(error);
            }
            Vec::new()
        }
    }
}
