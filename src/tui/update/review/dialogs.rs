//! The Review view's dialogs: the note editor and the action form (evidence has its own
//! module, `update::evidence`). Each change they make goes through `judge::record`.

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
use crate::workspace::Subject;

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

/// Takes a submitted action or treatment form; refuses it, naming the field, when it is
/// incomplete or a date is not a date.
pub fn submit(
    state: &mut State,
    form: &Form,
    purpose: &FormPurpose,
) -> Result<Vec<Effect>, Refusal> {
    match purpose {
        FormPurpose::SetAction { subject, item } => Ok(submit_action(state, form, subject, item)?),
        FormPurpose::SetTreatment { subject, item } => {
            super::treatment::submit(state, form, subject, item)
        }
        _ => Ok(Vec::new()),
    }
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
