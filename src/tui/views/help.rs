//! The help overlay: every key of the current view, read from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::keymap::Scope;
use crate::tui::state::State;
use crate::tui::widgets::popup::{centred, frame_popup};

pub fn draw(frame: &mut Frame, area: Rect, state: &State, scroll: u16) {
    let theme = state.theme;
    let scopes = state.help_scopes();
    let bindings: Vec<_> = state.keymap.bindings(&scopes).collect();
    let key_width = bindings
        .iter()
        .map(|b| b.keys_label(theme.ascii).chars().count())
        .max()
        .unwrap_or(0);
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
        lines.push(Line::from(vec![
            Span::styled(
                format!("  {:<key_width$}  ", binding.keys_label(theme.ascii)),
                theme.key(),
            ),
            Span::raw(binding.action.describe()),
        ]));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = centred(area, 64, height);
    let footer = super::chrome::hint_line(state, &[Scope::Help], popup.width as usize - 2);
    let inner = frame_popup(frame, popup, "Keys", Some(footer), theme);
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max_scroll), 0)),
        inner,
    );
}
