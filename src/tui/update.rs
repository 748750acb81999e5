//! `update`: the only place the TUI's state changes. A key becomes an action through the
//! keymap; the action changes the state and may ask for effects (saving, opening files).

mod action_form;
mod actions;
pub mod assessor;
mod compare;
pub mod context;
mod decision;
pub mod evidence;
pub mod export;
mod history;
mod jump;
mod mouse;
mod outcome;
pub mod palette;
pub(super) mod picker;
pub mod providers;
pub mod review;
pub mod search;

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::command::{Command, View};
use super::effect::Effect;
use super::keymap::Scope;
use super::layout;
use super::state::{
    ActionsState, CompareState, Confirm, ContextState, Drawn, FormPurpose, HistoryState, Overlay,
    Pending, ProvidersState, ReviewOf, ReviewState, SaveState, Session, State,
};
use super::widgets::text_keys;
use crate::workspace::Workspace;

pub use outcome::on_outcome;

/// Between Providers and a provider's Review the provider in hand goes along: the one
/// selected in the list is the one reviewed, and back again.
fn follow_provider(state: &mut State, to: View) {
    if state.review.of != ReviewOf::Provider {
        return;
    }
    match (state.view, to) {
        (View::Providers, View::Review) => state.review.provider = state.providers.selected,
        (View::Review, View::Providers) => state.providers.selected = state.review.provider,
        _ => {}
    }
}

/// Back in History after changes were made elsewhere: the newest change is selected, as
/// the list's own order says, not whichever change slid into the old place.
fn newest_if_grown(state: &mut State) {
    let length = state.workspace().map_or(0, |w| w.history.len());
    if length != state.history.seen {
        state.history.seen = length;
        state.history.selected = 0;
    }
}

/// A save is on its way: shown at once, before the slow write, and counted until it
/// reaches the disk, so quitting after failed saves can say how many changes would be lost.
pub fn saving(state: &mut State) {
    state.save = SaveState::Pending;
    state.unsaved_changes += 1;
}

/// Keeps what the last draw laid out (see `Drawn`): the loop calls it after every draw.
pub fn drawn(state: &mut State, drawn: Drawn) {
    state.drawn = drawn;
}

/// Handles one terminal event.
pub fn handle_event(state: &mut State, event: &Event) -> Vec<Effect> {
    if layout::too_small(state.size) {
        return while_too_small(state, event);
    }
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

/// While the terminal is too small only its size and the keys that quit count: nothing
/// else is on screen, so no other key or click may change what cannot be seen.
fn while_too_small(state: &mut State, event: &Event) -> Vec<Effect> {
    match event {
        Event::Resize(width, height) => {
            state.size = ratatui::layout::Size::new(*width, *height);
        }
        Event::Key(key)
            if key.kind != KeyEventKind::Release
                && state.keymap.command_for(&[Scope::Global], key) == Some(Command::Quit) =>
        {
            return update(state, Command::Quit);
        }
        _ => {}
    }
    Vec::new()
}

/// Handles one key press: bound keys become actions, other keys go to the text being edited.
pub fn handle_key(state: &mut State, key: KeyEvent) -> Vec<Effect> {
    state.message = None;
    let scopes = state.scopes();
    if let Some(action) = state.keymap.command_for(&scopes, &key) {
        let effects = update(state, action);
        note_changes(state, &effects);
        return effects;
    }
    match state.overlays.last_mut() {
        Some(Overlay::Form(form, purpose)) => {
            let exporting = *purpose == FormPurpose::Export;
            form.input(key);
            if exporting {
                export::follow_format(state);
            }
        }
        Some(Overlay::Editor(editor)) => {
            text_keys::edit(&mut editor.text, key);
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
        .any(|e| matches!(e, Effect::SaveWorkspace | Effect::HashEvidenceFile { .. }))
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
pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    match action {
        Command::Quit => quit(state),
        Command::Help => {
            state.overlays.push(Overlay::Help { scroll: 0 });
            Vec::new()
        }
        Command::Back if matches!(state.overlays.last(), Some(Overlay::Hashing(_))) => {
            evidence::stop(state)
        }
        Command::Back => back(state),
        Command::EvidenceLibrary => evidence::open(state, None),
        Command::GoTo(view) => {
            if state.session.is_some() {
                follow_provider(state, view);
                if view == View::History && state.view != View::History {
                    newest_if_grown(state);
                }
                state.view = view;
                state.picker_open = false;
            } else {
                state.fail("Open or create a workspace first.");
            }
            Vec::new()
        }
        Command::OpenPicker => {
            state.picker_open = true;
            vec![Effect::ListWorkspaces]
        }
        Command::Export => export::open(state),
        Command::SetAssessor => {
            assessor::ask(state, false);
            Vec::new()
        }
        Command::Search => search::open(state),
        Command::Palette => palette::open(state),
        Command::Confirm => confirm(state),
        Command::Submit | Command::NextField | Command::PrevField | Command::NewLine => {
            dialog(state, action)
        }
        _ => route(state, action),
    }
}

/// Sends a view's own action (and list movement) to the module of what is on screen.
fn route(state: &mut State, action: Command) -> Vec<Effect> {
    match state.overlays.last() {
        Some(Overlay::Search(_)) => return search::update(state, action),
        Some(Overlay::Palette(_)) => return palette::update(state, action),
        Some(Overlay::Library(_)) => return evidence::update(state, action),
        Some(Overlay::Hashing(_)) => return Vec::new(),
        _ => {}
    }
    if let Some(Overlay::Help { scroll }) = state.overlays.last_mut() {
        match action {
            Command::Down => *scroll = scroll.saturating_add(1),
            Command::Up => *scroll = scroll.saturating_sub(1),
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
        View::History => history::update(state, action),
    }
}

fn quit(state: &mut State) -> Vec<Effect> {
    let asked = matches!(
        state.overlays.last(),
        Some(Overlay::Confirm(confirm)) if confirm.on_yes == Pending::QuitUnsaved
    );
    if asked {
        // Quitting again (the terminal too small to show the question) asks nothing new.
        return Vec::new();
    }
    if let SaveState::Failed(error) = &state.save {
        // The question first: the error can be long, and is only the reason for asking.
        let message = match state.unsaved_changes {
            0 | 1 => {
                format!("Quit anyway and lose the last change? It could not be saved: {error}")
            }
            count => format!(
                "Quit anyway and lose the last {count} changes? They could not be saved: {error}"
            ),
        };
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
    if matches!(state.overlays.last(), Some(Overlay::Editor(_))) {
        review::cancel_note(state);
        return Vec::new();
    }
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
        Pending::UnlinkEvidence { id, link } => evidence::unlink(state, &id, &link),
        Pending::RemoveEvidence(id) => evidence::remove(state, &id),
        Pending::RemoveAction {
            subject,
            item,
            index,
        } => actions::remove(state, &subject, &item, index),
        Pending::DiscardNote => {
            state.overlays.pop();
            state.inform("Note left as it was.");
            Vec::new()
        }
        Pending::ReplaceExport { format, path } => vec![Effect::Export {
            format,
            path,
            replace: true,
        }],
    }
}

/// Keys of forms and the note editor.
fn dialog(state: &mut State, action: Command) -> Vec<Effect> {
    match (state.overlays.last_mut(), action) {
        (Some(Overlay::Form(form, _)), Command::NextField) => form.next_field(),
        (Some(Overlay::Form(form, _)), Command::PrevField) => form.prev_field(),
        (Some(Overlay::Form(form, _)), Command::NewLine) => form.new_line(),
        (Some(Overlay::Editor(editor)), Command::NewLine) => editor.text.insert_newline(),
        (Some(Overlay::Form(..)), Command::Submit) => return submit_form(state),
        (Some(Overlay::Editor(_)), Command::Submit) => return review::save_note(state),
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
        FormPurpose::Evidence { id, link } => {
            evidence::submit(state, &form, id.as_ref(), link.as_ref())
        }
        FormPurpose::SetAction { .. } | FormPurpose::SetTreatment { .. } => {
            review::submit(state, &form, &purpose)
        }
        FormPurpose::Decision => decision::submit(state, &form),
        FormPurpose::NewWorkspace
        | FormPurpose::RenameWorkspace(_)
        | FormPurpose::DuplicateWorkspace(_) => picker::submit(&form, &purpose),
        FormPurpose::TextAnswer(_) | FormPurpose::AnswerNote(_) | FormPurpose::LevelOverride => {
            context::submit(state, &form, &purpose)
        }
        FormPurpose::Export => export::submit(&form),
        FormPurpose::EditAction {
            subject,
            item,
            index,
        } => actions::submit_edit(state, &form, subject, item, *index),
        FormPurpose::Assessor => assessor::submit(state, &form),
        FormPurpose::Crypto(id) => providers::crypto::submit(state, &form, id),
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

/// A workspace has been loaded (and locked): show it, starting where its work is. A new
/// one starts on Context, where the work starts; one with answers but no providers yet
/// on Providers; any other on Review. Its history is checked on a worker (asked for here);
/// `on_outcome` applies what it finds.
pub fn workspace_opened(state: &mut State, slug: String, workspace: Workspace) -> Vec<Effect> {
    state.view = if !workspace.providers.is_empty() {
        View::Review
    } else if workspace.context.answers.is_empty() {
        View::Context
    } else {
        View::Providers
    };
    let session = Session::new(slug, workspace);
    state.inform(format!("Opened \"{}\".", session.workspace.name));
    state.session = Some(session);
    state.picker_open = false;
    state.providers = ProvidersState::default();
    state.review = ReviewState::default();
    state.context = ContextState::default();
    state.compare = CompareState::default();
    state.actions = ActionsState::default();
    state.history = HistoryState::default();
    state.search.workspace_changed();
    state.save = SaveState::Clean;
    vec![Effect::CheckHistory]
}

#[cfg(test)]
mod tests;
