//! The workspace picker: open, create, rename, copy, delete, and the demo.

use super::Refusal;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::state::{Confirm, FormPurpose, Overlay, Pending, State};
use crate::tui::widgets::form::Form;
use crate::tui::widgets::list::step;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let count = state.picker.entries.len();
    let selected = state.picker.entries.get(state.picker.selected).cloned();
    match action {
        _ if action.is_movement() => {
            state.picker.selected = step(state.picker.selected, count, action, 10);
        }
        Action::Select => {
            if let Some(entry) = selected {
                return vec![Effect::OpenWorkspace(entry.slug)];
            }
        }
        Action::NewWorkspace => open_form(
            state,
            Form::new("New workspace").text("Name", ""),
            FormPurpose::NewWorkspace,
        ),
        Action::OpenDemo => return vec![Effect::OpenDemo],
        Action::RenameWorkspace | Action::DuplicateWorkspace | Action::DeleteWorkspace => {
            let Some(entry) = selected else {
                state.fail("There is no workspace to change yet: press n to create one.");
                return Vec::new();
            };
            match action {
                Action::RenameWorkspace => open_form(
                    state,
                    Form::new("Rename workspace").text("Name", &entry.name),
                    FormPurpose::RenameWorkspace(entry.slug),
                ),
                Action::DuplicateWorkspace => open_form(
                    state,
                    Form::new("Copy workspace").text("Name", &format!("{} (copy)", entry.name)),
                    FormPurpose::DuplicateWorkspace(entry.slug),
                ),
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
