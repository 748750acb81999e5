//! Key → state tests of the command palette: it lists what the keymap binds, finds by
//! name, and runs commands where they belong.

use super::Palette;
use crate::tui::action::{Action, View};
use crate::tui::keymap::Scope;
use crate::tui::state::{Overlay, State};
use crate::tui::testing::{empty_state, press, sample_workspace, state_with};
use crate::workspace::Status;

fn palette(state: &State) -> &Palette {
    match state.overlays.last() {
        Some(Overlay::Palette(palette)) => palette,
        _ => panic!("the palette is not open"),
    }
}

/// The labels listed, in order.
fn listed(state: &State) -> Vec<String> {
    let palette = palette(state);
    palette
        .finder
        .hits
        .iter()
        .map(|hit| palette.commands[hit.id].label.clone())
        .collect()
}

#[test]
fn a_few_letters_of_compare_then_enter_shows_compare() {
    let mut state = state_with(sample_workspace());
    press(&mut state, ":comp");
    assert_eq!(listed(&state)[0], "Go to Compare");
    press(&mut state, "<Enter>");
    assert!(state.overlays.is_empty());
    assert_eq!(state.view, View::Compare);
}

#[test]
fn every_action_the_keymap_binds_is_listed_with_its_keys() {
    let mut state = state_with(sample_workspace());
    press(&mut state, ":");
    let commands = &palette(&state).commands;
    let mut scopes = vec![Scope::Global, Scope::Picker];
    scopes.extend(View::ALL.map(Scope::View));
    for binding in state.keymap.bindings(&scopes) {
        if matches!(binding.action, Action::Back | Action::Palette) {
            continue;
        }
        let command = commands
            .iter()
            .find(|c| c.action == binding.action && c.scope == binding.scope)
            .unwrap_or_else(|| panic!("{:?} in {:?} missing", binding.action, binding.scope));
        assert!(
            command.keys.contains(&binding.keys_label(false)),
            "{} lacks {}",
            command.label,
            binding.keys_label(false)
        );
        assert!(command.label.starts_with(&binding.action.describe()));
    }
    // An action bound twice in one scope (Space and Enter in Context) is listed once.
    for command in commands {
        let same = commands
            .iter()
            .filter(|c| c.action == command.action && c.scope == command.scope);
        assert_eq!(same.count(), 1, "{} listed twice", command.label);
    }
    assert!(commands.iter().any(|c| c.keys.contains("Space/Enter")));
}

#[test]
fn another_views_command_is_named_with_it_and_runs_there() {
    let mut state = state_with(sample_workspace());
    state.view = View::Providers;
    press(&mut state, ":");
    assert!(listed(&state).contains(&"Mark as Met (Review)".to_owned()));
    assert!(
        !listed(&state)
            .iter()
            .any(|l| l == "Add a provider (Providers)")
    );
    // The sample's fourth item is Unknown; Met replaces it once Review is shown.
    state.review.cursor = 4;
    press(&mut state, "mark as met (review)<Enter>");
    assert_eq!(state.view, View::Review);
    let item = crate::tui::review_tree::visible_rows(&state)[4]
        .item()
        .map(|item| item.id.clone())
        .expect("an item row");
    let provider = &state.workspace().expect("open").providers[0];
    assert_eq!(provider.assessments[&item].status, Status::Met);
}

#[test]
fn without_a_workspace_only_the_picker_and_global_commands_are_listed() {
    let mut state = empty_state();
    press(&mut state, ":");
    let commands = &palette(&state).commands;
    assert!(commands.iter().all(|c| !c.elsewhere));
    press(&mut state, "new workspace<Enter>");
    assert!(matches!(state.overlays.last(), Some(Overlay::Form(..))));
}

#[test]
fn no_query_lists_everything_and_a_query_narrows_it() {
    let mut state = state_with(sample_workspace());
    press(&mut state, ":");
    let all = listed(&state).len();
    assert_eq!(all, palette(&state).commands.len());
    press(&mut state, "undo");
    let some = listed(&state);
    assert!(some.len() < all);
    assert_eq!(some[0], "Undo");
    press(&mut state, "<Esc>");
    assert!(state.overlays.is_empty());
}

#[test]
fn the_palette_can_open_search() {
    let mut state = state_with(sample_workspace());
    press(&mut state, ":search items<Enter>");
    assert!(matches!(state.overlays.last(), Some(Overlay::Search(_))));
}
