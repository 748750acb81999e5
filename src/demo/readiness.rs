//! The demo agency's own readiness (what the guidance asks of the organisation itself) and
//! the deployment checklist of the provider it has chosen, half done: so a newcomer sees
//! the organisation's part of the work beside the providers'.

use super::{DemoAction, demo_actions, hours_before, open, small};
use crate::catalogue::Catalogue;
use crate::workspace::{ActionStatus, Assessment, Provider, Stamp, Status, Timestamp, Workspace};

const M: Status = Status::Met;
const P: Status = Status::PartlyMet;
const N: Status = Status::NotMet;

/// Who in the demo agency answers for its readiness.
const ASSESSOR: &str = "Aroha (demo assessor)";

/// One readiness judgement written out: item, status, note, and the actions where
/// something must change.
struct Ready {
    item: &'static str,
    status: Status,
    note: &'static str,
    actions: &'static [DemoAction],
}

const READINESS: [Ready; 12] = [
    Ready {
        item: "SET.1",
        status: M,
        note: "Security settings walked through with each shortlisted provider in a pilot tenant.",
        actions: &[],
    },
    Ready {
        item: "SET.3",
        status: M,
        note: "Owner: the Collaboration Platforms lead (ICT Operations), named in the service's RACI.",
        actions: &[],
    },
    Ready {
        item: "SET.4",
        status: P,
        note: "A settings baseline is drafted; users can still re-enable guest links.",
        actions: &[open(
            "Lock the settings baseline and remove user overrides",
            "Collaboration Platforms lead",
            21,
        )
        .now(ActionStatus::InProgress, "")],
    },
    Ready {
        item: "SET.5",
        status: P,
        note: "Single sign-on is in place; log forwarding to the SIEM is not yet designed.",
        actions: &[],
    },
    Ready {
        item: "P3.13",
        status: M,
        note: "Laptops and phones are enrolled in device management with disk encryption and screen lock.",
        actions: &[],
    },
    Ready {
        item: "P4.3",
        status: N,
        note: "No policy on recording meetings yet; staff record ad hoc.",
        actions: &[open(
            "Write and approve a recording policy (default: off)",
            "Records Manager",
            30,
        )
        .now(
            ActionStatus::Done,
            "Policy approved by the leadership team; recording is off by default.",
        )],
    },
    Ready {
        item: "P4.5",
        status: P,
        note: "Logging standard exists; retention for this service not decided.",
        actions: &[],
    },
    Ready {
        item: "P5.2",
        status: M,
        note: "Joiner and leaver process in the HR system drives account changes.",
        actions: &[],
    },
    Ready {
        item: "P5.8",
        status: M,
        note: "Administrators are vetted and enrolled in person by the Security team.",
        actions: &[],
    },
    Ready {
        item: "P7.6",
        status: N,
        note: "Nothing agreed if the chosen service fails during an emergency.",
        actions: &[open(
            "Agree and test a fallback service for crisis communications",
            "Business Continuity Manager",
            45,
        )],
    },
    Ready {
        item: "P7.10",
        status: P,
        note: "Crisis communications plan names the service but has not been exercised.",
        actions: &[],
    },
    Ready {
        item: "SEC.12",
        status: M,
        note: "NCSC engagement manager consulted on the shortlist.",
        actions: &[],
    },
];

/// Records the demo agency's readiness, skipping any item the catalogue does not have.
pub(super) fn readiness(workspace: &mut Workspace, catalogue: &Catalogue, now: Timestamp) {
    for (index, ready) in READINESS.iter().enumerate() {
        let Some(item) = catalogue.item(ready.item) else {
            continue;
        };
        if !item.is_for_readiness() {
            continue;
        }
        let assessment = Assessment {
            status: ready.status,
            note: ready.note.to_owned(),
            actions: demo_actions(ready.actions, now),
            changed: Some(stamp(index, now)),
            ..Assessment::default()
        };
        workspace.readiness.insert(item.id.clone(), assessment);
    }
}

/// Marks `provider` as chosen and works through the first half of its deployment
/// checklist: most settings made, a few partly, the rest still to do.
pub(super) fn deployment(
    provider: &mut Provider,
    catalogue: &Catalogue,
    context: &crate::workspace::Context,
    now: Timestamp,
) {
    let derivation = crate::assurance::derive(catalogue, context);
    let items: Vec<_> = catalogue
        .deployment_items()
        .map(|(_, item)| item)
        .filter(|item| derivation.applies(item))
        .collect();
    let half = items.len() / 2;
    for (index, item) in items.iter().take(half).enumerate() {
        let (status, note) = if index % 4 == 3 {
            (
                P,
                "Set for staff; still to be applied to meeting-room systems.",
            )
        } else {
            (
                M,
                "Set in the production tenant and checked against the settings baseline.",
            )
        };
        provider.deployment_checks.insert(
            item.id.clone(),
            Assessment {
                status,
                note: note.to_owned(),
                changed: Some(stamp(index, now)),
                ..Assessment::default()
            },
        );
    }
}

fn stamp(index: usize, now: Timestamp) -> Stamp {
    Stamp {
        at: hours_before(now, small(index).saturating_mul(5).saturating_add(2)),
        by: ASSESSOR.to_owned(),
    }
}
