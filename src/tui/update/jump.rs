//! Jumps into Review from elsewhere: a cell of the Compare matrix, a line of the Actions
//! list (and, later, a search result) lands on the judgement behind it.

use crate::tui::action::View;
use crate::tui::review_tree;
use crate::tui::state::{Focus, State};

/// Shows `item_id` of the provider at index `provider` in Review: that provider under
/// review, the item's section open, the cursor on the item and the keys in the tree.
/// Returns false, changing nothing, when the catalogue has no such item or no such
/// provider exists.
pub fn focus_item(state: &mut State, provider: usize, item_id: &str) -> bool {
    let providers = state.workspace().map_or(0, |w| w.providers.len());
    let catalogue = state.catalogue;
    let Some((section, item)) = catalogue.items().find(|(_, item)| item.id == item_id) else {
        return false;
    };
    if provider >= providers {
        return false;
    }
    state.review.collapsed.remove(&section.id);
    if state.review.hide_not_needed && !state.item_in_scope(item) {
        // Asked for by name: show it, and the others it was hidden with.
        state.review.hide_not_needed = false;
    }
    let rows = review_tree::visible_rows(state);
    let Some(row) = review_tree::item_row(&rows, item_id) else {
        return false;
    };
    state.view = View::Review;
    state.review.provider = provider;
    state.review.cursor = row;
    state.review.focus = Focus::List;
    state.review.detail_scroll = 0;
    true
}
