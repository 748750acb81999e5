//! A section heading's detail: what the section covers and how far what is under review
//! has got with it, counted over the items in scope as scoring counts them.

use ratatui::style::Style;
use ratatui::text::Span;

use super::text::Doc;
use crate::catalogue::{Item, Priority, Section};
use crate::tui::review_tree::{self, Reviewed};
use crate::tui::state::State;
use crate::workspace::{Assessment, Status};

/// A section heading: what it covers and how far the provider has got with it. The counts
/// are of the items in scope, as scoring and the tree's heading count them.
pub(super) fn section_detail(doc: &mut Doc, state: &State, reviewed: &Reviewed, section: &Section) {
    let theme = state.theme;
    doc.para(&format!("{}  {}", section.id, section.title), theme.title());
    doc.blank();
    doc.para(&section.summary, Style::new());
    doc.blank();
    let derivation = state.derivation();
    let (assessed, total) = review_tree::section_progress(reviewed, section, &derivation);
    let percent = (assessed * 100).checked_div(total).unwrap_or(0);
    doc.para(
        &format!(
            "{}: {assessed} of {total} assessed ({percent}%)",
            reviewed.name
        ),
        theme.title(),
    );
    let status_of = |item: &Item| {
        reviewed
            .judgements
            .get(&item.id)
            .map_or(Status::NotAssessed, |a| a.status)
    };
    let in_scope: Vec<&Item> = review_tree::in_scope(section, reviewed.of, &derivation).collect();
    for status in Status::ALL {
        let count = in_scope
            .iter()
            .filter(|item| status_of(item) == status)
            .count();
        doc.line(vec![
            Span::raw("  "),
            Span::styled(theme.status_glyph(status), theme.status_style(status)),
            Span::raw(format!(" {:<16}{count:>3}", status.label())),
        ]);
    }
    let left_out = review_tree::items_of(section, reviewed.of).count() - in_scope.len();
    if left_out > 0 {
        let are = if left_out == 1 { "is" } else { "are" };
        doc.para(
            &format!(
                "{} {left_out} more {are} for services not needed: not counted or scored.",
                theme.out_of_scope_mark()
            ),
            theme.dim(),
        );
    }
    let required: Vec<_> = in_scope
        .iter()
        .filter(|item| derivation.priority(item) == Priority::Required)
        .collect();
    let open = required
        .iter()
        .filter(|item| !status_of(item).is_assessed())
        .count();
    doc.blank();
    doc.para(
        &format!(
            "{} required at this workspace's levels, {open} of them not yet assessed.",
            required.len(),
        ),
        Style::new(),
    );
    let assessments: Vec<&Assessment> = review_tree::items_of(section, reviewed.of)
        .filter_map(|item| reviewed.judgements.get(&item.id))
        .collect();
    let flagged = assessments.iter().filter(|a| a.flagged).count();
    let unjustified = assessments
        .iter()
        .filter(|a| a.lacks_justification())
        .count();
    if flagged + unjustified > 0 {
        doc.para(
            &format!("{flagged} flagged for a second look, {unjustified} needing a reason."),
            theme.warning(),
        );
    }
    // A failure that rules a provider out, with nothing said about why, is a gap.
    let gaps: Vec<&str> = required
        .iter()
        .filter(|item| {
            reviewed.judgements.get(&item.id).is_some_and(|a| {
                matches!(a.status, Status::NotMet | Status::Unknown) && a.note.trim().is_empty()
            })
        })
        .map(|item| item.id.as_str())
        .collect();
    if !gaps.is_empty() {
        doc.para(
            &format!(
                "Gaps: required and failing (or Unknown) without a note saying why: {}.",
                gaps.join(", ")
            ),
            theme.warning(),
        );
    }
}
