//! The action dialog, one for Review (a new action on the selected item) and the Actions
//! view (editing one): what, owner and due; once the action exists, its status and the
//! closing note too.

use super::Refusal;
use crate::tui::widgets::form::Form;
use crate::workspace::{Action, ActionStatus, Day};

const WHAT: usize = 0;
const OWNER: usize = 1;
const DUE: usize = 2;
const STATUS: usize = 3;
const NOTE: usize = 4;

/// The dialog for a new action (`None`) or for editing `action`.
pub fn form(title: String, action: Option<&Action>) -> Form {
    let Some(action) = action else {
        return Form::new(title)
            .text("What must change", "")
            .text("Owner", "")
            .text("Due (YYYY-MM-DD)", "");
    };
    let due = action.due.map(|day| day.to_string()).unwrap_or_default();
    let labels = ActionStatus::ALL.iter().map(|s| s.label()).collect();
    let chosen = ActionStatus::ALL
        .iter()
        .position(|s| *s == action.status)
        .unwrap_or(0);
    Form::new(title)
        .text("What must change", &action.what)
        .text("Owner", &action.owner)
        .text("Due (YYYY-MM-DD)", &due)
        .choice("Status", labels, chosen)
        .lines("Closing note", &action.closing_note, 3)
}

/// The action the dialog describes: a new one opened `today`, or `before` changed (a
/// status moved to closed records `today`).
pub fn read(form: &Form, today: Day, before: Option<&Action>) -> Result<Action, Refusal> {
    let what = form.value(WHAT);
    if what.is_empty() {
        return Err(("Say what must change.".to_owned(), WHAT));
    }
    let due = optional_day(&form.value(DUE), DUE)?;
    let Some(before) = before else {
        return Ok(Action::new(&what, &form.value(OWNER), due, today));
    };
    let mut action = before.clone();
    action.what = what;
    action.owner = form.value(OWNER);
    action.due = due;
    let status = ActionStatus::ALL
        .get(form.selected(STATUS))
        .copied()
        .unwrap_or(before.status);
    action.set_status(status, today);
    action.closing_note = form.value(NOTE);
    Ok(action)
}

/// An empty field is no date; anything else must be a real YYYY-MM-DD date.
pub fn optional_day(text: &str, field: usize) -> Result<Option<Day>, Refusal> {
    if text.is_empty() {
        return Ok(None);
    }
    Day::parse(text).map(Some).map_err(|error| {
        (
            format!("{error}, e.g. 2026-12-15 (or leave it empty)."),
            field,
        )
    })
}
