//! A dialog of labelled one-line fields and choices, shared by every form in the app
//! (provider, evidence, action, workspace name). Validation belongs to whoever submits it;
//! the form only shows the error it is given.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui_textarea::TextArea;

use super::popup::{centred, frame_popup};
use crate::tui::text::{neutralise, one_line};
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
}

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
        let line = value.replace(['\n', '\r'], " ");
        let mut area = TextArea::new(vec![neutralise(&line, false).into_owned()]);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        area.set_cursor_line_style(Style::new());
        self.fields.push(Field {
            label,
            input: Input::Text(Box::new(area)),
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
        });
        self
    }

    /// The text of field `index`, trimmed; empty for a choice or a missing field.
    pub fn value(&self, index: usize) -> String {
        match self.fields.get(index).map(|field| &field.input) {
            Some(Input::Text(area)) => area.lines().join(" ").trim().to_owned(),
            _ => String::new(),
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
        match &mut field.input {
            Input::Text(area) => {
                // A one-line field: keys that would break the line are ignored.
                if !matches!(key.code, KeyCode::Enter) {
                    area.input(key);
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

    /// Pasted text goes into the focused text field as one line.
    pub fn paste(&mut self, text: &str) {
        if let Some(Field {
            input: Input::Text(area),
            ..
        }) = self.fields.get_mut(self.focus)
        {
            area.insert_str(text.replace(['\n', '\r'], " "));
        }
    }

    /// Draws the form as a centred dialog over `area`.
    pub fn draw(&self, frame: &mut Frame, area: Rect, theme: Theme) {
        let label_width = self.fields.iter().map(|f| f.label.len()).max().unwrap_or(0) as u16 + 2;
        let width = area.width.saturating_sub(4).min(72);
        let error_lines = u16::from(self.error.is_some()) * 2;
        let height = self.fields.len() as u16 + 3 + error_lines;
        let popup = centred(area, width, height);
        let inner = frame_popup(frame, popup, &self.title, None, theme);
        for (index, field) in self.fields.iter().enumerate() {
            let y = inner.y + index as u16;
            if y >= inner.bottom() {
                break;
            }
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
                1,
            );
            draw_input(frame, value, &field.input, focused, theme);
        }
        let below = inner.y + self.fields.len() as u16 + 1;
        if let Some(error) = &self.error
            && below < inner.bottom()
        {
            let rect = Rect::new(inner.x, below, inner.width, inner.bottom() - below);
            let text = Line::styled(one_line(error, theme.ascii), theme.error());
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), rect);
        }
    }
}

fn draw_input(frame: &mut Frame, area: Rect, input: &Input, focused: bool, theme: Theme) {
    match input {
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
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn typing_goes_to_the_focused_field() {
        let mut form = Form::new("t").text("Name", "Ac").text("Owner", "");
        form.input(press(KeyCode::Char('m')));
        form.input(press(KeyCode::Char('e')));
        form.next_field();
        form.input(press(KeyCode::Char('z')));
        assert_eq!(form.value(0), "Acme");
        assert_eq!(form.value(1), "z");
    }

    #[test]
    fn enter_never_breaks_a_one_line_field() {
        let mut form = Form::new("t").text("Name", "a");
        form.input(press(KeyCode::Enter));
        form.paste("b\nc");
        assert_eq!(form.value(0), "ab c");
    }

    #[test]
    fn control_characters_in_a_value_become_visible() {
        let form = Form::new("t").text("Name", "Evil\x1b[31m\u{202E}x");
        assert_eq!(form.value(0), "Evil\u{241B}[31m\u{FFFD}x");
    }

    #[test]
    fn choices_cycle_both_ways() {
        let mut form = Form::new("t").choice("Kind", vec!["a", "b", "c"], 0);
        form.input(press(KeyCode::Left));
        assert_eq!(form.selected(0), 2);
        form.input(press(KeyCode::Right));
        form.input(press(KeyCode::Char(' ')));
        assert_eq!(form.selected(0), 1);
    }

    #[test]
    fn focus_wraps_around() {
        let mut form = Form::new("t").text("A", "").text("B", "");
        form.prev_field();
        assert_eq!(form.focus(), 1);
        form.next_field();
        assert_eq!(form.focus(), 0);
    }
}
