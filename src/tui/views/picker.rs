//! The workspace picker: every workspace with when it changed and how far it has got.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::chrome::fit_message;
use crate::tui::layout;
use crate::tui::layout::centred_offset;
use crate::tui::state::State;
use crate::tui::text::{one_line, wrap_rows};
use crate::workspace::Timestamp;

/// The Progress column of a workspace that follows a catalogue this build does not know;
/// the widest value the column holds.
const UNKNOWN_CATALOGUE: &str = "? unknown catalogue";

/// Draws the picker in `area`; returns where its table went, for the mouse.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) -> Rect {
    let theme = state.theme;
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border())
        .border_style(theme.focused_border())
        .title(Line::styled(" Workspaces ", theme.title()));
    let entries = &state.picker.entries;
    if entries.is_empty() {
        let text = vec![
            Line::styled("No workspaces yet.", theme.title()),
            Line::raw(""),
            Line::raw("Press n to create one for your assessment,"),
            Line::raw("or d to open the demo: clearly fictional providers, assessed in part,"),
            Line::raw("so you can see every view at work."),
        ];
        frame.render_widget(
            Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
            area,
        );
        return area;
    }
    let rows = entries.iter().map(|entry| {
        let name = one_line(&entry.name, theme.ascii);
        // The reason is too long for a column: it goes under the table when selected.
        if entry.is_damaged() {
            return Row::new(vec![
                Cell::from(name),
                Cell::from(Span::styled("damaged", theme.error())),
                Cell::from(""),
                Cell::from(Span::styled("cannot be read", theme.error())),
            ]);
        }
        let modified = Cell::from(entry.modified.map(Timestamp::short).unwrap_or_default());
        let providers = Cell::from(format!("{}", entry.providers));
        // Read but not openable: a catalogue this build does not know, as `tiaki list`
        // marks it. No figures: they would be counted against another catalogue.
        if entry.error.is_some() {
            return Row::new(vec![
                Cell::from(name),
                modified,
                providers,
                Cell::from(Span::styled(UNKNOWN_CATALOGUE, theme.warning())),
            ]);
        }
        let (done, total) = entry.progress;
        let percent = (done * 100).checked_div(total).unwrap_or(0);
        Row::new(vec![
            Cell::from(name),
            modified,
            providers,
            Cell::from(format!("{done}/{total} ({percent}%)")),
        ])
    });
    let header = Row::new(vec!["Name", "Modified", "Providers", "Progress"]).style(theme.title());
    // The last column as wide as what it holds, so that names get the rest: the long
    // unknown-catalogue label only when an entry needs it.
    let progress_width = entries
        .iter()
        .map(|entry| match &entry.error {
            Some(_) if entry.is_damaged() => "cannot be read".len(),
            Some(_) => UNKNOWN_CATALOGUE.len(),
            None => {
                let (done, total) = entry.progress;
                format!("{done}/{total} (100%)").len()
            }
        })
        .chain(["Progress".len()])
        .max()
        .unwrap_or_default();
    let widths = [
        Constraint::Min(20),
        Constraint::Length(16),
        Constraint::Length(9),
        Constraint::Length(u16::try_from(progress_width).unwrap_or(u16::MAX)),
    ];
    let areas = layout::picker(area, reason_rows(state, area));
    let inner_height = usize::from(layout::table_rows(areas.table).height);
    let selected = state.picker.selected.min(entries.len() - 1);
    if let Some(error) = &entries[selected].error {
        // A file that was read but follows an unknown catalogue is not damaged.
        let title = if entries[selected].is_damaged() {
            " Why it cannot be read "
        } else {
            " Why it cannot be opened "
        };
        draw_reason(frame, areas.reason, title, error, state);
    }
    let mut table_state = TableState::default()
        .with_selected(Some(selected))
        .with_offset(centred_offset(selected, entries.len(), inner_height));
    let table = Table::new(rows, widths)
        .header(header)
        .block(block)
        .row_highlight_style(theme.selected())
        .column_spacing(2);
    frame.render_stateful_widget(table, areas.table, &mut table_state);
    areas.table
}

/// Why the selected workspace cannot be read (or, read, cannot be opened), in full: it
/// names the file and says what to do, so it is wrapped rather than cut.
fn draw_reason(frame: &mut Frame, area: Rect, title: &str, error: &str, state: &State) {
    let theme = state.theme;
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border())
        .border_style(theme.error())
        .title(Line::styled(title, theme.error()));
    let inner = block.inner(area);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = fit_message(error, width, width, usize::from(inner.height), theme.ascii)
        .into_iter()
        .map(|line| Line::styled(line, theme.error()))
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// How many lines the selected workspace's reason takes wrapped in a box across `body`:
/// 0 when it can be read (or there is none).
fn reason_rows(state: &State, body: Rect) -> usize {
    let entries = &state.picker.entries;
    let Some(last) = entries.len().checked_sub(1) else {
        return 0;
    };
    entries[state.picker.selected.min(last)]
        .error
        .as_ref()
        .map_or(0, |error| {
            let width = usize::from(body.width.saturating_sub(2));
            wrap_rows(&one_line(error, state.theme.ascii), width, width).len()
        })
}
