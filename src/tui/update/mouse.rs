//! The mouse, when the user turned it on: a click on a tab switches view, a click on a list
//! row selects it, the wheel moves through the list (or scrolls the pane) under the pointer.
//! Positions are where the last draw put things (`State::drawn`) and the areas of `layout.rs`.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::update;
use crate::tui::command::{Command, View};
use crate::tui::effect::Effect;
use crate::tui::layout::ReviewAreas;
use crate::tui::layout::{self, Screen};
use crate::tui::review_tree;
use crate::tui::state::{Focus, Overlay, State};

/// Handles one mouse event; presses of other buttons, drags and moves are ignored.
pub fn handle(state: &mut State, mouse: MouseEvent) -> Vec<Effect> {
    // As drawn: a long message takes more status rows, and the views shrink above it.
    let Some(screen) = state.drawn.screen else {
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
        let table = state.drawn.picker_table?;
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
mod tests;
