//! The list of context questions: id and title, marked answered, unanswered or stale.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::pane_block;
use crate::assurance::Derivation;
use crate::tui::layout::centred_offset;
use crate::tui::state::{ContextFocus, State};
use crate::tui::text::{one_line, truncate};

pub fn draw(frame: &mut Frame, area: Rect, state: &State, derivation: &Derivation) {
    let theme = state.theme;
    let questions: Vec<_> = state.catalogue.context_questions().collect();
    // A stale answer does not count as answered: it has to be chosen again.
    let answered = questions
        .iter()
        .filter(|item| {
            !derivation.unanswered.contains(&item.id)
                && !derivation
                    .stale
                    .iter()
                    .any(|stale| stale.question == item.id)
        })
        .count();
    let block = pane_block(
        format!(" Questions {answered}/{} answered ", questions.len()),
        state.context.focus == ContextFocus::Questions,
        theme,
    );
    let inner = block.inner(area);
    let selected = state
        .context
        .question
        .min(questions.len().saturating_sub(1));
    let height = usize::from(inner.height);
    let offset = centred_offset(selected, questions.len(), height);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = questions
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(index, item)| {
            let (mark, mark_style) = if derivation.stale.iter().any(|s| s.question == item.id) {
                (theme.flag_glyph(), theme.error())
            } else if derivation.unanswered.contains(&item.id) {
                (unanswered_glyph(theme.ascii), theme.warning())
            } else {
                (answered_glyph(theme.ascii), theme.ok())
            };
            let label = format!(" {:<6} {}", item.id, one_line(&item.title, theme.ascii));
            let label = truncate(&label, width.saturating_sub(2), theme.ascii);
            let row_style = if index == selected {
                theme.selected()
            } else {
                Style::new()
            };
            // Padded so the selection bar spans the row.
            let pad = width.saturating_sub(2).saturating_sub(label.width());
            let padded = format!("{label}{}", " ".repeat(pad));
            Line::from(vec![
                Span::raw(" "),
                Span::styled(mark, mark_style),
                Span::styled(padded, row_style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Shown beside a question with no answer yet: hollow, so it reads as "to do".
fn unanswered_glyph(ascii: bool) -> &'static str {
    if ascii { "o" } else { "○" }
}

fn answered_glyph(ascii: bool) -> &'static str {
    if ascii { "+" } else { "✔" }
}
