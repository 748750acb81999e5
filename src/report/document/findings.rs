//! One part per provider, best first: its details, scores, strengths and gaps, then every
//! finding grouped by section.

use super::{
    Block, Inline, Line, PartKind, Table, coverage, cows, failure, muted, no_failure, part_with_id,
    percent, plural, strong, text,
};
use crate::report::model::{Finding, ProviderPart, Report, SectionPart, evidence_text};
use crate::scoring::Scorecard;

pub fn providers<'a>(report: &'a Report<'a>) -> Vec<Block<'a>> {
    let total = report.providers.len();
    report
        .ranked()
        .enumerate()
        .map(|(place, (index, part))| {
            let card = &report.comparison.cards[index];
            let mut blocks = vec![Block::Heading(
                2,
                vec![
                    text(part.provider.name.as_str()),
                    muted(format!(" — rank {} of {total}", place + 1)),
                ],
            )];
            blocks.push(Block::Fields(details(report, part, card)));
            blocks.extend(strengths_and_gaps(report, part));
            blocks.extend(super::crypto::stated(report, part.provider));
            for section in &part.sections {
                blocks.extend(section_blocks(report, card, section));
            }
            part_with_id(
                PartKind::Provider,
                format!("provider-{}", place + 1),
                blocks,
            )
        })
        .collect()
}

fn details<'a>(
    report: &'a Report<'a>,
    part: &'a ProviderPart<'a>,
    card: &Scorecard,
) -> Vec<(&'static str, Line<'a>)> {
    let provider = part.provider;
    let mut fields = Vec::new();
    let mut add = |label, value: &'a str| {
        if !value.trim().is_empty() {
            fields.push((label, vec![text(value)]));
        }
    };
    add("Product", &provider.product);
    add("Edition", &provider.edition);
    add(
        "Deployment",
        provider
            .deployment
            .map_or("", |deployment| deployment.label()),
    );
    add("Jurisdiction", &provider.jurisdiction);
    add("Notes", &provider.notes);
    fields.push((
        "Score",
        vec![
            strong(percent(&card.overall)),
            text(format!(
                ", coverage {}, {} Unknown",
                coverage(&card.overall),
                card.overall.unknown
            )),
        ],
    ));
    let failures = if card.disqualifying.is_empty() {
        no_failure(&card.overall)
    } else {
        let items: Vec<String> = card
            .disqualifying
            .iter()
            .map(|id| failure(report, provider, id))
            .collect();
        vec![
            Inline::Alert("disqualified"),
            text(format!(" {}", items.join("; "))),
        ]
    };
    fields.push(("Disqualifying failures", failures));
    fields
}

fn strengths_and_gaps<'a>(report: &'a Report<'a>, part: &'a ProviderPart<'a>) -> Vec<Block<'a>> {
    let summary = &part.summary;
    let mut lines: Vec<Line<'a>> = Vec::new();
    if !summary.strongest.is_empty() {
        let sections: Vec<String> = summary
            .strongest
            .iter()
            .take(3)
            .map(|(id, value)| {
                let title = report
                    .catalogue
                    .section(id)
                    .map_or("", |s| s.title.as_str());
                format!("{title} ({value:.1} %)")
            })
            .collect();
        lines.push(vec![text(format!(
            "Strongest sections: {}.",
            sections.join("; ")
        ))]);
    }
    let mut gap = |items: &[&str], one: &str, many: &str| {
        if !items.is_empty() {
            lines.push(vec![text(format!(
                "{}: {}.",
                plural(items.len(), one, many),
                items.join(", ")
            ))]);
        }
    };
    gap(&summary.unknown, "Unknown", "Unknown");
    gap(&summary.partly_met, "Partly met", "Partly met");
    gap(
        &summary.claim_only,
        "judgement rests on the provider's word alone",
        "judgements rest on the provider's word alone",
    );
    if part.flagged > 0 {
        lines.push(vec![text(format!(
            "{} marked for a second look.",
            plural(part.flagged, "judgement is", "judgements are")
        ))]);
    }
    if part.unjustified > 0 {
        lines.push(vec![
            Inline::Alert("unjustified"),
            text(format!(
                " {} Unknown or Not applicable without a note saying why.",
                plural(part.unjustified, "judgement is", "judgements are")
            )),
        ]);
    }
    if lines.is_empty() {
        Vec::new()
    } else {
        vec![Block::List(lines)]
    }
}

fn section_blocks<'a>(
    report: &'a Report<'a>,
    card: &Scorecard,
    part: &'a SectionPart<'a>,
) -> Vec<Block<'a>> {
    let section = part.section;
    let score = card
        .section(&section.id)
        .map_or_else(|| "–".to_owned(), percent);
    let mut blocks = vec![Block::Heading(
        3,
        vec![
            text(format!("{} {}", section.id, section.title)),
            muted(format!(" — {score}")),
        ],
    )];
    if !part.findings.is_empty() {
        blocks.push(Block::Table(Table {
            class: "findings",
            head: cows(&["Item", "Priority", "Status", "Finding"]),
            rows: part
                .findings
                .iter()
                .map(|finding| finding_row(report, finding))
                .collect(),
        }));
    }
    if !part.not_assessed.is_empty() {
        let ids: Vec<&str> = part
            .not_assessed
            .iter()
            .map(|item| item.id.as_str())
            .collect();
        blocks.push(Block::Para(vec![muted(format!(
            "Not assessed yet ({}): {}.",
            plural(ids.len(), "item", "items"),
            ids.join(", ")
        ))]));
    }
    blocks
}

pub(super) fn finding_row<'a>(report: &'a Report<'a>, finding: &Finding<'a>) -> Vec<Line<'a>> {
    let item = finding.item;
    let assessment = finding.assessment;
    let mut detail: Line<'a> = Vec::new();
    let next = |detail: &mut Line<'a>| {
        if !detail.is_empty() {
            detail.push(Inline::Break);
        }
    };
    if !finding.in_scope {
        let services: Vec<&str> = item
            .services
            .iter()
            .map(|service| service.label())
            .collect();
        detail.push(muted(format!(
            "Out of scope ({} only, not needed here): not scored.",
            services.join(", ")
        )));
    }
    if !assessment.note.is_empty() {
        next(&mut detail);
        detail.push(text(assessment.note.as_str()));
    } else if assessment.lacks_justification() {
        next(&mut detail);
        detail.push(Inline::Alert("no justification"));
    }
    if let Some(basis) = assessment.basis {
        next(&mut detail);
        detail.push(muted("Basis: "));
        detail.push(text(basis.label()));
        if assessment.is_claim_only() {
            detail.push(text(" "));
            detail.push(Inline::Alert("claimed, not verified"));
        }
    }
    if let Some(claim) = &assessment.claim {
        next(&mut detail);
        detail.push(muted("Provider's claim: "));
        detail.push(text(claim.status.label()));
        if !claim.answer.is_empty() {
            detail.push(text(" — "));
            detail.push(text(claim.answer.as_str()));
        }
        detail.push(muted(format!(" ({}, {})", claim.source, claim.received)));
        if assessment.claim_disagrees() {
            detail.push(text(" "));
            detail.push(Inline::Alert("disagrees with the finding"));
        }
    }
    if let Some(treatment) = &assessment.treatment {
        next(&mut detail);
        detail.push(muted("Treatment: "));
        detail.push(strong(treatment.summary()));
        if treatment.lapsed_on(report.date) {
            detail.push(text(" "));
            detail.push(Inline::Alert("lapsed: it blocks again"));
        }
        if !treatment.rationale.is_empty() {
            detail.push(text(" — "));
            detail.push(text(treatment.rationale.as_str()));
        }
    }
    for evidence in report.workspace.linked_evidence(assessment) {
        next(&mut detail);
        detail.push(muted("Evidence: "));
        detail.push(text(evidence_text(evidence, report.date)));
    }
    for action in &assessment.actions {
        next(&mut detail);
        detail.push(muted("Action: "));
        detail.push(text(action.what.as_str()));
        let mut who = vec![action.status.label().to_owned()];
        if !action.owner.is_empty() {
            who.push(format!("owner {}", action.owner));
        }
        if let Some(due) = action.due {
            who.push(format!("due {due}"));
        }
        if !who.is_empty() {
            detail.push(text(format!(" ({})", who.join(", "))));
        }
        if report.is_overdue(action) {
            detail.push(text(" "));
            detail.push(Inline::Alert("overdue"));
        }
    }
    if assessment.awaits_rejudging() {
        next(&mut detail);
        detail.push(Inline::Alert("actions done, finding not judged again"));
    }
    if assessment.flagged {
        next(&mut detail);
        detail.push(Inline::Alert("flagged for review"));
    }
    vec![
        vec![
            strong(item.id.as_str()),
            text(" "),
            text(item.title.as_str()),
        ],
        vec![Inline::Priority(finding.priority)],
        vec![Inline::Status(assessment.status)],
        detail,
    ]
}
