//! The last pages: the action plan and the closing line.

use super::{
    Block, Inline, Line, PartKind, Table, cows, muted, part, part_with_id, plural, strong, text,
};
use crate::report::model::Report;
use crate::workspace::ActionStatus;

/// Evidence needing attention, when there is any: each entry, what is wrong with it and
/// the items relying on it.
pub fn evidence<'a>(report: &'a Report<'a>) -> Option<Block<'a>> {
    if report.evidence.is_empty() {
        return None;
    }
    let mut blocks = vec![Block::Heading(2, vec![text("Evidence needing attention")])];
    // Without a check, only expiry is known: the hashes printed beside findings are what
    // was recorded, not what is on disk now.
    let found = if report.files_checked {
        "expired, or a file found changed, missing or unreadable when checked against its recorded SHA-256"
    } else {
        "expired. The files were not checked against their recorded SHA-256 for this report \
         (the report's --verify-evidence option does that)"
    };
    blocks.push(Block::Para(vec![text(format!(
        "{} of the evidence library need{} attention on {}: {found}. The findings relying \
         on them may need another look.",
        plural(report.evidence.len(), "entry", "entries"),
        if report.evidence.len() == 1 { "s" } else { "" },
        report.date
    ))]));
    let rows = report
        .evidence
        .iter()
        .map(|concern| {
            let relied: Vec<String> = concern
                .links
                .iter()
                .map(|link| {
                    let whose = report.workspace.subject_label(&link.subject);
                    format!("{} ({whose})", link.item)
                })
                .collect();
            vec![
                vec![strong(concern.entry.title.as_str())],
                vec![
                    Inline::Alert("attention"),
                    text(" "),
                    text(concern.describe()),
                ],
                vec![text(if relied.is_empty() {
                    "no item".to_owned()
                } else {
                    relied.join(", ")
                })],
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        class: "evidence",
        head: cows(&["Evidence", "Found", "Relied on by"]),
        rows,
    }));
    Some(part_with_id(
        PartKind::Actions,
        "evidence".to_owned(),
        blocks,
    ))
}

pub fn actions<'a>(report: &'a Report<'a>) -> Block<'a> {
    let mut blocks = vec![Block::Heading(2, vec![text("Action plan")])];
    if report.actions.is_empty() {
        blocks.push(Block::Para(vec![text("No actions have been recorded.")]));
        return part(PartKind::Actions, blocks);
    }
    let overdue = report.overdue();
    let counts: Vec<String> = ActionStatus::ALL
        .iter()
        .filter_map(|status| {
            let count = report
                .actions
                .iter()
                .filter(|planned| planned.action.status == *status)
                .count();
            (count > 0).then(|| format!("{count} {}", status.label()))
        })
        .collect();
    blocks.push(Block::Para(vec![text(format!(
        "{} ({}), soonest due first; {} overdue on {}.",
        plural(report.actions.len(), "action", "actions"),
        counts.join(", "),
        overdue,
        report.date
    ))]));
    let rows = report
        .actions
        .iter()
        .map(|planned| {
            let action = planned.action;
            let mut due: Line<'a> = match action.due {
                Some(day) => vec![text(day.to_string())],
                None => vec![muted("no date")],
            };
            if report.is_overdue(action) {
                due.push(Inline::Break);
                due.push(Inline::Alert("overdue"));
            }
            let owner = if action.owner.is_empty() {
                vec![muted("no owner")]
            } else {
                vec![text(action.owner.as_str())]
            };
            let mut what: Line<'a> = vec![text(action.what.as_str())];
            if !action.closing_note.is_empty() {
                what.push(Inline::Break);
                what.push(muted(action.closing_note.as_str()));
            }
            let mut state: Line<'a> = vec![text(action.status.label())];
            if let Some(closed) = action.closed {
                state.push(Inline::Break);
                state.push(muted(format!("on {closed}")));
            }
            vec![
                due,
                vec![text(planned.owner.name(report.workspace))],
                vec![
                    strong(planned.item),
                    text(" "),
                    text(report.item_title(planned.item)),
                ],
                what,
                owner,
                state,
                vec![Inline::Status(planned.status)],
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        class: "plan",
        head: cows(&[
            "Due",
            "Provider",
            "Item",
            "Action",
            "Owner",
            "Action status",
            "Item status",
        ]),
        rows,
    }));
    part(PartKind::Actions, blocks)
}

pub fn closing<'a>(report: &'a Report<'a>) -> Block<'a> {
    let catalogue = report.catalogue;
    let source = &catalogue.source;
    part(
        PartKind::Closing,
        vec![Block::Para(vec![text(format!(
            "This assessment follows “{}” ({}), published by {}, as tiaki catalogue {} \
             version {}. Report produced by tiaki {} for {}.",
            source.title,
            source.date,
            source.publisher,
            catalogue.id,
            catalogue.version,
            env!("CARGO_PKG_VERSION"),
            report.date
        ))])],
    )
}
