//! A provider's stated cryptography, each parameter checked against the NZISM version the
//! workspace assesses against: one sentence per parameter a reader can act on.

use super::{Block, Line, Table, cows, muted, text};
use crate::nzism;
use crate::report::model::Report;
use crate::workspace::Provider;

/// The table, or nothing when the provider's cryptography was never recorded.
pub fn stated<'a>(report: &'a Report<'a>, provider: &'a Provider) -> Vec<Block<'a>> {
    if provider.crypto.is_empty() {
        return Vec::new();
    }
    let context = &report.workspace.context;
    let version = context.nzism;
    let checks = nzism::check(&provider.crypto, version, context.classification());
    let rows: Vec<Vec<Line<'a>>> = checks
        .iter()
        .map(|check| {
            vec![
                vec![text(check.parameter.label())],
                vec![text(check.outcome.label())],
                vec![text(check.sentence.clone())],
            ]
        })
        .collect();
    vec![
        Block::Heading(
            3,
            vec![text(format!(
                "Stated cryptography against {}",
                version.label()
            ))],
        ),
        Block::Table(Table {
            class: "crypto",
            head: cows(&["Parameter", "Verdict", "Why"]),
            rows,
        }),
        Block::Para(vec![muted(nzism::summary(&checks).sentence(version))]),
    ]
}
