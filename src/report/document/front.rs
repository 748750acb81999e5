//! The first pages: title and provenance, the executive summary, and the context with
//! the assurance level.

use super::{
    Block, Inline, Line, PartKind, Table, coverage, cows, failure, muted, no_failure, part,
    percent, plural, strong, text,
};
use crate::catalogue::{Priority, Service};
use crate::report::model::{Answered, Report};
use crate::scoring::{Scorecard, Tally};
use crate::workspace::Status;

pub fn cover<'a>(report: &'a Report<'a>) -> Block<'a> {
    let catalogue = report.catalogue;
    let workspace = report.workspace;
    let assessors = if report.assessors.is_empty() {
        vec![muted("none recorded yet")]
    } else {
        let names: Vec<String> = report
            .assessors
            .iter()
            .map(|(name, count)| format!("{name} ({})", plural(*count, "judgement", "judgements")))
            .collect();
        vec![text(names.join(", "))]
    };
    let mut catalogue_line = vec![text(format!(
        "{} — {}, version {}",
        catalogue.title, catalogue.id, catalogue.version
    ))];
    if workspace.catalogue.version != catalogue.version {
        catalogue_line.push(Inline::Break);
        catalogue_line.push(muted(format!(
            "the workspace was last assessed against version {}",
            workspace.catalogue.version
        )));
    }
    let source = &catalogue.source;
    let mut source_line = format!("{}, “{}”, {}", source.publisher, source.title, source.date);
    if !source.url.is_empty() {
        source_line.push_str(" — ");
        source_line.push_str(&source.url);
    }
    Block::Part {
        kind: PartKind::Cover,
        id: "cover".to_owned(),
        blocks: vec![
            Block::Heading(1, vec![text(workspace.name.as_str())]),
            Block::Para(if workspace.decision.is_signed() {
                vec![strong("Security assessment report")]
            } else {
                vec![
                    strong("Security assessment report"),
                    text(" "),
                    Inline::Alert("DRAFT — not signed off"),
                ]
            }),
            Block::Fields(vec![
                ("Report date", vec![text(report.date.to_string())]),
                ("Assessors", assessors),
                (
                    "Providers",
                    vec![text(report.workspace.providers.len().to_string())],
                ),
                (
                    "Assurance level",
                    vec![
                        strong(report.derivation().effective.label()),
                        muted(" (tiaki's model: the guidance names no levels)"),
                    ],
                ),
                ("Catalogue", catalogue_line),
                ("Source", vec![text(source_line)]),
                (
                    "Workspace last changed",
                    vec![text(format!("{} UTC", workspace.modified.short()))],
                ),
            ]),
        ],
    }
}

/// The range a score could still reach, or "final" once every applicable item is judged.
fn reach(tally: &Tally) -> String {
    match tally.range() {
        Some(_) if tally.is_settled() => "final".to_owned(),
        Some((lowest, highest)) => format!("{lowest:.1}–{highest:.1} %"),
        None => "–".to_owned(),
    }
}

/// Required items failing but accepted: no longer blocking, shown with who accepted them;
/// then those whose acceptance has lapsed by the report's day, blocking again.
fn accepted<'a>(report: &'a Report<'a>) -> Vec<Block<'a>> {
    let mut blocks = accepted_list(
        report,
        |card| &card.accepted,
        "Accepted risks (not blocking)",
    );
    blocks.extend(accepted_list(
        report,
        |card| &card.lapsed,
        "Accepted risks that have lapsed (blocking again)",
    ));
    blocks
}

/// The items `of` each provider's scorecard names, each with who accepted it and until
/// when, under `heading`; nothing when there are none.
fn accepted_list<'a>(
    report: &'a Report<'a>,
    of: fn(&Scorecard) -> &Vec<String>,
    heading: &'static str,
) -> Vec<Block<'a>> {
    let lines: Vec<Line<'a>> = report
        .ranked()
        .flat_map(|(index, part)| {
            let card = &report.comparison.cards[index];
            of(card).iter().map(move |id| {
                let treatment = part
                    .provider
                    .assessments
                    .get(id)
                    .and_then(|assessment| assessment.treatment.as_ref());
                let by = treatment.map_or("", |t| t.approver.as_str());
                let until = treatment
                    .and_then(|t| t.until)
                    .map_or_else(String::new, |day| format!(" until {day}"));
                vec![
                    strong(part.provider.name.as_str()),
                    text(format!(
                        ": {id} {} — accepted by {by}{until}",
                        report.item_title(id)
                    )),
                ]
            })
        })
        .collect();
    if lines.is_empty() {
        return Vec::new();
    }
    vec![Block::Heading(3, vec![text(heading)]), Block::List(lines)]
}

/// The decision, its conditions and who has signed it: what a reader needs first.
fn decision<'a>(report: &'a Report<'a>) -> Vec<Block<'a>> {
    let workspace = report.workspace;
    let decision = &workspace.decision;
    let recommended = workspace
        .chosen
        .as_ref()
        .and_then(|id| workspace.provider(id))
        .map_or_else(
            || vec![muted("none recorded")],
            |provider| vec![strong(provider.name.as_str())],
        );
    let mut fields = vec![("Recommended provider", recommended)];
    if let Some(standing) = chosen_standing(report) {
        fields.push(("Its standing", standing));
    }
    if !decision.conditions.is_empty() {
        fields.push(("Conditions", vec![text(decision.conditions.as_str())]));
    }
    fields.push((
        "Sign-off",
        vec![if decision.is_signed() {
            text("signed by assessor, reviewer and approver")
        } else {
            Inline::Alert("DRAFT — not signed off")
        }],
    ));
    let rows = decision
        .signatures()
        .into_iter()
        .map(|(role, signature)| match signature {
            Some(signature) => vec![
                vec![text(role)],
                vec![text(signature.name.as_str())],
                vec![text(signature.role.as_str())],
                vec![text(signature.date.to_string())],
            ],
            None => vec![vec![text(role)], vec![muted("not signed")], vec![], vec![]],
        })
        .collect();
    let mut blocks = vec![
        Block::Heading(2, vec![text("Decision")]),
        Block::Fields(fields),
        Block::Table(Table {
            class: "signoff",
            head: cows(&["Sign-off", "Name", "Role", "Date"]),
            rows,
        }),
    ];
    let waiting = before_sign_off(report);
    if !decision.is_signed() && !waiting.is_empty() {
        blocks.push(Block::Para(vec![strong("Before sign-off")]));
        blocks.push(Block::List(waiting));
    }
    blocks
}

/// What a sign-off still waits on, so that the first page says what must be done: the
/// organisation's required readiness items that fall short, its deployment checks not yet
/// recorded, and overdue actions.
fn before_sign_off<'a>(report: &'a Report<'a>) -> Vec<Line<'a>> {
    let (readiness, deployment) = super::readiness::standings(report);
    let mut lines = Vec::new();
    let short_required: Vec<&str> = readiness
        .short
        .iter()
        .filter(|item| report.priority(item) == Priority::Required)
        .map(|item| item.id.as_str())
        .collect();
    if !short_required.is_empty() {
        lines.push(vec![text(format!(
            "Our readiness: {} not or only partly met ({}).",
            plural(short_required.len(), "required item", "required items"),
            short_required.join(", ")
        ))]);
    }
    if readiness.recorded < readiness.total {
        lines.push(vec![text(format!(
            "Our readiness: {} of {} items not recorded yet.",
            readiness.total - readiness.recorded,
            readiness.total
        ))]);
    }
    if let Some(deployment) = deployment
        && deployment.recorded < deployment.total
    {
        lines.push(vec![text(format!(
            "Deployment checklist: {} of {} checks not recorded yet.",
            deployment.total - deployment.recorded,
            deployment.total
        ))]);
    }
    let overdue = report.overdue();
    if overdue > 0 {
        lines.push(vec![
            Inline::Alert("overdue"),
            text(format!(
                " {} (see the action plan).",
                plural(overdue, "action", "actions")
            )),
        ]);
    }
    lines
}

/// Where the recommended provider stands: its place, and an alert when the decision goes
/// against the ranking (a disqualified provider chosen), so no reader takes it for the
/// verdict's own choice.
fn chosen_standing<'a>(report: &'a Report<'a>) -> Option<Line<'a>> {
    let workspace = report.workspace;
    let chosen = workspace.chosen.as_ref()?;
    let index = workspace.providers.iter().position(|p| &p.id == chosen)?;
    let comparison = &report.comparison;
    let place = format!(
        "ranked #{} of {}",
        comparison.rank_of(index),
        workspace.providers.len()
    );
    Some(match comparison.against_the_ranking(index) {
        Some(why) => {
            vec![
                text(format!("{place}; ")),
                Inline::Alert("disqualified"),
                text(format!(
                    " — {why}. Chosen against the ranking: the conditions must say why."
                )),
            ]
        }
        None => vec![text(format!("{place}, with no disqualifying failure"))],
    })
}

pub fn summary<'a>(report: &'a Report<'a>) -> Block<'a> {
    let mut blocks = decision(report);
    blocks.push(Block::Heading(2, vec![text("Executive summary")]));
    blocks.push(Block::List(headlines(report)));
    if report.providers.is_empty() {
        return part(PartKind::Summary, blocks);
    }
    let rows = report
        .ranked()
        .enumerate()
        .map(|(place, (index, part))| {
            let card = &report.comparison.cards[index];
            let failures = card.disqualifying.len();
            vec![
                vec![text((place + 1).to_string())],
                vec![text(part.provider.name.as_str())],
                vec![strong(percent(&card.overall))],
                vec![text(reach(&card.overall))],
                vec![text(coverage(&card.overall))],
                vec![text(card.overall.unknown.to_string())],
                if failures == 0 {
                    no_failure(&card.overall)
                } else {
                    vec![Inline::Alert("disqualified"), text(format!(" {failures}"))]
                },
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        class: "ranking",
        head: cows(&[
            "Rank",
            "Provider",
            "Score",
            "Could reach",
            "Coverage",
            "Unknown",
            "Disqualifying failures",
        ]),
        rows,
    }));
    blocks.extend(super::charts::charts(report));
    let failures: Vec<Line<'a>> = report
        .ranked()
        .filter(|(_, part)| !part.summary.disqualifying.is_empty())
        .map(|(_, part)| {
            let items: Vec<String> = part
                .summary
                .disqualifying
                .iter()
                .map(|id| failure(report, part.provider, id))
                .collect();
            vec![
                strong(part.provider.name.as_str()),
                text(format!(": {}", items.join("; "))),
            ]
        })
        .collect();
    if !failures.is_empty() {
        let level = report.derivation().effective.label();
        blocks.push(Block::Heading(3, vec![text("Disqualifying failures")]));
        blocks.push(Block::Para(vec![text(if report.unknown_disqualifies() {
            format!(
                "Required items at the {level} level that are not met or Unknown; as asked \
                 for this report, an Unknown required item counts as failing:"
            )
        } else {
            format!("Required items at the {level} level that are not met:")
        })]));
        blocks.push(Block::List(failures));
    }
    blocks.extend(accepted(report));
    blocks.extend(ranking_changes(report));
    part(PartKind::Summary, blocks)
}

/// How many single judgements "What would change the ranking" names one by one at most;
/// it says how many more there are, and the JSON report lists every one.
const SWING_LIMIT: usize = 10;

/// The two providers ranked first and the single judgements that would swap them:
/// required items first, then those that bring the two scores closest together. When any
/// one of the leader's required items would do, or any one of the runner-up's items not
/// yet Met, one line says so instead of a list.
fn ranking_changes<'a>(report: &'a Report<'a>) -> Vec<Block<'a>> {
    let Some(swings) = &report.swings else {
        return Vec::new();
    };
    let leader = report.provider_name(swings.leader);
    let runner_up = report.provider_name(swings.runner_up);
    let mut blocks = vec![Block::Heading(
        3,
        vec![text("What would change the ranking")],
    )];
    if swings.is_empty() {
        blocks.push(Block::Para(vec![text(format!(
            "{leader} ranks first and {runner_up} second; no single judgement, changed on \
             its own, would swap them."
        ))]));
        return blocks;
    }
    let listed = swings.listed();
    let mut intro = format!(
        "{leader} ranks first and {runner_up} second. {} would each, changed on its own, \
         swap them: an item of the runner-up's judged Met instead, or one of the leader's \
         judged Not met.",
        plural(swings.len(), "single judgement", "single judgements")
    );
    if listed.len() > 1 {
        intro.push_str(
            " Listed with required items first, then those that bring the two scores \
             closest together.",
        );
    }
    blocks.push(Block::Para(vec![text(intro)]));
    let mut lines: Vec<Line<'a>> = Vec::new();
    if let Some(count) = swings.any_required_rules_out_leader() {
        lines.push(vec![
            strong(leader),
            text(format!(
                ": any one of the {count} required items it meets or partly meets, judged \
                 Not met instead, would be {} disqualifying failure and put {runner_up} first.",
                if report.comparison.cards[swings.leader].is_disqualified() {
                    "one more"
                } else {
                    "a"
                }
            )),
        ]);
    }
    if let Some(count) = swings.any_item_puts_runner_up_first() {
        lines.push(vec![
            strong(runner_up),
            text(format!(
                ": any one of the {count} items it does not yet meet, judged Met instead, \
                 would put it first."
            )),
        ]);
    }
    for swing in listed.iter().take(SWING_LIMIT) {
        let name = report
            .workspace
            .provider(&swing.provider)
            .map_or("", |provider| provider.name.as_str());
        let outcome = if swing.to == Status::Met {
            "would put it first"
        } else {
            "would take it out of first place"
        };
        lines.push(vec![
            strong(name),
            text(format!(
                ": {} {} (",
                swing.item,
                report.item_title(&swing.item)
            )),
            Inline::Priority(swing.priority),
            text(format!(
                ") — {} instead of {} {outcome}.",
                swing.to.label(),
                swing.from.label(),
            )),
        ]);
    }
    if swings.any_required_rules_out_leader().is_some() && swings.runner_up_gains() == 0 {
        lines.push(vec![
            strong(runner_up),
            text(": no single item of its own, judged Met instead, would put it first."),
        ]);
    }
    blocks.push(Block::List(lines));
    if listed.len() > SWING_LIMIT {
        let rest = listed.len() - SWING_LIMIT;
        let what = if rest == 1 {
            "single judgement"
        } else {
            "single judgements"
        };
        blocks.push(Block::Para(vec![text(format!(
            "… and {rest} more {what}; the JSON report lists every one."
        ))]));
    }
    blocks
}

/// The sentences a decision-maker reads first.
/// How this report treats a required item left Unknown, and which providers have any: a
/// reader must not take "no disqualifying failure" for "nothing required is in doubt".
fn unknown_rule(report: &Report<'_>, level: &str) -> String {
    let rule = if report.unknown_disqualifies() {
        format!(
            "Unknown disqualifies in this report (at {level}): a required item left Unknown \
             rules a provider out, as a failure does."
        )
    } else {
        format!(
            "Unknown does not disqualify in this report (at {level}): a required item left \
             Unknown earns no points but does not rule a provider out."
        )
    };
    let required: Vec<&str> = report
        .catalogue
        .assessable_items()
        .map(|(_, item)| item)
        .filter(|item| report.in_scope(item) && report.priority(item) == Priority::Required)
        .map(|item| item.id.as_str())
        .collect();
    let open: Vec<String> = report
        .ranked()
        .filter_map(|(_, part)| {
            let count = required
                .iter()
                .filter(|id| {
                    part.provider
                        .assessments
                        .get(**id)
                        .is_some_and(|assessment| assessment.status == Status::Unknown)
                })
                .count();
            (count > 0).then(|| format!("{} {count}", part.provider.name.trim()))
        })
        .collect();
    if open.is_empty() {
        rule
    } else {
        format!("{rule} Required items left Unknown: {}.", open.join(", "))
    }
}

fn headlines<'a>(report: &Report<'a>) -> Vec<Line<'a>> {
    let level = report.derivation().effective.label();
    let total = report.providers.len();
    if total == 0 {
        return vec![vec![text(
            "No providers have been added to this assessment yet.",
        )]];
    }
    let cards = &report.comparison.cards;
    let verdict = report.comparison.verdict();
    let mut lines = vec![vec![strong(verdict.headline)]];
    if let Some(standing) = verdict.standing {
        lines.push(vec![text(standing)]);
    }
    let disqualified = cards.iter().filter(|card| card.is_disqualified()).count();
    if disqualified > 0 {
        let fail = if report.unknown_disqualifies() {
            "fail, or leave Unknown,"
        } else {
            "fail"
        };
        lines.push(vec![text(format!(
            "{disqualified} of {total} providers {fail} at least one item required at the \
             {level} level."
        ))]);
    }
    let mut overall = Tally::default();
    for card in cards {
        overall.assessed += card.overall.assessed;
        overall.applicable += card.overall.applicable;
        overall.unknown += card.overall.unknown;
    }
    lines.push(vec![text(if overall.applicable == 0 {
        "Coverage: – (no item applies to any provider).".to_owned()
    } else {
        format!(
            "Coverage: {} applicable judgements recorded across all providers; {} could \
             not be answered (Unknown).",
            coverage(&overall),
            overall.unknown
        )
    })]);
    lines.push(vec![text(unknown_rule(report, level))]);
    let flagged: usize = report.providers.iter().map(|part| part.flagged).sum();
    let unjustified: usize = report.providers.iter().map(|part| part.unjustified).sum();
    if flagged > 0 {
        lines.push(vec![text(format!(
            "{} marked for a second look.",
            plural(flagged, "judgement is", "judgements are")
        ))]);
    }
    if unjustified > 0 {
        lines.push(vec![text(format!(
            "{} Unknown or Not applicable without the note that should say why.",
            plural(unjustified, "judgement is", "judgements are")
        ))]);
    }
    if !report.derivation().unanswered.is_empty() {
        lines.push(vec![text(format!(
            "{} not answered yet; the assurance level may rise when {}.",
            plural(
                report.derivation().unanswered.len(),
                "context question is",
                "context questions are"
            ),
            if report.derivation().unanswered.len() == 1 {
                "it is"
            } else {
                "they are"
            }
        ))]);
    }
    lines
}

pub fn context<'a>(report: &'a Report<'a>) -> Block<'a> {
    let derivation = report.derivation();
    let mut blocks = vec![
        Block::Heading(2, vec![text("Context and assurance level")]),
        Block::Para(vec![text(
            "The organisation's answers to the context questions (from the guidance's \
             Understanding your context, with the GCDO cloud risk questions it points to) set the assurance level, \
             and the level sets each item's priority: required, recommended or optional. The \
             levels Baseline, Enhanced and High are tiaki's model; the guidance names no levels.",
        )]),
    ];
    let mut level = vec![strong(derivation.effective.label())];
    match &derivation.override_reason {
        Some(reason) => {
            level.push(text(format!(
                ", set by the assessor (the answers call for {}). Reason: ",
                derivation.derived.label()
            )));
            level.push(text(reason.as_str()));
        }
        None => level.push(text(", derived from the answers")),
    }
    let services = match &derivation.needed_services {
        None => vec![muted("not answered yet, so every item counts")],
        Some(needed) if needed.is_empty() => vec![muted("none chosen")],
        Some(needed) => {
            let labels: Vec<&str> = needed.iter().copied().map(Service::label).collect();
            vec![text(labels.join(", "))]
        }
    };
    blocks.push(Block::Fields(vec![
        ("Assurance level", level),
        ("Services needed", services),
    ]));
    if derivation.reasons.is_empty() {
        blocks.push(Block::Para(vec![text(
            "No answer calls for more than the Baseline level.",
        )]));
    } else {
        blocks.push(Block::Para(vec![text("Why:")]));
        blocks.push(Block::List(
            derivation
                .reasons
                .iter()
                .map(|reason| {
                    // A capped answer says what it would have called for, and why not,
                    // as the Context view does: otherwise "calls for Baseline" beside an
                    // option marked Enhanced reads as a mistake.
                    let cap = match (reason.capped_from, &derivation.cap) {
                        (Some(from), Some(cap)) => format!(
                            " (it would call for {}, capped by {} “{}”)",
                            from.label(),
                            cap.question,
                            cap.answer
                        ),
                        _ => String::new(),
                    };
                    vec![text(format!(
                        "{} ({}): “{}” calls for {}{cap}.",
                        reason.question_title,
                        reason.question,
                        reason.answer,
                        reason.level.label()
                    ))]
                })
                .collect(),
        ));
    }
    let rows = report
        .context
        .iter()
        .map(|line| {
            let answer = match &line.answer {
                Answered::Missing => vec![muted("not answered")],
                Answered::Options(labels) => vec![text(labels.join("; "))],
                Answered::Text(value) => vec![text(*value)],
            };
            vec![
                vec![text(line.question.id.as_str())],
                vec![text(line.question.title.as_str())],
                answer,
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        class: "answers",
        head: cows(&["Id", "Question", "Answer"]),
        rows,
    }));
    if !derivation.stale.is_empty() {
        blocks.push(Block::Para(vec![text(
            "Answers the catalogue no longer understands (kept, but not counted):",
        )]));
        blocks.push(Block::List(
            derivation
                .stale
                .iter()
                .map(|stale| {
                    vec![text(format!(
                        "{}: “{}” — {}",
                        stale.question, stale.answer, stale.problem
                    ))]
                })
                .collect(),
        ));
    }
    part(PartKind::Context, blocks)
}
