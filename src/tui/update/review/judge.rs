//! Judgements: status, basis and flag, and the one function every change to an assessment
//! goes through, so that each can be undone and each reaches the disk at once.

use super::{current, key_of, navigate, refuse, target};
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::state::{Edit, State};
use crate::workspace::{Assessment, Basis, Status, Subject};

/// Changes one assessment: records the edit for undo (clearing redo), stamps the assessor
/// and the time, and asks for a save. Asks for nothing when `change` changed nothing.
pub(super) fn record(
    state: &mut State,
    subject: &Subject,
    item: &str,
    change: impl FnOnce(&mut Assessment),
) -> Vec<Effect> {
    let now = state.clock.now();
    let Some(session) = state.session.as_mut() else {
        return Vec::new();
    };
    let before = session.workspace.assessment(subject, item).cloned();
    let mut after = before.clone().unwrap_or_default();
    change(&mut after);
    if after == before.clone().unwrap_or_default() {
        return Vec::new();
    }
    if !session
        .workspace
        .put_assessment(subject, item, after, &state.assessor, now)
    {
        return Vec::new();
    }
    let after = session.workspace.assessment(subject, item).cloned();
    session.undo.push(Edit::Assessment {
        subject: subject.clone(),
        item: item.to_owned(),
        before: before.map(Box::new),
        after: after.map(Box::new),
    });
    vec![Effect::SaveWorkspace]
}

/// Sets the status of the selected item, or steps it to the next one when `None`.
pub(super) fn set_status(state: &mut State, status: Option<Status>) -> Vec<Effect> {
    let (subject, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let status = status.unwrap_or_else(|| current(state, &subject, &item.id).status.cycled());
    let effects = record(state, &subject, &item.id, |a| a.status = status);
    let assessment = current(state, &subject, &item.id);
    let mut message = if effects.is_empty() {
        format!("{} is already {}.", item.id, status.label())
    } else {
        format!("{}: {}.", item.id, status.label())
    };
    if assessment.lacks_justification() {
        let note = key_of(state, Command::EditNote);
        message = format!("{message} Add a note saying why ({note}).");
    }
    state.inform(message);
    effects
}

/// Steps the basis: none, then each basis from weakest to strongest, then none again.
pub(super) fn cycle_basis(state: &mut State) -> Vec<Effect> {
    let (subject, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let next = match current(state, &subject, &item.id).basis {
        None => Basis::ALL.first().copied(),
        Some(basis) => Basis::ALL
            .iter()
            .skip_while(|b| **b != basis)
            .nth(1)
            .copied(),
    };
    let effects = record(state, &subject, &item.id, |a| a.basis = next);
    state.inform(match next {
        Some(basis) => format!("{} rests on {}.", item.id, basis.label()),
        None => format!("{}: basis cleared.", item.id),
    });
    effects
}

pub(super) fn toggle_flag(state: &mut State) -> Vec<Effect> {
    let (subject, item) = match target(state) {
        Ok(target) => target,
        Err(message) => return refuse(state, message),
    };
    let flagged = !current(state, &subject, &item.id).flagged;
    let effects = record(state, &subject, &item.id, |a| a.flagged = flagged);
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

impl Direction {
    /// The version a replay leaves and the one it restores.
    fn sides<'a, T>(self, before: &'a T, after: &'a T) -> (&'a T, &'a T) {
        match self {
            Direction::Undo => (after, before),
            Direction::Redo => (before, after),
        }
    }

    fn verb(self) -> &'static str {
        match self {
            Direction::Undo => "Undid",
            Direction::Redo => "Redid",
        }
    }
}

/// Undoes the last change or redoes the last undone one, whatever it was to (an
/// assessment or the context: the workspace keeps one history, in order), restores it
/// exactly and shows where it was made.
pub(super) fn replay(state: &mut State, direction: Direction) -> Vec<Effect> {
    let Some(session) = state.session.as_mut() else {
        return Vec::new();
    };
    let popped = match direction {
        Direction::Undo => session.undo.done.pop(),
        Direction::Redo => session.undo.undone.pop(),
    };
    let Some(edit) = popped else {
        state.inform(match direction {
            Direction::Undo => "Nothing to undo.",
            Direction::Redo => "Nothing to redo.",
        });
        return Vec::new();
    };
    let verb = direction.verb();
    match &edit {
        Edit::Assessment {
            subject,
            item,
            before,
            after,
        } => {
            let (old, new) = direction.sides(before, after);
            if !replay_assessment(state, verb, subject, item, (old.as_deref(), new.as_deref())) {
                // Dropped: it cannot be replayed either way any more.
                return Vec::new();
            }
        }
        Edit::Context { before, after } => {
            let (old, new) = direction.sides(before, after);
            crate::tui::update::context::replay(state, verb, old, new);
        }
    }
    if let Some(session) = state.session.as_mut() {
        match direction {
            Direction::Undo => session.undo.undone.push(edit),
            Direction::Redo => session.undo.done.push(edit),
        }
    }
    vec![Effect::SaveWorkspace]
}

/// Puts back the `new` version of `item`'s assessment for `subject` (replacing `old`),
/// goes to it and says what changed; false when the provider is gone.
fn replay_assessment(
    state: &mut State,
    verb: &str,
    subject: &Subject,
    item: &str,
    (old, new): (Option<&Assessment>, Option<&Assessment>),
) -> bool {
    let now = state.clock.now();
    let ascii = state.theme.ascii;
    let Some(session) = state.session.as_mut() else {
        return false;
    };
    if !session
        .workspace
        .restore_assessment(subject, item, new.cloned(), now)
    {
        state.fail("That change was to a provider since deleted; it cannot be replayed.");
        return false;
    }
    let message = format!("{verb} {item}: {}", describe(old, new, ascii));
    navigate::reveal(state, subject, item);
    state.inform(message);
    true
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
