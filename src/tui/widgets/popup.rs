//! The frame every dialog shares: centred, cleared behind, titled, bordered.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear};

use crate::tui::theme::Theme;

/// A rectangle of at most `width` x `height`, centred in `area` and never larger than it.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// Clears `area` and draws the dialog's border and title; returns the inner area.
pub fn frame_popup(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    footer: Option<Line<'_>>,
    theme: Theme,
) -> Rect {
    frame.render_widget(Clear, area);
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border())
        .border_style(theme.focused_border())
        .title(Line::styled(format!(" {title} "), theme.title()));
    if let Some(mut footer) = footer {
        // A space before the border resumes, as the title has.
        footer.push_span(ratatui::text::Span::raw(" "));
        block = block.title_bottom(footer);
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}
