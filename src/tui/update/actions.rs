//! The Actions view's keys: moving over the list, its order, the provider filter, and
//! Enter to see the item an action belongs to in Review.

use super::jump::focus_subject;
use crate::plan::{self, Owner, Planned};
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::layout::ActionsAreas;
use crate::tui::selectors::listed;
use crate::tui::state::State;
use crate::tui::text::one_line;
use crate::tui::widgets::list::step;

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
            if let Some(index) = listed(state).iter().position(|p| key(Some(p)) == before) {
                state.actions.selected = index;
            }
            let order = state.actions.sort.label();
            state.inform(format!("Actions ordered {order}."));
        }
        Command::FilterProvider => filter_next(state),
        Command::Select => open(state),
        _ => {}
    }
    Vec::new()
}

/// What identifies an action across orders: whose item it is about, and the item.
fn key(planned: Option<&Planned<'_>>) -> Option<(Owner, String)> {
    planned.map(|p| (p.owner, p.item.to_owned()))
}

/// All providers, then each provider with actions in turn, then all again.
fn filter_next(state: &mut State) {
    let Some(workspace) = state.workspace() else {
        return;
    };
    let with_actions = plan::providers_with_actions(workspace);
    let next = match &state.actions.provider {
        None => with_actions.first().copied(),
        Some(current) => with_actions
            .iter()
            .position(|id| *id == current)
            .and_then(|index| with_actions.get(index + 1))
            .copied(),
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
    state.actions.provider = next;
    state.actions.selected = 0;
    state.inform(message);
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
