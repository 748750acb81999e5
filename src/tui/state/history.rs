//! What the History view keeps: the workspace's events decoded once (the file holds them as
//! text), the filters and the selection.

use crate::workspace::{Broken, Day, Event, History, ProviderId, Subject};

/// What the check of the open workspace's history has found: nothing yet while a worker
/// runs it (the workspace is usable meanwhile), then whether the chain holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Chain {
    #[default]
    Checking,
    Intact,
    Broken(Broken),
}

impl Chain {
    pub fn broken(&self) -> Option<&Broken> {
        match self {
            Chain::Broken(broken) => Some(broken),
            Chain::Checking | Chain::Intact => None,
        }
    }
}

/// The open workspace's events, decoded as they are recorded: the check on opening decodes
/// them all once, each change adds its own.
#[derive(Debug, Clone, Default)]
pub struct EventLog {
    events: Vec<Event>,
    /// How many of the history's entries have been looked at (one that cannot be read is
    /// skipped here; `verify` names it).
    read: usize,
}

impl EventLog {
    /// Events already decoded (the first of `history`'s, oldest first), with any recorded
    /// since they were.
    pub fn decoded(history: &History, events: Vec<Event>) -> Self {
        let mut log = Self {
            read: events.len(),
            events,
        };
        log.catch_up(history);
        log
    }

    /// Decodes the entries recorded since the last call.
    pub fn catch_up(&mut self, history: &History) {
        if history.len() < self.read {
            // Never shorter unless another workspace: start again.
            *self = Self::default();
        }
        self.events.extend(history.events_from(self.read));
        self.read = history.len();
    }

    /// Oldest first.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The changes to one finding, oldest first.
    pub fn of_item<'a>(
        &'a self,
        subject: &'a Subject,
        item: &'a str,
    ) -> impl DoubleEndedIterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |event| {
            event
                .change()
                .is_some_and(|change| change.items().contains(&(subject, item)))
        })
    }
}

/// The History view's filters and selection.
#[derive(Debug, Clone, Default)]
pub struct HistoryState {
    /// Index into the listed events (newest first).
    pub selected: usize,
    pub provider: Option<ProviderId>,
    pub item: Option<(Subject, String)>,
    pub assessor: Option<String>,
    pub day: Option<Day>,
    /// How long the history was when the view was last shown: when it has grown, the
    /// selection goes back to the newest change rather than sliding onto another.
    pub seen: usize,
}

impl HistoryState {
    /// Whether `event` passes every filter set.
    pub fn shows(&self, event: &Event) -> bool {
        let change = event.change();
        let provider = self
            .provider
            .as_ref()
            .is_none_or(|id| change.is_some_and(|change| change.concerns_provider(id)));
        let item = self.item.as_ref().is_none_or(|(subject, item)| {
            change.is_some_and(|change| change.items().contains(&(subject, item.as_str())))
        });
        let assessor = self.assessor.as_ref().is_none_or(|by| event.by == *by);
        let day = self.day.is_none_or(|day| event.at.day() == day);
        provider && item && assessor && day
    }

    pub fn is_filtered(&self) -> bool {
        self.provider.is_some()
            || self.item.is_some()
            || self.assessor.is_some()
            || self.day.is_some()
    }
}
