//! The report for other tools: the whole workspace, exactly as `tiaki export --format json`
//! writes it, with the figures tiaki computes from it. The shape is versioned by
//! `report_version` and documented in docs/formats.md.

use std::collections::BTreeSet;

use serde::Serialize;

mod history;

use super::model::Report;
use crate::catalogue::{AssuranceLevel, Priority, Property, Service, Source};
use crate::codec::{self, DecodeError};
use crate::compare::Verdict;
use crate::plan::Owner;
use crate::scoring::Tally;
use crate::workspace::{
    ActionStatus, Day, EvidenceId, FileState, ProviderId, Status, Subject, Workspace,
};

/// Goes up when a field is removed, renamed or changes meaning; adding one does not
/// (`ranking_changes` was added in version 1).
pub const REPORT_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    report_version: u32,
    date: Day,
    generator: String,
    catalogue: CatalogueInfo<'a>,
    assurance: Assurance<'a>,
    /// The first words of every readable report, and whether the ranking is final.
    verdict: Verdict,
    /// Provider ids, best first.
    ranking: Vec<&'a ProviderId>,
    /// One per provider, in the workspace's order.
    scores: Vec<Scores<'a>>,
    /// Each provider's stated cryptography checked against the workspace's NZISM
    /// version, as the readable reports show it; providers that stated none are left out.
    crypto: Vec<Crypto<'a>>,
    /// The single judgements that would swap the two providers ranked first; null with
    /// fewer than two providers.
    ranking_changes: Option<RankingChanges<'a>>,
    actions: Vec<PlannedAction<'a>>,
    /// Evidence expired at the report's date, or whose file a check found changed,
    /// missing or unreadable, with the items relying on it.
    evidence_attention: Vec<Attention<'a>>,
    /// What the readable reports say of the history: the record itself is in `workspace`.
    history: history::History<'a>,
    workspace: &'a Workspace,
}

#[derive(Serialize)]
struct Crypto<'a> {
    provider_id: &'a ProviderId,
    /// The NZISM version checked against, e.g. `3.9`.
    nzism: &'static str,
    checks: Vec<CryptoCheck>,
}

#[derive(Serialize)]
struct CryptoCheck {
    parameter: &'static str,
    /// The value as stated, in canonical form; null when not stated.
    stated: Option<String>,
    /// `meets`, `meets, with advice`, `falls short`, `no figure held`, `recorded, not
    /// judged` or `not stated`.
    verdict: &'static str,
    /// One sentence a reader can act on.
    why: String,
}

#[derive(Serialize)]
struct Attention<'a> {
    id: &'a EvidenceId,
    title: &'a str,
    /// `changed since recorded`, `missing` or `unreadable`; null when not checked or
    /// unchanged.
    file: Option<&'static str>,
    expired: bool,
    relied_on_by: Vec<ReliedOn<'a>>,
}

#[derive(Serialize)]
struct ReliedOn<'a> {
    /// `provider`, `readiness` or `deployment`, as for actions.
    part: &'static str,
    provider_id: Option<&'a ProviderId>,
    item_id: &'a str,
}

#[derive(Serialize)]
struct CatalogueInfo<'a> {
    id: &'a str,
    version: &'a str,
    title: &'a str,
    source: &'a Source,
}

#[derive(Serialize)]
struct Assurance<'a> {
    /// The overall level: the highest of the three properties'.
    derived: AssuranceLevel,
    effective: AssuranceLevel,
    /// The level in force for each property (tiaki's model, not a term of the guidance).
    levels: Levels,
    override_reason: Option<&'a str>,
    reasons: Vec<Reason<'a>>,
    unanswered: &'a [String],
    stale: Vec<Stale<'a>>,
    needed_services: Option<&'a BTreeSet<Service>>,
}

#[derive(Serialize)]
struct Reason<'a> {
    question: &'a str,
    question_title: &'a str,
    answer: &'a str,
    level: AssuranceLevel,
    properties: &'a [Property],
    /// The level the answer asked for, when a consequence answer capped it.
    capped_from: Option<AssuranceLevel>,
}

#[derive(Serialize)]
struct Levels {
    confidentiality: AssuranceLevel,
    integrity: AssuranceLevel,
    availability: AssuranceLevel,
}

#[derive(Serialize)]
struct Stale<'a> {
    question: &'a str,
    answer: &'a str,
    problem: &'a str,
}

#[derive(Serialize)]
struct Scores<'a> {
    provider_id: &'a ProviderId,
    provider: &'a str,
    rank: usize,
    disqualified: bool,
    disqualifying: &'a [String],
    /// Required items failing whose risk is accepted and in force: not blocking.
    accepted: &'a [String],
    /// Required items whose acceptance lapsed before the report's date: also in
    /// `disqualifying`.
    lapsed: &'a [String],
    overall: Figures,
    sections: Vec<SectionScore<'a>>,
}

#[derive(Serialize)]
struct SectionScore<'a> {
    section: &'a str,
    #[serde(flatten)]
    figures: Figures,
}

#[derive(Serialize)]
struct Figures {
    /// Rounded to one decimal, as the readable reports show it; null when nothing applies.
    percent: Option<f64>,
    /// The lowest and highest the percentage could still reach, every open item failing
    /// or met (rounded alike); equal once every applicable item is judged.
    lowest: Option<f64>,
    highest: Option<f64>,
    earned_points: f64,
    possible_points: u32,
    applicable: usize,
    assessed: usize,
    unknown: usize,
}

impl From<&Tally> for Figures {
    fn from(tally: &Tally) -> Self {
        let rounded = |value: f64| (value * 10.0).round() / 10.0;
        let range = tally.range();
        Self {
            percent: tally.percent().map(rounded),
            lowest: range.map(|(lowest, _)| rounded(lowest)),
            highest: range.map(|(_, highest)| rounded(highest)),
            earned_points: f64::from(tally.earned_halves) / 2.0,
            possible_points: tally.possible,
            applicable: tally.applicable,
            assessed: tally.assessed,
            unknown: tally.unknown,
        }
    }
}

#[derive(Serialize)]
struct RankingChanges<'a> {
    leader: &'a ProviderId,
    runner_up: &'a ProviderId,
    /// How many single judgements would swap them: `swings` holds every one.
    count: usize,
    /// When each required item the leader meets or partly meets would, judged Not met,
    /// swap them (at least two): how many. Readable reports say so in one sentence.
    any_required_rules_out_leader: Option<usize>,
    /// When each item the runner-up does not yet meet (nor is Not applicable) would, judged
    /// Met, put it first (at least two): how many.
    any_item_puts_runner_up_first: Option<usize>,
    /// Required items first, then those that bring the two scores closest together.
    swings: Vec<SwingEntry<'a>>,
}

#[derive(Serialize)]
struct SwingEntry<'a> {
    provider_id: &'a ProviderId,
    item_id: &'a str,
    from: Status,
    to: Status,
    priority: Priority,
    /// Percentage points the change alone brings the two overall scores together, to one
    /// decimal.
    shift: f64,
}

#[derive(Serialize)]
struct PlannedAction<'a> {
    /// `provider`, `readiness` (the organisation's own item) or `deployment` (the chosen
    /// provider's deployment checklist).
    part: &'static str,
    /// Null for the organisation's readiness.
    provider_id: Option<&'a ProviderId>,
    item_id: &'a str,
    /// The item's status.
    status: Status,
    what: &'a str,
    owner: &'a str,
    due: Option<Day>,
    /// Not closed and due before the report's date.
    overdue: bool,
    action_status: ActionStatus,
    closing_note: &'a str,
    opened: Option<Day>,
    closed: Option<Day>,
}

pub fn render(report: &Report<'_>) -> Result<String, DecodeError> {
    let derivation = report.derivation();
    let catalogue = report.catalogue;
    let comparison = &report.comparison;
    let document = JsonReport {
        report_version: REPORT_VERSION,
        date: report.date,
        generator: format!("tiaki {}", env!("CARGO_PKG_VERSION")),
        catalogue: CatalogueInfo {
            id: &catalogue.id,
            version: &catalogue.version,
            title: &catalogue.title,
            source: &catalogue.source,
        },
        assurance: Assurance {
            derived: derivation.derived,
            effective: derivation.effective,
            levels: Levels {
                confidentiality: derivation.levels.confidentiality,
                integrity: derivation.levels.integrity,
                availability: derivation.levels.availability,
            },
            override_reason: derivation.override_reason.as_deref(),
            reasons: derivation
                .reasons
                .iter()
                .map(|reason| Reason {
                    question: &reason.question,
                    question_title: &reason.question_title,
                    answer: &reason.answer,
                    level: reason.level,
                    properties: &reason.properties,
                    capped_from: reason.capped_from,
                })
                .collect(),
            unanswered: &derivation.unanswered,
            stale: derivation
                .stale
                .iter()
                .map(|stale| Stale {
                    question: &stale.question,
                    answer: &stale.answer,
                    problem: &stale.problem,
                })
                .collect(),
            needed_services: derivation.needed_services.as_ref(),
        },
        verdict: comparison.verdict(),
        ranking: comparison
            .ranking
            .iter()
            .map(|&index| &report.providers[index].provider.id)
            .collect(),
        scores: report
            .providers
            .iter()
            .zip(&comparison.cards)
            .enumerate()
            .map(|(index, (part, card))| Scores {
                provider_id: &part.provider.id,
                provider: &part.provider.name,
                rank: comparison.rank_of(index),
                disqualified: card.is_disqualified(),
                disqualifying: &card.disqualifying,
                accepted: &card.accepted,
                lapsed: &card.lapsed,
                overall: Figures::from(&card.overall),
                sections: card
                    .sections
                    .iter()
                    .map(|(section, tally)| SectionScore {
                        section,
                        figures: Figures::from(tally),
                    })
                    .collect(),
            })
            .collect(),
        crypto: {
            let context = &report.workspace.context;
            report
                .workspace
                .providers
                .iter()
                .filter(|provider| !provider.crypto.is_empty())
                .map(|provider| Crypto {
                    provider_id: &provider.id,
                    nzism: context.nzism.number(),
                    checks: crate::nzism::check(
                        &provider.crypto,
                        context.nzism,
                        context.classification(),
                    )
                    .into_iter()
                    .map(|check| CryptoCheck {
                        parameter: check.parameter.label(),
                        verdict: check.outcome.label(),
                        stated: check.stated,
                        why: check.sentence,
                    })
                    .collect(),
                })
                .collect()
        },
        ranking_changes: report.swings.as_ref().map(|swings| RankingChanges {
            leader: &report.providers[swings.leader].provider.id,
            runner_up: &report.providers[swings.runner_up].provider.id,
            count: swings.len(),
            any_required_rules_out_leader: swings.any_required_rules_out_leader(),
            any_item_puts_runner_up_first: swings.any_item_puts_runner_up_first(),
            swings: swings
                .all
                .iter()
                .map(|swing| SwingEntry {
                    provider_id: &swing.provider,
                    item_id: &swing.item,
                    from: swing.from,
                    to: swing.to,
                    priority: swing.priority,
                    shift: (swing.shift * 10.0).round() / 10.0,
                })
                .collect(),
        }),
        actions: report
            .actions
            .iter()
            .map(|planned| PlannedAction {
                part: match planned.owner {
                    Owner::Readiness => "readiness",
                    Owner::Provider(_) => "provider",
                    Owner::Deployment(_) => "deployment",
                },
                provider_id: planned
                    .owner
                    .provider()
                    .map(|index| &report.providers[index].provider.id),
                item_id: planned.item,
                status: planned.status,
                what: &planned.action.what,
                owner: &planned.action.owner,
                due: planned.action.due,
                overdue: report.is_overdue(planned.action),
                action_status: planned.action.status,
                closing_note: &planned.action.closing_note,
                opened: planned.action.opened,
                closed: planned.action.closed,
            })
            .collect(),
        evidence_attention: report
            .evidence
            .iter()
            .map(|concern| Attention {
                id: &concern.entry.id,
                title: &concern.entry.title,
                file: concern.file.map(FileState::label),
                expired: concern.expired,
                relied_on_by: concern
                    .links
                    .iter()
                    .map(|link| ReliedOn {
                        part: part(&link.subject),
                        provider_id: link.subject.provider(),
                        item_id: &link.item,
                    })
                    .collect(),
            })
            .collect(),
        history: history::History::of(&report.history),
        workspace: report.workspace,
    };
    codec::to_json(&document)
}

/// Which part of the workspace an item belongs to, as actions and evidence name it.
fn part(subject: &Subject) -> &'static str {
    match subject {
        Subject::Provider(_) => "provider",
        Subject::Readiness => "readiness",
        Subject::Deployment(_) => "deployment",
    }
}
