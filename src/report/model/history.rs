//! What a report says of the workspace's history: whether it verifies and the hash it ends
//! with (so a printed report pins the record), changes per assessor and per day, and every
//! change to a finding since a given day.

use std::collections::BTreeMap;

use crate::workspace::{Broken, Day, Event, Subject, TextDifference, Workspace, text_differences};

/// The history, summed up.
pub struct HistorySummary {
    /// Events, the baseline included.
    pub events: usize,
    /// The hash the history ends with, or why it does not verify.
    pub verified: Result<String, Broken>,
    /// When and how the history began.
    pub began: Option<Began>,
    /// Changes per assessor, most first.
    pub by_assessor: Vec<(String, usize)>,
    /// Changes per day, oldest first.
    pub by_day: Vec<(Day, usize)>,
    /// With `--since`: the day, and every change to a finding on or after it, oldest first.
    pub since: Option<(Day, Vec<ItemChange>)>,
}

/// How the history began.
pub struct Began {
    pub day: Day,
    /// With a workspace made before tiaki kept a history.
    pub found: bool,
    /// Judgements the workspace already held then (the demo's, a found workspace's): the
    /// baseline's hash covers them as a whole, but no event says who made each.
    pub judgements: usize,
}

/// One change to one finding.
pub struct ItemChange {
    pub event: Event,
    pub subject: Subject,
    pub item: String,
    /// "status: Not assessed → Met", "note".
    pub what: String,
    /// The note, claim or treatment the change replaced, before and after, whole: `what`
    /// only names them, and an auditor reading the report has no History view to ask.
    pub texts: Vec<TextDifference>,
}

impl HistorySummary {
    pub fn of(workspace: &Workspace, since: Option<Day>) -> Self {
        let events = workspace.history.events_from(0);
        let mut by_assessor: BTreeMap<&str, usize> = BTreeMap::new();
        let mut by_day: BTreeMap<Day, usize> = BTreeMap::new();
        let mut began = None;
        for event in &events {
            match &event.what {
                crate::workspace::What::Baseline { snapshot, found } => {
                    began = Some(Began {
                        day: event.at.day(),
                        found: *found,
                        judgements: judgements(snapshot),
                    });
                }
                crate::workspace::What::Change(_) => {
                    *by_assessor.entry(event.by.as_str()).or_default() += 1;
                    *by_day.entry(event.at.day()).or_default() += 1;
                }
            }
        }
        let mut by_assessor: Vec<(String, usize)> = by_assessor
            .into_iter()
            .map(|(name, count)| (name.to_owned(), count))
            .collect();
        by_assessor.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let since = since.map(|day| (day, item_changes(&events, day)));
        Self {
            events: workspace.history.len(),
            verified: workspace.verify_history().map(|verified| verified.head),
            began,
            by_assessor,
            by_day: by_day.into_iter().collect(),
            since,
        }
    }
}

/// Every judgement a workspace holds: on providers, their deployments and readiness.
fn judgements(workspace: &Workspace) -> usize {
    workspace.readiness.len()
        + workspace
            .providers
            .iter()
            .map(|provider| provider.assessments.len() + provider.deployment_checks.len())
            .sum::<usize>()
}

fn item_changes(events: &[Event], since: Day) -> Vec<ItemChange> {
    let mut changes = Vec::new();
    for event in events.iter().filter(|event| event.at.day() >= since) {
        let Some(change) = event.change() else {
            continue;
        };
        for (subject, item) in change.items() {
            let what = change
                .item_difference(subject, item, "→")
                .unwrap_or_default();
            let texts = change
                .item_versions(subject, item)
                .map(|(before, after)| text_differences(before, after))
                .unwrap_or_default();
            changes.push(ItemChange {
                event: event.clone(),
                subject: subject.clone(),
                item: item.to_owned(),
                what,
                texts,
            });
        }
    }
    changes
}
