//! The spreadsheet export: one row per provider and assessable item, in the workspace's
//! order of providers and the catalogue's order of items. Column names are stable and
//! documented in docs/formats.md.

use super::model::{Report, evidence_text};
use super::rfc4180::{start, write_record};
use crate::workspace::{Action, Assessment};

/// The columns, in order. Renaming one breaks users' spreadsheets: add, never rename.
pub const COLUMNS: [&str; 32] = [
    "provider_id",
    "provider",
    "section_id",
    "section",
    "item_id",
    "item",
    "kind",
    "answered_by",
    "priority",
    "in_scope",
    "status",
    "basis",
    "note",
    "evidence",
    "action",
    "action_owner",
    "action_due",
    "action_overdue",
    "flagged",
    "changed_at",
    "changed_by",
    "claim_status",
    "claim_answer",
    "claim_source",
    "action_status",
    "treatment",
    "treatment_rationale",
    "treatment_residual",
    "treatment_approver",
    "treatment_until",
    "treatment_lapsed",
    "marking",
];

/// `marking` (the protective marking, and DRAFT until signed) goes in every row: a
/// spreadsheet is cut, filtered and pasted elsewhere, and each piece must carry it.
pub fn render(report: &Report<'_>, marking: &str) -> String {
    let mut out = start();
    write_record(&mut out, COLUMNS);
    let untouched = Assessment::default();
    for part in &report.providers {
        let provider = part.provider;
        for (section, item) in report.catalogue.assessable_items() {
            let assessment = provider.assessments.get(&item.id).unwrap_or(&untouched);
            let evidence: Vec<String> = (report.workspace.linked_evidence(assessment))
                .map(|entry| evidence_text(entry, report.date))
                .collect();
            // Several actions share the cell, one a line, in the same order in each column.
            let actions = &assessment.actions;
            let lines = |field: fn(&Action) -> String| {
                actions.iter().map(field).collect::<Vec<_>>().join("\n")
            };
            let due = lines(|a| a.due.map(|due| due.to_string()).unwrap_or_default());
            let overdue = if actions.is_empty() {
                ""
            } else {
                yes_no(actions.iter().any(|a| report.is_overdue(a)))
            };
            let changed_at = assessment.changed.as_ref().map(|c| c.at.to_string());
            let treatment = assessment.treatment.as_ref();
            let until = treatment.and_then(|t| t.until).map(|day| day.to_string());
            let lapsed = treatment.map_or("", |t| yes_no(t.lapsed_on(report.date)));
            let row: [&str; COLUMNS.len()] = [
                &provider.id.0,
                &provider.name,
                &section.id,
                &section.title,
                &item.id,
                &item.title,
                item.kind.label(),
                item.answered_by.label(),
                report.priority(item).label(),
                yes_no(report.in_scope(item)),
                assessment.status.label(),
                assessment.basis.map_or("", |basis| basis.label()),
                &assessment.note,
                &evidence.join("\n"),
                &lines(|a| a.what.clone()),
                &lines(|a| a.owner.clone()),
                &due,
                overdue,
                yes_no(assessment.flagged),
                changed_at.as_deref().unwrap_or_default(),
                assessment.changed.as_ref().map_or("", |c| c.by.as_str()),
                assessment.claim.as_ref().map_or("", |c| c.status.label()),
                assessment.claim.as_ref().map_or("", |c| c.answer.as_str()),
                assessment.claim.as_ref().map_or("", |c| c.source.as_str()),
                &lines(|a| a.status.label().to_owned()),
                treatment.map_or("", |t| t.kind.label()),
                treatment.map_or("", |t| t.rationale.as_str()),
                treatment.map_or("", |t| t.residual.label()),
                treatment.map_or("", |t| t.approver.as_str()),
                until.as_deref().unwrap_or_default(),
                lapsed,
                marking,
            ];
            write_record(&mut out, row);
        }
    }
    out
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}
