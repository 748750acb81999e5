//! The Actions view's keys: a working list of every action. Moving, its order, filters
//! (provider, owner, status, overdue) and Enter to see the item in Review here; the
//! changes to one action (its status, an edit, removing it) in `edit.rs`.

mod edit;

use super::jump::focus_subject;
use crate::plan::{self, Owner, Planned};
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::layout::ActionsAreas;
use crate::tui::selectors::listed;
use crate::tui::state::State;
use crate::tui::text::one_line;
use crate::tui::widgets::list::step;
use crate::workspace::ActionStatus;

pub use edit::{remove, submit_edit};

pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    match action {
        _ if action.is_movement() => {
            let count = listed(state).len();
            let page = ActionsAreas::for_size(state.size).page();
            state.actions.selected = step(state.actions.selected, count, action, page);
        }
        Command::CycleSort => {
            let before = key(listed(state).get(state.actions.selected));
            state.actions.sort = state.actions.sort.next();
            reselect(state, before.as_ref());
            let order = state.actions.sort.label();
            state.inform(format!("Actions ordered {order}."));
        }
        Command::FilterProvider => filter_provider(state),
        Command::FilterOwner => filter_owner(state),
        Command::FilterActionStatus => filter_status(state),
        Command::FilterOverdue => {
            state.actions.filter.overdue = !state.actions.filter.overdue;
            state.actions.selected = 0;
            state.inform(if state.actions.filter.overdue {
                "Showing overdue actions only."
            } else {
                "Showing overdue and not overdue actions."
            });
        }
        Command::Select => open(state),
        Command::NextActionStatus => return edit::next_status(state),
        Command::Undo | Command::Redo => return super::review::update(state, action),
        Command::EditAction => edit::open_form(state),
        Command::RemoveAction => edit::ask_remove(state),
        _ => {}
    }
    Vec::new()
}

/// What identifies an action across orders: whose item, the item, its place there.
type Key = (Owner, String, usize);

fn key(planned: Option<&Planned<'_>>) -> Option<Key> {
    planned.map(|p| (p.owner, p.item.to_owned(), p.index))
}

/// Selects the action `before` again after the list changed, when it is still listed.
fn reselect(state: &mut State, before: Option<&Key>) {
    if let Some(index) = listed(state)
        .iter()
        .position(|p| key(Some(p)).as_ref() == before)
    {
        state.actions.selected = index;
    }
}

/// All providers, then each provider with actions in turn, then all again.
fn filter_provider(state: &mut State) {
    let Some(workspace) = state.workspace() else {
        return;
    };
    let with_actions = plan::providers_with_actions(workspace);
    let next = match &state.actions.filter.provider {
        None => with_actions.first().copied(),
        Some(current) => following(&with_actions, &current).copied(),
    };
    let next = next.cloned();
    let message = match &next {
        Some(id) => {
            let name = workspace.provider(id).map_or("", |p| p.name.as_str());
            format!(
                "Showing {}'s actions only.",
                one_line(name, state.theme.ascii)
            )
        }
        None => "Showing every provider's actions.".to_owned(),
    };
    state.actions.filter.provider = next;
    state.actions.selected = 0;
    state.inform(message);
}

/// Every owner, then each owner in turn (alphabetically), then all again.
fn filter_owner(state: &mut State) {
    let Some(workspace) = state.workspace() else {
        return;
    };
    let owners = plan::owners(workspace);
    let next = match &state.actions.filter.owner {
        None => owners.first().copied(),
        Some(current) => owners
            .iter()
            .position(|owner| owner.eq_ignore_ascii_case(current))
            .and_then(|index| owners.get(index + 1))
            .copied(),
    };
    let next = next.map(str::to_owned);
    let message = match &next {
        Some(owner) => format!(
            "Showing {}'s actions only.",
            one_line(owner, state.theme.ascii)
        ),
        None if owners.is_empty() => "No action has an owner yet.".to_owned(),
        None => "Showing every owner's actions.".to_owned(),
    };
    state.actions.filter.owner = next;
    state.actions.selected = 0;
    state.inform(message);
}

/// Every status, then open, in progress, done and won't do in turn, then all again.
fn filter_status(state: &mut State) {
    let next = match state.actions.filter.status {
        None => ActionStatus::ALL.first().copied(),
        Some(current) => following(&ActionStatus::ALL, &current).copied(),
    };
    state.actions.filter.status = next;
    state.actions.selected = 0;
    state.inform(match next {
        Some(status) => format!("Showing {} actions only.", status.label()),
        None => "Showing actions of every status.".to_owned(),
    });
}

/// The entry after `current` in `list`; `None` after the last (or when it is not there).
fn following<'l, T: PartialEq>(list: &'l [T], current: &T) -> Option<&'l T> {
    let index = list.iter().position(|each| each == current)?;
    list.get(index + 1)
}

fn open(state: &mut State) {
    let target = listed(state)
        .get(state.actions.selected)
        .and_then(|planned| {
            let subject = planned.owner.subject(state.workspace()?)?;
            Some((subject, planned.item.to_owned()))
        });
    let Some((subject, item)) = target else {
        return;
    };
    if !focus_subject(state, &subject, &item) {
        state.fail(format!(
            "{item} is not in the catalogue any more, so Review cannot show it."
        ));
    }
}

#[cfg(test)]
mod tests;
