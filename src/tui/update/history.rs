//! The History view's keys: moving over the events, the filters (provider, finding,
//! assessor, day), and Enter to see where a change was made.

use super::jump::focus_subject;
use crate::tui::command::{Command, View};
use crate::tui::effect::Effect;
use crate::tui::layout::HistoryAreas;
use crate::tui::selectors::history_listed;
use crate::tui::state::State;
use crate::tui::text::one_line;
use crate::tui::widgets::list::step;
use crate::workspace::{Change, Event, Subject};

pub fn update(state: &mut State, command: Command) -> Vec<Effect> {
    match command {
        _ if command.is_movement() => {
            let count = history_listed(state).len();
            let page = HistoryAreas::for_size(state.size).page();
            state.history.selected = step(state.history.selected, count, command, page);
        }
        Command::FilterProvider => filter_provider(state),
        Command::FilterItem => filter_item(state),
        Command::FilterAssessor => filter_assessor(state),
        Command::FilterDay => filter_day(state),
        Command::Select => go_to(state),
        _ => {}
    }
    Vec::new()
}

fn selected(state: &State) -> Option<Event> {
    let listed = history_listed(state);
    let index = state.history.selected.min(listed.len().checked_sub(1)?);
    listed.get(index).map(|event| (*event).clone())
}

/// Keeps the selected event selected as the list changes, or goes to the top.
fn refilter(state: &mut State, keep: Option<&Event>, message: &str) {
    let listed = history_listed(state);
    let count = listed.len();
    let selected = keep
        .and_then(|event| listed.iter().position(|e| e.seq == event.seq))
        .unwrap_or(0);
    state.history.selected = selected;
    let changes = if count == 1 { "change" } else { "changes" };
    state.inform(format!("{message} ({count} {changes})."));
}

/// Every provider, then each in turn, then every one again.
fn filter_provider(state: &mut State) {
    let Some(workspace) = state.workspace() else {
        return;
    };
    let ids: Vec<_> = workspace.providers.iter().map(|p| p.id.clone()).collect();
    let next = match &state.history.provider {
        None => ids.first().cloned(),
        Some(current) => ids
            .iter()
            .position(|id| id == current)
            .and_then(|index| ids.get(index + 1))
            .cloned(),
    };
    let message = match next.as_ref().and_then(|id| workspace.provider(id)) {
        Some(provider) => format!(
            "Showing changes to {} only",
            one_line(&provider.name, state.theme.ascii)
        ),
        None => "Showing changes to every provider".to_owned(),
    };
    let keep = selected(state);
    state.history.provider = next;
    refilter(state, keep.as_ref(), &message);
}

/// The selected change's finding alone, with every change made to it; again for all.
fn filter_item(state: &mut State) {
    let keep = selected(state);
    if state.history.item.take().is_some() {
        refilter(state, keep.as_ref(), "Showing changes to every finding");
        return;
    }
    let target = keep.as_ref().and_then(Event::change).and_then(|change| {
        change
            .items()
            .first()
            .map(|(s, i)| ((*s).clone(), (*i).to_owned()))
    });
    let Some((subject, item)) = target else {
        state.fail("The selected change is not to a finding: select one that is, then filter.");
        return;
    };
    state.history.item = Some((subject, item.clone()));
    refilter(
        state,
        keep.as_ref(),
        &format!("Showing the changes to {item} only"),
    );
}

/// Every assessor, then each who made a change, in the order they first did, then all.
fn filter_assessor(state: &mut State) {
    let Some(session) = state.session.as_ref() else {
        return;
    };
    let mut names: Vec<&str> = Vec::new();
    for event in session.events.events() {
        if !event.by.is_empty() && !names.contains(&event.by.as_str()) {
            names.push(&event.by);
        }
    }
    let next = match &state.history.assessor {
        None => names.first(),
        Some(current) => names
            .iter()
            .position(|name| name == current)
            .and_then(|index| names.get(index + 1)),
    }
    .map(|name| (*name).to_owned());
    let message = match &next {
        Some(name) => format!(
            "Showing {}'s changes only",
            one_line(name, state.theme.ascii)
        ),
        None => "Showing every assessor's changes".to_owned(),
    };
    let keep = selected(state);
    state.history.assessor = next;
    refilter(state, keep.as_ref(), &message);
}

/// The selected change's day alone; again for every day.
fn filter_day(state: &mut State) {
    let keep = selected(state);
    if state.history.day.take().is_some() {
        refilter(state, keep.as_ref(), "Showing every day");
        return;
    }
    let Some(day) = keep.as_ref().map(|event| event.at.day()) else {
        return;
    };
    state.history.day = Some(day);
    refilter(
        state,
        keep.as_ref(),
        &format!("Showing the changes of {day} only"),
    );
}

/// Where the selected change was made: the finding in Review, the context, the provider.
fn go_to(state: &mut State) {
    let Some(event) = selected(state) else {
        return;
    };
    let Some(change) = event.change() else {
        state.inform("The baseline is the workspace as its history begins: nothing to go to.");
        return;
    };
    if let Some((subject, item)) = change.items().first() {
        if !focus_subject(state, subject, item) {
            state.fail(format!(
                "{item} cannot be shown in Review: {}.",
                gone(subject)
            ));
        }
        return;
    }
    let provider = first_provider(change).and_then(|id| {
        state
            .workspace()?
            .providers
            .iter()
            .position(|p| &p.id == id)
    });
    match (change, provider) {
        (Change::Context { .. }, _) => state.view = View::Context,
        (_, Some(index)) => {
            state.providers.selected = index;
            state.view = View::Providers;
        }
        (Change::Decision { .. } | Change::Chosen { .. }, None) => state.view = View::Compare,
        _ => state.inform("That change is to the workspace as a whole: nothing to go to."),
    }
}

fn first_provider(change: &Change) -> Option<&crate::workspace::ProviderId> {
    match change {
        Change::ProviderAdded { provider, .. } | Change::ProviderRemoved { provider, .. } => {
            Some(&provider.id)
        }
        Change::ProviderEdited { id, .. } | Change::ProviderMoved { id, .. } => Some(id),
        Change::Chosen { after, before } => after.as_ref().or(before.as_ref()),
        Change::ImportRecorded(record) | Change::ImportWithdrawn(record) => Some(&record.provider),
        Change::Batch(changes) => changes.iter().find_map(first_provider),
        _ => None,
    }
}

fn gone(subject: &Subject) -> &'static str {
    match subject {
        Subject::Provider(_) => "the provider has since been deleted",
        Subject::Deployment(_) => "the provider is no longer the chosen one",
        Subject::Readiness => "the item is not in the catalogue any more",
    }
}
