//! Views whose issue has not landed yet say so plainly instead of pretending.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::tui::command::View;
use crate::tui::state::State;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, view: View) {
    let theme = state.theme;
    let what = match view {
        View::History => "the tamper-evident record of every change",
        _ => "",
    };
    let text = vec![
        Line::styled(format!("{} is not built yet.", view.title()), theme.title()),
        Line::raw(""),
        Line::raw(format!("This view will show {what}.")),
        Line::raw("Press 1 for Context, 2 for Providers or 3 for Review; ? lists every key."),
    ];
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border())
        .title(format!(" {} ", view.title()));
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        area,
    );
}
