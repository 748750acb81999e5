//! Render snapshots of the History view at 80x24 and 160x48, and its keys: the filters,
//! the chain of changes to a finding, Enter to the item.

use crate::tui::command::View;
use crate::tui::state::State;
use crate::tui::testing::{press, sample_workspace, screen, state_with};
use crate::tui::views::tests::assert_screens;

/// Three statuses set in Review (Not met, Met, Partly met on the first three items of the
/// first provider), the last undone, then History.
fn recorded() -> State {
    let mut state = state_with(sample_workspace());
    state.view = View::Review;
    press(&mut state, "jxjyjpu6");
    assert_eq!(state.view, View::History);
    state
}

#[test]
fn four_changes_newest_first_each_a_readable_line() {
    let state = recorded();
    let text = screen(&state, 160, 48);
    let lines: Vec<&str> = text.lines().collect();
    let at = |needle: &str| lines.iter().position(|l| l.contains(needle));
    let undo = at("Undo: Aroha Video").expect("the undo listed");
    let created = at("Workspace created").expect("the baseline listed");
    assert!(undo < created, "newest first:\n{text}");
    assert!(
        text.contains("2026-11-28 09:30 · Ana Tester · Aroha Video · SEL.1 status:"),
        "{text}"
    );
    assert!(text.contains("History (5), newest first"), "{text}");
    assert!(text.contains("chain intact"), "{text}");
    assert_screens!("four_changes", &state);
}

#[test]
fn a_findings_line_shows_every_change_to_it_and_the_item_filter_keeps_only_those() {
    let mut state = recorded();
    // The undo, newest, is of the third item: its chain is the change and the undo.
    let text = screen(&state, 160, 48);
    assert!(
        text.contains("Every change to SEL.3 of Aroha Video:"),
        "{text}"
    );
    press(&mut state, "i");
    let text = screen(&state, 160, 48);
    assert!(text.contains("History (2), newest first · SEL.3"), "{text}");
    press(&mut state, "i");
    assert!(screen(&state, 160, 48).contains("History (5)"));
}

#[test]
fn the_assessor_and_day_filters_cycle_back_to_all() {
    let mut state = recorded();
    press(&mut state, "a");
    assert!(
        screen(&state, 80, 24).contains("History (4)"),
        "the baseline has no assessor"
    );
    press(&mut state, "a");
    assert!(screen(&state, 80, 24).contains("History (5)"));
    press(&mut state, "d");
    assert!(screen(&state, 80, 24).contains("· 2026-11-28"));
    press(&mut state, "f");
    assert!(screen(&state, 80, 24).contains("Aroha Video"));
}

#[test]
fn enter_goes_to_the_item_in_review() {
    let mut state = recorded();
    press(&mut state, "j<Enter>");
    assert_eq!(state.view, View::Review);
    let text = screen(&state, 160, 48);
    assert!(text.contains("Last changes (all in History, 6):"), "{text}");
}

#[test]
fn a_note_change_shows_the_note_before_and_after_it_whole() {
    let mut state = state_with(sample_workspace());
    state.view = View::Review;
    press(
        &mut state,
        "jeFirst look.<C-s>eAsked for the audit report.<C-s>6",
    );
    assert_eq!(state.view, View::History);
    let text = screen(&state, 80, 24);
    // The sample's note was "Checked against the admin guide."; each edit appended.
    assert!(
        text.contains("Note before: Checked against the admin guide.First look.  "),
        "the note it replaced:\n{text}"
    );
    assert!(
        text.contains("Note after: Checked against the admin guide.First look.Asked for"),
        "{text}"
    );
    let wide = screen(&state, 120, 40);
    assert!(
        wide.contains("Every change to SEL.1 of Aroha Video:"),
        "a tall terminal has room for the chain:\n{wide}"
    );
    assert_eq!(
        wide.matches("Ana Tester · note").count(),
        2,
        "both edits in the finding's chain:\n{wide}"
    );
}

#[test]
fn a_chain_too_long_for_the_pane_says_how_many_more_and_how_to_see_them() {
    let mut state = state_with(sample_workspace());
    state.view = View::Review;
    // Twelve changes to one finding: more than the 80x24 pane holds.
    press(&mut state, "j");
    for _ in 0..6 {
        press(&mut state, "xy");
    }
    press(&mut state, "6");
    let text = screen(&state, 80, 24);
    assert!(text.contains("Every change to SEL.1"), "{text}");
    assert!(
        text.contains("more below: i lists every change to this item"),
        "{text}"
    );
    let wide = screen(&state, 160, 48);
    assert!(!wide.contains("lists every change"), "room for all: {wide}");
}

#[test]
fn back_in_history_after_more_changes_the_newest_is_selected() {
    let mut state = recorded();
    press(&mut state, "jj");
    assert_eq!(state.history.selected, 2);
    // Another change in Review, then History again.
    press(&mut state, "3jjjy6");
    assert_eq!(state.history.selected, 0, "the newest change");
    press(&mut state, "j3");
    press(&mut state, "6");
    assert_eq!(state.history.selected, 1, "nothing new: where it was");
}
