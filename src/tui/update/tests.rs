use ratatui::crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use super::*;
use crate::tui::state::PickerEntry;
use crate::tui::testing::{empty_state, redraw, sample_workspace, screen, state_with};

fn key(state: &mut State, code: KeyCode, modifiers: KeyModifiers) -> Vec<Effect> {
    handle_event(state, &Event::Key(KeyEvent::new(code, modifiers)))
}

/// Types each character of `keys` as the terminal reports it (capitals with Shift).
fn type_keys(state: &mut State, keys: &str) -> Vec<Effect> {
    keys.chars()
        .flat_map(|ch| {
            let shift = if ch.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            key(state, KeyCode::Char(ch), shift)
        })
        .collect()
}

fn resize(state: &mut State, width: u16, height: u16) {
    handle_event(state, &Event::Resize(width, height));
}

/// A click where `column` and `row` are on the screen as last drawn (drawn first, as
/// the loop draws before every event).
fn click(state: &mut State, column: u16, row: u16) -> Vec<Effect> {
    redraw(state);
    let event = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    handle_event(state, &Event::Mouse(event))
}

/// The picker over two workspaces, the second selected, in a 40x10 terminal.
fn small_picker() -> State {
    let mut state = empty_state();
    state.picker.entries = ["one", "two"]
        .map(|name| PickerEntry {
            slug: name.to_owned(),
            name: name.to_owned(),
            modified: None,
            providers: 0,
            progress: (0, 0),
            error: None,
        })
        .to_vec();
    state.picker.selected = 1;
    resize(&mut state, 40, 10);
    state
}

/// What the keys under test could change: the overlays, the picker, the view, the
/// workspace's content, the message, quitting.
fn snapshot(state: &State) -> String {
    format!(
        "{} overlays, picker {} at {}, view {:?}, workspace {:?}, message {:?}, quit {}",
        state.overlays.len(),
        state.picker_open,
        state.picker.selected,
        state.view,
        state.workspace().map(|w| format!("{:?}", w.providers)),
        state.message,
        state.quit
    )
}

#[test]
fn no_key_acts_while_the_terminal_is_too_small() {
    let mut state = small_picker();
    state.fail("An earlier message stays until something can be done.");
    let before = snapshot(&state);
    // Deleting the selected workspace and its backup, unseen, is what this prevents.
    let mut effects = type_keys(&mut state, "GDykgjnrcd?w/:a123456E");
    for code in [KeyCode::Enter, KeyCode::Esc, KeyCode::Tab, KeyCode::Down] {
        effects.extend(key(&mut state, code, KeyModifiers::NONE));
    }
    effects.extend(key(&mut state, KeyCode::Char('r'), KeyModifiers::CONTROL));
    effects.extend(click(&mut state, 1, 1));
    effects.extend(handle_event(&mut state, &Event::Paste("pasted".to_owned())));
    assert_eq!(effects, Vec::new());
    assert_eq!(snapshot(&state), before);
    // In a workspace's views too: Review's y would record a judgement.
    let mut state = state_with(sample_workspace());
    state.view = View::Review;
    resize(&mut state, 79, 24);
    let before = snapshot(&state);
    let effects = type_keys(&mut state, "yxpo-uDaet");
    assert_eq!(effects, Vec::new());
    assert_eq!(snapshot(&state), before);
}

#[test]
fn quitting_still_works_while_the_terminal_is_too_small() {
    let mut state = small_picker();
    type_keys(&mut state, "q");
    assert!(state.quit);
    let mut state = small_picker();
    key(&mut state, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(state.quit);
    // Even from a dialog, whose own keys would type the q or ignore it.
    let mut state = small_picker();
    resize(&mut state, 80, 24);
    type_keys(&mut state, "n");
    assert!(matches!(state.overlays.last(), Some(Overlay::Form(..))));
    resize(&mut state, 80, 23);
    type_keys(&mut state, "q");
    assert!(state.quit);
}

#[test]
fn keys_act_again_once_there_is_room() {
    let mut state = small_picker();
    type_keys(&mut state, "g");
    assert_eq!(state.picker.selected, 1);
    resize(&mut state, 80, 24);
    type_keys(&mut state, "g");
    assert_eq!(state.picker.selected, 0);
    let effects = type_keys(&mut state, "D");
    assert!(matches!(state.overlays.last(), Some(Overlay::Confirm(_))));
    assert!(effects.is_empty());
}

#[test]
fn an_unsaved_change_is_asked_about_once_and_answered_only_when_seen() {
    let mut state = state_with(sample_workspace());
    state.save = SaveState::Failed("disk full".to_owned());
    resize(&mut state, 40, 10);
    type_keys(&mut state, "qq");
    assert!(!state.quit);
    assert_eq!(state.overlays.len(), 1);
    assert!(screen(&state, 60, 20).contains("Enlarge the window to see the question."));
    // y cannot be read as an answer to a question that is not on screen.
    type_keys(&mut state, "y");
    assert!(!state.quit);
    resize(&mut state, 80, 24);
    assert!(screen(&state, 80, 24).contains("Quit anyway and lose the last change?"));
    type_keys(&mut state, "y");
    assert!(state.quit);
}

/// A click lands on the row drawn under it while a long message has pushed the status
/// line up into the view (the view's rows scroll by its height).
#[test]
fn clicks_find_the_row_drawn_above_a_long_message() {
    let mut state = state_with(sample_workspace());
    state.view = View::Review;
    state.review.cursor = 60;
    resize(&mut state, 80, 24);
    state.fail(format!(
        "/home/ana/{}w.ron: could not write the file",
        "folder/".repeat(30)
    ));
    let rows = crate::tui::review_tree::visible_rows(&state);
    let wanted = rows[57]
        .item()
        .map(|item| format!("{} ", item.id))
        .expect("an item");
    let text = screen(&state, 80, 24);
    let (row, column) = text
        .lines()
        .enumerate()
        .find_map(|(row, line)| {
            line.find(&wanted)
                .map(|at| (row, line[..at].chars().count() - 1))
        })
        .expect("the item on screen");
    click(&mut state, column as u16, row as u16);
    assert_eq!(state.review.cursor, 57, "{text}");
}
