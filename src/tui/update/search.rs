//! Search (`/`): a live fuzzy search over the catalogue and the open workspace, and the
//! jump from a result to where it belongs. The index is kept between searches and caught
//! up only when the workspace has changed, never per keystroke.

use ratatui::crossterm::event::KeyEvent;

use super::jump::focus_item;
use crate::search::{Entry, Kind, MAX_RESULTS};
use crate::tui::command::{Command, View};
use crate::tui::effect::Effect;
use crate::tui::review_tree;
use crate::tui::state::{ContextFocus, Focus, Overlay, State};
use crate::tui::widgets::finder::Finder;

/// Opens search on the last query, its results already listed.
pub fn open(state: &mut State) -> Vec<Effect> {
    let ascii = state.theme.ascii;
    state
        .search
        .refresh(state.catalogue, state.session.as_ref(), ascii);
    let mut finder = Finder::new(
        &state.search.query,
        "an item, note, provider, evidence, action, treatment or claim",
    );
    finder.set_hits(hits(state, &finder.query()));
    state.overlays.push(Overlay::Search(Box::new(finder)));
    Vec::new()
}

fn hits(state: &State, query: &str) -> Vec<crate::search::Ranked> {
    state.search.index().map_or_else(Vec::new, |index| {
        index
            .search(query, MAX_RESULTS)
            .into_iter()
            .map(|hit| hit.ranked)
            .collect()
    })
}

/// Keys bound in the search overlay: movement, and Enter to go to the result.
pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    let size = state.size;
    let Some(Overlay::Search(finder)) = state.overlays.last_mut() else {
        return Vec::new();
    };
    if action == Command::Select {
        let Some(id) = finder.current().map(|hit| hit.id) else {
            return Vec::new();
        };
        state.overlays.pop();
        let entry = state
            .search
            .index()
            .and_then(|index| index.entry(id))
            .cloned();
        if let Some(entry) = entry {
            go_to(state, &entry);
        }
    } else {
        finder.step(action, size);
    }
    Vec::new()
}

/// A key the keymap left to the input line: the query changes, the results follow.
pub fn input(state: &mut State, key: KeyEvent) {
    edit(state, |finder| finder.input(key));
}

pub fn paste(state: &mut State, text: &str) {
    edit(state, |finder| finder.paste(text));
}

fn edit(state: &mut State, change: impl FnOnce(&mut Finder) -> bool) {
    let Some(Overlay::Search(finder)) = state.overlays.last_mut() else {
        return;
    };
    if !change(finder) {
        return;
    }
    let query = finder.query();
    let found = hits(state, &query);
    if let Some(Overlay::Search(finder)) = state.overlays.last_mut() {
        finder.set_hits(found);
    }
    state.search.query = query;
}

/// Shows where `entry` belongs: an item or judgement in Review, a section's heading, a
/// provider in Providers, a context question in Context.
fn go_to(state: &mut State, entry: &Entry) {
    if state.session.is_none() {
        state.fail("Open a workspace first: results lead into its views.");
        return;
    }
    state.picker_open = false;
    let provider = entry.provider.as_ref().and_then(|owner| {
        state
            .workspace()?
            .providers
            .iter()
            .position(|p| p.id == owner.id)
    });
    match (entry.kind, provider, entry.item.as_deref()) {
        (Kind::Section, _, _) => {
            if let Some(place) = &entry.section {
                show_section(state, &place.id);
            }
        }
        (Kind::Item, _, Some(item)) => show_item(state, None, item),
        (_, Some(provider), Some(item)) => show_item(state, Some(provider), item),
        (_, Some(provider), None) => show_provider(state, provider),
        _ => {}
    }
}

/// `item` in Review for `provider`, or for the provider under review when the result
/// names none; a context question in Context instead.
fn show_item(state: &mut State, provider: Option<usize>, item: &str) {
    let question = state
        .catalogue
        .context_questions()
        .position(|question| question.id == item);
    if let Some(index) = question {
        state.view = View::Context;
        state.context.question = index;
        state.context.focus = ContextFocus::Questions;
        return;
    }
    let count = state.workspace().map_or(0, |w| w.providers.len());
    if count == 0 {
        state.view = View::Providers;
        state.fail("Add a provider first: items are reviewed for a provider.");
        return;
    }
    let provider = provider.unwrap_or(state.review.provider).min(count - 1);
    if !focus_item(state, provider, item) {
        // A judgement of an item this catalogue no longer has: its provider at least.
        show_provider(state, provider);
    }
}

fn show_provider(state: &mut State, provider: usize) {
    state.view = View::Providers;
    state.providers.selected = provider;
}

/// The section's heading in Review, opened; the context section lives in Context.
fn show_section(state: &mut State, id: &str) {
    state.review.collapsed.remove(id);
    let rows = review_tree::visible_rows(state);
    let Some(row) = review_tree::section_row(&rows, id) else {
        state.view = View::Context;
        return;
    };
    state.view = View::Review;
    state.review.cursor = row;
    state.review.focus = Focus::List;
    state.review.detail_scroll = 0;
}

#[cfg(test)]
mod tests;
