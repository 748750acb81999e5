//! The Review view: walk the catalogue for one provider and record judgements.
//! Moving about is in navigate.rs, judgements and undo in judge.rs, the note editor and
//! the evidence and action forms in dialogs.rs.

mod dialogs;
mod judge;
mod navigate;
mod treatment;

use super::Refusal;
use crate::catalogue::Item;
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::review_tree::{self, Row};
use crate::tui::state::{ReviewOf, State};
use crate::workspace::{Assessment, Link, Subject};

pub use dialogs::{cancel_note, save_note, submit};
pub(in crate::tui::update) use judge::record;

pub fn update(state: &mut State, action: Command) -> Vec<Effect> {
    match action {
        Command::SetStatus(status) => judge::set_status(state, Some(status)),
        Command::CycleStatus => judge::set_status(state, None),
        Command::CycleBasis => judge::cycle_basis(state),
        Command::ToggleFlag => judge::toggle_flag(state),
        Command::ToggleNotNeeded => navigate::toggle_not_needed(state),
        Command::Undo => judge::replay(state, judge::Direction::Undo),
        Command::Redo => judge::replay(state, judge::Direction::Redo),
        Command::EditNote => dialogs::open_note_editor(state),
        Command::LinkEvidence => match target(state) {
            Ok((subject, item)) => {
                let link = Link {
                    subject,
                    item: item.id.clone(),
                };
                super::evidence::open(state, Some(link))
            }
            Err(message) => refuse(state, message),
        },
        Command::UnlinkEvidence => match target(state) {
            Ok((subject, item)) => {
                let link = Link {
                    subject,
                    item: item.id.clone(),
                };
                super::evidence::ask_unlink_last(state, link)
            }
            Err(message) => refuse(state, message),
        },
        Command::VerifyEvidence => super::evidence::verify(state),
        Command::SetAction => dialogs::open_action_form(state),
        Command::SetTreatment => treatment::open(state),
        other => navigate::update(state, other),
    }
}

/// The rows of the tree as the view draws them now.
fn rows(state: &State) -> Vec<Row<'static>> {
    review_tree::visible_rows(state)
}

/// Whose judgements are reviewed and the item under the cursor, or why there is none (as
/// a message telling the user what to do).
fn target(state: &State) -> Result<(Subject, &'static Item), String> {
    let Some(subject) = review_tree::subject(state) else {
        let providers = key_of(state, Command::GoTo(crate::tui::command::View::Providers));
        return Err(match state.review.of {
            ReviewOf::Deployment => format!(
                "No provider has been chosen yet: press {providers} for Providers and choose one ({}).",
                key_of(state, Command::ChooseProvider)
            ),
            _ => format!(
                "There is no provider to review yet: press {providers} for Providers and add one."
            ),
        });
    };
    let rows = rows(state);
    let cursor = state.review.cursor.min(rows.len().saturating_sub(1));
    match rows.get(cursor) {
        Some(Row::Item { item, .. }) => Ok((subject, item)),
        Some(Row::Section { expanded, .. }) => {
            let how = if !expanded {
                format!("{} opens it", key_of(state, Command::Expand))
            } else if matches!(rows.get(cursor + 1), Some(Row::Item { .. })) {
                format!("{} moves into it", key_of(state, Command::Down))
            } else {
                // Open, yet nothing under it: every item is for a service not needed.
                format!(
                    "its items are for services not needed; {} shows them",
                    key_of(state, Command::ToggleNotNeeded)
                )
            };
            Err(format!(
                "This is a section heading: move to one of its items first ({how})."
            ))
        }
        None => Err("There is no item here to record against.".to_owned()),
    }
}

/// The assessment of `item` for `subject` as it stands, empty when never touched.
fn current(state: &State, subject: &Subject, item: &str) -> Assessment {
    state
        .workspace()
        .and_then(|workspace| workspace.assessment(subject, item))
        .cloned()
        .unwrap_or_default()
}

/// Shows why an action cannot be done here, and does nothing.
fn refuse(state: &mut State, message: String) -> Vec<Effect> {
    state.fail(message);
    Vec::new()
}

/// How the first key bound to `action` is written, for messages that name a key.
pub(crate) fn key_of(state: &State, action: Command) -> String {
    state.keymap.key_label(action, state.theme.ascii)
}

#[cfg(test)]
mod tests;
