//! The organisation's own part: its readiness (answered once, never scored against a
//! provider), the chosen provider's deployment checklist, and where tiaki's advice goes
//! beyond the guidance's words.

use super::findings::finding_row;
use super::{Block, Line, PartKind, Table, cows, muted, part, plural, strong, text};
use crate::catalogue::{Item, Section};
use crate::report::model::{Finding, Report};
use crate::workspace::{Assessment, Status};

/// "Our readiness": every organisation item in scope, judged once for the workspace.
pub fn readiness<'a>(report: &'a Report<'a>) -> Block<'a> {
    let judgements = &report.workspace.readiness;
    let mut blocks = vec![
        Block::Heading(2, vec![text("Our readiness")]),
        Block::Para(vec![text(
            "What the guidance asks of the organisation itself — owners, policies, plans, \
             who may administer — answered once for this assessment. These items are never \
             part of a provider's score or ranking.",
        )]),
    ];
    let items = in_scope(report, Item::is_for_readiness);
    blocks.push(progress_line(&items, |item| judgements.get(&item.id)));
    blocks.extend(tables(report, &items, |item| judgements.get(&item.id)));
    let conflicting: Vec<Line<'a>> = report
        .workspace
        .readiness_candidates
        .iter()
        .filter(|(_, candidates)| !candidates.is_empty())
        .map(|(id, candidates)| {
            let versions: Vec<String> = candidates
                .iter()
                .map(|c| format!("{}: {}", c.recorded_for, c.assessment.status.label()))
                .collect();
            vec![
                strong(id.as_str()),
                text(format!(
                    " recorded per provider before catalogue 2.0 — {}",
                    versions.join("; ")
                )),
            ]
        })
        .collect();
    if !conflicting.is_empty() {
        blocks.push(Block::Para(vec![muted(
            "Answered differently per provider before catalogue 2.0, kept until one answer is recorded:",
        )]));
        blocks.push(Block::List(conflicting));
    }
    part(PartKind::Readiness, blocks)
}

/// The chosen provider's deployment checklist, when a provider has been chosen.
pub fn deployment<'a>(report: &'a Report<'a>) -> Option<Block<'a>> {
    let provider = report.workspace.chosen_provider()?;
    let checks = &provider.deployment_checks;
    let mut blocks = vec![
        Block::Heading(2, vec![text(format!("Deploying {}", provider.name))]),
        Block::Para(vec![text(format!(
            "{} is the chosen provider. These are its settings the organisation must make \
             before and after go-live; each was scored as a capability of the product, and \
             is checked here as done in our own configuration.",
            provider.name
        ))]),
    ];
    let items = in_scope(report, |item| item.deployment.is_some());
    blocks.push(progress_line(&items, |item| checks.get(&item.id)));
    blocks.extend(tables(report, &items, |item| checks.get(&item.id)));
    Some(part(PartKind::Deployment, blocks))
}

/// Where tiaki's advice goes beyond the guidance, for the items in scope: so that no
/// reader mistakes tiaki's thresholds and examples for the guidance's requirements.
pub fn additions<'a>(report: &'a Report<'a>) -> Block<'a> {
    let rows: Vec<Vec<Line<'a>>> = report
        .catalogue
        .items()
        .map(|(_, item)| item)
        .filter(|item| !item.adds.is_empty() && report.in_scope(item))
        .map(|item| {
            vec![
                vec![
                    strong(item.id.as_str()),
                    text(" "),
                    text(item.title.as_str()),
                ],
                vec![text(item.adds.as_str())],
            ]
        })
        .collect();
    let mut blocks = vec![
        Block::Heading(2, vec![text("Where tiaki adds to the guidance")]),
        Block::Para(vec![text(
            "The assurance levels (Baseline, Enhanced, High) are tiaki's model built on the \
             guidance's context questions; the guidance names no levels. Each item below also \
             carries advice of tiaki's beyond the guidance's words: practical detail, \
             thresholds or examples, to be weighed as such.",
        )]),
    ];
    if !rows.is_empty() {
        blocks.push(Block::Table(Table {
            class: "additions",
            head: cows(&["Item", "tiaki adds"]),
            rows,
        }));
    }
    part(PartKind::Additions, blocks)
}

/// The catalogue's items that `keep` selects and that apply here, with their sections.
fn in_scope<'a>(
    report: &'a Report<'a>,
    keep: impl Fn(&Item) -> bool,
) -> Vec<(&'a Section, &'a Item)> {
    report
        .catalogue
        .items()
        .filter(|(_, item)| keep(item) && report.in_scope(item))
        .collect()
}

/// Where a part of the organisation's own work stands: its progress line, and what a
/// sign-off waits on.
pub struct Standing<'a> {
    pub recorded: usize,
    pub total: usize,
    /// Items judged Not met or Partly met.
    pub short: Vec<&'a Item>,
}

/// The readiness's standing, and the chosen provider's deployment checklist's when one
/// is chosen.
pub fn standings<'a>(report: &'a Report<'a>) -> (Standing<'a>, Option<Standing<'a>>) {
    let judgements = &report.workspace.readiness;
    let readiness = standing(&in_scope(report, Item::is_for_readiness), |item| {
        judgements.get(&item.id)
    });
    let deployment = report.workspace.chosen_provider().map(|provider| {
        let checks = &provider.deployment_checks;
        standing(
            &in_scope(report, |item| item.deployment.is_some()),
            |item| checks.get(&item.id),
        )
    });
    (readiness, deployment)
}

fn standing<'a>(
    items: &[(&'a Section, &'a Item)],
    judgement: impl Fn(&Item) -> Option<&'a Assessment>,
) -> Standing<'a> {
    let status = |item: &Item| judgement(item).map_or(Status::NotAssessed, |a| a.status);
    Standing {
        recorded: items
            .iter()
            .filter(|(_, item)| status(item).is_assessed())
            .count(),
        total: items.len(),
        short: items
            .iter()
            .filter(|(_, item)| matches!(status(item), Status::NotMet | Status::PartlyMet))
            .map(|&(_, item)| item)
            .collect(),
    }
}

/// "7 of 24 items recorded; 2 not met."
fn progress_line<'a>(
    items: &[(&'a Section, &'a Item)],
    judgement: impl Fn(&Item) -> Option<&'a Assessment>,
) -> Block<'a> {
    let standing = standing(items, judgement);
    Block::Para(vec![muted(format!(
        "{} of {} recorded; {} not or only partly met.",
        standing.recorded,
        plural(standing.total, "item", "items"),
        standing.short.len()
    ))])
}

/// One findings table per section, in catalogue order, of the items with a judgement;
/// the rest listed as not yet recorded.
fn tables<'a>(
    report: &'a Report<'a>,
    items: &[(&'a Section, &'a Item)],
    judgement: impl Fn(&Item) -> Option<&'a Assessment>,
) -> Vec<Block<'a>> {
    let mut rows = Vec::new();
    let mut open = Vec::new();
    for (_, item) in items {
        match judgement(item) {
            Some(assessment) if assessment.status.is_assessed() || !assessment.note.is_empty() => {
                let finding = Finding {
                    item,
                    priority: report.priority(item),
                    in_scope: true,
                    assessment,
                };
                rows.push(finding_row(report, &finding));
            }
            _ => open.push(item.id.as_str()),
        }
    }
    let mut blocks = Vec::new();
    if !rows.is_empty() {
        blocks.push(Block::Table(Table {
            class: "findings",
            head: cows(&["Item", "Priority", "Status", "Finding"]),
            rows,
        }));
    }
    if !open.is_empty() {
        blocks.push(Block::Para(vec![muted(format!(
            "Not recorded yet ({}): {}.",
            plural(open.len(), "item", "items"),
            open.join(", ")
        ))]));
    }
    blocks
}
