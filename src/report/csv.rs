//! The spreadsheet export: one row per provider and assessable item, in the workspace's
//! order of providers and the catalogue's order of items. Column names are stable and
//! documented in docs/formats.md.

use super::model::{Report, evidence_text};
use super::rfc4180::{start, write_record};
use crate::workspace::Assessment;

/// The columns, in order. Renaming one breaks users' spreadsheets: add, never rename.
pub const COLUMNS: [&str; 24] = [
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
];

pub fn render(report: &Report<'_>) -> String {
    let mut out = start();
    write_record(&mut out, COLUMNS);
    let untouched = Assessment::default();
    for part in &report.providers {
        let provider = part.provider;
        for (section, item) in report.catalogue.assessable_items() {
            let assessment = provider.assessments.get(&item.id).unwrap_or(&untouched);
            let evidence: Vec<String> = assessment.evidence.iter().map(evidence_text).collect();
            let action = assessment.action.as_ref();
            let due = action.and_then(|a| a.due).map(|due| due.to_string());
            let overdue = action.map_or("", |a| yes_no(report.is_overdue(a)));
            let changed_at = assessment.changed.as_ref().map(|c| c.at.to_string());
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
                action.map_or("", |a| a.what.as_str()),
                action.map_or("", |a| a.owner.as_str()),
                due.as_deref().unwrap_or_default(),
                overdue,
                yes_no(assessment.flagged),
                changed_at.as_deref().unwrap_or_default(),
                assessment.changed.as_ref().map_or("", |c| c.by.as_str()),
                assessment.claim.as_ref().map_or("", |c| c.status.label()),
                assessment.claim.as_ref().map_or("", |c| c.answer.as_str()),
                assessment.claim.as_ref().map_or("", |c| c.source.as_str()),
            ];
            write_record(&mut out, row);
        }
    }
    out
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}
