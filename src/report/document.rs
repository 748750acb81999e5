//! The readable report as a tree of headings, paragraphs, lists and tables, built once
//! from the report model. The Markdown and HTML writers render the same tree, so the two
//! say the same things and differ only in markup.

mod charts;
mod closing;
mod comparison;
mod crypto;
mod findings;
mod front;
mod history;
mod readiness;

use std::borrow::Cow;

use super::model::Report;
use crate::catalogue::Priority;
use crate::scoring::Tally;
use crate::workspace::{Provider, Status};

/// A piece of running text. Text is kept raw: each writer escapes it for its format.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline<'a> {
    Text(Cow<'a, str>),
    Strong(Cow<'a, str>),
    /// Secondary detail, shown quieter.
    Muted(Cow<'a, str>),
    /// A status as glyph and word.
    Status(Status),
    /// A status glyph with a count, as in the comparison table; the legend names them.
    Count(Status, usize),
    Priority(Priority),
    /// A warning word such as "overdue" or "disqualifying": marked in words, not colour
    /// alone.
    Alert(&'static str),
    Break,
}

pub type Line<'a> = Vec<Inline<'a>>;

/// What a part of the report is, so the HTML can lay it out (a page per provider).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    Cover,
    Summary,
    Context,
    Comparison,
    Provider,
    Readiness,
    Deployment,
    Additions,
    Actions,
    History,
    Closing,
}

impl PartKind {
    pub fn class(self) -> &'static str {
        match self {
            PartKind::Cover => "cover",
            PartKind::Summary => "summary",
            PartKind::Context => "context",
            PartKind::Comparison => "comparison",
            PartKind::Provider => "provider",
            PartKind::Readiness => "readiness",
            PartKind::Deployment => "deployment",
            PartKind::Additions => "additions",
            PartKind::Actions => "actions",
            PartKind::History => "history",
            PartKind::Closing => "closing",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block<'a> {
    /// Level 1 is the title; the writers add the markup.
    Heading(u8, Line<'a>),
    Para(Line<'a>),
    /// Label and value pairs, such as a provider's details.
    Fields(Vec<(&'static str, Line<'a>)>),
    List(Vec<Line<'a>>),
    Table(Table<'a>),
    /// A picture: drawn in HTML, left out of Markdown (whose tables say the same).
    Chart(Chart),
    Part {
        kind: PartKind,
        /// Unique in the document; made by tiaki, never from user text.
        id: String,
        blocks: Vec<Block<'a>>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table<'a> {
    /// A class for the layout of this kind of table (`compare`, `findings`, ...).
    pub class: &'static str,
    pub head: Vec<Cow<'a, str>>,
    pub rows: Vec<Vec<Line<'a>>>,
}

/// The report for people: title page, summary, context, comparison, findings per
/// provider, action plan, history and the closing line.
pub use charts::{BAR_STATUSES, Bars, Chart, HeatMap};

pub fn build<'a>(report: &'a Report<'a>) -> Vec<Block<'a>> {
    let mut blocks = vec![
        front::cover(report),
        front::summary(report),
        front::context(report),
        comparison::comparison(report),
    ];
    blocks.extend(findings::providers(report));
    blocks.push(readiness::readiness(report));
    blocks.extend(readiness::deployment(report));
    blocks.push(closing::actions(report));
    blocks.extend(closing::evidence(report));
    blocks.push(history::history(report));
    blocks.push(readiness::additions(report));
    blocks.push(closing::closing(report));
    blocks
}

fn part(kind: PartKind, blocks: Vec<Block<'_>>) -> Block<'_> {
    part_with_id(kind, kind.class().to_owned(), blocks)
}

fn part_with_id(kind: PartKind, id: String, blocks: Vec<Block<'_>>) -> Block<'_> {
    Block::Part { kind, id, blocks }
}

fn cows<'a>(labels: &[&'static str]) -> Vec<Cow<'a, str>> {
    labels.iter().map(|label| Cow::Borrowed(*label)).collect()
}

pub(super) fn text<'a>(value: impl Into<Cow<'a, str>>) -> Inline<'a> {
    Inline::Text(value.into())
}

pub fn muted<'a>(value: impl Into<Cow<'a, str>>) -> Inline<'a> {
    Inline::Muted(value.into())
}

fn strong<'a>(value: impl Into<Cow<'a, str>>) -> Inline<'a> {
    Inline::Strong(value.into())
}

/// A score as a percentage with one decimal, or a dash when nothing is applicable.
pub fn percent(tally: &Tally) -> String {
    tally
        .percent()
        .map_or_else(|| "–".to_owned(), |value| format!("{value:.1} %"))
}

/// "12 of 40 (30 %)": judgements recorded over applicable items; a dash, as on screen,
/// when no item applies (every one Not applicable, say).
pub fn coverage(tally: &Tally) -> String {
    match (tally.assessed * 100).checked_div(tally.applicable) {
        Some(share) => format!("{} of {} ({share} %)", tally.assessed, tally.applicable),
        None => "–".to_owned(),
    }
}

/// A disqualifying failure as the report names it: id and title, and "(Unknown)" when it
/// is a required item left Unknown, counted as failing only with --unknown-disqualifies.
/// A disqualifying failure without a note is a gap in the review, and is said to be.
pub fn failure(report: &Report<'_>, provider: &Provider, id: &str) -> String {
    let assessment = provider.assessments.get(id);
    let unknown = assessment.is_some_and(|assessment| assessment.status == Status::Unknown);
    let gap = assessment.is_none_or(|assessment| assessment.note.trim().is_empty());
    let title = report.item_title(id);
    let mut said = format!("{id} {title}");
    if unknown {
        said.push_str(" (Unknown)");
    }
    if gap {
        said.push_str(" — no note saying why: a gap in the review");
    }
    said
}

/// How a provider with no disqualifying failure stands: "none", unless nothing has been
/// judged yet (or nothing applies), which is no clean bill.
pub fn no_failure<'a>(tally: &Tally) -> Line<'a> {
    if tally.applicable == 0 {
        vec![muted("none; no item applies")]
    } else if tally.assessed == 0 {
        vec![muted("none yet; not assessed")]
    } else {
        vec![text("none")]
    }
}

/// "1 item" / "3 items".
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// The status glyphs of the terminal interface, so the report reads like the screen.
pub fn glyph(status: Status) -> &'static str {
    match status {
        Status::NotAssessed => "·",
        Status::Met => "✔",
        Status::PartlyMet => "◐",
        Status::NotMet => "✘",
        Status::Unknown => "?",
        Status::NotApplicable => "⊘",
    }
}
