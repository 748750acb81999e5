//! Jumps into Review from elsewhere: a cell of the Compare matrix, a line of the Actions
//! list (and, later, a search result) lands on the judgement behind it. `selected` says
//! what the user has selected in the view they are in, so that a command of another view
//! (run from the palette) acts on that and not on a selection the user cannot see.

use crate::tui::command::{Command, View};
use crate::tui::review_tree;
use crate::tui::selectors;
use crate::tui::state::{Focus, ReviewOf, State};
use crate::workspace::{ProviderId, Subject};

/// What is selected in the view on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selected {
    /// A provider's judgement of an item: Review's item, a Compare cell, an action.
    Item { provider: usize, item: String },
    /// A provider but no item: Review on a heading, a Compare section row or the chart, a
    /// line of Providers.
    Provider(usize),
    /// Neither: Context, History, the workspace picker, an empty list.
    Nothing,
}

impl Selected {
    /// The provider's index, with or without an item.
    pub fn provider(&self) -> Option<usize> {
        match self {
            Selected::Item { provider, .. } | Selected::Provider(provider) => Some(*provider),
            Selected::Nothing => None,
        }
    }
}

/// What the user has selected where they are, as the view draws it (indices kept in range
/// as the views keep them).
pub fn selected(state: &State) -> Selected {
    let Some(last) = state
        .workspace()
        .and_then(|workspace| workspace.providers.len().checked_sub(1))
    else {
        return Selected::Nothing;
    };
    if state.showing_picker() {
        return Selected::Nothing;
    }
    match state.view {
        View::Review => {
            let provider = state.review.provider.min(last);
            let rows = review_tree::visible_rows(state);
            let cursor = state.review.cursor.min(rows.len().saturating_sub(1));
            match rows.get(cursor).and_then(|row| row.item()) {
                Some(item) => Selected::Item {
                    provider,
                    item: item.id.clone(),
                },
                None => Selected::Provider(provider),
            }
        }
        View::Compare => {
            let provider = selectors::selected_provider(state).unwrap_or(0);
            if state.compare.chart {
                // The chart draws sections and providers, never a cell.
                return Selected::Provider(provider);
            }
            let item = selectors::matrix(state).and_then(|matrix| {
                let rows = selectors::rows(state, &matrix);
                let row = rows.get(state.compare.cursor.min(rows.len().checked_sub(1)?))?;
                row.item().map(|item| item.id.clone())
            });
            match item {
                Some(item) => Selected::Item { provider, item },
                None => Selected::Provider(provider),
            }
        }
        View::Actions => selectors::listed(state)
            .get(state.actions.selected)
            .and_then(|planned| {
                Some(Selected::Item {
                    provider: planned.owner.provider()?,
                    item: planned.item.to_owned(),
                })
            })
            .unwrap_or(Selected::Nothing),
        View::Providers => Selected::Provider(state.providers.selected.min(last)),
        View::Context | View::History => Selected::Nothing,
    }
}

/// Shows `item_id` of the provider at index `provider` in Review: that provider under
/// review, the item's section open, the cursor on the item and the keys in the tree.
/// Returns false, changing nothing, when the catalogue has no such item or no such
/// provider exists.
pub fn focus_item(state: &mut State, provider: usize, item_id: &str) -> bool {
    focus(state, ReviewOf::Provider, provider, item_id)
}

/// Shows `item_id` of `subject` in Review (a provider's item, a readiness item, or a
/// setting on the chosen provider's deployment checklist); false when there is none.
pub fn focus_subject(state: &mut State, subject: &Subject, item_id: &str) -> bool {
    let Some(workspace) = state.workspace() else {
        return false;
    };
    let index_of = |id: &ProviderId| workspace.providers.iter().position(|p| &p.id == id);
    match subject {
        Subject::Provider(id) => {
            index_of(id).is_some_and(|index| focus(state, ReviewOf::Provider, index, item_id))
        }
        Subject::Deployment(id) if workspace.chosen.as_ref() == Some(id) => {
            let index = state.review.provider;
            focus(state, ReviewOf::Deployment, index, item_id)
        }
        Subject::Deployment(_) => false,
        Subject::Readiness => {
            let index = state.review.provider;
            focus(state, ReviewOf::Readiness, index, item_id)
        }
    }
}

fn focus(state: &mut State, of: ReviewOf, provider: usize, item_id: &str) -> bool {
    let providers = state.workspace().map_or(0, |w| w.providers.len());
    let catalogue = state.catalogue;
    let Some((section, item)) = catalogue.items().find(|(_, item)| item.id == item_id) else {
        return false;
    };
    if of == ReviewOf::Provider && provider >= providers {
        return false;
    }
    let previous = state.review.of;
    state.review.of = of;
    state.review.collapsed.remove(&section.id);
    if state.review.hide_not_needed && !state.item_in_scope(item) {
        // Asked for by name: show it, and the others it was hidden with, and say so.
        state.review.hide_not_needed = false;
        let key = state
            .keymap
            .key_label(Command::ToggleNotNeeded, state.theme.ascii);
        state.inform(format!(
            "{item_id} is for a service not needed: every item is shown again ({key} hides them)."
        ));
    }
    let rows = review_tree::visible_rows(state);
    let Some(row) = review_tree::item_row(&rows, item_id) else {
        state.review.of = previous;
        return false;
    };
    state.view = View::Review;
    state.review.provider = provider;
    state.review.cursor = row;
    state.review.focus = Focus::List;
    state.review.detail_scroll = 0;
    true
}
