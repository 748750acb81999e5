//! Moving about the Review view: the cursor over the tree, folding sections, the next item
//! not yet assessed, the provider under review, and which pane has the keys.

use super::{refuse, rows};
use crate::tui::command::{Command, View};
use crate::tui::effect::Effect;
use crate::tui::layout::ReviewAreas;
use crate::tui::review_tree::{self, Row};
use crate::tui::state::{Focus, ReviewOf, State};
use crate::tui::widgets::list::step;
use crate::workspace::{Status, Subject};

pub(super) fn update(state: &mut State, action: Command) -> Vec<Effect> {
    match action {
        _ if action.is_movement() => match state.review.focus {
            Focus::List => move_cursor(state, action),
            Focus::Detail => scroll_detail(state, action),
        },
        Command::FocusNext | Command::FocusPrev => {
            state.review.focus = match state.review.focus {
                Focus::List => Focus::Detail,
                Focus::Detail => Focus::List,
            };
        }
        Command::Collapse => collapse(state),
        Command::Expand => expand(state),
        Command::Select => select(state),
        Command::NextUnassessed => return next_unassessed(state, true),
        Command::PrevUnassessed => return next_unassessed(state, false),
        Command::NextProvider => return switch_provider(state, true),
        Command::PrevProvider => return switch_provider(state, false),
        Command::CycleReviewOf => return cycle_review_of(state),
        _ => {}
    }
    Vec::new()
}

fn move_cursor(state: &mut State, action: Command) {
    let count = rows(state).len();
    let page = usize::from(ReviewAreas::for_size(state.size).tree_rows().height);
    set_cursor(state, step(state.review.cursor, count, action, page));
}

/// Moves the cursor; the detail pane starts again at the top for the new row.
fn set_cursor(state: &mut State, cursor: usize) {
    if cursor != state.review.cursor {
        state.review.detail_scroll = 0;
    }
    state.review.cursor = cursor;
}

fn scroll_detail(state: &mut State, action: Command) {
    // The text's length as last drawn, less the rows it is shown in.
    let text = ReviewAreas::for_size(state.size).detail_text();
    let lines = u16::try_from(state.drawn.review_detail_lines).unwrap_or(u16::MAX);
    let max = lines.saturating_sub(text.height);
    let page = text.height.saturating_sub(1).max(1);
    let scroll = state.review.detail_scroll.min(max);
    state.review.detail_scroll = match action {
        Command::Up => scroll.saturating_sub(1),
        Command::Down => scroll.saturating_add(1),
        Command::PageUp => scroll.saturating_sub(page),
        Command::PageDown => scroll.saturating_add(page),
        Command::Top => 0,
        _ => max,
    }
    .min(max);
}

/// Left: from the detail pane back to the tree; on an item, up to its section heading; on
/// an open heading, shut it.
fn collapse(state: &mut State) {
    if state.review.focus == Focus::Detail {
        state.review.focus = Focus::List;
        return;
    }
    let rows = rows(state);
    match rows.get(state.review.cursor) {
        Some(Row::Item { section, .. }) => {
            if let Some(heading) = review_tree::section_row(&rows, &section.id) {
                set_cursor(state, heading);
            }
        }
        Some(Row::Section {
            section,
            expanded: true,
        }) => {
            state.review.collapsed.insert(section.id.clone());
        }
        _ => {}
    }
}

/// Right: open a shut heading, step into an open one, or read an item's detail.
fn expand(state: &mut State) {
    let rows = rows(state);
    match rows.get(state.review.cursor) {
        Some(Row::Section {
            section,
            expanded: false,
        }) => {
            state.review.collapsed.remove(&section.id);
        }
        Some(Row::Section { expanded: true, .. }) => {
            set_cursor(state, (state.review.cursor + 1).min(rows.len() - 1));
        }
        Some(Row::Item { .. }) => state.review.focus = Focus::Detail,
        None => {}
    }
}

/// Enter: a heading opens or shuts; an item hands the keys to its detail, and back.
fn select(state: &mut State) {
    if state.review.focus == Focus::Detail {
        state.review.focus = Focus::List;
        return;
    }
    let rows = rows(state);
    match rows.get(state.review.cursor) {
        Some(Row::Section { section, expanded }) => {
            if *expanded {
                state.review.collapsed.insert(section.id.clone());
            } else {
                state.review.collapsed.remove(&section.id);
            }
        }
        Some(Row::Item { .. }) => state.review.focus = Focus::Detail,
        None => {}
    }
}

/// Goes to the next (or previous) item in scope that has no status yet for what is under
/// review, across sections and round the end of the catalogue, opening its section. Items
/// for services the context says are not needed are skipped, hidden or not: scoring leaves
/// them out, so they are not work still to do (and a hidden one is never landed on).
fn next_unassessed(state: &mut State, forward: bool) -> Vec<Effect> {
    let Some(subject) = review_tree::subject(state) else {
        return refuse(state, "There is nothing to review here yet.".to_owned());
    };
    let of = state.review.of;
    let items: Vec<_> = state
        .catalogue
        .sections
        .iter()
        .flat_map(|section| review_tree::items_of(section, of))
        .collect();
    let derivation = state.derivation();
    let judgements = state.workspace().and_then(|w| w.judgements(&subject));
    let open = |index: usize| {
        let item = items[index];
        derivation.applies(item)
            && judgements
                .and_then(|judgements| judgements.get(&item.id))
                .is_none_or(|a| a.status == Status::NotAssessed)
    };
    // The search starts in the gap before item `gap`: after the item under the cursor
    // going forward, before it going back, and before a heading's first item either way.
    let count = items.len();
    let index_of = |id: &str| items.iter().position(|i| i.id == id);
    let rows = rows(state);
    let gap = match rows.get(state.review.cursor) {
        Some(Row::Item { item, .. }) => index_of(&item.id).map(|i| i + usize::from(forward)),
        Some(Row::Section { section, .. }) => review_tree::items_of(section, of)
            .next()
            .and_then(|first| index_of(&first.id)),
        None => None,
    }
    .unwrap_or(if forward { 0 } else { count });
    let found = (0..count).find_map(|step| {
        let (index, wrapped) = if forward {
            ((gap + step) % count, gap + step >= count)
        } else {
            ((gap + 2 * count - 1 - step) % count, step >= gap)
        };
        open(index).then_some((index, wrapped))
    });
    let name = state
        .workspace()
        .map(|w| review_tree::subject_name(w, &subject, state.theme.ascii))
        .unwrap_or_default();
    if let Some((index, wrapped)) = found {
        let id = items[index].id.clone();
        reveal(state, &subject, &id);
        if wrapped {
            state.inform(if forward {
                "Went round to the start of the catalogue."
            } else {
                "Went round to the end of the catalogue."
            });
        }
    } else if items.iter().any(|item| !derivation.applies(item)) {
        state.inform(format!(
            "Every item in scope is assessed for {name}; items for services not needed are \
             left out."
        ));
    } else {
        state.inform(format!("Every item is assessed for {name}."));
    }
    Vec::new()
}

/// Shows `item` of `subject`: that provider (or readiness, or deployment) under review,
/// its section open, the cursor on it.
pub(super) fn reveal(state: &mut State, subject: &Subject, item: &str) {
    crate::tui::update::jump::focus_subject(state, subject, item);
}

/// Hides or shows the items for services the context says are not needed, keeping the
/// cursor on the same row when it stays visible.
pub(super) fn toggle_not_needed(state: &mut State) -> Vec<Effect> {
    if !state.review.hide_not_needed && state.derivation().needed_services.is_none() {
        let question = state
            .catalogue
            .context_questions()
            .find(|item| {
                item.answer.as_ref().is_some_and(|spec| {
                    spec.options().iter().any(|option| option.service.is_some())
                })
            })
            .map_or_else(String::new, |item| format!(" ({})", item.id));
        let context = state
            .keymap
            .key_label(Command::GoTo(View::Context), state.theme.ascii);
        state.inform(format!(
            "Nothing is hidden: the services in use{question} are not answered yet. Answer them in Context ({context})."
        ));
        return Vec::new();
    }
    let current = rows(state)
        .get(state.review.cursor)
        .and_then(|row| row.item())
        .map(|item| item.id.clone());
    state.review.hide_not_needed = !state.review.hide_not_needed;
    let rows = rows(state);
    let cursor = current
        .and_then(|id| review_tree::item_row(&rows, &id))
        .unwrap_or(0);
    set_cursor(state, cursor.min(rows.len().saturating_sub(1)));
    let key = state
        .keymap
        .key_label(Command::ToggleNotNeeded, state.theme.ascii);
    if state.review.hide_not_needed {
        state.inform(format!(
            "Items for services not needed are hidden ({key} shows them)."
        ));
    } else {
        state.inform("Every item is shown.");
    }
    Vec::new()
}

/// Steps what Review walks: a provider, then our readiness, then (once a provider is
/// chosen) its deployment checklist, then a provider again.
fn cycle_review_of(state: &mut State) -> Vec<Effect> {
    let chosen = state
        .workspace()
        .and_then(|w| w.chosen_provider())
        .map(|p| crate::tui::text::one_line(&p.name, state.theme.ascii));
    state.review.of = match (state.review.of, &chosen) {
        (ReviewOf::Provider, _) => ReviewOf::Readiness,
        (ReviewOf::Readiness, Some(_)) => ReviewOf::Deployment,
        (ReviewOf::Readiness | ReviewOf::Deployment, _) => ReviewOf::Provider,
    };
    state.review.cursor = 0;
    state.review.detail_scroll = 0;
    state.review.focus = Focus::List;
    let key = state
        .keymap
        .key_label(Command::CycleReviewOf, state.theme.ascii);
    let message = match (state.review.of, chosen) {
        (ReviewOf::Readiness, _) => format!(
            "Our readiness: the organisation's own duties, answered once and never scored against a provider ({key} switches)."
        ),
        (ReviewOf::Deployment, Some(name)) => format!(
            "Deploying {name}: the settings the organisation must make now it has chosen ({key} switches)."
        ),
        _ => format!("Reviewing providers ({key} switches to our readiness)."),
    };
    state.inform(message);
    Vec::new()
}

fn switch_provider(state: &mut State, forward: bool) -> Vec<Effect> {
    if state.review.of != ReviewOf::Provider {
        state.review.of = ReviewOf::Provider;
        state.review.cursor = 0;
    }
    let count = state.workspace().map_or(0, |w| w.providers.len());
    if count == 0 {
        return refuse(state, "There is no provider to review yet.".to_owned());
    }
    let current = state.review.provider.min(count - 1);
    state.review.provider = if forward {
        (current + 1) % count
    } else {
        (current + count - 1) % count
    };
    state.review.detail_scroll = 0;
    Vec::new()
}
