//! Actions tracked to done: the small edits every front end shares (a new action, a status
//! change with its closing day) and the questions the plan and reports ask of one.

use super::model::{Action, ActionStatus};
use super::time::Day;

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::WontDo,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in progress",
            ActionStatus::Done => "done",
            ActionStatus::WontDo => "won't do",
        }
    }

    /// The next status in the cycle one key walks through.
    #[must_use]
    pub fn next(self) -> ActionStatus {
        match self {
            ActionStatus::Open => ActionStatus::InProgress,
            ActionStatus::InProgress => ActionStatus::Done,
            ActionStatus::Done => ActionStatus::WontDo,
            ActionStatus::WontDo => ActionStatus::Open,
        }
    }

    /// Done or given up: nothing more is expected, so it cannot be overdue.
    pub fn is_closed(self) -> bool {
        matches!(self, ActionStatus::Done | ActionStatus::WontDo)
    }
}

impl Action {
    /// A new open action, recorded `today`.
    pub fn new(what: &str, owner: &str, due: Option<Day>, today: Day) -> Self {
        Self {
            what: what.trim().to_owned(),
            owner: owner.trim().to_owned(),
            due,
            status: ActionStatus::Open,
            closing_note: String::new(),
            opened: Some(today),
            closed: None,
        }
    }

    /// Moves it to `status`: closing it records `today` (kept when it was closed already),
    /// opening it again clears the closing day but keeps the note, which says what happened.
    pub fn set_status(&mut self, status: ActionStatus, today: Day) {
        self.closed = match (status.is_closed(), self.closed) {
            (true, Some(day)) if self.status.is_closed() => Some(day),
            (true, _) => Some(today),
            (false, _) => None,
        };
        self.status = status;
    }

    /// Due before `today` and not closed.
    pub fn is_overdue(&self, today: Day) -> bool {
        !self.status.is_closed() && self.due.is_some_and(|due| due < today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).expect("a day")
    }

    #[test]
    fn the_lifecycle_records_when_it_was_opened_and_closed() {
        let mut action = Action::new(
            " Ask for the SOC 2 ",
            "Ana",
            Some(day("2026-12-01")),
            day("2026-11-01"),
        );
        assert_eq!(action.what, "Ask for the SOC 2");
        assert_eq!(
            (action.status, action.opened),
            (ActionStatus::Open, Some(day("2026-11-01")))
        );
        assert!(action.is_overdue(day("2026-12-02")));
        action.set_status(ActionStatus::InProgress, day("2026-11-05"));
        assert_eq!(action.closed, None);
        action.set_status(ActionStatus::Done, day("2026-11-10"));
        assert_eq!(action.closed, Some(day("2026-11-10")));
        assert!(
            !action.is_overdue(day("2026-12-02")),
            "closed is never overdue"
        );
        // Done, then won't do: still closed since the first day.
        action.set_status(ActionStatus::WontDo, day("2026-11-20"));
        assert_eq!(action.closed, Some(day("2026-11-10")));
        action.set_status(ActionStatus::Open, day("2026-11-21"));
        assert_eq!(action.closed, None);
    }

    #[test]
    fn one_key_walks_every_status_and_comes_back() {
        let mut status = ActionStatus::Open;
        let mut seen = Vec::new();
        for _ in ActionStatus::ALL {
            seen.push(status);
            status = status.next();
        }
        assert_eq!(status, ActionStatus::Open);
        assert_eq!(seen, ActionStatus::ALL);
    }

    #[test]
    fn a_finding_whose_actions_are_done_awaits_judging_again() {
        use crate::workspace::{Assessment, Status};
        let action = |status| {
            let mut action = Action::new("Write a recording policy", "", None, day("2026-11-01"));
            action.set_status(status, day("2026-11-20"));
            action
        };
        let finding = |status, actions| Assessment {
            status,
            actions,
            ..Assessment::default()
        };
        let done = action(ActionStatus::Done);
        assert!(finding(Status::NotMet, vec![done.clone()]).awaits_rejudging());
        assert!(
            finding(
                Status::PartlyMet,
                vec![done.clone(), action(ActionStatus::WontDo)]
            )
            .awaits_rejudging()
        );
        assert!(
            !finding(
                Status::NotMet,
                vec![done.clone(), action(ActionStatus::Open)]
            )
            .awaits_rejudging(),
            "work still open"
        );
        assert!(
            !finding(Status::NotMet, vec![action(ActionStatus::WontDo)]).awaits_rejudging(),
            "nothing was done"
        );
        assert!(
            !finding(Status::Met, vec![done]).awaits_rejudging(),
            "judged again already"
        );
    }
}
