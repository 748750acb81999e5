//! What Review shows beside an item's own text: the provider's stated cryptography checked
//! against the chosen NZISM version (P1.3, P1.4), readiness answers a migration kept
//! per provider, and the item's last changes.

use ratatui::style::Style;

use super::text::Doc;
use crate::catalogue::Item;
use crate::nzism::Outcome;
use crate::tui::command::{Command, View};
use crate::tui::review_tree::{self, Reviewed};
use crate::tui::state::{ReviewOf, State};
use crate::tui::text::one_line;

/// Beside P1.3 and P1.4: what the provider states it uses, each parameter checked against
/// the NZISM version the workspace assesses against.
pub(super) fn stated_crypto(doc: &mut Doc, state: &State, reviewed: &Reviewed, item: &Item) {
    if !item.crypto || reviewed.of != ReviewOf::Provider {
        return;
    }
    let (Some(provider), Some(workspace)) = (review_tree::reviewed(state), state.workspace())
    else {
        return;
    };
    let theme = state.theme;
    let version = workspace.context.nzism;
    doc.blank();
    doc.para(
        &format!("Stated cryptography against {}", version.label()),
        theme.title(),
    );
    if provider.crypto.is_empty() {
        let key = state.keymap.key_label(Command::EditCrypto, theme.ascii);
        doc.para(
            &format!("Nothing recorded yet: record it in Providers ({key})."),
            theme.dim(),
        );
        return;
    }
    let checks = crate::nzism::check(
        &provider.crypto,
        version,
        workspace.context.classification(),
    );
    let mut not_stated = Vec::new();
    for check in &checks {
        let style = match check.outcome {
            Outcome::FallsShort(_) => theme.error(),
            Outcome::MeetsWithAdvice(_) | Outcome::NoFigure(_) => theme.warning(),
            Outcome::NotStated => {
                not_stated.push(check.parameter.label().to_lowercase());
                continue;
            }
            Outcome::Meets | Outcome::NotChecked(_) => Style::new(),
        };
        let bullet = if theme.ascii { "-" } else { "•" };
        doc.para(&format!("{bullet} {}", check.sentence), style);
    }
    if !not_stated.is_empty() {
        doc.para(
            &format!("Not stated: {}.", not_stated.join(", ")),
            theme.dim(),
        );
    }
    doc.para(
        &crate::nzism::summary(&checks).sentence(version),
        theme.dim(),
    );
}

/// Readiness judgements a migration found recorded differently per provider: every
/// version is shown until the assessor records the organisation's one answer.
pub(super) fn migrated_candidates(doc: &mut Doc, state: &State, reviewed: &Reviewed, item: &Item) {
    if reviewed.of != ReviewOf::Readiness {
        return;
    }
    let Some(candidates) = state
        .workspace()
        .and_then(|w| w.readiness_candidates.get(&item.id))
        .filter(|candidates| !candidates.is_empty())
    else {
        return;
    };
    let theme = state.theme;
    let answered = reviewed
        .judgements
        .get(&item.id)
        .is_some_and(|a| a.status.is_assessed());
    doc.blank();
    if answered {
        doc.para(
            "Recorded per provider before catalogue 2.0 (kept for the record):",
            theme.dim(),
        );
    } else {
        doc.para(
            "Recorded per provider before catalogue 2.0: record the organisation's one answer here.",
            theme.warning(),
        );
    }
    for candidate in candidates {
        let status = candidate.assessment.status;
        let note = one_line(&candidate.assessment.note, theme.ascii);
        doc.para(
            &format!(
                "{} {}: {}{}",
                theme.status_glyph(status),
                one_line(&candidate.recorded_for, theme.ascii),
                status.label(),
                if note.is_empty() {
                    String::new()
                } else {
                    format!(" — {note}")
                }
            ),
            Style::new(),
        );
    }
}

/// Who changed the item last, when, and from what: its last three changes, newest first
/// (History lists them all).
pub(super) fn recent_changes(doc: &mut Doc, state: &State, item: &Item) {
    let (Some(session), Some(subject)) = (state.session.as_ref(), review_tree::subject(state))
    else {
        return;
    };
    let recent: Vec<_> = session
        .events
        .of_item(&subject, &item.id)
        .rev()
        .take(3)
        .collect();
    if recent.is_empty() {
        return;
    }
    let theme = state.theme;
    doc.blank();
    let key = state
        .keymap
        .key_label(Command::GoTo(View::History), theme.ascii);
    doc.para(
        &format!("Last changes (all in History, {key}):"),
        theme.dim(),
    );
    for event in recent {
        let line = crate::tui::views::history::finding_line(state, event, &subject, &item.id);
        doc.para(&line, Style::new());
    }
}
