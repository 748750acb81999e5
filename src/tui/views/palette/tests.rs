//! Render tests of the command palette: every command with its keys, then filtered.

use crate::tui::command::View;
use crate::tui::testing::{press, sample_workspace, state_with};
use crate::tui::views::tests::assert_screens;

#[test]
fn every_command_is_listed_with_its_keys() {
    let mut state = state_with(sample_workspace());
    press(&mut state, ":");
    assert_screens!("all", &state);
}

#[test]
fn typed_letters_narrow_the_list_and_other_views_are_named() {
    let mut state = state_with(sample_workspace());
    state.view = View::Providers;
    press(&mut state, ":met");
    assert_screens!("met", &state);
}
