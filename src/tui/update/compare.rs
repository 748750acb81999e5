//! The Compare view's keys: moving over the matrix, opening sections, the filters, the
//! column order, the chart, and Enter on a cell to see the judgement behind it in Review.
//! In the chart, up and down pick the section it shows; the keys that act on the matrix
//! (Enter, h, l, and the filters) bring the matrix back first, on that section, so nothing
//! changes out of sight.

use super::jump::focus_item;
use crate::compare::{Row, Sort};
use crate::scoring::ScoreOptions;
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::layout::CompareAreas;
use crate::tui::selectors::{comparison, matrix, rows, selected_provider};
use crate::tui::state::{ChartBy, State};
use crate::tui::widgets::list::step;
use crate::workspace::{Change, Decision};

pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    let acts_on_matrix = matches!(
        action,
        Command::Expand
            | Command::Collapse
            | Command::Select
            | Command::DifferencesOnly
            | Command::RequiredOnly
    );
    if acts_on_matrix && state.compare.chart {
        back_to_matrix(state, action);
        return Vec::new();
    }
    match action {
        _ if action.is_movement() => move_cursor(state, action),
        Command::NextProvider => move_column(state, true),
        Command::PrevProvider => move_column(state, false),
        Command::Expand => expand(state),
        Command::Collapse => collapse(state),
        Command::Select => select(state),
        Command::DifferencesOnly => keeping_row(state, |state| {
            let filter = &mut state.compare.filter;
            filter.differences_only = !filter.differences_only;
        }),
        Command::RequiredOnly => keeping_row(state, |state| {
            let filter = &mut state.compare.filter;
            filter.required_only = !filter.required_only;
        }),
        Command::CycleSort => {
            state.compare.sort = state.compare.sort.next();
            state.inform(state.compare.sort.explanation());
        }
        Command::ToggleChart => state.compare.chart = !state.compare.chart,
        Command::ToggleUnknownDisqualifies => return toggle_unknown_disqualifies(state),
        Command::EditDecision => return super::decision::open(state),
        Command::Undo | Command::Redo => return super::review::update(state, action),
        Command::SwitchChart => {
            state.compare.chart = true;
            state.compare.chart_by = match state.compare.chart_by {
                ChartBy::Sections => ChartBy::Providers,
                ChartBy::Providers => ChartBy::Sections,
            };
        }
        _ => {}
    }
    Vec::new()
}

/// Switches whether a required item left Unknown disqualifies, for this workspace: the
/// ranking here and every report follow it, and it is saved.
fn toggle_unknown_disqualifies(state: &mut State) -> Vec<Effect> {
    let derivation = state.derivation();
    let Some(before) = state.workspace().map(|w| w.decision.clone()) else {
        return Vec::new();
    };
    let on = !ScoreOptions::unknown_disqualifies(&before, &derivation);
    let after = Decision {
        unknown_disqualifies: Some(on),
        ..before.clone()
    };
    let change = Change::Decision {
        before: Box::new(before),
        after: Box::new(after),
    };
    if let Err(error) = state.apply(change) {
        state.fail(format!("Not changed: {error}."));
        return Vec::new();
    }
    state.inform(if on {
        "A required item left Unknown now disqualifies, here and in every report."
    } else {
        "A required item left Unknown no longer disqualifies, here or in reports."
    });
    vec![Effect::SaveWorkspace]
}

/// A key that acts on the matrix, pressed in the chart: the matrix comes back with the
/// cursor on the chart's section, and the key acts there. Enter and l open that section
/// (never shut it, nor jump to Review from an item left selected before the chart), h
/// shows it shut, and the filters apply as they would in the matrix.
fn back_to_matrix(state: &mut State, action: Command) {
    state.compare.chart = false;
    let Some(section) = current_row(state).map(|row| row.section) else {
        return;
    };
    if let Some(row) = row_ids(state).iter().position(|id| *id == section) {
        state.compare.cursor = row;
    }
    match action {
        Command::Expand | Command::Select => {
            state.compare.expanded.insert(section);
        }
        Command::Collapse => {
            state.compare.expanded.remove(&section);
        }
        _ => {
            update(state, action);
        }
    }
}

/// The ids of the visible rows, in order.
fn row_ids(state: &State) -> Vec<String> {
    matrix(state).map_or_else(Vec::new, |matrix| {
        rows(state, &matrix)
            .iter()
            .map(|row| row.id().to_owned())
            .collect()
    })
}

/// Up and down: over every row in the matrix; over section rows only in the chart, where
/// an item row would change nothing drawn.
fn move_cursor(state: &mut State, action: Command) {
    let page = CompareAreas::for_size(state.size).page();
    if !state.compare.chart {
        let count = row_ids(state).len();
        state.compare.cursor = step(state.compare.cursor, count, action, page);
        return;
    }
    let Some(matrix) = matrix(state) else {
        return;
    };
    let rows = rows(state, &matrix);
    let sections: Vec<usize> = (0..rows.len())
        .filter(|&index| matches!(rows[index], Row::Section { .. }))
        .collect();
    let cursor = state.compare.cursor;
    let current = sections.iter().rposition(|&row| row <= cursor).unwrap_or(0);
    let next = step(current, sections.len(), action, page);
    state.compare.cursor = sections.get(next).copied().unwrap_or(0);
}

/// Left and right across the provider columns, in the order they are drawn. Listed in
/// the workspace's order, the columns need no scoring to find the neighbour.
fn move_column(state: &mut State, forward: bool) {
    let Some(provider) = selected_provider(state) else {
        return;
    };
    let columns = match state.compare.sort {
        Sort::Listed => Vec::new(),
        _ => comparison(state).map_or_else(Vec::new, |comparison| comparison.columns),
    };
    let position = columns
        .iter()
        .position(|&index| index == provider)
        .unwrap_or(provider);
    let last = state.workspace().map_or(0, |w| w.providers.len()) - 1;
    let position = if forward {
        (position + 1).min(last)
    } else {
        position.saturating_sub(1)
    };
    state.compare.provider = columns.get(position).copied().unwrap_or(position);
}

/// Applies `change` to the filters, keeping the cursor on the same row when it is still
/// shown, else on its section's row, else where it was.
fn keeping_row(state: &mut State, change: impl FnOnce(&mut State)) {
    let before = row_ids(state);
    let current = before.get(state.compare.cursor).cloned();
    let section = state
        .catalogue
        .items()
        .find(|(_, item)| Some(&item.id) == current.as_ref())
        .map(|(section, _)| section.id.clone());
    change(state);
    let after = row_ids(state);
    let found = [current, section]
        .into_iter()
        .flatten()
        .find_map(|id| after.iter().position(|row| *row == id));
    state.compare.cursor = found.unwrap_or(state.compare.cursor.min(after.len().saturating_sub(1)));
}

/// The row under the cursor, by id.
struct Current {
    section: String,
    /// The item's id on an item row.
    item: Option<String>,
    /// On a section row, whether it is open.
    open: bool,
}

fn current_row(state: &State) -> Option<Current> {
    let matrix = matrix(state)?;
    let rows = rows(state, &matrix);
    let row = rows.get(state.compare.cursor.min(rows.len().checked_sub(1)?))?;
    Some(Current {
        section: row.section().id.clone(),
        item: row.item().map(|item| item.id.clone()),
        open: matches!(row, Row::Section { expanded: true, .. }),
    })
}

/// Right: open a shut section, or step into an open one.
fn expand(state: &mut State) {
    match current_row(state) {
        Some(Current {
            section,
            item: None,
            open: false,
        }) => {
            state.compare.expanded.insert(section);
        }
        Some(Current {
            item: None,
            open: true,
            ..
        }) => {
            let count = row_ids(state).len();
            state.compare.cursor = (state.compare.cursor + 1).min(count.saturating_sub(1));
        }
        _ => {}
    }
}

/// Left: from an item up to its section; on an open section, shut it.
fn collapse(state: &mut State) {
    match current_row(state) {
        Some(Current {
            section,
            item: Some(_),
            ..
        }) => {
            if let Some(row) = row_ids(state).iter().position(|id| *id == section) {
                state.compare.cursor = row;
            }
        }
        Some(Current {
            section,
            open: true,
            ..
        }) => {
            state.compare.expanded.remove(&section);
        }
        _ => {}
    }
}

/// Enter: a section opens or shuts; an item cell opens that provider's judgement of the
/// item in Review.
fn select(state: &mut State) {
    let Some(current) = current_row(state) else {
        return;
    };
    let Some(item) = current.item else {
        if current.open {
            state.compare.expanded.remove(&current.section);
        } else {
            state.compare.expanded.insert(current.section);
        }
        return;
    };
    if let Some(provider) = selected_provider(state) {
        focus_item(state, provider, &item);
    }
}

#[cfg(test)]
mod tests;
