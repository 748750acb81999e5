//! Judgements: status, basis and flag, and the one function every change to an assessment
//! goes through, so that each can be undone and each reaches the disk at once.

use super::{current, key_of, navigate, refuse, target};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::state::{Edit, State};
use crate::workspace::{Assessment, Basis, ProviderId, Status};

/// Changes one assessment: records the edit for undo (clearing redo), stamps the assessor
/// and the time, and asks for a save. Asks for nothing when `change` changed nothing.
pub(super) fn record(
    state: &mut State,
    provider: &ProviderId,
    item: &str,
    change: impl FnOnce(&mut Assessment),
) -> Vec<Effect> {
    let now = state.clock.now();
    let Some(session) = state.session.as_mut() else {
        return Vec::new();
    };
    let before = session.workspace.assessment(provider, item).cloned();
    let mut after = before.clone().unwrap_or_default();
    change(&mut after);
    if after == before.clone().unwrap_or_default() {
        return Vec::new();
    }
    if !session
        .workspace
        .put_assessment(provider, item, after, &state.assessor, now)
    {
        return Vec::new();
    }
    let after = session.workspace.assessment(provider, item).cloned();
    session.undo.done.push(Edit {
        provider: provider.clone(),
        item: item.to_owned(),
        before,
        after,
    });
    session.undo.undone.clear();
    vec![Effect::SaveWorkspace]
}

/// Sets the status of the selected item, or steps it to the next one when `None`.
pub(super) fn set_status(state: &mut State, status: Option<Status>) -> Vec<Effect> {
    let (provider, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let status = status.unwrap_or_else(|| current(state, &provider, &item.id).status.cycled());
    let effects = record(state, &provider, &item.id, |a| a.status = status);
    let assessment = current(state, &provider, &item.id);
    let mut message = if effects.is_empty() {
        format!("{} is already {}.", item.id, status.label())
    } else {
        format!("{}: {}.", item.id, status.label())
    };
    if assessment.lacks_justification() {
        let note = key_of(state, Action::EditNote);
        message = format!("{message} Add a note saying why ({note}).");
    }
    state.inform(message);
    effects
}

/// Steps the basis: none, then each basis from weakest to strongest, then none again.
pub(super) fn cycle_basis(state: &mut State) -> Vec<Effect> {
    let (provider, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let next = match current(state, &provider, &item.id).basis {
        None => Basis::ALL.first().copied(),
        Some(basis) => Basis::ALL
            .iter()
            .skip_while(|b| **b != basis)
            .nth(1)
            .copied(),
    };
    let effects = record(state, &provider, &item.id, |a| a.basis = next);
    state.inform(match next {
        Some(basis) => format!("{} rests on {}.", item.id, basis.label()),
        None => format!("{}: basis cleared.", item.id),
    });
    effects
}

pub(super) fn toggle_flag(state: &mut State) -> Vec<Effect> {
    let (provider, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let flagged = !current(state, &provider, &item.id).flagged;
    let effects = record(state, &provider, &item.id, |a| a.flagged = flagged);
    state.inform(if flagged {
        format!("{} flagged for a second look.", item.id)
    } else {
        format!("{}: flag removed.", item.id)
    });
    effects
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    Undo,
    Redo,
}

/// Undoes the last edit or redoes the last undone one, restoring the assessment exactly as
/// it was (its "last changed" stamp too), and shows the item it was about.
pub(super) fn replay(state: &mut State, direction: Direction) -> Vec<Effect> {
    let now = state.clock.now();
    let ascii = state.theme.ascii;
    let Some(session) = state.session.as_mut() else {
        return Vec::new();
    };
    let (from, to) = match direction {
        Direction::Undo => (&mut session.undo.done, &mut session.undo.undone),
        Direction::Redo => (&mut session.undo.undone, &mut session.undo.done),
    };
    let Some(edit) = from.pop() else {
        state.inform(match direction {
            Direction::Undo => "Nothing to undo.",
            Direction::Redo => "Nothing to redo.",
        });
        return Vec::new();
    };
    let (old, new) = match direction {
        Direction::Undo => (&edit.after, &edit.before),
        Direction::Redo => (&edit.before, &edit.after),
    };
    let workspace = &mut session.workspace;
    let Some(target) = workspace.provider_mut(&edit.provider) else {
        state.fail("That change was to a provider since deleted; it cannot be replayed.");
        return Vec::new();
    };
    match new {
        Some(assessment) => {
            target
                .assessments
                .insert(edit.item.clone(), assessment.clone());
        }
        None => {
            target.assessments.remove(&edit.item);
        }
    }
    workspace.modified = now;
    let verb = match direction {
        Direction::Undo => "Undid",
        Direction::Redo => "Redid",
    };
    let message = format!(
        "{verb} {}: {}",
        edit.item,
        describe(old.as_ref(), new.as_ref(), ascii)
    );
    let (provider, item) = (edit.provider.clone(), edit.item.clone());
    to.push(edit);
    navigate::reveal(state, &provider, &item);
    state.inform(message);
    vec![Effect::SaveWorkspace]
}

/// What differs between two versions of an assessment, e.g. "Met → Not assessed" or
/// "note, evidence".
fn describe(old: Option<&Assessment>, new: Option<&Assessment>, ascii: bool) -> String {
    let old = old.cloned().unwrap_or_default();
    let new = new.cloned().unwrap_or_default();
    let mut parts = Vec::new();
    if old.status != new.status {
        let arrow = if ascii { "->" } else { "→" };
        parts.push(format!(
            "{} {arrow} {}",
            old.status.label(),
            new.status.label()
        ));
    }
    for (changed, what) in [
        (old.basis != new.basis, "basis"),
        (old.flagged != new.flagged, "flag"),
        (old.note != new.note, "note"),
        (old.evidence != new.evidence, "evidence"),
        (old.action != new.action, "action"),
    ] {
        if changed {
            parts.push(what.to_owned());
        }
    }
    parts.join(", ")
}
