//! The change history: whether the record verifies and the hash it ends with (a printed
//! report pins the record), changes per assessor and per day, who last changed each
//! provider's judgements, and with `--since` every change to a finding since that day.

use super::{Block, Inline, PartKind, Table, cows, muted, part, plural, strong, text};
use crate::report::model::{HistorySummary, ItemChange, Report};
use crate::workspace::Subject;

pub fn history<'a>(report: &'a Report<'a>) -> Block<'a> {
    let summary = &report.history;
    let mut blocks = vec![
        Block::Heading(2, vec![text("Change history")]),
        Block::Para(vec![text(record(summary))]),
    ];
    if !summary.by_assessor.is_empty() {
        let rows = summary
            .by_assessor
            .iter()
            .map(|(name, count)| {
                let name = if name.is_empty() { "(not named)" } else { name };
                vec![vec![text(name.to_owned())], vec![text(count.to_string())]]
            })
            .collect();
        blocks.push(Block::Table(Table {
            class: "history-assessors",
            head: cows(&["Assessor", "Changes"]),
            rows,
        }));
        let rows = summary
            .by_day
            .iter()
            .map(|(day, count)| vec![vec![text(day.to_string())], vec![text(count.to_string())]])
            .collect();
        blocks.push(Block::Table(Table {
            class: "history-days",
            head: cows(&["Day", "Changes"]),
            rows,
        }));
    }
    if let Some((day, changes)) = &summary.since {
        blocks.push(Block::Heading(
            3,
            vec![text(format!("Findings changed since {day}"))],
        ));
        if changes.is_empty() {
            blocks.push(Block::Para(vec![muted("No finding was changed.")]));
        } else {
            let rows = changes
                .iter()
                .map(|change| {
                    vec![
                        vec![text(format!("{} UTC", change.event.at.short()))],
                        vec![text(change.event.by.clone())],
                        vec![text(whose(report, &change.subject))],
                        vec![strong(change.item.clone())],
                        what_changed(change),
                    ]
                })
                .collect();
            blocks.push(Block::Table(Table {
                class: "history-since",
                head: cows(&["When", "Who", "Whose", "Item", "What changed"]),
                rows,
            }));
        }
    }
    if !report.providers.is_empty() {
        blocks.push(last_changes(report));
    }
    part(PartKind::History, blocks)
}

/// What a change did, then each text it replaced as "Note: before → after", so the
/// printed record says what a finding said, not only that its note changed.
fn what_changed(change: &ItemChange) -> Vec<Inline<'static>> {
    let mut cell = vec![text(change.what.clone())];
    for difference in &change.texts {
        let shown = |words: &str, none: &'static str| {
            if words.trim().is_empty() {
                muted(none)
            } else {
                text(format!("“{}”", words.trim()))
            }
        };
        cell.push(Inline::Break);
        cell.push(muted(format!("{}: ", difference.part)));
        cell.push(shown(&difference.before, "none"));
        cell.push(text(" → "));
        cell.push(shown(&difference.after, "removed"));
    }
    cell
}

/// "47 changes recorded since 2026-11-07 in a history that verifies; it ends with …".
fn record(summary: &HistorySummary) -> String {
    let changes = plural(summary.events.saturating_sub(1), "change", "changes");
    let began = match &summary.began {
        Some(began) if began.found => format!(
            " since {}, when the history began from the workspace as found (made before \
             tiaki kept one)",
            began.day
        ),
        Some(began) if began.judgements == 0 => {
            format!(" since the workspace was created on {}", began.day)
        }
        Some(began) => format!(" since the history began on {}", began.day),
        None => String::new(),
    };
    // Without this, "0 changes" beside hundreds of judgements reads as a contradiction, or
    // as if the judgements had no record at all.
    let prior = match &summary.began {
        Some(began) if began.judgements > 0 => format!(
            " The history began with {} already recorded: its first hash covers them as \
             they then stood, but not who made each or when.",
            plural(began.judgements, "judgement", "judgements")
        ),
        _ => String::new(),
    };
    match &summary.verified {
        Ok(head) => format!(
            "{changes} recorded{began}, each with who made it, when and what it replaced; \
             the record verifies (as tiaki verify checks it) and ends with SHA-256 {head}: a \
             workspace whose history ends otherwise has been changed since this report.{prior}"
        ),
        Err(broken) => format!(
            "{changes} recorded{began}. The record does NOT verify: {broken}. The workspace \
             may have been altered outside tiaki; treat its findings with care.{prior}"
        ),
    }
}

fn whose(report: &Report<'_>, subject: &Subject) -> String {
    let name = |id| {
        report
            .workspace
            .provider(id)
            .map_or_else(|| format!("{id}"), |p| p.name.clone())
    };
    match subject {
        Subject::Provider(id) => name(id),
        Subject::Deployment(id) => format!("{} (deployment)", name(id)),
        Subject::Readiness => "our readiness".to_owned(),
    }
}

/// Per provider: judgements recorded, the last change and by whom.
fn last_changes<'a>(report: &'a Report<'a>) -> Block<'a> {
    let rows = report
        .ranked()
        .map(|(_, part)| {
            let last = match part.last_change {
                Some(change) => vec![text(format!("{} UTC by {}", change.at.short(), change.by))],
                None => vec![muted("no changes recorded")],
            };
            let by: Vec<String> = part
                .by_assessor
                .iter()
                .map(|(name, count)| format!("{name}: {count}"))
                .collect();
            vec![
                vec![text(part.provider.name.as_str())],
                vec![text(part.provider.assessments.len().to_string())],
                last,
                vec![text(by.join("; "))],
            ]
        })
        .collect();
    Block::Table(Table {
        class: "history",
        head: cows(&[
            "Provider",
            "Judgements recorded",
            "Last change",
            "Judgements by assessor",
        ]),
        rows,
    })
}
