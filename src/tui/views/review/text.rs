//! Building the detail pane's text: labelled fields with a hanging indent, paragraphs and
//! multi-line notes, wrapped to the pane's width. Every piece of text is neutralised here,
//! so nothing a user (or a user's own catalogue) wrote reaches the terminal raw.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::text::{neutralise, one_line, wrap};
use crate::tui::theme::Theme;

/// The column where field values start.
pub const LABEL_WIDTH: usize = 10;

/// How far lines under a value are indented beneath it.
const SUB_INDENT: usize = 2;

pub struct Doc {
    pub lines: Vec<Line<'static>>,
    width: usize,
    theme: Theme,
}

impl Doc {
    pub fn new(width: usize, theme: Theme) -> Self {
        Self {
            lines: Vec::new(),
            width,
            theme,
        }
    }

    pub fn blank(&mut self) {
        self.lines.push(Line::raw(""));
    }

    /// A paragraph across the whole width.
    pub fn para(&mut self, text: &str, style: Style) {
        for line in wrap(&one_line(text, self.theme.ascii), self.width) {
            self.lines.push(Line::styled(line, style));
        }
    }

    /// `Label     value`, the value wrapped under itself.
    pub fn field(&mut self, label: &str, value: &str, style: Style) {
        self.labelled(label, &one_line(value, self.theme.ascii), style);
    }

    /// A line under a field's value, indented beneath it (a file under its evidence).
    pub fn sub(&mut self, value: &str, style: Style) {
        let value = one_line(value, self.theme.ascii);
        let room = self.width.saturating_sub(LABEL_WIDTH + SUB_INDENT).max(1);
        let indent = " ".repeat(LABEL_WIDTH + SUB_INDENT);
        for line in wrap(&value, room) {
            self.lines.push(Line::from(vec![
                Span::raw(indent.clone()),
                Span::styled(line, style),
            ]));
        }
    }

    /// A field whose value is a dim hint of what to press.
    pub fn hint(&mut self, label: &str, value: &str) {
        self.field(label, value, self.theme.dim());
    }

    /// A field whose value keeps its line breaks, each line neutralised and wrapped.
    pub fn note(&mut self, label: &str, text: &str) {
        for (index, line) in text.lines().enumerate() {
            let label = if index == 0 { label } else { "" };
            self.labelled(label, &neutralise(line, self.theme.ascii), Style::new());
        }
    }

    /// A line of styled pieces the caller has made safe.
    pub fn line(&mut self, spans: Vec<Span<'static>>) {
        self.lines.push(Line::from(spans));
    }

    /// A one-line field made of styled pieces the caller has made safe.
    pub fn spans(&mut self, label: &str, value: Vec<Span<'static>>) {
        let mut spans = vec![self.label(label)];
        spans.extend(value);
        self.lines.push(Line::from(spans));
    }

    fn label(&self, label: &str) -> Span<'static> {
        Span::styled(format!("{label:<LABEL_WIDTH$}"), self.theme.dim())
    }

    fn labelled(&mut self, label: &str, value: &str, style: Style) {
        let room = self.width.saturating_sub(LABEL_WIDTH).max(1);
        for (index, line) in wrap(value, room).into_iter().enumerate() {
            let label = if index == 0 { label } else { "" };
            self.lines.push(Line::from(vec![
                self.label(label),
                Span::styled(line, style),
            ]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_keep_their_lines_and_lose_their_escapes() {
        let mut doc = Doc::new(
            30,
            Theme {
                colour: false,
                ascii: true,
            },
        );
        doc.note("Note", "first\x1b[2J\nsecond\x07");
        let text: Vec<String> = doc.lines.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["Note      first^[[2J", "          second^G"]);
    }
}
