//! Drawing. Every function here takes the state by shared reference and only draws.

mod chrome;
mod dialogs;
mod help;
mod picker;
mod placeholder;
mod providers;
pub(super) mod review;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::action::View;
use super::state::{Overlay, State};

/// The smallest terminal every view is designed for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, state: &State) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        draw_too_small(frame, area);
        return;
    }
    let [tabs, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    chrome::draw_tabs(frame, tabs, state);
    if state.showing_picker() {
        picker::draw(frame, body, state);
    } else {
        match state.view {
            View::Providers => providers::draw(frame, body, state),
            View::Review => review::draw(frame, body, state),
            other => placeholder::draw(frame, body, state, other),
        }
    }
    chrome::draw_status(frame, status, state);
    chrome::draw_hints(frame, hints, state);
    for overlay in &state.overlays {
        match overlay {
            Overlay::Help { scroll } => help::draw(frame, body, state, *scroll),
            Overlay::Confirm(confirm) => dialogs::draw_confirm(frame, body, confirm, state),
            Overlay::Form(form, _) => form.draw(frame, body, state.theme),
            Overlay::Editor(editor) => dialogs::draw_editor(frame, body, editor, state),
        }
    }
}

fn draw_too_small(frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::from("Terminal too small"),
        Line::from(format!(
            "{}x{} here; tiaki needs at least {MIN_WIDTH}x{MIN_HEIGHT}.",
            area.width, area.height
        )),
        Line::from("Enlarge the window, or press q to quit."),
    ];
    let height = (text.len() as u16).min(area.height);
    let top = area.y + area.height.saturating_sub(height) / 2;
    let rect = Rect::new(area.x, top, area.width, height);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(ratatui::layout::Alignment::Center)
            .wrap(ratatui::widgets::Wrap { trim: true }),
        rect,
    );
}
