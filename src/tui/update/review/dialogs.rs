//! The Review view's dialogs: the note editor, the evidence and action forms, and the
//! question before evidence is removed. Each change they make goes through `judge::record`.

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::judge::record;
use super::{Refusal, current, key_of, refuse, target};
use crate::tui::command::{Command, View};
use crate::tui::effect::Effect;
use crate::tui::review_tree::subject_name;
use crate::tui::state::{Confirm, FormPurpose, NoteEditor, Overlay, Pending, State};
use crate::tui::update::action_form;
use crate::tui::widgets::form::Form;
use crate::workspace::{Evidence, Subject};

/// Opens the multi-line editor on the selected item's note.
pub(super) fn open_note_editor(state: &mut State) -> Vec<Effect> {
    let (subject, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let note = current(state, &subject, &item.id).note;
    let mut text = TextArea::new(note.lines().map(str::to_owned).collect());
    text.set_wrap_mode(WrapMode::WordOrGlyph);
    text.set_cursor_line_style(Style::new());
    text.set_cursor_style(state.theme.selected());
    text.move_cursor(CursorMove::Bottom);
    text.move_cursor(CursorMove::End);
    state.overlays.push(Overlay::Editor(Box::new(NoteEditor {
        subject,
        item: item.id.clone(),
        text,
    })));
    Vec::new()
}

/// What the editor holds as a note: trailing blank space dropped.
fn edited_note(editor: &NoteEditor) -> String {
    let lines: Vec<&str> = editor.text.lines().iter().map(|l| l.trim_end()).collect();
    lines.join("\n").trim_end().to_owned()
}

/// Esc in the editor cancels, as in every dialog: at once when nothing was changed, else
/// after a question, so that a note typed by habit of the old Esc-saves is not lost.
pub fn cancel_note(state: &mut State) {
    let Some(Overlay::Editor(editor)) = state.overlays.last() else {
        return;
    };
    let note = edited_note(editor);
    if note
        == current(state, &editor.subject, &editor.item)
            .note
            .trim_end()
    {
        state.overlays.pop();
        state.inform("Note left as it was.");
        return;
    }
    state.overlays.push(Overlay::Confirm(Confirm {
        title: "Discard the changes?".to_owned(),
        message: "Close the note without keeping what you typed?".to_owned(),
        on_yes: Pending::DiscardNote,
    }));
}

/// Closes the editor and keeps what it holds as the note.
pub fn save_note(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Editor(editor)) = state.overlays.pop() else {
        return Vec::new();
    };
    let note = edited_note(&editor);
    let effects = record(state, &editor.subject, &editor.item, |a| a.note = note);
    state.inform(if effects.is_empty() {
        format!("Note for {} left as it was.", editor.item)
    } else {
        format!("Note for {} saved.", editor.item)
    });
    effects
}

pub(super) fn open_evidence_form(state: &mut State) -> Vec<Effect> {
    let (subject, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let today = state.clock.now().day().to_string();
    let form = Form::new(format!(
        "Evidence for {}",
        titled(state, &subject, &item.id)
    ))
    .text("Title", "")
    .text("Location", "")
    .text("File path", "")
    .text("Seen (YYYY-MM-DD)", &today);
    let purpose = FormPurpose::AddEvidence {
        subject,
        item: item.id.clone(),
    };
    state.overlays.push(Overlay::Form(Box::new(form), purpose));
    Vec::new()
}

pub(super) fn open_action_form(state: &mut State) -> Vec<Effect> {
    let (subject, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let title = format!("New action for {}", titled(state, &subject, &item.id));
    let form = action_form::form(title, None);
    let purpose = FormPurpose::SetAction {
        subject,
        item: item.id.clone(),
    };
    state.overlays.push(Overlay::Form(Box::new(form), purpose));
    Vec::new()
}

/// "P3.4 (Aroha Video)", made safe for a dialog title.
fn titled(state: &State, subject: &Subject, item: &str) -> String {
    let name = state
        .workspace()
        .map(|w| subject_name(w, subject, state.theme.ascii))
        .unwrap_or_default();
    format!("{item} ({name})")
}

/// Takes a submitted evidence or action form; refuses it, naming the field, when it is
/// incomplete or a date is not a date.
pub fn submit(
    state: &mut State,
    form: &Form,
    purpose: &FormPurpose,
) -> Result<Vec<Effect>, Refusal> {
    match purpose {
        FormPurpose::AddEvidence { subject, item } => submit_evidence(state, form, subject, item),
        FormPurpose::SetAction { subject, item } => Ok(submit_action(state, form, subject, item)?),
        FormPurpose::SetTreatment { subject, item } => {
            super::treatment::submit(state, form, subject, item)
        }
        _ => Ok(Vec::new()),
    }
}

fn submit_evidence(
    state: &mut State,
    form: &Form,
    subject: &Subject,
    item: &str,
) -> Result<Vec<Effect>, Refusal> {
    let title = form.value(0);
    if title.is_empty() {
        return Err((
            "Evidence needs a title: the document, page or test it refers to.".to_owned(),
            0,
        ));
    }
    let evidence = Evidence {
        title,
        location: form.value(1),
        file: None,
        seen: action_form::optional_day(&form.value(3), 3)?,
    };
    let path = form.value(2);
    if path.is_empty() {
        return Ok(attach_evidence(state, subject, item, evidence));
    }
    // The form stays open while the runtime reads the file, so that a wrong path can be
    // corrected without typing everything again.
    let purpose = FormPurpose::AddEvidence {
        subject: subject.clone(),
        item: item.to_owned(),
    };
    state
        .overlays
        .push(Overlay::Form(Box::new(form.clone()), purpose));
    Ok(vec![Effect::AttachEvidenceFile {
        subject: subject.clone(),
        item: item.to_owned(),
        evidence,
        path,
    }])
}

/// The runtime's answer to `Effect::AttachEvidenceFile`: on success the evidence is added
/// and the form closes; on failure the form shows why, on the path field.
pub fn evidence_file_read(
    state: &mut State,
    subject: &Subject,
    item: &str,
    outcome: Result<Evidence, String>,
) -> Vec<Effect> {
    let form_open = matches!(
        state.overlays.last(),
        Some(Overlay::Form(_, FormPurpose::AddEvidence { .. }))
    );
    match outcome {
        Ok(evidence) => {
            if form_open {
                state.overlays.pop();
            }
            attach_evidence(state, subject, item, evidence)
        }
        Err(error) => {
            if let Some(Overlay::Form(form, FormPurpose::AddEvidence { .. })) =
                state.overlays.last_mut()
            {
                form.error = Some(error);
                form.focus_field(2);
            } else {
                state.fail(error);
            }
            Vec::new()
        }
    }
}

/// Adds a piece of evidence; the runtime calls this once a file given with it is hashed.
pub fn attach_evidence(
    state: &mut State,
    subject: &Subject,
    item: &str,
    evidence: Evidence,
) -> Vec<Effect> {
    let message = match &evidence.file {
        Some(_) => format!(
            "Evidence \"{}\" added to {item}, with its file's SHA-256.",
            evidence.title
        ),
        None => format!("Evidence \"{}\" added to {item}.", evidence.title),
    };
    let effects = record(state, subject, item, |a| a.evidence.push(evidence));
    state.inform(message);
    effects
}

/// Asks before the last piece of evidence of the selected item is removed.
pub(super) fn ask_remove_evidence(state: &mut State) -> Vec<Effect> {
    let (subject, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let Some(last) = current(state, &subject, &item.id).evidence.pop() else {
        state.inform(format!("{} has no evidence to remove.", item.id));
        return Vec::new();
    };
    let message = format!(
        "Remove the evidence \"{}\" from {}?",
        last.title,
        titled(state, &subject, &item.id)
    );
    state.overlays.push(Overlay::Confirm(Confirm {
        title: "Remove evidence".to_owned(),
        message,
        on_yes: Pending::RemoveEvidence {
            subject,
            item: item.id.clone(),
        },
    }));
    Vec::new()
}

/// Removes the last piece of evidence, once confirmed.
pub fn remove_evidence(state: &mut State, subject: &Subject, item: &str) -> Vec<Effect> {
    let mut removed = None;
    let effects = record(state, subject, item, |a| removed = a.evidence.pop());
    if let Some(evidence) = removed {
        state.inform(format!(
            "Removed the evidence \"{}\" from {item} ({} to undo).",
            evidence.title,
            key_of(state, crate::tui::command::Command::Undo)
        ));
    }
    effects
}

fn submit_action(
    state: &mut State,
    form: &Form,
    subject: &Subject,
    item: &str,
) -> Result<Vec<Effect>, Refusal> {
    let today = state.clock.now().day();
    let action = action_form::read(form, today, None)?;
    let due = action.due;
    let effects = record(state, subject, item, |a| a.actions.push(action));
    let count = current(state, subject, item).actions.len();
    let list = key_of(state, Command::GoTo(View::Actions));
    let added = format!("Action added to {item} ({count} in all; {list} lists every action)");
    match due {
        Some(due) if due < today => {
            state.inform(format!("{added}; its due date {due} has already passed."));
        }
        _ => state.inform(format!("{added}.")),
    }
    Ok(effects)
}
