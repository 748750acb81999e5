//! The workspace picker: open, create, rename, copy, delete, and the demo.

use super::Refusal;
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::state::{Confirm, FormPurpose, Overlay, Pending, State};
use crate::tui::widgets::form::Form;
use crate::tui::widgets::list::step;

pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    let count = state.picker.entries.len();
    let selected = state.picker.entries.get(state.picker.selected).cloned();
    match action {
        _ if action.is_movement() => {
            state.picker.selected = step(state.picker.selected, count, action, 10);
        }
        Command::Select => {
            if let Some(entry) = selected {
                return vec![Effect::OpenWorkspace(entry.slug)];
            }
        }
        Command::NewWorkspace => {
            let purpose = FormPurpose::NewWorkspace;
            open_form(state, name_form(&purpose, ""), purpose);
        }
        Command::OpenDemo => return vec![Effect::OpenDemo],
        Command::RenameWorkspace | Command::DuplicateWorkspace | Command::DeleteWorkspace => {
            let Some(entry) = selected else {
                state.fail("There is no workspace to change yet: press n to create one.");
                return Vec::new();
            };
            match action {
                // Refused before a name is typed: the store could not read the file to
                // rename or copy it.
                Command::RenameWorkspace | Command::DuplicateWorkspace if entry.is_damaged() => {
                    let what = if action == Command::RenameWorkspace {
                        "renamed"
                    } else {
                        "copied"
                    };
                    let open = state.keymap.key_label(Command::Select, state.theme.ascii);
                    state.fail(format!(
                        "\"{}\" cannot be {what} while its file cannot be read: correct the \
                         file, or press {open} to restore its backup if it has one.",
                        entry.name
                    ));
                }
                Command::RenameWorkspace => {
                    let purpose = FormPurpose::RenameWorkspace(entry.slug);
                    open_form(state, name_form(&purpose, &entry.name), purpose);
                }
                Command::DuplicateWorkspace => {
                    let purpose = FormPurpose::DuplicateWorkspace(entry.slug);
                    let name = format!("{} (copy)", entry.name);
                    open_form(state, name_form(&purpose, &name), purpose);
                }
                _ => state.overlays.push(Overlay::Confirm(Confirm {
                    title: "Delete workspace".to_owned(),
                    message: format!(
                        "Delete \"{}\" and its backup? This cannot be undone.",
                        entry.name
                    ),
                    on_yes: Pending::DeleteWorkspace(entry.slug),
                })),
            }
        }
        _ => {}
    }
    Vec::new()
}

fn open_form(state: &mut State, form: Form, purpose: FormPurpose) {
    state.overlays.push(Overlay::Form(Box::new(form), purpose));
}

/// Turns a submitted name form into the store effect; the store refuses clashes.
pub fn submit(form: &Form, purpose: &FormPurpose) -> Result<Vec<Effect>, Refusal> {
    let name = form.value(0);
    if name.is_empty() {
        return Err(("A workspace needs a name.".to_owned(), 0));
    }
    let effect = match purpose {
        FormPurpose::RenameWorkspace(slug) => Effect::RenameWorkspace {
            slug: slug.clone(),
            name,
        },
        FormPurpose::DuplicateWorkspace(slug) => Effect::DuplicateWorkspace {
            slug: slug.clone(),
            name,
        },
        _ => Effect::CreateWorkspace(name),
    };
    Ok(vec![effect])
}

/// The picker's one-field dialog that names a new, renamed or copied workspace; opened
/// again, with what was typed, when the store refuses the name.
pub fn name_form(purpose: &FormPurpose, name: &str) -> Form {
    let title = match purpose {
        FormPurpose::RenameWorkspace(_) => "Rename workspace",
        FormPurpose::DuplicateWorkspace(_) => "Copy workspace",
        _ => "New workspace",
    };
    Form::new(title).text("Name", name)
}
