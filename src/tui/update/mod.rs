//! `update`: the only place the TUI's state changes. A key becomes an action through the
//! keymap; the action changes the state and may ask for effects (saving, opening files).

mod actions;
mod compare;
pub mod context;
pub mod export;
mod jump;
mod mouse;
pub mod palette;
mod picker;
pub mod providers;
pub mod review;
pub mod search;

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::action::{Action, View};
use super::effect::Effect;
use super::state::{
    ActionsState, CompareState, Confirm, ContextState, FormPurpose, Overlay, Pending,
    ProvidersState, ReviewState, SaveState, Session, State, UndoLog,
};
use crate::workspace::Workspace;

/// Handles one terminal event.
pub fn handle_event(state: &mut State, event: &Event) -> Vec<Effect> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => handle_key(state, *key),
        Event::Paste(text) => {
            paste(state, text);
            Vec::new()
        }
        Event::Mouse(mouse) => {
            let effects = mouse::handle(state, *mouse);
            note_changes(state, &effects);
            effects
        }
        Event::Resize(width, height) => {
            state.size = ratatui::layout::Size::new(*width, *height);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Handles one key press: bound keys become actions, other keys go to the text being edited.
pub fn handle_key(state: &mut State, key: KeyEvent) -> Vec<Effect> {
    state.message = None;
    let scopes = state.scopes();
    if let Some(action) = state.keymap.action_for(&scopes, &key) {
        let effects = update(state, action);
        note_changes(state, &effects);
        return effects;
    }
    match state.overlays.last_mut() {
        Some(Overlay::Form(form, _)) => form.input(key),
        Some(Overlay::Editor(editor)) => {
            editor.text.input(key);
        }
        Some(Overlay::Search(_)) => search::input(state, key),
        Some(Overlay::Palette(_)) => palette::input(state, key),
        _ => {}
    }
    Vec::new()
}

/// Tells search the workspace changed when an action saved it (or is attaching a file),
/// so its index catches up the next time search opens.
fn note_changes(state: &mut State, effects: &[Effect]) {
    if effects
        .iter()
        .any(|e| matches!(e, Effect::SaveWorkspace | Effect::AttachEvidenceFile { .. }))
    {
        state.search.workspace_changed();
    }
}

fn paste(state: &mut State, text: &str) {
    match state.overlays.last_mut() {
        Some(Overlay::Form(form, _)) => form.paste(text),
        Some(Overlay::Editor(editor)) => {
            editor
                .text
                .insert_str(text.replace("\r\n", "\n").replace('\r', "\n"));
        }
        Some(Overlay::Search(_)) => search::paste(state, text),
        Some(Overlay::Palette(_)) => palette::paste(state, text),
        _ => {}
    }
}

/// Applies one action.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => quit(state),
        Action::Help => {
            state.overlays.push(Overlay::Help { scroll: 0 });
            Vec::new()
        }
        Action::Back => back(state),
        Action::GoTo(view) => {
            if state.session.is_some() {
                state.view = view;
                state.picker_open = false;
            } else {
                state.fail("Open or create a workspace first.");
            }
            Vec::new()
        }
        Action::OpenPicker => {
            state.picker_open = true;
            vec![Effect::ListWorkspaces]
        }
        Action::Export => export::open(state),
        Action::Search => search::open(state),
        Action::Palette => palette::open(state),
        Action::Confirm => confirm(state),
        Action::Submit | Action::NextField | Action::PrevField | Action::Discard => {
            dialog(state, action)
        }
        _ => route(state, action),
    }
}

/// Sends a view's own action (and list movement) to the module of what is on screen.
fn route(state: &mut State, action: Action) -> Vec<Effect> {
    match state.overlays.last() {
        Some(Overlay::Search(_)) => return search::update(state, action),
        Some(Overlay::Palette(_)) => return palette::update(state, action),
        _ => {}
    }
    if let Some(Overlay::Help { scroll }) = state.overlays.last_mut() {
        match action {
            Action::Down => *scroll = scroll.saturating_add(1),
            Action::Up => *scroll = scroll.saturating_sub(1),
            _ => {}
        }
        return Vec::new();
    }
    if state.showing_picker() {
        return picker::update(state, action);
    }
    match state.view {
        View::Providers => providers::update(state, action),
        View::Review => review::update(state, action),
        View::Context => context::update(state, action),
        View::Compare => compare::update(state, action),
        View::Actions => actions::update(state, action),
        View::History => Vec::new(),
    }
}

fn quit(state: &mut State) -> Vec<Effect> {
    if let SaveState::Failed(error) = &state.save {
        let message =
            format!("The last change could not be saved ({error}). Quit anyway and lose it?");
        state.overlays.push(Overlay::Confirm(Confirm {
            title: "Unsaved changes".to_owned(),
            message,
            on_yes: Pending::QuitUnsaved,
        }));
    } else {
        state.quit = true;
    }
    Vec::new()
}

fn back(state: &mut State) -> Vec<Effect> {
    if state.overlays.pop().is_none() && state.picker_open && state.session.is_some() {
        state.picker_open = false;
    }
    Vec::new()
}

fn confirm(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Confirm(confirm)) = state.overlays.pop() else {
        return Vec::new();
    };
    match confirm.on_yes {
        Pending::QuitUnsaved => {
            state.quit = true;
            Vec::new()
        }
        Pending::DeleteProvider(id) => providers::delete(state, &id),
        Pending::DeleteWorkspace(slug) => vec![Effect::DeleteWorkspace(slug)],
        Pending::RestoreBackup(slug) => vec![Effect::RestoreBackup(slug)],
        Pending::RemoveEvidence { provider, item } => {
            review::remove_evidence(state, &provider, &item)
        }
    }
}

/// Keys of forms and the note editor.
fn dialog(state: &mut State, action: Action) -> Vec<Effect> {
    match (state.overlays.last_mut(), action) {
        (Some(Overlay::Form(form, _)), Action::NextField) => form.next_field(),
        (Some(Overlay::Form(form, _)), Action::PrevField) => form.prev_field(),
        (Some(Overlay::Editor(_)), Action::Discard) => {
            state.overlays.pop();
            state.inform("Note left unchanged.");
        }
        (Some(Overlay::Form(..)), Action::Submit) => return submit_form(state),
        (Some(Overlay::Editor(_)), Action::Submit) => return review::save_note(state),
        _ => {}
    }
    Vec::new()
}

/// Hands a submitted form to the module it belongs to. The form stays open (showing the
/// reason) when its content is refused.
fn submit_form(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Form(form, purpose)) = state.overlays.pop() else {
        return Vec::new();
    };
    let outcome = match &purpose {
        FormPurpose::NewProvider | FormPurpose::EditProvider(_) => {
            providers::submit(state, &form, &purpose)
        }
        FormPurpose::AddEvidence { .. } | FormPurpose::SetAction { .. } => {
            review::submit(state, &form, &purpose)
        }
        FormPurpose::NewWorkspace
        | FormPurpose::RenameWorkspace(_)
        | FormPurpose::DuplicateWorkspace(_) => picker::submit(&form, &purpose),
        FormPurpose::TextAnswer(_) | FormPurpose::LevelOverride => {
            context::submit(state, &form, &purpose)
        }
        FormPurpose::Export => export::submit(&form),
    };
    match outcome {
        Ok(effects) => effects,
        Err((error, field)) => {
            let mut form = form;
            form.error = Some(error);
            form.focus_field(field);
            state.overlays.push(Overlay::Form(form, purpose));
            Vec::new()
        }
    }
}

/// A refused form: the message to show and the index of the field it is about.
pub type Refusal = (String, usize);

/// A workspace has been loaded (and locked): show it, starting where work usually starts.
pub fn workspace_opened(state: &mut State, slug: String, workspace: Workspace) {
    state.view = if workspace.providers.is_empty() {
        View::Providers
    } else {
        View::Review
    };
    state.inform(format!("Opened \"{}\".", workspace.name));
    state.session = Some(Session {
        slug,
        workspace,
        undo: UndoLog::default(),
    });
    state.picker_open = false;
    state.providers = ProvidersState::default();
    state.review = ReviewState::default();
    state.context = ContextState::default();
    state.compare = CompareState::default();
    state.actions = ActionsState::default();
    state.search.workspace_changed();
    state.save = SaveState::Clean;
}
