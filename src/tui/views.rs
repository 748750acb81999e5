//! Drawing. Every function here takes the state by shared reference and only draws.

mod actions;
mod chrome;
mod compare;
mod context;
mod dialogs;
mod empty;
mod help;
mod history;
mod library;
mod palette;
mod picker;
mod providers;
mod review;
mod search;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::command::{Command, View};
use super::layout::{MIN_HEIGHT, MIN_WIDTH, Screen};
use super::state::{Drawn, Overlay, Pending, State};

/// Draws the whole screen, and says what it laid out (see `Drawn`).
pub fn draw(frame: &mut Frame, state: &State) -> Drawn {
    let area = frame.area();
    let Some(screen) = Screen::with_status(area.as_size(), chrome::status_rows(state, area.width))
    else {
        draw_too_small(frame, area, state);
        return Drawn::default();
    };
    let Screen {
        tabs,
        body,
        status,
        hints,
    } = screen;
    let mut drawn = Drawn {
        screen: Some(screen),
        ..Drawn::default()
    };
    chrome::draw_tabs(frame, tabs, state);
    if state.showing_picker() {
        drawn.picker_table = Some(picker::draw(frame, body, state));
    } else {
        match state.view {
            View::Context => drawn.assurance_lines = context::draw(frame, body, state),
            View::Providers => providers::draw(frame, body, state),
            View::Review => drawn.review_detail_lines = review::draw(frame, body, state),
            View::Compare => compare::draw(frame, body, state),
            View::Actions => actions::draw(frame, body, state),
            View::History => history::draw(frame, body, state),
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
            Overlay::Search(finder) => search::draw(frame, body, finder, state),
            Overlay::Palette(palette) => palette::draw(frame, body, palette, state),
            Overlay::Library(library) => library::draw(frame, body, library, state),
            Overlay::Hashing(hashing) => library::draw_hashing(frame, body, hashing, state),
        }
    }
    drawn
}

/// Says the terminal is too small in the longest wording that fits without wrapping, down
/// to a single mark in a 1x1 terminal, so the message never arrives cut in half. Nothing
/// but quitting works meanwhile (`update::handle_event`); a question asked before the
/// window shrank waits until it can be read.
fn draw_too_small(frame: &mut Frame, area: Rect, state: &State) {
    let quit = state.keymap.key_label(Command::Quit, state.theme.ascii);
    let (width, height) = (area.width, area.height);
    // Quitting with a change unsaved asks first; the answer needs the room to read it.
    let question = matches!(
        state.overlays.last(),
        Some(Overlay::Confirm(confirm)) if confirm.on_yes == Pending::QuitUnsaved
    );
    let (advice, short) = if question {
        (
            "Enlarge the window to see the question.".to_owned(),
            "enlarge to answer".to_owned(),
        )
    } else {
        (
            format!("Enlarge the window, or press {quit} to quit."),
            format!("{quit} quits"),
        )
    };
    let wordings = [
        vec![
            "Terminal too small".to_owned(),
            format!("{width}x{height} here; tiaki needs at least {MIN_WIDTH}x{MIN_HEIGHT}."),
            advice,
        ],
        vec![
            "Terminal too small".to_owned(),
            format!("{width}x{height}; needs {MIN_WIDTH}x{MIN_HEIGHT}"),
            short,
        ],
        vec!["Too small".to_owned(), format!("{MIN_WIDTH}x{MIN_HEIGHT}")],
        vec!["Too small".to_owned()],
        vec![format!("{MIN_WIDTH}x{MIN_HEIGHT}")],
        vec!["!".to_owned()],
    ];
    let fits = |lines: &&Vec<String>| {
        lines.len() <= usize::from(height)
            && lines
                .iter()
                .all(|line| line.chars().count() <= usize::from(width))
    };
    let Some(lines) = wordings.iter().find(fits) else {
        return;
    };
    let rows = lines.len() as u16;
    let rect = Rect::new(area.x, area.y + (height - rows) / 2, width, rows);
    let text: Vec<Line> = lines.iter().map(|line| Line::from(line.as_str())).collect();
    frame.render_widget(Paragraph::new(text).alignment(Alignment::Center), rect);
}

#[cfg(test)]
mod tests;
