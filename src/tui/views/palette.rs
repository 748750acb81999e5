//! The command palette: every command with its keys, the typed letters highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::chrome::hint_line;
use crate::search::Ranked;
use crate::tui::keymap::Scope;
use crate::tui::state::State;
use crate::tui::state::{Palette, PaletteEntry};
use crate::tui::widgets::finder::{Finder, Look, highlighted};

/// The widest the palette gets: a command and its keys need no more.
const WIDTH: u16 = 76;

pub fn draw(frame: &mut Frame, body: Rect, palette: &Palette, state: &State) {
    let theme = state.theme;
    let detail = palette
        .finder
        .current()
        .and_then(|hit| palette.commands.get(hit.id))
        .map_or_else(Line::default, |command| {
            Line::styled(explain(command), theme.dim())
        });
    let look = Look {
        theme,
        title: "Commands",
        width: WIDTH,
        prompt: ":",
        footer: hint_line(state, &[Scope::Palette], Finder::inner_width(body, WIDTH)),
        empty: "No command matches. Fewer letters find more: they need only come in order."
            .to_owned(),
        detail,
    };
    let keys_width = palette
        .commands
        .iter()
        .map(|c| unicode_width::UnicodeWidthStr::width(c.keys.as_str()))
        .max()
        .unwrap_or(0);
    let row = |hit: &Ranked, width: usize| -> Line<'static> {
        let Some(command) = palette.commands.get(hit.id) else {
            return Line::default();
        };
        let room = width.saturating_sub(keys_width + 3);
        let mut spans = vec![Span::raw(" ")];
        spans.extend(highlighted(
            &command.label,
            &hit.positions,
            room,
            Style::new(),
            theme,
        ));
        let used: usize = spans.iter().map(Span::width).sum();
        let gap = width.saturating_sub(used + keys_width + 1);
        spans.push(Span::raw(" ".repeat(gap)));
        spans.push(Span::styled(
            format!("{:>keys_width$} ", command.keys),
            theme.key(),
        ));
        Line::from(spans)
    };
    palette.finder.draw(frame, body, &look, &row);
}

/// The line under the list: how the selected command is reached.
fn explain(command: &PaletteEntry) -> String {
    let key = if command.keys.is_empty() {
        "No key: run it from here.".to_owned()
    } else {
        format!("Key: {}.", command.keys)
    };
    if command.elsewhere {
        format!("{key} Goes to {} first.", command.scope.title())
    } else {
        key
    }
}

#[cfg(test)]
mod tests;
