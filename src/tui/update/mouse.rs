//! The mouse, when the user turned it on: a click on a tab switches view, a click on a list
//! row selects it, the wheel moves through the list (or scrolls the pane) under the pointer.
//! Positions come from `layout.rs` and `review_tree.rs`, which drawing uses too.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::update;
use crate::tui::command::{Command, View};
use crate::tui::effect::Effect;
use crate::tui::layout::{self, Screen};
use crate::tui::review_tree::{self, ReviewAreas};
use crate::tui::state::{Focus, Overlay, State};

/// Handles one mouse event; presses of other buttons, drags and moves are ignored.
pub fn handle(state: &mut State, mouse: MouseEvent) -> Vec<Effect> {
    // As drawn: a long message takes more status rows, and the views shrink above it.
    let Some(screen) = Screen::of(state) else {
        return Vec::new();
    };
    let position = Position::new(mouse.column, mouse.row);
    let wheel = match mouse.kind {
        MouseEventKind::ScrollUp => Command::Up,
        MouseEventKind::ScrollDown => Command::Down,
        MouseEventKind::Down(MouseButton::Left) => {
            state.message = None;
            return click(state, &screen, position);
        }
        _ => return Vec::new(),
    };
    match state.overlays.last() {
        // Help is the only dialog long enough to scroll.
        Some(Overlay::Help { .. }) => update(state, wheel),
        Some(_) => Vec::new(),
        None => match list_under(state, &screen, position) {
            Some(List::Review(pane, _)) => {
                // The wheel acts on the pane under it, as if it had the focus.
                state.review.focus = pane;
                update(state, wheel)
            }
            Some(_) => update(state, wheel),
            None => Vec::new(),
        },
    }
}

fn click(state: &mut State, screen: &Screen, position: Position) -> Vec<Effect> {
    // Dialogs are answered from the keyboard; a stray click must not act behind them.
    if !state.overlays.is_empty() {
        return Vec::new();
    }
    if screen.tabs.contains(position) {
        let tab = layout::tabs(screen.tabs)
            .into_iter()
            .find(|(_, rect)| rect.contains(position));
        return match tab {
            Some((view, _)) => update(state, Command::GoTo(view)),
            None => Vec::new(),
        };
    }
    match list_under(state, screen, position) {
        Some(List::Picker(rows)) => {
            let count = state.picker.entries.len();
            if let Some(index) = layout::row_at(rows, state.picker.selected, count, position) {
                state.picker.selected = index;
            }
        }
        Some(List::Providers(rows)) => {
            let count = state.workspace().map_or(0, |w| w.providers.len());
            if let Some(index) = layout::row_at(rows, state.providers.selected, count, position) {
                state.providers.selected = index;
            }
        }
        Some(List::Review(pane, rows)) => {
            state.review.focus = pane;
            let count = review_tree::visible_rows(state).len();
            let cursor = state.review.cursor.min(count.saturating_sub(1));
            if pane == Focus::List
                && let Some(index) = layout::row_at(rows, cursor, count, position)
                && index != cursor
            {
                // As moving with the keys does: the new item's detail starts at its top.
                state.review.cursor = index;
                state.review.detail_scroll = 0;
            }
        }
        None => {}
    }
    Vec::new()
}

/// The list drawn under the pointer, with the rectangle its rows occupy.
enum List {
    Picker(Rect),
    Providers(Rect),
    /// A pane of the Review view: the tree (with its rows) or the detail.
    Review(Focus, Rect),
}

fn list_under(state: &State, screen: &Screen, position: Position) -> Option<List> {
    if !screen.body.contains(position) {
        return None;
    }
    if state.showing_picker() {
        let table = layout::picker_of(state, screen.body).table;
        return Some(List::Picker(layout::table_rows(table)));
    }
    match state.view {
        View::Providers => {
            let count = state.workspace().map_or(0, |w| w.providers.len());
            let table = layout::providers(screen.body, count).table;
            table
                .contains(position)
                .then(|| List::Providers(layout::table_rows(table)))
        }
        View::Review => {
            review_tree::reviewed(state)?;
            let areas = ReviewAreas::new(screen.body);
            if areas.tree.contains(position) {
                Some(List::Review(Focus::List, areas.tree_rows()))
            } else {
                areas
                    .detail
                    .contains(position)
                    .then(|| List::Review(Focus::Detail, areas.detail_text()))
            }
        }
        View::Context | View::Compare | View::Actions | View::History => None,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyModifiers;
    use ratatui::layout::Size;

    use super::*;
    use crate::tui::testing::{empty_state, many_providers, sample_workspace, screen, state_with};
    use crate::tui::update::handle_event;

    fn mouse(state: &mut State, kind: MouseEventKind, column: u16, row: u16) -> Vec<Effect> {
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
}
