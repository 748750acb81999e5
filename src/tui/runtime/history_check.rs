//! The check of a history on opening (hash every event, follow the chain, replay from the
//! baseline), on a thread of its own: a workspace with 10,000 events opens at once and the
//! check follows a few tens of milliseconds later. Its channel is its own, so it never
//! mixes with the evidence worker's reports.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread;

use crate::tui::outcome::Outcome;
use crate::workspace::Workspace;

pub(super) struct HistoryCheck {
    report: Receiver<Outcome>,
}

impl HistoryCheck {
    /// Checks `workspace` (a copy of session `session`'s, as opened).
    pub fn spawn(session: u64, workspace: Workspace) -> Self {
        let (sender, report) = mpsc::channel();
        thread::spawn(move || {
            let result = Box::new(workspace.verify_history_keeping_events());
            // Fails only once the TUI has gone, or opened another workspace: no one asks.
            let _ = sender.send(Outcome::HistoryChecked { session, result });
        });
        Self { report }
    }

    /// The result, once there, and whether the check has finished (with a result, or
    /// without one when the thread panicked: then it says so).
    pub fn outcome(&self) -> (Option<Outcome>, bool) {
        match self.report.try_recv() {
            Ok(outcome) => (Some(outcome), true),
            Err(TryRecvError::Empty) => (None, false),
            Err(TryRecvError::Disconnected) => (
                Some(Outcome::Failed(
                    "The history check stopped unexpectedly; `tiaki verify` checks it.".to_owned(),
                )),
                true,
            ),
        }
    }
}
