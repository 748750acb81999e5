//! The detail pane: what the selected item asks and what has been recorded against it, or
//! a section's summary and progress. Text is wrapped here, so the number of lines (and so
//! how far the pane scrolls) is known exactly.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::pane;
use super::text::Doc;
use crate::catalogue::{Item, Priority};
use crate::tui::command::Command;
use crate::tui::review_tree::{self, Reviewed, Row};
use crate::tui::state::{Focus, ReviewOf, State};
use crate::workspace::{Assessment, Day};

/// Draws the detail; returns how many lines its text takes at this width.
pub fn draw(frame: &mut Frame, area: Rect, state: &State, reviewed: &Reviewed) -> usize {
    let focused = state.review.focus == Focus::Detail;
    let mut block = pane(" Detail ".to_owned(), focused, state.theme);
    let inner = block.inner(area);
    let lines = lines(state, reviewed, usize::from(inner.width));
    let count = lines.len();
    let max = (count as u16).saturating_sub(inner.height);
    let scroll = state.review.detail_scroll.min(max);
    // What lies below the pane is said on its border, with the keys that reach it: a
    // warning at the end of a finding must not pass unseen.
    let below = usize::from(max - scroll);
    if below > 0 {
        let ascii = state.theme.ascii;
        let key = |command| state.keymap.key_label(command, ascii);
        let how = if focused {
            key(Command::Down)
        } else {
            format!("{}, then {}", key(Command::FocusNext), key(Command::Down))
        };
        let ellipsis = if ascii { "..." } else { "…" };
        block = block.title_bottom(Line::styled(
            format!(" {ellipsis} {below} more lines below: {how} "),
            state.theme.warning(),
        ));
    }
    let visible: Vec<Line> = lines.into_iter().skip(usize::from(scroll)).collect();
    frame.render_widget(Paragraph::new(visible).block(block), area);
    count
}

/// Every line of the detail of the row under the cursor, wrapped to `width`.
fn lines(state: &State, reviewed: &Reviewed, width: usize) -> Vec<Line<'static>> {
    let rows = review_tree::visible_rows(state);
    let cursor = state.review.cursor.min(rows.len().saturating_sub(1));
    let mut doc = Doc::new(width, state.theme);
    match rows.get(cursor) {
        Some(Row::Item { item, .. }) => {
            item_head(&mut doc, state, reviewed, item);
            let assessment = reviewed.judgements.get(&item.id).cloned();
            assessment_detail(&mut doc, state, reviewed, &assessment.unwrap_or_default());
            super::beside::migrated_candidates(&mut doc, state, reviewed, item);
            super::beside::stated_crypto(&mut doc, state, reviewed, item);
            super::beside::recent_changes(&mut doc, state, item);
            item_reference(&mut doc, item);
        }
        Some(Row::Section { section, .. }) => {
            super::section::section_detail(&mut doc, state, reviewed, section);
        }
        None => {}
    }
    doc.lines
}

/// What the item asks: id, title, priority and guidance, first so they are read first.
fn item_head(doc: &mut Doc, state: &State, reviewed: &Reviewed, item: &Item) {
    let theme = state.theme;
    doc.para(&format!("{}  {}", item.id, item.title), theme.title());
    let derivation = state.derivation();
    let priority = derivation.priority(item);
    let mark = if priority == Priority::Required {
        format!(" ({} in the tree)", theme.required_mark())
    } else {
        String::new()
    };
    doc.field(
        "Priority",
        &format!(
            "{} at {}{}{mark}",
            priority.label(),
            derivation.level_for(item).label(),
            protects(item)
        ),
        theme.priority_style(priority),
    );
    if !derivation.concerns_needed_service(item) {
        let services: Vec<&str> = item.services.iter().map(|s| s.label()).collect();
        doc.field(
            "Scope",
            &format!(
                "{} not needed: only about {}, which the context leaves out; not scored",
                theme.out_of_scope_mark(),
                services.join(", ")
            ),
            theme.dim(),
        );
    } else if !derivation.conditions_hold(item) {
        let questions: Vec<&str> = item.only_if.iter().map(|c| c.question.as_str()).collect();
        doc.field(
            "Scope",
            &format!(
                "{} does not apply: the context's answer to {} rules it out; not scored",
                theme.out_of_scope_mark(),
                questions.join(", ")
            ),
            theme.dim(),
        );
    }
    doc.blank();
    if let (Some(deployment), ReviewOf::Deployment) = (&item.deployment, reviewed.of) {
        doc.para(deployment, Style::new());
        doc.blank();
        doc.para(
            &format!("The provider's part, scored in Review: {}", item.title),
            theme.dim(),
        );
    } else {
        doc.para(&item.guidance, Style::new());
        if !item.met_when.is_empty() {
            doc.blank();
            doc.para(&item.met_when, Style::new());
        }
    }
    if !item.adds.is_empty() {
        doc.blank();
        doc.para(&format!("tiaki adds: {}", item.adds), theme.dim());
    }
}

/// Where the item comes from and whom it concerns, last: looked up, not read each time.
fn item_reference(doc: &mut Doc, item: &Item) {
    doc.blank();
    doc.field("Kind", item.kind.label(), Style::new());
    let answerer = item.answered_by.label();
    doc.field("Answered", &format!("by the {answerer}"), Style::new());
    let services = if item.services.is_empty() {
        "all".to_owned()
    } else {
        let labels: Vec<_> = item.services.iter().map(|s| s.label()).collect();
        labels.join(", ")
    };
    doc.field("Services", &services, Style::new());
    doc.field("Source", &item.source, Style::new());
    if !item.references.is_empty() {
        doc.field("See also", &item.references.join("; "), Style::new());
    }
}

/// What has been recorded against the item for the provider.
fn assessment_detail(doc: &mut Doc, state: &State, reviewed: &Reviewed, assessment: &Assessment) {
    let theme = state.theme;
    let ascii = theme.ascii;
    let key = |action| state.keymap.key_label(action, ascii);
    doc.blank();
    let whose = match reviewed.of {
        ReviewOf::Provider => format!("Assessment of {}", reviewed.name),
        ReviewOf::Readiness => "Our readiness: the organisation's own answer".to_owned(),
        ReviewOf::Deployment => format!("{}: is it set?", reviewed.name),
    };
    doc.para(&whose, theme.title());
    let status = assessment.status;
    doc.spans(
        "Status",
        vec![
            Span::styled(theme.status_glyph(status), theme.status_style(status)),
            Span::styled(format!(" {}", status.label()), theme.status_style(status)),
        ],
    );
    claim(doc, state, assessment);
    if assessment.lacks_justification() {
        let warning = format!(
            "{} {} needs a reason: add a note saying why ({}).",
            theme.unjustified_mark(),
            status.label(),
            key(Command::EditNote)
        );
        doc.para(&warning, theme.warning());
    }
    match assessment.basis {
        Some(basis) => doc.field("Basis", basis.label(), Style::new()),
        None => doc.hint(
            "Basis",
            &format!("not recorded ({} sets it)", key(Command::CycleBasis)),
        ),
    }
    if assessment.flagged {
        let text = format!("{} for a second look", theme.flag_glyph());
        doc.field("Flagged", &text, theme.warning());
    }
    if assessment.note.is_empty() {
        doc.hint(
            "Note",
            &format!("none ({} to write one)", key(Command::EditNote)),
        );
    } else {
        doc.note("Note", &assessment.note);
    }
    if let Some(treatment) = &assessment.treatment {
        let mut summary = treatment.summary();
        if treatment.lapsed_on(state.clock.now().day()) {
            summary.push_str(" — lapsed: it blocks again");
        }
        doc.field("Treatment", &summary, theme.warning());
        if !treatment.rationale.is_empty() {
            doc.sub(&treatment.rationale, Style::new());
        }
    }
    super::evidence::evidence(doc, state, assessment);
    action(doc, state, assessment);
    if let Some(change) = &assessment.changed {
        let text = format!("{} by {}", change.at.short(), change.by);
        doc.field("Changed", &text, theme.dim());
    }
}

/// The provider's own claim, right under the finding: the two are never the same thing.
fn claim(doc: &mut Doc, state: &State, assessment: &Assessment) {
    let theme = state.theme;
    if assessment.is_claim_only() {
        doc.para(
            "provider claim — not verified: the finding rests on the provider's word",
            theme.warning(),
        );
    }
    let Some(claim) = &assessment.claim else {
        return;
    };
    let said = if claim.answer.is_empty() {
        claim.status.label().to_owned()
    } else {
        format!("{} — \"{}\"", claim.status.label(), claim.answer)
    };
    let style = if assessment.claim_disagrees() {
        theme.warning()
    } else {
        Style::new()
    };
    doc.field("Claim", &said, style);
    let origin = format!("{}, received {}", claim.source, claim.received);
    doc.sub(&origin, theme.dim());
    if assessment.claim_disagrees() {
        doc.para(
            "The provider's claim disagrees with the finding: the finding stands.",
            theme.warning(),
        );
    }
}

/// Each action: what, then its status, owner and due date on one line.
fn action(doc: &mut Doc, state: &State, assessment: &Assessment) {
    let theme = state.theme;
    let ascii = theme.ascii;
    let add = state.keymap.key_label(Command::SetAction, ascii);
    if assessment.actions.is_empty() {
        doc.hint("Action", &format!("none ({add} to add one)"));
        return;
    }
    let today = state.clock.now().day();
    for (index, action) in assessment.actions.iter().enumerate() {
        let label = if index == 0 { "Actions" } else { "" };
        doc.field(label, &action.what, Style::new());
        let owner = if action.owner.is_empty() {
            "no owner yet".to_owned()
        } else {
            format!("owner {}", action.owner)
        };
        let (due, style) = match action.due {
            _ if action.status.is_closed() => (String::new(), theme.dim()),
            Some(due) => due_label(due, today, state),
            None => ("no due date".to_owned(), Style::new()),
        };
        let parts: Vec<&str> = [action.status.label(), owner.as_str(), due.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect();
        let dot = if ascii { ", " } else { " · " };
        doc.field("", &parts.join(dot), style);
    }
    if assessment.awaits_rejudging() {
        doc.para(
            "Every action is closed and one is done: judge the finding again.",
            theme.warning(),
        );
    }
}

/// "due 2026-12-15 (in 17 days)", or overdue, measured from today.
fn due_label(due: Day, today: Day, state: &State) -> (String, Style) {
    let theme = state.theme;
    let days = (due.inner() - today.inner()).whole_days();
    let plural = |n: i64| if n == 1 { "" } else { "s" };
    match days {
        0 => (format!("due {due} (today)"), theme.warning()),
        d if d < 0 => (
            format!("due {due} (OVERDUE by {} day{})", -d, plural(-d)),
            theme.error(),
        ),
        d => (format!("due {due} (in {d} day{})", plural(d)), Style::new()),
    }
}

/// " (confidentiality)": the properties whose level sets the item's priority.
fn protects(item: &Item) -> String {
    if item.protects.is_empty() {
        return String::new();
    }
    let labels: Vec<&str> = item.protects.iter().map(|p| p.label()).collect();
    format!(" ({})", labels.join(", "))
}
