//! The Context view: the level band on top; below it the context questions on the left, the
//! selected question with its options, and the assurance pane (why this level, and what it
//! means for the work). Narrower than `WIDE`, the assurance pane takes the question's place
//! while it has the keys.

mod assurance;
mod question;
mod questions;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;
use unicode_width::UnicodeWidthStr;

use crate::tui::command::{Command, View};
use crate::tui::keymap::Scope;
use crate::tui::layout::ContextAreas;
use crate::tui::state::{ContextFocus, State};
use crate::tui::text::{one_line, wrap};
use crate::tui::theme::Theme;

/// Draws the view; returns how many lines the assurance pane's text took (0 when it is not
/// shown), its scroll limit.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) -> usize {
    let derivation = state.derivation();
    let areas = ContextAreas::new(area, state.context.focus == ContextFocus::Assurance);
    assurance::draw_band(frame, areas.band, state, &derivation);
    questions::draw(frame, areas.questions, state, &derivation);
    if let Some(rect) = areas.question {
        question::draw(frame, rect, state, &derivation);
    }
    areas.assurance.map_or(0, |rect| {
        assurance::draw_pane(frame, rect, state, &derivation)
    })
}

/// A pane's border, drawn as Review draws its panes: the pane with the keys has a heavier
/// line as well as the focus colour, so focus shows without colour too.
fn pane_block(title: String, focused: bool, theme: Theme) -> Block<'static> {
    super::review::pane(title, focused, theme)
}

/// `text` (made one safe line) wrapped to `width` after `head`; later lines are indented
/// to where the text started, so a list entry reads as one block.
fn hanging(
    head: Vec<Span<'static>>,
    text: &str,
    style: Style,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let indent: usize = head.iter().map(|span| span.content.width()).sum();
    let room = width.saturating_sub(indent).max(1);
    let mut head = Some(head);
    wrap(&one_line(text, theme.ascii), room)
        .into_iter()
        .map(|chunk| {
            let mut spans = head
                .take()
                .unwrap_or_else(|| vec![Span::raw(" ".repeat(indent))]);
            spans.push(Span::styled(chunk, style));
            Line::from(spans)
        })
        .collect()
}

/// The first key the Context view binds to `action`, as hints write it.
fn key(state: &State, action: Command) -> String {
    let scope = [Scope::View(View::Context)];
    state
        .keymap
        .bindings(&scope)
        .find(|binding| binding.command == action)
        .and_then(|binding| binding.keys.first())
        .map(|key| key.label(state.theme.ascii))
        .unwrap_or_default()
}

/// The first row to show so that rows `start..end` are in view in a pane of `height`, the
/// top kept in view when everything fits.
fn scroll_to(start: usize, end: usize, height: usize) -> usize {
    end.saturating_sub(height).min(start)
}

#[cfg(test)]
mod tests;
