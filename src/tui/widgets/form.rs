//! A dialog of labelled fields (one-line text, text of several lines, choices), shared by
//! every form in the app (provider, evidence, action, workspace name). Validation belongs
//! to whoever submits it; the form only shows the error it is given.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::popup::{centred, frame_popup};
use super::text_keys;
use crate::tui::text::{neutralise, one_line, truncate};
use crate::tui::theme::Theme;

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    fields: Vec<Field>,
    focus: usize,
    /// Why the last submission was refused; shown under the fields.
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
struct Field {
    label: &'static str,
    input: Input,
    /// Rows on screen: 1, or more for text that keeps its line breaks.
    rows: u16,
}

impl Field {
    fn is_multiline(&self) -> bool {
        self.rows > 1 && matches!(self.input, Input::Text(_))
    }
}

/// Shown under the fields while one of several lines has the focus: Up and Down move
/// between fields, so lines need keys of their own (the hint line says Enter and Ctrl-s).
const MULTILINE_TIP: &str = "Up or down a line: Ctrl-p, Ctrl-n.";

#[derive(Debug, Clone)]
enum Input {
    // Boxed: a text area is far larger than a choice.
    Text(Box<TextArea<'static>>),
    Choice {
        options: Vec<&'static str>,
        selected: usize,
    },
}

impl Form {
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            fields: Vec::new(),
            focus: 0,
            error: None,
        }
    }

    /// Adds a one-line text field holding `value`, cursor at its end. Control characters
    /// in `value` (from an imported file) become their visible stand-ins: the field shows
    /// what is there, and saving the form keeps the text harmless.
    #[must_use]
    pub fn text(mut self, label: &'static str, value: &str) -> Self {
        self.fields.push(Field {
            label,
            input: Input::Text(Box::new(one_line_area(value))),
            rows: 1,
        });
        self
    }

    /// Adds a text field that keeps line breaks (notes), `rows` high, wrapping long lines,
    /// cursor at the end. Enter still saves the form: Ctrl-j (or Alt-Enter, where the
    /// terminal sends it) starts a new line. Control characters show as in `text`.
    #[must_use]
    pub fn lines(mut self, label: &'static str, value: &str, rows: u16) -> Self {
        let mut lines: Vec<String> = value
            .lines()
            .map(|line| neutralise(line, false).into_owned())
            .collect();
        if lines.is_empty() {
            lines.push(String::new());
        }
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        area.set_cursor_line_style(Style::new());
        self.fields.push(Field {
            label,
            input: Input::Text(Box::new(area)),
            rows: rows.max(2),
        });
        self
    }

    /// Adds a choice among `options`, changed with Left/Right or Space.
    #[must_use]
    pub fn choice(
        mut self,
        label: &'static str,
        options: Vec<&'static str>,
        selected: usize,
    ) -> Self {
        let selected = selected.min(options.len().saturating_sub(1));
        self.fields.push(Field {
            label,
            input: Input::Choice { options, selected },
            rows: 1,
        });
        self
    }

    /// The text of field `index`, trimmed; empty for a choice or a missing field. A field
    /// of several lines keeps its line breaks, with each line's trailing spaces dropped.
    pub fn value(&self, index: usize) -> String {
        match self.fields.get(index) {
            Some(
                field @ Field {
                    input: Input::Text(area),
                    ..
                },
            ) => {
                if field.is_multiline() {
                    let lines: Vec<&str> = area.lines().iter().map(|l| l.trim_end()).collect();
                    lines.join("\n").trim().to_owned()
                } else {
                    area.lines().join(" ").trim().to_owned()
                }
            }
            _ => String::new(),
        }
    }

    /// Replaces the text of one-line field `index`, cursor at its end (a dialog whose
    /// fields follow each other, as export's file follows its format).
    pub fn set_text(&mut self, index: usize, value: &str) {
        if let Some(Field {
            input: Input::Text(area),
            rows: 1,
            ..
        }) = self.fields.get_mut(index)
        {
            **area = one_line_area(value);
        }
    }

    /// The option chosen in field `index` (0 for a text field).
    pub fn selected(&self, index: usize) -> usize {
        match self.fields.get(index).map(|field| &field.input) {
            Some(Input::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }

    pub fn focus(&self) -> usize {
        self.focus
    }

    /// Whether the focused field keeps line breaks: then the form takes the keys of notes
    /// (Enter starts a line, Ctrl-s saves), as the note editor does.
    pub fn editing_lines(&self) -> bool {
        self.fields.get(self.focus).is_some_and(Field::is_multiline)
    }

    /// Starts a new line in the focused field when it keeps line breaks.
    pub fn new_line(&mut self) {
        if let Some(field) = self.fields.get_mut(self.focus)
            && field.is_multiline()
            && let Input::Text(area) = &mut field.input
        {
            area.insert_newline();
        }
    }

    /// Moves focus to field `index` (e.g. the field an error is about).
    pub fn focus_field(&mut self, index: usize) {
        self.focus = index.min(self.fields.len().saturating_sub(1));
    }

    pub fn next_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + 1) % self.fields.len();
        }
    }

    pub fn prev_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
        }
    }

    /// Gives a key the keymap did not claim to the focused field.
    pub fn input(&mut self, key: KeyEvent) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        let multiline = field.is_multiline();
        match &mut field.input {
            Input::Text(area) if multiline && starts_a_line(&key) => area.insert_newline(),
            Input::Text(area) => {
                // A one-line field: keys that would break the line are ignored. (Plain
                // Enter saves the form, so it only arrives here from tests.)
                if !matches!(key.code, KeyCode::Enter) {
                    text_keys::edit(area, key);
                }
            }
            Input::Choice { options, selected } => match key.code {
                KeyCode::Left | KeyCode::Char('h') => {
                    *selected = (*selected + options.len() - 1) % options.len().max(1);
                }
                KeyCode::Right | KeyCode::Char('l' | ' ') => {
                    *selected = (*selected + 1) % options.len().max(1);
                }
                _ => {}
            },
        }
        self.error = None;
    }

    /// Pasted text goes into the focused text field: with its line breaks into a field
    /// of several lines, as one line into the others.
    pub fn paste(&mut self, text: &str) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        let multiline = field.is_multiline();
        if let Input::Text(area) = &mut field.input {
            if multiline {
                area.insert_str(text.replace("\r\n", "\n").replace('\r', "\n"));
            } else {
                area.insert_str(text.replace(['\n', '\r'], " "));
            }
        }
    }

    /// Draws the form as a centred dialog over `area`.
    pub fn draw(&self, frame: &mut Frame, area: Rect, theme: Theme) {
        let label_width = self.fields.iter().map(|f| f.label.len()).max().unwrap_or(0) as u16 + 2;
        let width = area.width.saturating_sub(4).min(72);
        // As many lines as the error wraps to (up to four), so its end, which often says
        // what to do, is not cut off.
        let error_lines = self.error.as_deref().map_or(0, |error| {
            let lines = crate::text::wrap(error, usize::from(width.saturating_sub(2))).len();
            u16::try_from(lines.clamp(1, 4)).unwrap_or(4)
        });
        let rows: u16 = self.fields.iter().map(|field| field.rows).sum();
        let height = rows + 3 + error_lines;
        let popup = centred(area, width, height);
        let inner = frame_popup(frame, popup, &self.title, None, theme);
        let mut y = inner.y;
        for (index, field) in self.fields.iter().enumerate() {
            if y >= inner.bottom() {
                break;
            }
            let height = field.rows.min(inner.bottom() - y);
            let focused = index == self.focus;
            let label_style = if focused { theme.key() } else { theme.title() };
            let label = Rect::new(inner.x, y, label_width.min(inner.width), 1);
            frame.render_widget(
                Span::styled(format!("{}:", field.label), label_style),
                label,
            );
            let value = Rect::new(
                inner.x + label.width,
                y,
                inner.width.saturating_sub(label.width),
                height,
            );
            draw_input(frame, value, &field.input, focused, theme);
            y += field.rows;
        }
        // The row between the fields and any error.
        if self.fields.get(self.focus).is_some_and(Field::is_multiline) && y < inner.bottom() {
            let rect = Rect::new(inner.x, y, inner.width, 1);
            frame.render_widget(Span::styled(MULTILINE_TIP, theme.dim()), rect);
        }
        let below = inner.y + rows + 1;
        if let Some(error) = &self.error
            && below < inner.bottom()
        {
            let rect = Rect::new(inner.x, below, inner.width, inner.bottom() - below);
            let text = Line::styled(one_line(error, theme.ascii), theme.error());
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), rect);
        }
    }
}

/// A one-line text area holding `value` (line breaks as spaces, control characters as
/// their stand-ins), cursor at its end.
fn one_line_area(value: &str) -> TextArea<'static> {
    let line = value.replace(['\n', '\r'], " ");
    let mut area = TextArea::new(vec![neutralise(&line, false).into_owned()]);
    area.move_cursor(CursorMove::End);
    area.set_cursor_line_style(Style::new());
    area
}

/// Ctrl-j, or Enter with Alt or Shift (which reach the form: the keymap binds plain Enter).
fn starts_a_line(key: &KeyEvent) -> bool {
    match key.code {
        KeyCode::Char('j') => key.modifiers.contains(KeyModifiers::CONTROL),
        KeyCode::Enter => key
            .modifiers
            .intersects(KeyModifiers::ALT | KeyModifiers::SHIFT),
        _ => false,
    }
}

fn draw_input(frame: &mut Frame, area: Rect, input: &Input, focused: bool, theme: Theme) {
    match input {
        // A one-line field not being edited shows from its start, cut with an ellipsis:
        // the text area would show the end, where its cursor was left, and hide what the
        // field says first ("…ity adviser; 2026-12-07").
        Input::Text(text) if !focused && area.height == 1 => {
            let value = text.lines().join(" ");
            let shown = truncate(&value, usize::from(area.width), theme.ascii);
            frame.render_widget(Span::styled(shown, theme.dim()), area);
        }
        Input::Text(text) => {
            let mut text = text.as_ref().clone();
            let cursor = if focused {
                theme.selected()
            } else {
                Style::new()
            };
            text.set_cursor_style(cursor);
            text.set_style(if focused { Style::new() } else { theme.dim() });
            frame.render_widget(&text, area);
        }
        Input::Choice { options, selected } => {
            let (left, right) = if theme.ascii {
                ("< ", " >")
            } else {
                ("‹ ", " ›")
            };
            let current = options.get(*selected).copied().unwrap_or("");
            let style = if focused {
                theme.selected()
            } else {
                Style::new()
            };
            let line = Line::from(vec![
                Span::styled(left, theme.dim()),
                Span::styled(current, style),
                Span::styled(right, theme.dim()),
            ]);
            frame.render_widget(line, area);
        }
    }
}

#[cfg(test)]
mod tests;
