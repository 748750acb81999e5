//! What a view says while the workspace has no providers yet: where to add them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::command::{Command, View};
use crate::tui::state::State;

/// Draws `heading`, the keys that add a provider (for `whom`), and `closing` in `block`.
pub fn draw_no_providers(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    block: Block<'static>,
    [heading, whom, closing]: [&str; 3],
) {
    let theme = state.theme;
    let providers = state
        .keymap
        .key_label(Command::GoTo(View::Providers), theme.ascii);
    let add = state.keymap.key_label(Command::AddProvider, theme.ascii);
    let text = vec![
        Line::styled(heading.to_owned(), theme.title()),
        Line::raw(""),
        Line::raw(format!(
            "Press {providers} for Providers, then {add} to add {whom}."
        )),
        Line::raw(closing.to_owned()),
    ];
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        area,
    );
}
