use ratatui::crossterm::event::KeyModifiers;
use ratatui::layout::Size;

use super::*;
use crate::tui::testing::{
    empty_state, many_providers, redraw, sample_workspace, screen, state_with,
};
use crate::tui::update::handle_event;

/// A mouse event on the screen as drawn just before it, as in the loop.
fn mouse(state: &mut State, kind: MouseEventKind, column: u16, row: u16) -> Vec<Effect> {
    redraw(state);
    let event = MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    handle_event(state, &ratatui::crossterm::event::Event::Mouse(event))
}

fn click(state: &mut State, column: u16, row: u16) {
    mouse(state, MouseEventKind::Down(MouseButton::Left), column, row);
}

/// The row and column of the first cell where `text` is drawn.
fn find(state: &State, text: &str) -> (u16, u16) {
    let (width, height) = (state.size.width, state.size.height);
    screen(state, width, height)
        .lines()
        .enumerate()
        .find_map(|(row, line)| {
            let line = line.trim_start_matches('"');
            line.find(text)
                .map(|at| (line[..at].chars().count() as u16, row as u16))
        })
        .unwrap_or_else(|| panic!("{text} not on screen"))
}

fn resized(mut state: State, width: u16, height: u16) -> State {
    handle_event(
        &mut state,
        &ratatui::crossterm::event::Event::Resize(width, height),
    );
    state
}

#[test]
fn a_resize_is_remembered() {
    let state = resized(empty_state(), 123, 45);
    assert_eq!(state.size, Size::new(123, 45));
}

#[test]
fn clicking_a_tab_switches_to_its_view() {
    for (width, height) in [(80, 24), (160, 48)] {
        let mut state = resized(state_with(sample_workspace()), width, height);
        for view in View::ALL {
            let (column, row) = find(&state, &format!(" {}", view.title()));
            click(&mut state, column, row);
            assert_eq!(state.view, view, "at {width}x{height}");
        }
    }
}

#[test]
fn clicking_a_provider_row_selects_it() {
    for (width, height) in [(80, 24), (160, 48)] {
        let mut state = resized(state_with(sample_workspace()), width, height);
        state.view = View::Providers;
        let (column, row) = find(&state, "Tūī Talk");
        click(&mut state, column, row);
        assert_eq!(state.providers.selected, 2, "at {width}x{height}");
        let (column, row) = find(&state, "Aroha Video");
        click(&mut state, column, row);
        assert_eq!(state.providers.selected, 0, "at {width}x{height}");
    }
}

#[test]
fn clicks_on_a_scrolled_list_find_the_row_drawn_there() {
    let mut state = resized(state_with(many_providers(40)), 80, 24);
    state.view = View::Providers;
    state.providers.selected = 30;
    let (column, row) = find(&state, "Provider 27");
    click(&mut state, column, row);
    assert_eq!(state.providers.selected, 27);
}

#[test]
fn clicking_a_picker_row_selects_that_workspace() {
    let mut state = resized(empty_state(), 80, 24);
    state.picker.entries = ["one", "two", "three"]
        .iter()
        .map(|name| crate::tui::state::PickerEntry {
            slug: (*name).to_owned(),
            name: (*name).to_owned(),
            modified: None,
            providers: 0,
            progress: (0, 0),
            error: None,
        })
        .collect();
    let (column, row) = find(&state, "three");
    click(&mut state, column, row);
    assert_eq!(state.picker.selected, 2);
}

#[test]
fn the_wheel_moves_through_the_list_under_the_pointer_only() {
    let mut state = resized(state_with(many_providers(20)), 80, 24);
    state.view = View::Providers;
    let (column, row) = find(&state, "Provider 03");
    mouse(&mut state, MouseEventKind::ScrollDown, column, row);
    mouse(&mut state, MouseEventKind::ScrollDown, column, row);
    assert_eq!(state.providers.selected, 2);
    mouse(&mut state, MouseEventKind::ScrollUp, column, row);
    assert_eq!(state.providers.selected, 1);
    // Over the tab bar nothing scrolls.
    mouse(&mut state, MouseEventKind::ScrollDown, 1, 0);
    assert_eq!(state.providers.selected, 1);
}

#[test]
fn the_wheel_scrolls_help_and_clicks_do_not_act_behind_a_dialog() {
    let mut state = resized(state_with(sample_workspace()), 80, 24);
    state.view = View::Providers;
    state.overlays.push(Overlay::Help { scroll: 0 });
    mouse(&mut state, MouseEventKind::ScrollDown, 40, 10);
    assert!(matches!(
        state.overlays.last(),
        Some(Overlay::Help { scroll: 1 })
    ));
    let (column, row) = find(&state, " Review");
    click(&mut state, column, row);
    assert_eq!(state.view, View::Providers);
}

fn review(workspace: crate::workspace::Workspace, width: u16, height: u16) -> State {
    let mut state = resized(state_with(workspace), width, height);
    state.view = View::Review;
    state
}

#[test]
fn clicking_a_review_tree_row_puts_the_cursor_on_it() {
    for (width, height) in [(80, 24), (160, 48)] {
        let mut state = review(sample_workspace(), width, height);
        state.review.focus = Focus::Detail;
        state.review.detail_scroll = 3;
        let (column, row) = find(&state, "SEL.3 ");
        click(&mut state, column, row);
        assert_eq!(state.review.focus, Focus::List, "at {width}x{height}");
        assert_eq!(state.review.detail_scroll, 0);
        let rows = review_tree::visible_rows(&state);
        let item = rows[state.review.cursor]
            .item()
            .map(|item| item.id.as_str());
        assert_eq!(item, Some("SEL.3"), "at {width}x{height}");
    }
}

#[test]
fn clicks_on_a_scrolled_tree_find_the_row_drawn_there() {
    let mut state = review(sample_workspace(), 80, 24);
    state.review.cursor = 60;
    let rows = review_tree::visible_rows(&state);
    let id = |index: usize| rows[index].item().map(|item| format!("{} ", item.id));
    let wanted = id(57).expect("row 57 is an item");
    let (column, row) = find(&state, &wanted);
    click(&mut state, column, row);
    assert_eq!(state.review.cursor, 57, "{wanted}");
}

#[test]
fn the_wheel_in_review_moves_the_pane_under_the_pointer() {
    let mut state = review(sample_workspace(), 80, 24);
    let (column, row) = find(&state, "SEL.2 ");
    mouse(&mut state, MouseEventKind::ScrollDown, column, row);
    assert_eq!(state.review.cursor, 1);
    assert_eq!(state.review.focus, Focus::List);
    mouse(&mut state, MouseEventKind::ScrollDown, 70, 10);
    assert_eq!(state.review.focus, Focus::Detail);
    assert_eq!(
        state.review.cursor, 1,
        "the detail scrolls, the cursor stays"
    );
}

#[test]
fn a_terminal_too_small_ignores_the_mouse() {
    let mut state = resized(state_with(sample_workspace()), 60, 20);
    state.view = View::Providers;
    click(&mut state, 20, 0);
    assert_eq!(state.view, View::Providers);
}
