//! The demo workspace: four clearly fictional providers assessed against the catalogue, so
//! a newcomer sees every status, note, evidence reference and action at once.
//! Deterministic: the same catalogue and `now` always give the same workspace.

mod plans;
mod readiness;

use time::Duration;

use crate::assurance::{self, Derivation};
use crate::catalogue::{Catalogue, Item, Priority};
use crate::workspace::{
    Action, ActionStatus, Assessment, Day, Evidence, EvidenceFile, EvidenceId, History, Provider,
    ProviderId, Stamp, Status, Timestamp, Workspace,
};
use plans::{
    FINDINGS, Finding, NOT_MET_NOTES, PARTLY_NOTES, PROVIDERS, ProviderPlan, UNKNOWN_NOTES,
    context_answers,
};

/// The demo's file name, fixed so that `tiaki export demo` always finds it.
pub const DEMO_SLUG: &str = "demo";

pub const DEMO_NAME: &str = "Demo: video conferencing procurement";

/// Whether a workspace is the demo, which `tiaki demo --force` may replace, rather than
/// the user's own work. Known by its name: `tiaki new` stores that name under another
/// file name (`demo-video-conferencing-procurement`), so a workspace in `demo.ron` with
/// this name was made by `tiaki demo`, however much it was changed since; renamed, it is
/// the user's.
pub fn is_demo(workspace: &Workspace) -> bool {
    workspace.name == DEMO_NAME
}

/// Who the demo's history says made it: no assessor did.
const DEMO_AUTHOR: &str = "tiaki (demo data)";

/// Builds the demo workspace as it stands at `now`.
pub fn demo_workspace(catalogue: &Catalogue, now: Timestamp) -> Workspace {
    let mut workspace = Workspace::new(DEMO_NAME, catalogue, now);
    workspace.created = hours_before(now, 21 * 24);
    for (question, answer) in context_answers() {
        if catalogue.item(question).is_some() {
            workspace
                .context
                .answers
                .insert(question.to_owned(), answer);
        }
    }
    let derivation = assurance::derive(catalogue, &workspace.context);
    workspace.evidence = library(now);
    workspace.providers = PROVIDERS
        .iter()
        .map(|plan| provider(plan, catalogue, &derivation, now))
        .collect();
    for (id, stated) in plans::CRYPTO {
        if let Some(provider) = workspace.providers.iter_mut().find(|p| p.id.0 == id) {
            for (parameter, value) in stated {
                // The demo's values are forms the parser reads (a test proves it).
                let _ = provider.crypto.set(*parameter, value);
            }
        }
    }
    readiness::readiness(&mut workspace, catalogue, now);
    if let Some(chosen) = workspace
        .providers
        .iter_mut()
        .find(|provider| provider.id.0 == plans::CHOSEN)
    {
        readiness::deployment(chosen, catalogue, &workspace.context, now);
        workspace.chosen = Some(chosen.id.clone());
    }
    // Built as it stands, not changed by anyone: its history begins with the demo, made
    // by tiaki rather than by a person, and says so.
    workspace.history = History::default();
    workspace.with_history_by(DEMO_AUTHOR)
}

fn provider(
    plan: &ProviderPlan,
    catalogue: &Catalogue,
    derivation: &Derivation,
    now: Timestamp,
) -> Provider {
    let items: Vec<&Item> = catalogue.assessable_items().map(|(_, item)| item).collect();
    let assessed = items.len() * plan.assessed_percent / 100;
    let assessments = items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let handwritten = FINDINGS
                .iter()
                .find(|f| f.provider == plan.id && f.item == item.id);
            let assessment = match handwritten {
                Some(finding) => from_finding(finding, now),
                None if index >= assessed => return None,
                None => from_plan(plan, item, index, derivation),
            };
            Some((item.id.clone(), stamped(assessment, plan, index, now)))
        })
        .collect();
    Provider {
        id: ProviderId(plan.id.to_owned()),
        name: plan.name.to_owned(),
        product: plan.product.to_owned(),
        edition: plan.edition.to_owned(),
        deployment: Some(plan.deployment),
        jurisdiction: plan.jurisdiction.to_owned(),
        notes: plan.notes.to_owned(),
        assessments,
        deployment_checks: std::collections::BTreeMap::new(),
        crypto: crate::nzism::StatedCrypto::default(),
    }
}

fn from_finding(finding: &Finding, now: Timestamp) -> Assessment {
    Assessment {
        status: finding.status,
        basis: finding.basis,
        note: finding.note.to_owned(),
        flagged: finding.flagged,
        actions: demo_actions(finding.actions, now),
        ..Assessment::default()
    }
}

/// An action written out for the demo: what, owner, when it is due in days from now
/// (negative: past), and where it stands with its closing note.
#[derive(Clone, Copy)]
pub(super) struct DemoAction {
    what: &'static str,
    owner: &'static str,
    due_in_days: i64,
    status: ActionStatus,
    closing_note: &'static str,
}

/// An open action.
pub(super) const fn open(what: &'static str, owner: &'static str, due_in_days: i64) -> DemoAction {
    DemoAction {
        what,
        owner,
        due_in_days,
        status: ActionStatus::Open,
        closing_note: "",
    }
}

impl DemoAction {
    /// The same action moved on to `status`, with what was done or why not.
    pub(super) const fn now(self, status: ActionStatus, closing_note: &'static str) -> Self {
        DemoAction {
            status,
            closing_note,
            ..self
        }
    }
}

/// The demo's actions as recorded: opened three weeks ago, and those closed, two days ago.
fn demo_actions(specs: &[DemoAction], now: Timestamp) -> Vec<Action> {
    let today = now.day();
    specs
        .iter()
        .map(|spec| {
            let mut action = Action::new(
                spec.what,
                spec.owner,
                Some(days_from(today, spec.due_in_days)),
                days_from(today, -21),
            );
            action.set_status(spec.status, days_from(today, -2));
            spec.closing_note.clone_into(&mut action.closing_note);
            action
        })
        .collect()
}

/// The judgement a provider's plan gives the `index`-th assessable item.
fn from_plan(
    plan: &ProviderPlan,
    item: &Item,
    index: usize,
    derivation: &Derivation,
) -> Assessment {
    if !derivation.applies(item) {
        let labels: Vec<&str> = item.services.iter().map(|s| s.label()).collect();
        return Assessment {
            status: Status::NotApplicable,
            note: format!(
                "Not needed here: this concerns {} only, which the organisation will not use (CTX.6).",
                labels.join(", ")
            ),
            ..Assessment::default()
        };
    }
    let cycle = if derivation.priority(item) == Priority::Required {
        plan.required
    } else {
        plan.others
    };
    let status = cycle[index % cycle.len()];
    let note = match status {
        Status::Unknown => UNKNOWN_NOTES[index % UNKNOWN_NOTES.len()],
        Status::PartlyMet => PARTLY_NOTES[index % PARTLY_NOTES.len()],
        Status::NotMet => NOT_MET_NOTES[index % NOT_MET_NOTES.len()],
        _ => "",
    };
    let judged = matches!(status, Status::Met | Status::PartlyMet | Status::NotMet);
    // A finding citing a document rests on what that document is, so the basis and the
    // evidence never disagree; the rest take turns through the provider's usual bases.
    let document = (judged && index.is_multiple_of(3)).then(|| (index / 3) % plan.documents.len());
    let basis = match document {
        Some(cited) => Some(plan.documents[cited].basis),
        None => judged.then(|| plan.bases[index % plan.bases.len()]),
    };
    Assessment {
        status,
        basis,
        note: note.to_owned(),
        evidence_links: document
            .map(|cited| vec![document_id(plan, cited)])
            .unwrap_or_default(),
        ..Assessment::default()
    }
}

/// The library entry of a provider's `index`-th document, e.g. `evid-demo-a1`.
fn document_id(plan: &ProviderPlan, index: usize) -> EvidenceId {
    let provider = plan.id.trim_start_matches("prov-");
    EvidenceId(format!("evid-{provider}{}", index + 1))
}

/// Every provider's documents, once each: the items that cite one link to it.
fn library(now: Timestamp) -> Vec<Evidence> {
    let today = now.day();
    PROVIDERS
        .iter()
        .flat_map(|plan| {
            plan.documents
                .iter()
                .enumerate()
                .map(move |(index, document)| Evidence {
                    id: document_id(plan, index),
                    title: document.title.to_owned(),
                    dated: Some(days_from(today, -document.dated_days_ago)),
                    version: document.version.to_owned(),
                    location: document.location.to_owned(),
                    file: document.file.map(|(path, sha256)| EvidenceFile {
                        path: path.to_owned(),
                        sha256: sha256.to_owned(),
                    }),
                    expires: document.expires_in_days.map(|days| days_from(today, days)),
                    seen: Some(days_from(today, -10 - small(index))),
                })
        })
        .collect()
}

/// Records who made the judgement, spread over the past days so the history looks lived in.
fn stamped(
    mut assessment: Assessment,
    plan: &ProviderPlan,
    index: usize,
    now: Timestamp,
) -> Assessment {
    assessment.changed = Some(Stamp {
        at: hours_before(now, small(index).saturating_mul(3).saturating_add(1)),
        by: plan.assessor.to_owned(),
    });
    assessment
}

/// An item's position as a number of days or hours; catalogues are far smaller than `i64`.
fn small(index: usize) -> i64 {
    i64::try_from(index).unwrap_or(i64::MAX)
}

fn hours_before(now: Timestamp, hours: i64) -> Timestamp {
    now.inner()
        .checked_sub(Duration::hours(hours))
        .map_or(now, Timestamp::from)
}

fn days_from(day: Day, days: i64) -> Day {
    day.inner()
        .checked_add(Duration::days(days))
        .map_or(day, Day::new)
}

#[cfg(test)]
mod tests;
