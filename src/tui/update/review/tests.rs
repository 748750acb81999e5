//! Key → state tests for the Review view, without a terminal.

mod dialogs;
mod judge;
mod navigate;
mod readiness;

use crate::tui::review_tree;
use crate::tui::state::State;
use crate::tui::testing::{sample_workspace, state_with};
use crate::workspace::{Assessment, Status};

/// Every assessable item id, in catalogue order.
fn ids() -> Vec<String> {
    crate::catalogue::builtin()
        .assessable_items()
        .map(|(_, item)| item.id.clone())
        .collect()
}

/// The sample workspace open in Review, on the first provider.
fn sample() -> State {
    state_with(sample_workspace())
}

/// Puts the cursor on item `id` (its section must be open).
fn go_to(state: &mut State, id: &str) {
    let rows = review_tree::visible_rows(state);
    state.review.cursor = review_tree::item_row(&rows, id).expect("item visible");
}

/// The first provider's assessment of `id`.
fn assessment(state: &State, id: &str) -> Option<Assessment> {
    state.workspace().expect("open").providers[0]
        .assessments
        .get(id)
        .cloned()
}

fn status(state: &State, id: &str) -> Status {
    assessment(state, id).map_or(Status::NotAssessed, |a| a.status)
}

/// The id of the item under the cursor.
fn selected(state: &State) -> Option<String> {
    let rows = review_tree::visible_rows(state);
    rows.get(state.review.cursor)
        .and_then(|row| row.item())
        .map(|item| item.id.clone())
}

fn message(state: &State) -> String {
    state
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}
