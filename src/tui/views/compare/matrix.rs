//! The matrix: providers as columns, sections (and the items of open sections) as rows.
//! The row labels on the left, the names on top and the overall scores at the bottom stay
//! put while the cells scroll both ways, so twenty providers fit a narrow terminal.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{ellipsis, full_names, pane, section_title, selected_column};
use crate::catalogue::Priority;
use crate::compare::{Comparison, Row, telling_apart};
use crate::scoring::{Scorecard, Tally};
use crate::tui::layout::centred_offset;
use crate::tui::selectors::rows;
use crate::tui::state::State;
use crate::tui::text::truncate;
use crate::tui::theme::Theme;
use crate::workspace::Status;

// Lines above the rows (two for the name, one for the rank) and below them.
use crate::tui::layout::{MATRIX_FOOTER as FOOTER, MATRIX_HEADER as HEADER, matrix_rows_height};

/// Where the columns fall inside the matrix's border.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grid {
    pub inner: Rect,
    /// Width of the row labels on the left.
    pub label: u16,
    /// Width of each provider column.
    pub column: u16,
    /// Position of the first column drawn, and how many are drawn.
    pub first: usize,
    pub visible: usize,
}

impl Grid {
    /// Columns share what the labels leave, between 9 (a short name) and 12 wide; the
    /// columns drawn follow the selected one, and the labels take what is left over.
    pub fn new(inner: Rect, columns: usize, selected: usize) -> Self {
        let label = (inner.width / 4).clamp(20, 36).min(inner.width);
        let room = inner.width - label;
        let count = u16::try_from(columns.max(1)).unwrap_or(u16::MAX);
        let column = (room / count).clamp(9, 12);
        let visible = usize::from(room / column).min(columns);
        let label = label + room - column * visible as u16;
        Self {
            inner,
            label,
            column,
            first: centred_offset(selected, columns, visible),
            visible,
        }
    }

    fn line(&self, offset: u16) -> Rect {
        Rect::new(self.inner.x, self.inner.y + offset, self.inner.width, 1).intersection(self.inner)
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, comparison: &Comparison<'_>) {
    let rows = rows(state, comparison.matrix());
    let mut block = pane(title(state), state);
    let hidden = comparison.matrix().out_of_scope();
    if hidden > 0 {
        block = block.title_bottom(Line::styled(
            format!(" {hidden} items for services not needed are left out "),
            state.theme.dim(),
        ));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some((provider, position)) = selected_column(state, comparison) else {
        return;
    };
    let grid = Grid::new(inner, comparison.columns.len(), position);
    let shown = &comparison.columns[grid.first..grid.first + grid.visible];
    let painter = Painter {
        grid,
        state,
        shown,
        selected: provider,
    };
    painter.header(frame, comparison);
    let drawn = painter.body(frame, comparison, &rows);
    painter.footer(frame, comparison, drawn);
}

fn title(state: &State) -> String {
    let view = &state.compare;
    let dot = if state.theme.ascii { " - " } else { " · " };
    let mut parts = vec!["Compare", view.sort.label()];
    if view.filter.differences_only {
        parts.push("differences only");
    }
    if view.filter.required_only {
        parts.push("required only");
    }
    format!(" {} ", parts.join(dot))
}

/// Draws the lines of the matrix for the columns on screen.
struct Painter<'s> {
    grid: Grid,
    state: &'s State,
    /// Provider indexes of the columns drawn, left to right.
    shown: &'s [usize],
    /// The selected provider's index.
    selected: usize,
}

impl Painter<'_> {
    fn label(&self, text: &str, style: Style) -> Span<'static> {
        let width = usize::from(self.grid.label.saturating_sub(1));
        let text = truncate(text, width, self.state.theme.ascii);
        Span::styled(pad(&text, usize::from(self.grid.label), false), style)
    }

    fn cell(&self, text: &str, style: Style) -> Span<'static> {
        Span::styled(pad(text, usize::from(self.grid.column), true), style)
    }

    /// A line: its label, then one cell per column drawn, the selected one reversed when
    /// `crosshair` is set.
    fn line(
        &self,
        label: Span<'static>,
        cell: impl Fn(usize) -> (String, Style),
        crosshair: bool,
    ) -> Line<'static> {
        let mut spans = vec![label];
        for &provider in self.shown {
            let (text, mut style) = cell(provider);
            if crosshair && provider == self.selected {
                style = style.patch(self.state.theme.selected());
            }
            spans.push(self.cell(&text, style));
        }
        Line::from(spans)
    }

    fn header(&self, frame: &mut Frame, comparison: &Comparison<'_>) {
        let theme = self.state.theme;
        let total = comparison.columns.len();
        let (first, visible) = (self.grid.first, self.grid.visible);
        let span = if visible == total {
            format!("{total} providers")
        } else {
            let dash = if theme.ascii { "-" } else { "–" };
            format!(
                "Providers {}{dash}{} of {total}",
                first + 1,
                first + visible
            )
        };
        let left = if theme.ascii { "<" } else { "◂" };
        let right = if theme.ascii { ">" } else { "▸" };
        let before = first;
        let after = total - first - visible;
        let more = match (before, after) {
            (0, 0) => String::new(),
            (0, after) => format!("{after} more {right}"),
            (before, 0) => format!("{left} {before} more"),
            (before, after) => {
                let dot = if theme.ascii { "-" } else { "·" };
                format!("{left} {before} more {dot} {after} more {right}")
            }
        };
        let width = usize::from(self.grid.column.saturating_sub(1));
        // Laid out for every provider, not only those in view, so that a column keeps its
        // header as the columns scroll.
        let full = full_names(comparison, theme.ascii);
        let full: Vec<&str> = full.iter().map(String::as_str).collect();
        let lay_out = |name: &str| name_lines(name, width, theme.ascii);
        let labels = telling_apart(&full, ellipsis(theme), lay_out);
        let names: Vec<[String; 2]> = self
            .shown
            .iter()
            .map(|&index| lay_out(&labels[index]))
            .collect();
        let lines = [
            (span, theme.dim()),
            (more, theme.dim()),
            ("Rank".to_owned(), theme.title()),
        ];
        for (offset, (text, style)) in lines.into_iter().enumerate() {
            let cell = |provider: usize| {
                let place = self.shown.iter().position(|&p| p == provider).unwrap_or(0);
                let text = match offset {
                    0 | 1 => names[place][offset].clone(),
                    _ => format!("#{}", comparison.rank_of(provider)),
                };
                (text, theme.title())
            };
            let line = self.line(self.label(&text, style), cell, true);
            frame.render_widget(line, self.grid.line(offset as u16));
        }
    }

    /// Draws the rows in view around the cursor; returns how many lines they took.
    fn body(&self, frame: &mut Frame, comparison: &Comparison<'_>, rows: &[Row<'_>]) -> u16 {
        let theme = self.state.theme;
        let height = matrix_rows_height(self.grid.inner);
        if rows.is_empty() {
            let filter = self.state.compare.filter;
            let why = if filter.differences_only {
                "No item differs between the providers."
            } else if filter.required_only {
                "No item is required at this assurance level."
            } else {
                "Nothing to compare: no item is in scope."
            };
            let line = Line::styled(format!(" {why}"), theme.dim());
            frame.render_widget(line, self.grid.line(HEADER));
            return 1;
        }
        let cursor = self.state.compare.cursor.min(rows.len() - 1);
        let offset = centred_offset(cursor, rows.len(), usize::from(height));
        for (line_index, (index, row)) in rows
            .iter()
            .enumerate()
            .skip(offset)
            .take(usize::from(height))
            .enumerate()
        {
            let selected = index == cursor;
            let label_style = if selected {
                theme.selected()
            } else {
                Style::new()
            };
            let line = match row {
                Row::Section { section, expanded } => {
                    let text = format!(
                        "{} {} {}",
                        theme.fold_glyph(*expanded),
                        section.id,
                        section_title(&section.title)
                    );
                    let cell = |provider: usize| {
                        let tally = comparison.cards[provider].section(&section.id);
                        (percent(tally, theme.ascii), theme.title())
                    };
                    self.line(
                        self.label(&text, label_style.patch(theme.title())),
                        cell,
                        selected,
                    )
                }
                Row::Item { item, priority, .. } => {
                    // Required items carry a star, as in the Review tree.
                    let star = if *priority == Priority::Required {
                        "*"
                    } else {
                        ""
                    };
                    let text = format!("  {}{star} {}", item.id, item.title);
                    let style = label_style.patch(theme.priority_style(*priority));
                    let cell = |provider: usize| {
                        let status = comparison.matrix().status(provider, &item.id);
                        (
                            theme.status_glyph(status).to_owned(),
                            theme.status_style(status),
                        )
                    };
                    self.line(self.label(&text, style), cell, selected)
                }
            };
            frame.render_widget(line, self.grid.line(HEADER + line_index as u16));
        }
        height.min(u16::try_from(rows.len()).unwrap_or(u16::MAX))
    }

    /// The overall rows, right under the `drawn` lines of the body.
    fn footer(&self, frame: &mut Frame, comparison: &Comparison<'_>, drawn: u16) {
        let theme = self.state.theme;
        let top = HEADER + drawn;
        for (offset, label) in FOOTER_ROWS.into_iter().enumerate() {
            let cell = |provider: usize| footer_cell(offset, &comparison.cards[provider], theme);
            let line = self.line(self.label(label, theme.title()), cell, false);
            frame.render_widget(line, self.grid.line(top + offset as u16));
        }
    }
}

const FOOTER_ROWS: [&str; FOOTER as usize] = ["Score", "Coverage", "Unknown", "Disqualifying"];

/// The cell of footer row `row` (as in `FOOTER_ROWS`) for one provider.
fn footer_cell(row: usize, card: &Scorecard, theme: Theme) -> (String, Style) {
    let dash = if theme.ascii { "-" } else { "–" };
    let tally = &card.overall;
    match row {
        0 => (percent(Some(tally), theme.ascii), theme.title()),
        1 if tally.applicable == 0 => (dash.to_owned(), Style::new()),
        1 => (
            format!("{}%", tally.assessed * 100 / tally.applicable),
            Style::new(),
        ),
        2 => (
            tally.unknown.to_string(),
            theme.status_style(Status::Unknown),
        ),
        _ => match card.disqualifying.len() {
            0 => (dash.to_owned(), theme.dim()),
            n if theme.ascii => (format!("DQ{n}"), theme.error()),
            n => (
                format!("{}{n}", theme.status_glyph(Status::NotMet)),
                theme.error(),
            ),
        },
    }
}

/// A score as a whole percentage, or a dash when nothing counts.
fn percent(tally: Option<&Tally>, ascii: bool) -> String {
    match tally.and_then(Tally::percent) {
        Some(percent) => format!("{percent:.0}%"),
        None if ascii => "-".to_owned(),
        None => "–".to_owned(),
    }
}

/// A name on two lines of `width`: as many words as fit on the first, the rest on the
/// second, each cut with a mark when too long.
fn name_lines(name: &str, width: usize, ascii: bool) -> [String; 2] {
    let mut first = String::new();
    let mut rest: Vec<&str> = Vec::new();
    for word in name.split_whitespace() {
        let fits = first.is_empty() || first.width() + 1 + word.width() <= width;
        if rest.is_empty() && fits {
            if !first.is_empty() {
                first.push(' ');
            }
            first.push_str(word);
        } else {
            rest.push(word);
        }
    }
    [
        truncate(&first, width, ascii),
        truncate(&rest.join(" "), width, ascii),
    ]
}

/// `text` padded with spaces to `width` columns, centred or to the left.
fn pad(text: &str, width: usize, centre: bool) -> String {
    let used = text.width();
    let spare = width.saturating_sub(used);
    let before = if centre { spare / 2 } else { 0 };
    format!("{}{text}{}", " ".repeat(before), " ".repeat(spare - before))
}
