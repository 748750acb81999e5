//! Judgements: status, basis and flag, and the one function every change to an assessment
//! goes through, so that each can be undone and each reaches the disk at once.

use super::{current, key_of, navigate, refuse, target};
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::state::State;
use crate::tui::text::one_line;
use crate::workspace::{Assessment, Basis, Change, Status, Subject, assessment_difference};

/// Changes one assessment through `State::apply` (so it is stamped, recorded and can be
/// undone) and asks for a save. Asks for nothing when `change` changed nothing.
pub(in crate::tui::update) fn record(
    state: &mut State,
    subject: &Subject,
    item: &str,
    change: impl FnOnce(&mut Assessment),
) -> Vec<Effect> {
    let now = state.clock.now();
    let Some(workspace) = state.workspace() else {
        return Vec::new();
    };
    let mut after = workspace
        .assessment(subject, item)
        .cloned()
        .unwrap_or_default();
    let before = after.clone();
    change(&mut after);
    if after == before {
        return Vec::new();
    }
    let change = Change::assessment(
        workspace,
        subject,
        item,
        after,
        Some((&state.assessor, now)),
    );
    match state.apply(change) {
        Ok(()) => vec![Effect::SaveWorkspace],
        Err(_) => Vec::new(),
    }
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

/// Undoes the last change or redoes the last undone one, whatever it was to (the
/// workspace keeps one history, in order), and shows where it was made.
pub(super) fn replay(state: &mut State, direction: Direction) -> Vec<Effect> {
    let now = state.clock.now();
    let Some(session) = state.session.as_mut() else {
        return Vec::new();
    };
    let (workspace, by) = (&mut session.workspace, state.assessor.as_str());
    let (replayed, verb) = match direction {
        Direction::Undo => (session.undo.undo(workspace, by, now), "Undid"),
        Direction::Redo => (session.undo.redo(workspace, by, now), "Redid"),
    };
    match replayed {
        None => state.inform(match direction {
            Direction::Undo => "Nothing to undo.",
            Direction::Redo => "Nothing to redo.",
        }),
        Some(Err(error)) => {
            state.fail(format!(
                "That change can no longer be replayed ({error}); it was dropped."
            ));
        }
        Some(Ok(change)) => {
            if let Some(session) = state.session.as_mut() {
                session.events.catch_up(&session.workspace.history);
            }
            announce(state, verb, &change);
            return vec![Effect::SaveWorkspace];
        }
    }
    Vec::new()
}

/// Goes to where a replayed change was made and says what it did.
fn announce(state: &mut State, verb: &str, change: &Change) {
    let arrow = if state.theme.ascii { "->" } else { "→" };
    match change {
        Change::Assessment {
            subject,
            item,
            before,
            after,
        } => {
            let what = assessment_difference(before.as_deref(), after.as_deref(), arrow);
            navigate::reveal(state, subject, item);
            state.inform(format!("{verb} {item} {what}"));
        }
        Change::Context { before, after } => {
            crate::tui::update::context::replay(state, verb, before, after);
        }
        other => {
            let what = state
                .workspace()
                .map(|workspace| other.describe(workspace, arrow))
                .unwrap_or_default();
            state.inform(format!("{verb}: {}", one_line(&what, state.theme.ascii)));
        }
    }
}
