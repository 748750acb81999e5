//! The history summary of the JSON report: what the readable reports say of the history
//! (whether it verifies, the hash it ends with, changes per assessor and per day, and with
//! `--since` every change to a finding), so another tool need not replay the events.

use serde::Serialize;

use crate::report::model::{HistorySummary, ItemChange};
use crate::workspace::{Day, Origin, ProviderId, Timestamp};

#[derive(Serialize)]
pub(super) struct History<'a> {
    /// Events, the baseline included.
    events: usize,
    verified: bool,
    /// The hash the history ends with, when it verifies: a copy of the report pins it.
    head: Option<&'a str>,
    /// Why it does not verify, when it does not.
    broken: Option<BrokenAt<'a>>,
    /// The day the history began; `found` when it began with a workspace made before
    /// tiaki kept a history, so what came before is not covered.
    began: Option<Began>,
    by_assessor: Vec<ByAssessor<'a>>,
    by_day: Vec<ByDay>,
    /// With `--since`: the day and every change to a finding on or after it, oldest first;
    /// null without it.
    since: Option<Since<'a>>,
}

#[derive(Serialize)]
struct BrokenAt<'a> {
    /// The event's place in the history (0 is the baseline); null when there is none.
    event: Option<usize>,
    why: &'a str,
}

#[derive(Serialize)]
struct Began {
    day: Day,
    found: bool,
    /// Judgements the workspace already held when the history began: covered as a whole
    /// by the first hash, with no event naming who made each.
    judgements: usize,
}

#[derive(Serialize)]
struct ByAssessor<'a> {
    assessor: &'a str,
    changes: usize,
}

#[derive(Serialize)]
struct ByDay {
    day: Day,
    changes: usize,
}

#[derive(Serialize)]
struct Since<'a> {
    day: Day,
    changes: Vec<Changed<'a>>,
}

#[derive(Serialize)]
struct Changed<'a> {
    /// The event's place in the history.
    seq: u64,
    at: Timestamp,
    by: &'a str,
    /// `Edit`, `Undo` or `Redo`.
    origin: Origin,
    /// `provider`, `readiness` or `deployment`, as for actions.
    part: &'static str,
    provider_id: Option<&'a ProviderId>,
    item_id: &'a str,
    /// What changed, e.g. `status: Not assessed → Met`.
    what: &'a str,
    /// Each note, claim or treatment the change replaced, with both texts whole (empty for
    /// none).
    texts: Vec<Text<'a>>,
}

#[derive(Serialize)]
struct Text<'a> {
    /// `Note`, `Claim` or `Treatment`.
    part: &'a str,
    before: &'a str,
    after: &'a str,
}

impl<'a> History<'a> {
    pub(super) fn of(summary: &'a HistorySummary) -> Self {
        Self {
            events: summary.events,
            verified: summary.verified.is_ok(),
            head: summary.verified.as_deref().ok(),
            broken: summary.verified.as_ref().err().map(|broken| BrokenAt {
                event: broken.event,
                why: &broken.why,
            }),
            began: summary.began.as_ref().map(|began| Began {
                day: began.day,
                found: began.found,
                judgements: began.judgements,
            }),
            by_assessor: summary
                .by_assessor
                .iter()
                .map(|(assessor, changes)| ByAssessor {
                    assessor,
                    changes: *changes,
                })
                .collect(),
            by_day: summary
                .by_day
                .iter()
                .map(|&(day, changes)| ByDay { day, changes })
                .collect(),
            since: summary.since.as_ref().map(|(day, changes)| Since {
                day: *day,
                changes: changes.iter().map(Changed::of).collect(),
            }),
        }
    }
}

impl<'a> Changed<'a> {
    fn of(change: &'a ItemChange) -> Self {
        Self {
            seq: change.event.seq,
            at: change.event.at,
            by: &change.event.by,
            origin: change.event.origin,
            part: super::part(&change.subject),
            provider_id: change.subject.provider(),
            item_id: &change.item,
            what: &change.what,
            texts: change
                .texts
                .iter()
                .map(|difference| Text {
                    part: difference.part,
                    before: &difference.before,
                    after: &difference.after,
                })
                .collect(),
        }
    }
}
