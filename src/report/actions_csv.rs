//! The action plan for a task tracker: one row per action, soonest due first, with a
//! stable reference per action so that a second import updates rather than duplicates.
//! Column names are documented in docs/formats.md.

use super::model::Report;
use super::rfc4180::{start, write_record};
use crate::plan::Owner;

/// The columns, in order. Renaming one breaks users' imports: add, never rename.
pub const COLUMNS: [&str; 17] = [
    "reference",
    "part",
    "provider_id",
    "provider",
    "item_id",
    "item",
    "item_status",
    "what",
    "owner",
    "due",
    "status",
    "overdue",
    "opened",
    "closed",
    "closing_note",
    "workspace",
    "marking",
];

/// `marking` goes in every row, as in the findings CSV: a task tracker holds each action
/// on its own.
pub fn render(report: &Report<'_>, marking: &str) -> String {
    let mut out = start();
    write_record(&mut out, COLUMNS);
    let day = |day: Option<crate::workspace::Day>| day.map(|d| d.to_string()).unwrap_or_default();
    for planned in &report.actions {
        let action = planned.action;
        let provider = planned
            .owner
            .provider()
            .and_then(|index| report.workspace.providers.get(index));
        let part = match planned.owner {
            Owner::Readiness => "readiness",
            Owner::Provider(_) => "provider",
            Owner::Deployment(_) => "deployment",
        };
        let provider_id = provider.map_or("", |p| p.id.0.as_str());
        // Whose item, the item and the action's place there: the same action keeps it
        // from one export to the next while no action before it on the item is removed.
        let reference = format!(
            "{}/{}/{}",
            if provider_id.is_empty() {
                part
            } else {
                provider_id
            },
            planned.item,
            planned.index + 1
        );
        let row: [&str; COLUMNS.len()] = [
            &reference,
            part,
            provider_id,
            &planned.owner.name(report.workspace),
            planned.item,
            report.item_title(planned.item),
            planned.status.label(),
            &action.what,
            &action.owner,
            &day(action.due),
            action.status.label(),
            if report.is_overdue(action) {
                "yes"
            } else {
                "no"
            },
            &day(action.opened),
            &day(action.closed),
            &action.closing_note,
            &report.workspace.name,
            marking,
        ];
        write_record(&mut out, row);
    }
    out
}

#[cfg(test)]
mod tests;
