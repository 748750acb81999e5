//! The yes/no question and the note editor.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use super::chrome::hint_line;
use crate::tui::keymap::Scope;
use crate::tui::state::{Confirm, NoteEditor, State};
use crate::tui::text::one_line;
use crate::tui::widgets::popup::{centred, frame_popup};

pub fn draw_confirm(frame: &mut Frame, area: Rect, confirm: &Confirm, state: &State) {
    let theme = state.theme;
    let popup = centred(area, 60, 7);
    let footer = hint_line(state, &[Scope::Confirm], popup.width as usize - 2);
    let inner = frame_popup(frame, popup, &confirm.title, Some(footer), theme);
    let text = Paragraph::new(one_line(&confirm.message, theme.ascii)).wrap(Wrap { trim: true });
    frame.render_widget(text, inner);
}

pub fn draw_editor(frame: &mut Frame, area: Rect, editor: &NoteEditor, state: &State) {
    let theme = state.theme;
    let provider = state
        .workspace()
        .and_then(|workspace| workspace.provider(&editor.provider))
        .map(|provider| one_line(&provider.name, theme.ascii))
        .unwrap_or_default();
    let width = area.width.saturating_sub(4).min(100);
    let height = area.height.saturating_sub(2).min(20);
    let popup = centred(area, width, height);
    let footer = hint_line(state, &[Scope::Editor], width as usize - 2);
    let title = format!("Note: {} for {provider}", editor.item);
    let inner = frame_popup(frame, popup, &title, Some(footer), theme);
    // The editor's own text is drawn, never a copy: drawing is how it learns its width (to
    // wrap, so Up and Down go by screen rows) and its page (for PgUp and PgDn).
    frame.render_widget(&editor.text, inner);
}
