//! A change in words, for the History view, undo messages and reports:
//! "Kōwhai Comms · P3.4 status: Not assessed → Met".

use super::Change;
use crate::workspace::Decision;
use crate::workspace::edit::Subject;
use crate::workspace::model::{Action, Assessment, Basis, ProviderId, Workspace};

impl Change {
    /// What it did, naming providers as `workspace` knows them (by id once deleted);
    /// `arrow` is "→", or "->" on a plain terminal.
    pub fn describe(&self, workspace: &Workspace, arrow: &str) -> String {
        let name = |id: &ProviderId| {
            workspace
                .provider(id)
                .map_or_else(|| id.to_string(), |p| p.name.clone())
        };
        match self {
            Change::Assessment {
                subject,
                item,
                before,
                after,
            } => {
                let whose = match subject {
                    Subject::Provider(id) => name(id),
                    Subject::Deployment(id) => format!("{} deployment", name(id)),
                    Subject::Readiness => "Our readiness".to_owned(),
                };
                let what = assessment_difference(before.as_deref(), after.as_deref(), arrow);
                format!("{whose} · {item} {what}")
            }
            Change::Context { before, after } => {
                let mut parts: Vec<String> = before
                    .answers
                    .keys()
                    .chain(after.answers.keys())
                    .filter(|id| before.answers.get(*id) != after.answers.get(*id))
                    .map(|id| format!("{id} answer"))
                    .collect();
                parts.dedup();
                for (changed, what) in [
                    (before.notes != after.notes, "notes"),
                    (
                        before.level_override != after.level_override,
                        "level override",
                    ),
                    (before.nzism != after.nzism, "NZISM version"),
                ] {
                    if changed {
                        parts.push(what.to_owned());
                    }
                }
                format!("Context · {}", parts.join(", "))
            }
            Change::ProviderAdded { provider, .. } => format!("{} · provider added", provider.name),
            Change::ProviderRemoved { provider, .. } => {
                let count = provider.assessments.len() + provider.deployment_checks.len();
                format!("{} · provider removed ({count} judgements)", provider.name)
            }
            Change::ProviderEdited { id, before, after } => {
                let mut parts = Vec::new();
                for (changed, what) in [
                    (before.name != after.name, "name"),
                    (before.product != after.product, "product"),
                    (before.edition != after.edition, "edition"),
                    (before.deployment != after.deployment, "deployment"),
                    (before.jurisdiction != after.jurisdiction, "jurisdiction"),
                    (before.notes != after.notes, "notes"),
                    (before.crypto != after.crypto, "stated cryptography"),
                ] {
                    if changed {
                        parts.push(what);
                    }
                }
                format!("{} · details: {}", name(id), parts.join(", "))
            }
            Change::ProviderMoved { id, from, to } => {
                format!("{} · moved from place {} to {}", name(id), from + 1, to + 1)
            }
            Change::Chosen { before, after } => {
                let chosen = |id: &Option<ProviderId>| id.as_ref().map_or("none".to_owned(), name);
                format!(
                    "Chosen provider: {} {arrow} {}",
                    chosen(before),
                    chosen(after)
                )
            }
            Change::Decision { before, after } => {
                format!("Decision · {}", decision_difference(before, after, arrow))
            }
            Change::Renamed { before, after } => format!("Renamed: {before} {arrow} {after}"),
            Change::ImportRecorded(record) => format!(
                "{} · answers imported from {} ({} items)",
                name(&record.provider),
                record.source,
                record.items.len()
            ),
            Change::ImportWithdrawn(record) => format!(
                "{} · import of {} taken back",
                name(&record.provider),
                record.source
            ),
            Change::Evidence { before, after } => match (before, after) {
                (None, Some(added)) => format!("Evidence library · added \"{}\"", added.title),
                (Some(removed), None) => {
                    format!("Evidence library · removed \"{}\"", removed.title)
                }
                (_, Some(edited)) => format!("Evidence library · edited \"{}\"", edited.title),
                (None, None) => "Evidence library · unchanged".to_owned(),
            },
            Change::Batch(changes)
                if changes.len() <= 3
                    && changes
                        .iter()
                        .all(|change| !matches!(change, Change::Assessment { .. })) =>
            {
                // A decision and its chosen provider, say: short enough to say each. The
                // chosen provider first, so that a line cut short still says who.
                let (chosen, rest): (Vec<&Change>, Vec<&Change>) = changes
                    .iter()
                    .partition(|change| matches!(change, Change::Chosen { .. }));
                chosen
                    .into_iter()
                    .chain(rest)
                    .map(|change| change.describe(workspace, arrow))
                    .collect::<Vec<_>>()
                    .join("; ")
            }
            Change::Batch(changes) => {
                let lead = changes
                    .iter()
                    .find(|change| !matches!(change, Change::Assessment { .. }))
                    .or(changes.first())
                    .map(|change| change.describe(workspace, arrow))
                    .unwrap_or_default();
                match changes.len() {
                    0 | 1 => lead,
                    count => format!("{lead} (+{} more)", count - 1),
                }
            }
        }
    }
}

impl Change {
    /// What it did to one finding ("status: Met → Not met", "note"), when it touched it.
    pub fn item_difference(&self, subject: &Subject, item: &str, arrow: &str) -> Option<String> {
        self.item_versions(subject, item)
            .map(|(before, after)| assessment_difference(before, after, arrow))
    }

    /// The finding `item` of `subject` as it was before this change and after it (`None`
    /// for a side where there was none), when this change touches it.
    pub fn item_versions(
        &self,
        subject: &Subject,
        item: &str,
    ) -> Option<(Option<&Assessment>, Option<&Assessment>)> {
        match self {
            Change::Assessment {
                subject: s,
                item: i,
                before,
                after,
            } if s == subject && i == item => Some((before.as_deref(), after.as_deref())),
            Change::Batch(changes) => changes
                .iter()
                .find_map(|change| change.item_versions(subject, item)),
            _ => None,
        }
    }
}

/// One part of a finding whose text a change replaced, with both texts whole (empty for
/// none): what a line can only name, an auditor reads here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextDifference {
    /// "Note", "Claim" or "Treatment".
    pub part: &'static str,
    pub before: String,
    pub after: String,
}

/// The note, the provider's claim and the treatment, each where a change replaced it.
pub fn text_differences(
    before: Option<&Assessment>,
    after: Option<&Assessment>,
) -> Vec<TextDifference> {
    let claim = |assessment: Option<&Assessment>| {
        assessment
            .and_then(|a| a.claim.as_ref())
            .map_or_else(String::new, |claim| {
                format!("{}: {}", claim.status.label(), claim.answer.trim())
            })
    };
    let treatment = |assessment: Option<&Assessment>| {
        assessment
            .and_then(|a| a.treatment.as_ref())
            .map_or_else(String::new, |treatment| {
                let rationale = treatment.rationale.trim();
                if rationale.is_empty() {
                    treatment.summary()
                } else {
                    format!("{}: {rationale}", treatment.summary())
                }
            })
    };
    let note =
        |assessment: Option<&Assessment>| assessment.map_or_else(String::new, |a| a.note.clone());
    [
        ("Note", note(before), note(after)),
        ("Claim", claim(before), claim(after)),
        ("Treatment", treatment(before), treatment(after)),
    ]
    .into_iter()
    .filter(|(_, before, after)| before != after)
    .map(|(part, before, after)| TextDifference {
        part,
        before,
        after,
    })
    .collect()
}

/// What differs between two versions of an assessment: the status and what it rests on
/// with what they were ("status: Met → Not met", "basis: none → our own test"), whether
/// it was flagged, then the other parts, whose text is too long for a line, by name
/// ("note, evidence").
pub fn assessment_difference(
    before: Option<&Assessment>,
    after: Option<&Assessment>,
    arrow: &str,
) -> String {
    let old = before.cloned().unwrap_or_default();
    let new = after.cloned().unwrap_or_default();
    let mut parts = Vec::new();
    if old.status != new.status {
        parts.push(format!(
            "status: {} {arrow} {}",
            old.status.label(),
            new.status.label()
        ));
    }
    if old.basis != new.basis {
        let label = |basis: Option<Basis>| basis.map_or("none", Basis::label);
        parts.push(format!(
            "basis: {} {arrow} {}",
            label(old.basis),
            label(new.basis)
        ));
    }
    if old.flagged != new.flagged {
        parts.push(
            if new.flagged {
                "flagged"
            } else {
                "flag cleared"
            }
            .to_owned(),
        );
    }
    if old.note != new.note {
        parts.push("note".to_owned());
    }
    if old.evidence_links != new.evidence_links {
        parts.push(format!(
            "evidence: {} {arrow} {}",
            count(old.evidence_links.len(), "link", "links"),
            count(new.evidence_links.len(), "link", "links"),
        ));
    }
    if old.actions != new.actions {
        parts.push(action_difference(&old.actions, &new.actions, arrow));
    }
    for (changed, what) in [
        (old.claim != new.claim, "claim"),
        (old.treatment != new.treatment, "treatment"),
    ] {
        if changed {
            parts.push(what.to_owned());
        }
    }
    if parts.is_empty() {
        "unchanged".to_owned()
    } else {
        parts.join(", ")
    }
}

/// What became of a finding's actions: one added, removed or moved on ("action “Ask for
/// the pen test”: open → done"), else how many there are.
fn action_difference(old: &[Action], new: &[Action], arrow: &str) -> String {
    let what = |action: &Action| format!("“{}”", shortened(action.what.trim(), 48));
    if new.len() == old.len() + 1 && new.starts_with(old) {
        return format!("action added: {}", what(&new[old.len()]));
    }
    if old.len() == new.len() + 1 {
        let gone = (0..old.len()).find(|&index| {
            let mut rest = old.to_vec();
            rest.remove(index);
            rest == new
        });
        if let Some(index) = gone {
            return format!("action removed: {}", what(&old[index]));
        }
    }
    if old.len() == new.len() {
        let changed: Vec<(&Action, &Action)> =
            old.iter().zip(new).filter(|(a, b)| a != b).collect();
        if let [(before, after)] = changed.as_slice() {
            return if before.status == after.status {
                format!("action edited: {}", what(after))
            } else {
                format!(
                    "action {}: {} {arrow} {}",
                    what(after),
                    before.status.label(),
                    after.status.label()
                )
            };
        }
    }
    format!(
        "actions: {} {arrow} {}",
        old.len(),
        count(new.len(), "action", "actions")
    )
}

/// `text` cut to `most` characters, marked where cut.
fn shortened(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(most.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What a change to the decision did: its conditions, marking, Unknown setting and
/// signatures, each that changed ("marking: from the context → IN-CONFIDENCE").
fn decision_difference(before: &Decision, after: &Decision, arrow: &str) -> String {
    let mut parts = Vec::new();
    if before.conditions != after.conditions {
        parts.push(
            match (before.conditions.is_empty(), after.conditions.is_empty()) {
                (true, false) => "conditions written",
                (false, true) => "conditions cleared",
                _ => "conditions",
            }
            .to_owned(),
        );
    }
    if before.marking != after.marking {
        let marking = |m: &Option<String>| m.clone().unwrap_or_else(|| "from the context".into());
        parts.push(format!(
            "marking: {} {arrow} {}",
            marking(&before.marking),
            marking(&after.marking)
        ));
    }
    if before.unknown_disqualifies != after.unknown_disqualifies {
        let setting = |s: Option<bool>| match s {
            None => "follows the level",
            Some(true) => "on",
            Some(false) => "off",
        };
        parts.push(format!(
            "Unknown disqualifies: {} {arrow} {}",
            setting(before.unknown_disqualifies),
            setting(after.unknown_disqualifies)
        ));
    }
    let signed = |d: &Decision| d.signatures().iter().filter(|(_, s)| s.is_some()).count();
    if before.signatures() != after.signatures() {
        parts.push(format!(
            "signatures {} {arrow} {} of 3",
            signed(before),
            signed(after)
        ));
    }
    if parts.is_empty() {
        "unchanged".to_owned()
    } else {
        parts.join(", ")
    }
}
