//! The assurance level, large on the band above the panes, and in full in its own pane:
//! the derived level, any override, the answers that drove it (highest first), the answers
//! to choose again, and what the guidance says the level means for the work.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{hanging, key, pane_block};
use crate::assurance::{Derivation, Effort, effort};
use crate::catalogue::AssuranceLevel;
use crate::tui::command::Command;
use crate::tui::state::{ContextFocus, State};
use crate::tui::text::one_line;
use crate::tui::theme::Theme;

/// The column where field values start.
const LABEL_WIDTH: usize = 12;

/// One line: the effective level as a badge, how it came about, what is left to answer.
pub fn draw_band(frame: &mut Frame, area: Rect, state: &State, derivation: &Derivation) {
    let theme = state.theme;
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border())
        .title(Line::styled(" Assurance level ", theme.title()));
    let badge = format!(" {} ", derivation.effective.label().to_uppercase());
    let mut spans = vec![
        Span::styled(badge, theme.selected().add_modifier(Modifier::BOLD)),
        Span::raw("  "),
    ];
    let total = state.catalogue.context_questions().count();
    let dot = if theme.ascii { " | " } else { " · " };
    if let Some(reason) = &derivation.override_reason {
        spans.push(Span::styled("overridden", theme.warning()));
        spans.push(Span::raw(format!(
            " (derived: {}): {}",
            derivation.derived.label(),
            one_line(reason, theme.ascii)
        )));
    } else {
        spans.push(Span::raw(derived_from(derivation)));
    }
    if !derivation.unanswered.is_empty() {
        spans.push(Span::styled(
            format!("{dot}{} of {total} unanswered", derivation.unanswered.len()),
            theme.warning(),
        ));
    }
    if !derivation.stale.is_empty() {
        spans.push(Span::styled(
            format!("{dot}{} to choose again", derivation.stale.len()),
            theme.error(),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).block(block), area);
}

/// How many questions' answers raise the level (a question with several options ticked
/// counts once).
fn derived_from(derivation: &Derivation) -> String {
    let mut questions: Vec<&str> = derivation
        .reasons
        .iter()
        .map(|reason| reason.question.as_str())
        .collect();
    questions.sort_unstable();
    questions.dedup();
    match questions.len() {
        0 => "no answer calls for more than Baseline".to_owned(),
        1 => "derived from 1 question".to_owned(),
        n => format!("derived from {n} questions"),
    }
}

/// Draws the pane; returns how many lines its text takes at this width.
pub fn draw_pane(frame: &mut Frame, area: Rect, state: &State, derivation: &Derivation) -> usize {
    let focused = state.context.focus == ContextFocus::Assurance;
    let block = pane_block(" Why this level ".to_owned(), focused, state.theme);
    let inner = block.inner(area);
    let lines = lines(state, derivation, usize::from(inner.width));
    let count = lines.len();
    let max = (count as u16).saturating_sub(inner.height);
    let scroll = usize::from(state.context.scroll.min(max));
    let visible: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible).block(block), area);
    count
}

/// Every line of the assurance pane, wrapped to `width`.
fn lines(state: &State, derivation: &Derivation, width: usize) -> Vec<Line<'static>> {
    let theme = state.theme;
    let field = |label: &str, value: &str, style: Style| {
        let head = vec![Span::styled(format!("{label:<LABEL_WIDTH$}"), theme.dim())];
        hanging(head, value, style, width, theme)
    };
    let mut lines = Vec::new();
    let overridden = if derivation.override_reason.is_some() {
        " (overridden)"
    } else {
        ""
    };
    let level = format!("{}{overridden}", derivation.effective.label());
    lines.extend(field("Level", &level, theme.title()));
    lines.extend(field("Derived", derivation.derived.label(), Style::new()));
    let levels = &derivation.levels;
    lines.extend(field(
        "By property",
        &format!(
            "confidentiality {}, integrity {}, availability {}",
            levels.confidentiality.label(),
            levels.integrity.label(),
            levels.availability.label()
        ),
        Style::new(),
    ));
    lines.extend(field(
        "Model",
        "the levels are tiaki's, built on the guidance's context questions (the guidance names none); an item's priority follows the level of the property it protects",
        theme.dim(),
    ));
    let override_key = key(state, Command::SetOverride);
    match &derivation.override_reason {
        Some(reason) => lines.extend(field("Reason", reason, theme.warning())),
        None => lines.extend(field(
            "Override",
            &format!("none ({override_key} sets one, with a reason)"),
            theme.dim(),
        )),
    }
    let total = state.catalogue.context_questions().count();
    let unanswered = match derivation.unanswered.len() {
        0 => "none".to_owned(),
        n => format!("{n} of {total}"),
    };
    let unanswered_style = if derivation.unanswered.is_empty() {
        Style::new()
    } else {
        theme.warning()
    };
    lines.extend(field("Unanswered", &unanswered, unanswered_style));
    let nzism = state
        .workspace()
        .map(|w| w.context.nzism)
        .unwrap_or_default();
    lines.extend(field(
        "NZISM",
        &format!(
            "{}, {}: providers' stated cryptography is checked against it ({} switches)",
            nzism.label(),
            nzism.era(),
            key(state, Command::CycleNzism)
        ),
        Style::new(),
    ));
    why(&mut lines, derivation, width, theme);
    stale(&mut lines, derivation, width, theme);
    effort_lines(
        &mut lines,
        &effort(state.catalogue, derivation),
        derivation,
        width,
        theme,
    );
    lines
}

/// The answers that raise the level, highest first.
fn why(lines: &mut Vec<Line<'static>>, derivation: &Derivation, width: usize, theme: Theme) {
    lines.push(Line::raw(""));
    lines.push(Line::styled("Why, highest first", theme.title()));
    if derivation.reasons.is_empty() {
        lines.push(Line::raw("No answer calls for more than Baseline."));
    }
    for reason in &derivation.reasons {
        let head = vec![Span::styled(
            format!("{:<10}", reason.level.label()),
            theme.warning(),
        )];
        let mut text = format!(
            "{} {}: {} ({})",
            reason.question,
            reason.question_title,
            reason.answer,
            reason.properties_label()
        );
        if let (Some(from), Some(cap)) = (reason.capped_from, &derivation.cap) {
            text = format!(
                "{text}; would be {}, capped by {} '{}'",
                from.label(),
                cap.question,
                cap.answer
            );
        }
        lines.extend(hanging(head, &text, Style::new(), width, theme));
    }
}

/// Answers naming options the catalogue does not offer: they count for nothing until the
/// assessor chooses again, so they are listed where the level is explained.
fn stale(lines: &mut Vec<Line<'static>>, derivation: &Derivation, width: usize, theme: Theme) {
    if derivation.stale.is_empty() {
        return;
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Answers to choose again", theme.error()));
    for stale in &derivation.stale {
        let head = vec![Span::styled(
            format!("{} ", theme.flag_glyph()),
            theme.error(),
        )];
        let text = format!("{} '{}': {}", stale.question, stale.answer, stale.problem);
        lines.extend(hanging(head, &text, Style::new(), width, theme));
    }
}

/// What the guidance says about effort at this level, from the catalogue's priorities.
fn effort_lines(
    lines: &mut Vec<Line<'static>>,
    effort: &Effort,
    derivation: &Derivation,
    width: usize,
    theme: Theme,
) {
    lines.push(Line::raw(""));
    lines.push(Line::styled("What this means for the work", theme.title()));
    let mut para = |text: &str| lines.extend(hanging(Vec::new(), text, Style::new(), width, theme));
    if effort.level == AssuranceLevel::Baseline {
        // "Little at stake" only once every answer is in: until then it is only a floor.
        let opening = if derivation.unanswered.is_empty() {
            "With little at stake the guidance asks"
        } else {
            "At Baseline the guidance asks"
        };
        para(&format!(
            "{opening} for less provider assurance: {} of {} items are required ({} would be at High); the rest are recommended or optional.",
            effort.required, effort.in_scope, effort.required_at_high
        ));
        if !derivation.unanswered.is_empty() {
            para(&format!(
                "{} questions are unanswered; their answers may raise the level.",
                derivation.unanswered.len()
            ));
        }
    } else {
        para(&format!(
            "At {} the guidance asks for more evidence: {} of {} items are required, {} more than at Baseline. Newly required:",
            effort.level.label(),
            effort.required,
            effort.in_scope,
            effort.added.len()
        ));
    }
    for item in &effort.added {
        let head = vec![Span::styled(format!("  {:<8}", item.id), theme.key())];
        lines.extend(hanging(head, &item.title, Style::new(), width, theme));
    }
    if effort.out_of_scope > 0 {
        let text = format!(
            "{} items concern only services not needed here and are not counted.",
            effort.out_of_scope
        );
        lines.extend(hanging(Vec::new(), &text, theme.dim(), width, theme));
    }
}
