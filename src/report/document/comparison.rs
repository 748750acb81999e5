//! The comparison table: sections down, providers (best first) across, each cell a score
//! and how the section's items stand.

use std::borrow::Cow;

use super::{Block, Inline, Line, PartKind, Table, muted, part, percent, strong, text};
use crate::report::model::{Report, StatusCounts};
use crate::scoring::Tally;
use crate::workspace::Status;

pub fn comparison<'a>(report: &'a Report<'a>) -> Block<'a> {
    let mut blocks = vec![
        Block::Heading(2, vec![text("Comparison")]),
        Block::Para(vec![text(format!(
            "Scores per section at the {} level: points earned over points available, where \
             a required item weighs 3, a recommended one 2 and an optional one 1; Met earns \
             the full weight, Partly met half. Providers best first. Items for services the \
             organisation does not need are left out.",
            report.derivation().effective.label()
        ))]),
        Block::Para(legend()),
    ];
    if report.providers.is_empty() {
        return part(PartKind::Comparison, blocks);
    }
    let mut head = vec![Cow::Borrowed("Section")];
    head.extend(
        report
            .ranked()
            .map(|(_, part)| Cow::Borrowed(part.provider.name.as_str())),
    );
    let mut rows: Vec<Vec<Line<'a>>> = report
        .sections
        .iter()
        .map(|row| {
            let mut cells = vec![vec![text(format!(
                "{} {}",
                row.section.id, row.section.title
            ))]];
            cells.extend(report.ranked().map(|(index, _)| {
                let (tally, counts) = &row.cells[index];
                score_cell(tally, counts)
            }));
            cells
        })
        .collect();
    let mut overall = vec![vec![strong("Overall")]];
    overall.extend(
        report
            .ranked()
            .map(|(index, part)| score_cell(&report.comparison.cards[index].overall, &part.counts)),
    );
    rows.push(overall);
    blocks.push(Block::Table(Table {
        class: "compare",
        head,
        rows,
    }));
    part(PartKind::Comparison, blocks)
}

/// What the glyphs of the comparison table stand for.
fn legend<'a>() -> Line<'a> {
    let mut line = vec![text("Counts: ")];
    for (position, status) in Status::ALL.iter().enumerate() {
        if position > 0 {
            line.push(text(", "));
        }
        line.push(Inline::Status(*status));
    }
    line.push(text("."));
    line
}

fn score_cell<'a>(tally: &Tally, counts: &StatusCounts) -> Line<'a> {
    let mut cell = vec![strong(percent(tally))];
    if tally.percent().is_none() && tally.applicable > 0 {
        cell.push(text(" "));
        cell.push(muted("not assessed"));
    }
    cell.push(Inline::Break);
    let shown = [
        Status::Met,
        Status::PartlyMet,
        Status::NotMet,
        Status::Unknown,
        Status::NotApplicable,
        Status::NotAssessed,
    ];
    for status in shown {
        let count = counts.get(status);
        if count > 0 {
            if !matches!(cell.last(), Some(Inline::Break)) {
                cell.push(text(" "));
            }
            cell.push(Inline::Count(status, count));
        }
    }
    cell
}
