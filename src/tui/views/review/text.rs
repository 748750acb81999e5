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

/// The columns between tab stops in a note, as the note editor draws them.
const TAB_WIDTH: usize = 4;

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

    /// A field whose value keeps its line breaks and each line's indentation (a tab to the
    /// next multiple of four columns, as the note editor shows it), each line neutralised
    /// and wrapped with its continuation lines under its own first character.
    pub fn note(&mut self, label: &str, text: &str) {
        let room = self.width.saturating_sub(LABEL_WIDTH).max(1);
        for (index, line) in text.lines().enumerate() {
            let label = if index == 0 { label } else { "" };
            let body = line.trim_start_matches([' ', '\t']);
            let columns = line[..line.len() - body.len()]
                .chars()
                .fold(0, |column, ch| match ch {
                    '\t' => (column / TAB_WIDTH + 1) * TAB_WIDTH,
                    _ => column + 1,
                });
            // However deep the indent, half the room is left for the words.
            let indent = " ".repeat(columns.min(room / 2));
            let body = neutralise(body, self.theme.ascii);
            for (row, part) in wrap(&body, room - indent.len()).into_iter().enumerate() {
                let label = if row == 0 { label } else { "" };
                self.lines.push(Line::from(vec![
                    self.label(label),
                    Span::styled(format!("{indent}{part}"), Style::new()),
                ]));
            }
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

    #[test]
    fn notes_keep_their_indentation_and_wrap_beneath_it() {
        let mut doc = Doc::new(
            30,
            Theme {
                colour: false,
                ascii: true,
            },
        );
        doc.note(
            "Note",
            "Steps:\n    tabbed line\n\tone tab\n  - a point long enough to wrap",
        );
        let text: Vec<String> = doc.lines.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "Note      Steps:",
                "              tabbed line",
                "              one tab",
                "            - a point long",
                "            enough to wrap",
            ]
        );
    }
}
