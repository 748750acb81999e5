//! Changes to the selected action: its status moved on with one key, the edit dialog, and
//! removing it after a question. Each goes through `review::record`, so it is stamped,
//! saved at once and can be undone.

use crate::tui::effect::Effect;
use crate::tui::selectors::listed;
use crate::tui::state::{Confirm, FormPurpose, Overlay, Pending, State};
use crate::tui::text::one_line;
use crate::tui::update::review::record;
use crate::tui::update::{Refusal, action_form};
use crate::workspace::{Action, Subject};

/// The selected action: whose item, the item, its place there, and the action itself.
fn selected(state: &State) -> Option<(Subject, String, usize, Action)> {
    let list = listed(state);
    let planned = list.get(state.actions.selected)?;
    let subject = planned.owner.subject(state.workspace()?)?;
    Some((
        subject,
        planned.item.to_owned(),
        planned.index,
        planned.action.clone(),
    ))
}

fn nothing_selected(state: &mut State) {
    state.fail("No action is selected: the list is empty.");
}

/// Moves the selected action on to its next status, keeping it selected.
pub(super) fn next_status(state: &mut State) -> Vec<Effect> {
    let Some((subject, item, index, action)) = selected(state) else {
        nothing_selected(state);
        return Vec::new();
    };
    let before = super::key(listed(state).get(state.actions.selected));
    let status = action.status.next();
    let today = state.clock.now().day();
    let effects = change(state, &subject, &item, index, |a| {
        a.set_status(status, today);
    });
    super::reselect(state, before.as_ref());
    // Under a status filter the action may have left the list.
    keep_in_list(state);
    let what = one_line(&action.what, state.theme.ascii);
    state.inform(format!("{item}: \"{what}\" is now {}.", status.label()));
    effects
}

pub(super) fn open_form(state: &mut State) {
    let Some((subject, item, index, action)) = selected(state) else {
        nothing_selected(state);
        return;
    };
    let form = action_form::form(format!("Action for {item}"), Some(&action));
    state.overlays.push(Overlay::Form(
        Box::new(form),
        FormPurpose::EditAction {
            subject,
            item,
            index,
        },
    ));
}

pub fn submit_edit(
    state: &mut State,
    form: &crate::tui::widgets::form::Form,
    subject: &Subject,
    item: &str,
    index: usize,
) -> Result<Vec<Effect>, Refusal> {
    let before = state
        .workspace()
        .and_then(|w| w.assessment(subject, item))
        .and_then(|a| a.actions.get(index))
        .cloned();
    let Some(before) = before else {
        state.fail(format!("That action of {item} is no longer there."));
        return Ok(Vec::new());
    };
    let today = state.clock.now().day();
    let edited = action_form::read(form, today, Some(&before))?;
    let status = edited.status;
    let effects = change(state, subject, item, index, |a| *a = edited);
    state.inform(if effects.is_empty() {
        format!("Action of {item} left as it was.")
    } else {
        format!("Action of {item} saved ({}).", status.label())
    });
    Ok(effects)
}

pub(super) fn ask_remove(state: &mut State) {
    let Some((subject, item, index, action)) = selected(state) else {
        nothing_selected(state);
        return;
    };
    let what = one_line(&action.what, state.theme.ascii);
    state.overlays.push(Overlay::Confirm(Confirm {
        title: "Remove the action?".to_owned(),
        message: format!(
            "Remove \"{what}\" from {item}? (To record that it will not be done, set its \
             status to won't do instead.)"
        ),
        on_yes: Pending::RemoveAction {
            subject,
            item,
            index,
        },
    }));
}

/// Removes one action, after the question.
pub fn remove(state: &mut State, subject: &Subject, item: &str, index: usize) -> Vec<Effect> {
    let mut removed = None;
    let effects = record(state, subject, item, |a| {
        if index < a.actions.len() {
            removed = Some(a.actions.remove(index));
        }
    });
    if let Some(action) = removed {
        keep_in_list(state);
        let what = one_line(&action.what, state.theme.ascii);
        state.inform(format!("Removed \"{what}\" from {item}."));
    }
    effects
}

/// Keeps the selection on a listed action after one left the list.
fn keep_in_list(state: &mut State) {
    let count = listed(state).len();
    state.actions.selected = state.actions.selected.min(count.saturating_sub(1));
}

/// Changes the action at `index` of `item` through `record`; nothing when it is gone.
fn change(
    state: &mut State,
    subject: &Subject,
    item: &str,
    index: usize,
    edit: impl FnOnce(&mut Action),
) -> Vec<Effect> {
    record(state, subject, item, |a| {
        if let Some(action) = a.actions.get_mut(index) {
            edit(action);
        }
    })
}
