//! The report's content, computed once from the catalogue and the workspace: every figure
//! and list any format shows. Writers only arrange and escape what is here.

mod history;

use std::collections::BTreeMap;

pub use history::{HistorySummary, ItemChange};

use crate::assurance::{self, Derivation};
use crate::catalogue::{AnswerSpec, Catalogue, Item, Priority, Section};
use crate::compare::{self, Comparison};
use crate::plan::{self, Planned};
use crate::scoring::{ScoreOptions, Swings, Tally, in_scope};
use crate::workspace::{
    Action, Answer, Assessment, Concern, Day, Evidence, FileStates, Provider, Stamp, Status,
    Workspace,
};

/// No file checked: a report then lists expired evidence only.
static NO_FILES: FileStates = FileStates::new();

/// Choices that shape a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The day the report speaks for: printed on it, and what "overdue" is measured
    /// against. Passed in, never read from the clock here, so output is reproducible.
    pub date: Day,
    pub scoring: ScoreOptions,
    /// List every change to a finding made on or after this day.
    pub since: Option<Day>,
}

/// Everything a report shows, in the order it is shown.
pub struct Report<'a> {
    pub catalogue: &'a Catalogue,
    pub workspace: &'a Workspace,
    pub date: Day,
    /// Scores, ranking and the assurance derivation, as the Compare view computes them.
    pub comparison: Comparison<'a>,
    /// Everyone named as the last to change a judgement, with how many: most first.
    pub assessors: Vec<(&'a str, usize)>,
    pub context: Vec<ContextLine<'a>>,
    /// The comparison table: one row per section that has assessable items.
    pub sections: Vec<SectionRow<'a>>,
    /// In the workspace's order; `comparison.ranking` gives the order to show them in.
    pub providers: Vec<ProviderPart<'a>>,
    /// Every action, soonest due first.
    pub actions: Vec<Planned<'a>>,
    /// Every single judgement that would swap the two providers ranked first; `None` with
    /// fewer than two providers.
    pub swings: Option<Swings>,
    /// The history: whether it verifies, who changed how much and when.
    pub history: HistorySummary,
    /// Evidence needing attention: expired at the report's date, or a file a check found
    /// changed, missing or unreadable (`with_checked_files`), with the items relying on it.
    pub evidence: Vec<Concern<'a>>,
    /// Whether the evidence files were checked against their hashes for this report.
    pub files_checked: bool,
}

/// A context question and what the organisation answered.
pub struct ContextLine<'a> {
    pub question: &'a Item,
    pub answer: Answered<'a>,
}

pub enum Answered<'a> {
    Missing,
    /// The labels of the chosen options; an id the catalogue does not know is kept as is.
    Options(Vec<&'a str>),
    Text(&'a str),
}

/// How many of a provider's in-scope items hold each status, indexed as `Status::ALL`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusCounts([usize; Status::ALL.len()]);

impl StatusCounts {
    pub fn get(&self, status: Status) -> usize {
        self.0[status_index(status)]
    }

    fn add(&mut self, status: Status) {
        self.0[status_index(status)] += 1;
    }
}

fn status_index(status: Status) -> usize {
    Status::ALL
        .iter()
        .position(|&each| each == status)
        .unwrap_or_default()
}

/// One row of the comparison table: a section and, per provider in the workspace's order,
/// its score and how its items stand.
pub struct SectionRow<'a> {
    pub section: &'a Section,
    pub cells: Vec<(Tally, StatusCounts)>,
}

/// One provider's findings.
pub struct ProviderPart<'a> {
    pub provider: &'a Provider,
    pub summary: compare::Summary<'a>,
    pub counts: StatusCounts,
    /// Sections with assessable items, in catalogue order.
    pub sections: Vec<SectionPart<'a>>,
    pub flagged: usize,
    /// Unknown and Not applicable judgements without the note that should say why.
    pub unjustified: usize,
    /// The latest change to any of its judgements.
    pub last_change: Option<&'a Stamp>,
    /// Judgements by who last changed them: most first.
    pub by_assessor: Vec<(&'a str, usize)>,
}

pub struct SectionPart<'a> {
    pub section: &'a Section,
    /// Items with something recorded, in catalogue order.
    pub findings: Vec<Finding<'a>>,
    /// In-scope items nobody has looked at yet.
    pub not_assessed: Vec<&'a Item>,
}

pub struct Finding<'a> {
    pub item: &'a Item,
    pub priority: Priority,
    /// False for an item about a service the organisation does not need: it does not count.
    pub in_scope: bool,
    pub assessment: &'a Assessment,
}

impl<'a> Report<'a> {
    /// Computes the report; pure, so the same inputs always give the same report.
    pub fn build(catalogue: &'a Catalogue, workspace: &'a Workspace, options: Options) -> Self {
        let derivation = assurance::derive(catalogue, &workspace.context);
        // Scored on the report's own day, whatever the options say: an accepted risk that
        // has lapsed by then blocks in the report as it does on that day in the TUI.
        let scoring = ScoreOptions {
            on: Some(options.date),
            ..options.scoring
        };
        let comparison = Comparison::new(
            catalogue,
            &workspace.providers,
            derivation,
            scoring,
            compare::Sort::Rank,
        );
        let providers: Vec<ProviderPart<'a>> = workspace
            .providers
            .iter()
            .enumerate()
            .map(|(index, provider)| {
                provider_part(
                    catalogue,
                    comparison.derivation(),
                    provider,
                    &comparison,
                    index,
                )
            })
            .collect();
        let assessors = most_first(
            providers
                .iter()
                .flat_map(|part| part.by_assessor.iter().copied()),
        );
        let sections = section_rows(catalogue, &comparison, &workspace.providers);
        let swings = comparison.swings();
        Self {
            catalogue,
            workspace,
            date: options.date,
            context: context_lines(catalogue, workspace),
            sections,
            providers,
            actions: plan::actions(
                catalogue,
                workspace,
                &plan::Filter::default(),
                options.date,
                plan::Sort::Due,
            ),
            assessors,
            swings,
            comparison,
            history: HistorySummary::of(workspace, options.since),
            evidence: workspace.evidence_concerns(&NO_FILES, options.date),
            files_checked: false,
        }
    }

    /// The same report, also listing what a check of the evidence files found.
    #[must_use]
    pub fn with_checked_files(mut self, files: &'a FileStates) -> Self {
        self.evidence = self.workspace.evidence_concerns(files, self.date);
        self.files_checked = !files.is_empty();
        self
    }

    pub fn derivation(&self) -> &Derivation {
        self.comparison.derivation()
    }

    /// Providers' indexes in the order the report shows them: best first.
    pub fn ranked(&self) -> impl Iterator<Item = (usize, &ProviderPart<'a>)> {
        self.comparison
            .ranking
            .iter()
            .map(|&index| (index, &self.providers[index]))
    }

    /// An item's priority at the workspace's assurance level.
    pub fn priority(&self, item: &Item) -> Priority {
        self.derivation().priority(item)
    }

    /// Whether an item counts here: it concerns a service the organisation needs.
    pub fn in_scope(&self, item: &Item) -> bool {
        in_scope(item, self.derivation())
    }

    /// How many of the planned actions are overdue on the report's date.
    pub fn overdue(&self) -> usize {
        self.actions
            .iter()
            .filter(|planned| self.is_overdue(planned.action))
            .count()
    }

    /// Whether an action not yet closed was due before the report's date.
    pub fn is_overdue(&self, action: &Action) -> bool {
        action.is_overdue(self.date)
    }

    /// The name of the provider at `index`, for the action plan and the swings.
    pub fn provider_name(&self, index: usize) -> &'a str {
        self.providers
            .get(index)
            .map_or("", |part| part.provider.name.as_str())
    }

    /// Whether a required item left Unknown counts as a disqualifying failure.
    pub fn unknown_disqualifies(&self) -> bool {
        self.comparison.options().unknown_disqualifies
    }

    /// The title of a catalogue item, or "" for an id it does not have.
    pub fn item_title(&self, id: &str) -> &'a str {
        self.catalogue
            .item(id)
            .map_or("", |item| item.title.as_str())
    }
}

fn context_lines<'a>(catalogue: &'a Catalogue, workspace: &'a Workspace) -> Vec<ContextLine<'a>> {
    catalogue
        .context_questions()
        .map(|question| {
            let options = question
                .answer
                .as_ref()
                .map_or(&[][..], AnswerSpec::options);
            let label = |id: &'a String| {
                options
                    .iter()
                    .find(|option| &option.id == id)
                    .map_or(id.as_str(), |option| option.label.as_str())
            };
            let answer = match workspace.context.answers.get(&question.id) {
                None => Answered::Missing,
                Some(Answer::Text(text)) if text.trim().is_empty() => Answered::Missing,
                Some(Answer::Text(text)) => Answered::Text(text),
                Some(Answer::Choice(id)) => Answered::Options(vec![label(id)]),
                Some(Answer::Choices(ids)) if ids.is_empty() => Answered::Missing,
                Some(Answer::Choices(ids)) => Answered::Options(ids.iter().map(label).collect()),
            };
            ContextLine { question, answer }
        })
        .collect()
}

fn section_rows<'a>(
    catalogue: &'a Catalogue,
    comparison: &Comparison<'a>,
    providers: &[Provider],
) -> Vec<SectionRow<'a>> {
    catalogue
        .sections
        .iter()
        .filter(|section| assessable(section).next().is_some())
        .map(|section| SectionRow {
            section,
            cells: providers
                .iter()
                .zip(&comparison.cards)
                .map(|(provider, card)| {
                    let tally = card.section(&section.id).copied().unwrap_or_default();
                    let counts = count(
                        assessable(section).filter(|item| in_scope(item, comparison.derivation())),
                        provider,
                    );
                    (tally, counts)
                })
                .collect(),
        })
        .collect()
}

fn assessable(section: &Section) -> impl Iterator<Item = &Item> {
    section.items.iter().filter(|item| item.is_for_provider())
}

fn status_of(provider: &Provider, item: &Item) -> Status {
    provider
        .assessments
        .get(&item.id)
        .map_or(Status::NotAssessed, |assessment| assessment.status)
}

fn count<'i>(items: impl Iterator<Item = &'i Item>, provider: &Provider) -> StatusCounts {
    let mut counts = StatusCounts::default();
    for item in items {
        counts.add(status_of(provider, item));
    }
    counts
}

fn provider_part<'a>(
    catalogue: &'a Catalogue,
    derivation: &Derivation,
    provider: &'a Provider,
    comparison: &Comparison<'a>,
    index: usize,
) -> ProviderPart<'a> {
    let sections = catalogue
        .sections
        .iter()
        .filter(|section| assessable(section).next().is_some())
        .map(|section| {
            let mut part = SectionPart {
                section,
                findings: Vec::new(),
                not_assessed: Vec::new(),
            };
            for item in assessable(section) {
                let scoped = in_scope(item, derivation);
                match provider.assessments.get(&item.id) {
                    Some(assessment) => part.findings.push(Finding {
                        item,
                        priority: derivation.priority(item),
                        in_scope: scoped,
                        assessment,
                    }),
                    None if scoped => part.not_assessed.push(item),
                    None => {}
                }
            }
            part
        })
        .collect();
    let assessments = || provider.assessments.values();
    ProviderPart {
        provider,
        summary: comparison.summary(index),
        counts: count(
            catalogue
                .assessable_items()
                .map(|(_, item)| item)
                .filter(|item| in_scope(item, derivation)),
            provider,
        ),
        sections,
        flagged: assessments().filter(|a| a.flagged).count(),
        unjustified: assessments().filter(|a| a.lacks_justification()).count(),
        last_change: assessments()
            .filter_map(|a| a.changed.as_ref())
            .max_by(|a, b| a.at.cmp(&b.at).then_with(|| b.by.cmp(&a.by))),
        by_assessor: most_first(
            assessments()
                .filter_map(|a| a.changed.as_ref())
                .map(|change| (change.by.as_str(), 1)),
        ),
    }
}

/// Sums counts per name; most first, then by name, so the order never depends on chance.
fn most_first<'a>(counts: impl Iterator<Item = (&'a str, usize)>) -> Vec<(&'a str, usize)> {
    let mut sums: BTreeMap<&'a str, usize> = BTreeMap::new();
    for (name, count) in counts {
        *sums.entry(name).or_default() += count;
    }
    let mut list: Vec<(&'a str, usize)> = sums.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    list
}

/// "Title, version 3.0, dated 2026-08-01, location, file path (SHA-256 …), seen
/// 2026-11-01, expired 2026-06-30": one library entry, its expiry measured at `date`.
pub fn evidence_text(evidence: &Evidence, date: Day) -> String {
    let mut parts = vec![evidence.title.clone()];
    if !evidence.version.is_empty() {
        parts.push(format!("version {}", evidence.version));
    }
    if let Some(dated) = evidence.dated {
        parts.push(format!("dated {dated}"));
    }
    if !evidence.location.is_empty() {
        parts.push(evidence.location.clone());
    }
    if let Some(file) = &evidence.file {
        parts.push(format!("file {} (SHA-256 {})", file.path, file.sha256));
    }
    if let Some(seen) = evidence.seen {
        parts.push(format!("seen {seen}"));
    }
    match evidence.expires {
        Some(last) if evidence.is_expired(date) => parts.push(format!("EXPIRED {last}")),
        Some(last) => parts.push(format!("valid to {last}")),
        None => {}
    }
    parts.join(", ")
}
