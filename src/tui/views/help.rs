//! The help overlay: every key of the current view, read from the keymap. The popup is as
//! wide as its longest entry allows within the terminal; a description that still does not
//! fit wraps under itself, so nothing is cut off.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::keymap::Scope;
use crate::tui::state::State;
use crate::tui::text::wrap;
use crate::tui::widgets::popup::{centred, frame_popup};

/// The widest the popup grows, so lines stay easy to read on a very wide terminal.
const MAX_WIDTH: u16 = 100;

/// Columns the popup keeps free on each side of it when the terminal is narrower.
const MARGIN: u16 = 2;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, scroll: u16) {
    let theme = state.theme;
    let scopes = state.help_scopes();
    let bindings: Vec<_> = state.keymap.bindings(&scopes).collect();
    let key_width = bindings
        .iter()
        .map(|b| b.keys_label(theme.ascii).width())
        .max()
        .unwrap_or(0);
    // "  keys  description", inside the border.
    let indent = key_width + 4;
    let widest = bindings
        .iter()
        .map(|b| indent + b.command.describe().width())
        .chain(bindings.iter().map(|b| b.scope.title().width()))
        .max()
        .unwrap_or(0);
    let room = area.width.saturating_sub(2 * MARGIN).min(MAX_WIDTH);
    let width = (widest as u16 + 2).min(room).max(20.min(area.width));
    let text_width = usize::from(width.saturating_sub(2))
        .saturating_sub(indent)
        .max(1);
    let mut lines = Vec::new();
    let mut current_scope = None;
    for binding in &bindings {
        if current_scope != Some(binding.scope) {
            if current_scope.is_some() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(binding.scope.title(), theme.title()));
            current_scope = Some(binding.scope);
        }
        let mut head = Some(Span::styled(
            format!("  {:<key_width$}  ", binding.keys_label(theme.ascii)),
            theme.key(),
        ));
        for chunk in wrap(&binding.command.describe(), text_width) {
            let head = head.take().unwrap_or_else(|| Span::raw(" ".repeat(indent)));
            lines.push(Line::from(vec![head, Span::raw(chunk)]));
        }
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = centred(area, width, height);
    let footer = super::chrome::hint_line(state, &[Scope::Help], popup.width as usize - 2);
    let inner = frame_popup(frame, popup, "Keys", Some(footer), theme);
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max_scroll), 0)),
        inner,
    );
}
