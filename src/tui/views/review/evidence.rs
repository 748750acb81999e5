//! The evidence an item links to, in the detail pane: each library entry with what the
//! last check of its file found and whether it has expired.

use ratatui::style::Style;

use super::text::Doc;
use crate::tui::command::Command;
use crate::tui::state::State;
use crate::workspace::{Assessment, Evidence, FileState, Workspace};

pub fn evidence(doc: &mut Doc, state: &State, assessment: &Assessment) {
    let theme = state.theme;
    let ascii = theme.ascii;
    let Some(session) = &state.session else {
        return;
    };
    let workspace = &session.workspace;
    if assessment.evidence_links.is_empty() {
        let add = state.keymap.key_label(Command::LinkEvidence, ascii);
        doc.hint("Evidence", &format!("none ({add} to link or add)"));
        return;
    }
    let today = state.clock.now().day();
    for (index, id) in assessment.evidence_links.iter().enumerate() {
        let label = if index == 0 { "Evidence" } else { "" };
        let bullet = theme.bullet();
        let Some(entry) = workspace.evidence_entry(id) else {
            let text = format!("{bullet} {id}: not in the evidence library (a hand-edited file?)");
            doc.field(label, &text, theme.error());
            continue;
        };
        doc.field(
            label,
            &format!("{bullet} {}", headline(entry)),
            Style::new(),
        );
        if let Some(file) = &entry.file {
            doc.sub(&file.path, Style::new());
            let digest = short_digest(&file.sha256, ascii);
            doc.sub(&format!("SHA-256 {digest}"), theme.dim());
        }
        if let Some(state_now) = session.files.get(id)
            && *state_now != FileState::Unchanged
        {
            let text = format!(
                "{} file {} at the last check",
                theme.evidence_mark(),
                state_now.label()
            );
            doc.sub(&text, theme.error());
        }
        match entry.expires {
            Some(last) if entry.is_expired(today) => {
                let text = format!("{} EXPIRED {last}", theme.evidence_mark());
                doc.sub(&text, theme.warning());
            }
            Some(last) => doc.sub(&format!("valid to {last}"), theme.dim()),
            None => {}
        }
        let others = reused(workspace, entry);
        if others > 0 {
            let text = format!(
                "also linked from {others} other item{}",
                if others == 1 { "" } else { "s" }
            );
            doc.sub(&text, theme.dim());
        }
    }
}

/// "SOC 2 report, version 2, dated 2026-05-01, section 4".
fn headline(entry: &Evidence) -> String {
    let mut parts = vec![entry.title.clone()];
    if !entry.version.is_empty() {
        parts.push(format!("version {}", entry.version));
    }
    if let Some(dated) = entry.dated {
        parts.push(format!("dated {dated}"));
    }
    if !entry.location.is_empty() {
        parts.push(entry.location.clone());
    }
    parts.join(", ")
}

fn reused(workspace: &Workspace, entry: &Evidence) -> usize {
    workspace.evidence_links(&entry.id).len().saturating_sub(1)
}

/// The first and last eight hex digits: enough to compare by eye.
pub fn short_digest(digest: &str, ascii: bool) -> String {
    let ellipsis = if ascii { "..." } else { "…" };
    match (
        digest.get(..8),
        digest.get(digest.len().saturating_sub(8)..),
    ) {
        (Some(head), Some(tail)) if digest.len() > 16 => format!("{head}{ellipsis}{tail}"),
        _ => digest.to_owned(),
    }
}
