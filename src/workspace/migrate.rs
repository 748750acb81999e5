//! Bringing a workspace recorded against catalogue 1.0 (schema 1) onto catalogue 2.0
//! (schema 2). Nothing the assessor recorded is dropped: a split item's judgement goes to
//! each part, merged items keep both, the organisation's own items move to the readiness
//! (every differing per-provider answer kept until the assessor picks one), and each
//! setting judgement is copied to the provider's deployment checklist. Everything moved or
//! copied is flagged for review with a note saying why.

use std::collections::BTreeMap;

use super::model::{Answer, Assessment, Candidate, SCHEMA_VERSION, Workspace};
use crate::catalogue::{AnswerSpec, Catalogue, Migration};

/// What a migration did, for the message that tells the assessor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Migrated {
    /// Judgements moved or copied to other items, flagged.
    pub moved: usize,
    /// Organisation items now answered once, in the readiness.
    pub to_readiness: usize,
    /// Of those, items answered differently per provider: every answer kept, flagged.
    pub conflicting: usize,
    /// Setting judgements copied to deployment checklists, flagged.
    pub to_deployment: usize,
    /// Context answers rewritten onto changed options.
    pub answers: usize,
}

/// Whether `workspace` predates the catalogue `catalogue` and `migration` lead to.
pub fn needs_migration(
    workspace: &Workspace,
    catalogue: &Catalogue,
    migration: &Migration,
) -> bool {
    workspace.catalogue.id == catalogue.id && workspace.catalogue.version == migration.from
}

/// Migrates `workspace` in place; does nothing (and says so) unless it needs it.
pub fn migrate(
    workspace: &mut Workspace,
    catalogue: &Catalogue,
    migration: &Migration,
) -> Option<Migrated> {
    if !needs_migration(workspace, catalogue, migration) {
        return None;
    }
    let mut report = Migrated {
        answers: migrate_answers(workspace, catalogue, migration),
        ..Migrated::default()
    };
    for provider in &mut workspace.providers {
        report.moved += move_items(&mut provider.assessments, migration);
    }
    gather_readiness(workspace, catalogue, &mut report);
    for provider in &mut workspace.providers {
        for (_, item) in catalogue.deployment_items() {
            let Some(capability) = provider.assessments.get_mut(&item.id) else {
                continue;
            };
            let why = "catalogue 1.0 asked in one item whether the product can do this and \
                       whether we have set it; 2.0 asks the provider's part here and ours on \
                       the deployment checklist, so this judgement was copied to both";
            mark(capability, why);
            let copy = capability.clone();
            provider
                .deployment_checks
                .entry(item.id.clone())
                .or_insert(copy);
            report.to_deployment += 1;
        }
    }
    workspace.schema_version = SCHEMA_VERSION;
    workspace.catalogue.version.clone_from(&migration.to);
    Some(report)
}

/// Flags `assessment` for review and says why in its note, keeping the note as it was.
fn mark(assessment: &mut Assessment, why: &str) {
    assessment.flagged = true;
    let line = format!("Migrated to catalogue 2.0: {why}.");
    if !assessment.note.contains(&line) {
        if !assessment.note.is_empty() {
            assessment.note.push_str("\n\n");
        }
        assessment.note.push_str(&line);
    }
}

/// Moves each listed old item's judgement to its new ids; returns how many were placed.
fn move_items(assessments: &mut BTreeMap<String, Assessment>, migration: &Migration) -> usize {
    let mut placed = 0;
    for step in &migration.items {
        let Some(old) = assessments.remove(&step.old) else {
            continue;
        };
        for new in &step.new {
            let mut moved = old.clone();
            mark(&mut moved, &step.why);
            match assessments.remove(new) {
                Some(existing) => {
                    assessments.insert(new.clone(), merge(existing, moved, &step.old));
                }
                None => {
                    assessments.insert(new.clone(), moved);
                }
            }
            placed += 1;
        }
    }
    placed
}

/// Two judgements for one item (two old items merged): the one already there keeps its
/// status; the other's note, evidence and actions are kept beside it.
fn merge(mut kept: Assessment, other: Assessment, other_id: &str) -> Assessment {
    kept.flagged = true;
    let mut extra = format!(
        "Judgement formerly recorded as {other_id}: {}",
        other.status.label()
    );
    if !other.note.is_empty() {
        extra = format!("{extra} — {}", other.note);
    }
    for action in other.actions {
        if !kept.actions.contains(&action) {
            kept.actions.push(action);
        }
    }
    if !kept.note.is_empty() {
        kept.note.push_str("\n\n");
    }
    kept.note.push_str(&extra);
    for evidence in other.legacy_evidence {
        if !kept.legacy_evidence.contains(&evidence) {
            kept.legacy_evidence.push(evidence);
        }
    }
    for id in other.evidence_links {
        if !kept.evidence_links.contains(&id) {
            kept.evidence_links.push(id);
        }
    }
    kept
}

/// Moves every provider's judgement of an organisation item into the readiness: taken as
/// it is when the providers agree, else every version kept as a candidate and the item
/// flagged until the assessor records the organisation's one answer.
fn gather_readiness(workspace: &mut Workspace, catalogue: &Catalogue, report: &mut Migrated) {
    for (_, item) in catalogue.readiness_items() {
        let versions: Vec<(String, Assessment)> = workspace
            .providers
            .iter_mut()
            .filter_map(|provider| {
                let assessment = provider.assessments.remove(&item.id)?;
                Some((provider.name.clone(), assessment))
            })
            .collect();
        let Some((_, first)) = versions.first() else {
            continue;
        };
        report.to_readiness += 1;
        let same = |a: &Assessment, b: &Assessment| {
            let mut a = a.clone();
            let mut b = b.clone();
            a.changed = None;
            b.changed = None;
            a == b
        };
        if versions.iter().all(|(_, each)| same(each, first)) {
            let mut taken = first.clone();
            if versions.len() > 1 {
                mark(
                    &mut taken,
                    "this is the organisation's own duty, now answered once; every provider had the same answer",
                );
            }
            workspace.readiness.insert(item.id.clone(), taken);
            continue;
        }
        report.conflicting += 1;
        let mut placeholder = Assessment::default();
        mark(
            &mut placeholder,
            "this is the organisation's own duty, now answered once; it was answered differently per provider, and every version is kept below until you record one",
        );
        workspace.readiness.insert(item.id.clone(), placeholder);
        workspace.readiness_candidates.insert(
            item.id.clone(),
            versions
                .into_iter()
                .map(|(recorded_for, assessment)| Candidate {
                    recorded_for,
                    assessment,
                })
                .collect(),
        );
    }
}

/// Rewrites context answers whose options moved; returns how many options were moved.
fn migrate_answers(
    workspace: &mut Workspace,
    catalogue: &Catalogue,
    migration: &Migration,
) -> usize {
    let mut moved = 0;
    let answers = &mut workspace.context.answers;
    for step in &migration.answers {
        let chosen = match answers.get(&step.question) {
            Some(Answer::Choice(id)) => id == &step.option,
            Some(Answer::Choices(ids)) => ids.contains(&step.option),
            _ => false,
        };
        if !chosen {
            continue;
        }
        moved += 1;
        match answers.get_mut(&step.question) {
            Some(Answer::Choices(ids)) => ids.retain(|id| id != &step.option),
            _ => {
                answers.remove(&step.question);
            }
        }
        for target in &step.becomes {
            let multiple = catalogue
                .item(&target.question)
                .and_then(|item| item.answer.as_ref())
                .is_some_and(|spec| matches!(spec, AnswerSpec::Multiple(_)));
            let option = target.option.clone();
            match answers.get_mut(&target.question) {
                Some(Answer::Choices(ids)) if multiple => {
                    if !ids.contains(&option) {
                        ids.push(option);
                    }
                }
                _ if multiple => {
                    answers.insert(target.question.clone(), Answer::Choices(vec![option]));
                }
                _ => {
                    answers.insert(target.question.clone(), Answer::Choice(option));
                }
            }
        }
    }
    answers.retain(|_, answer| !matches!(answer, Answer::Choices(ids) if ids.is_empty()));
    moved
}

#[cfg(test)]
mod tests;
