//! The Actions view: a working list of every action recorded against any item, narrowed
//! by the filters, overdue ones marked, and the selected one in full below (or beside) it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use crate::plan::Planned;
use crate::tui::command::{Command, View};
use crate::tui::layout::ActionsAreas;
use crate::tui::layout::centred_offset;
use crate::tui::selectors::listed;
use crate::tui::state::State;
use crate::tui::text::{one_line, truncate, wrap};
use crate::tui::theme::Theme;
use crate::workspace::{Action, Day};

/// Width of the detail's labels ("Owner" and a space or two).
const LABEL: u16 = 7;

const HEADER: [&str; 7] = ["", "Provider", "Item", "What", "Owner", "Due", "Status"];

/// The overdue mark column, the item with its status glyph, a date and the longest status
/// ("in progress") fit exactly.
const COLUMNS: [Constraint; 7] = [
    Constraint::Length(1),
    Constraint::Fill(2),
    Constraint::Length(8),
    Constraint::Fill(5),
    Constraint::Fill(2),
    Constraint::Length(10),
    Constraint::Length(11),
];

pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let theme = state.theme;
    let list = listed(state);
    let today = state.clock.now().day();
    let title = title(state, list.len());
    if list.is_empty() {
        let text = Paragraph::new(empty_text(state))
            .block(block(title, theme))
            .wrap(Wrap { trim: true });
        frame.render_widget(text, area);
        return;
    }
    let areas = ActionsAreas::new(area);
    let selected = state.actions.selected.min(list.len() - 1);
    let overdue = list.iter().filter(|p| p.is_overdue(today)).count();
    let mut table_block = block(title, theme);
    if overdue > 0 {
        table_block = table_block.title_bottom(Line::styled(
            format!(" {} {overdue} overdue ", overdue_mark(theme)),
            theme.error(),
        ));
    }
    draw_table(frame, areas.table, table_block, &list, selected, state);
    let width = areas.detail.width.saturating_sub(2);
    let detail = Paragraph::new(detail(state, &list[selected], today, width))
        .block(block(" Action ".to_owned(), theme));
    frame.render_widget(detail, areas.detail);
}

fn block(title: String, theme: Theme) -> Block<'static> {
    Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border())
        .title(Line::styled(title, theme.title()))
}

fn overdue_mark(theme: Theme) -> &'static str {
    if theme.ascii { "!" } else { "⚠" }
}

/// "Actions (3) · by due date · Aroha Video · owner Legal · open · overdue".
fn title(state: &State, count: usize) -> String {
    let ascii = state.theme.ascii;
    let dot = if ascii { " - " } else { " · " };
    let filter = &state.actions.filter;
    let mut parts = vec![
        format!("Actions ({count})"),
        state.actions.sort.label().to_owned(),
    ];
    match filter
        .provider
        .as_ref()
        .and_then(|id| state.workspace()?.provider(id))
    {
        Some(provider) => parts.push(one_line(&provider.name, ascii)),
        None if !filter.is_narrowed() => parts.push("all".to_owned()),
        None => {}
    }
    if let Some(owner) = &filter.owner {
        parts.push(format!("owner {}", one_line(owner, ascii)));
    }
    if let Some(status) = filter.status {
        parts.push(status.label().to_owned());
    }
    if filter.overdue {
        parts.push("overdue".to_owned());
    }
    format!(" {} ", parts.join(dot))
}

/// The keys of the filters that are on, each with what it narrows by: "f provider, ! overdue".
fn filter_keys(state: &State) -> String {
    let filter = &state.actions.filter;
    let on = [
        (
            filter.provider.is_some(),
            Command::FilterProvider,
            "provider",
        ),
        (filter.owner.is_some(), Command::FilterOwner, "owner"),
        (
            filter.status.is_some(),
            Command::FilterActionStatus,
            "status",
        ),
        (filter.overdue, Command::FilterOverdue, "overdue"),
    ];
    on.iter()
        .filter(|(is_on, ..)| *is_on)
        .map(|(_, command, what)| {
            format!(
                "{} {what}",
                state.keymap.key_label(*command, state.theme.ascii)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn empty_text(state: &State) -> Vec<Line<'static>> {
    let theme = state.theme;
    let dash = if theme.ascii { "-" } else { "—" };
    if state.actions.filter.is_narrowed() {
        return vec![Line::raw(format!(
            "No action matches the filters {dash} the title says which are on; press their \
             keys again ({}) until they show all.",
            filter_keys(state)
        ))];
    }
    let review = state
        .keymap
        .key_label(Command::GoTo(View::Review), theme.ascii);
    let set = state.keymap.key_label(Command::SetAction, theme.ascii);
    vec![
        Line::styled(
            format!("No actions yet {dash} press {set} on an item in Review to add one."),
            theme.title(),
        ),
        Line::raw(""),
        Line::raw(format!(
            "An action says what must change, who does it and by when. Press {review} for \
             Review; every action recorded there gathers here, across providers."
        )),
    ]
}

fn draw_table(
    frame: &mut Frame,
    area: Rect,
    block: Block,
    list: &[Planned<'_>],
    selected: usize,
    state: &State,
) {
    let theme = state.theme;
    let today = state.clock.now().day();
    let rows_area = area.inner(Margin::new(1, 1));
    let widths: Vec<u16> = Layout::horizontal(COLUMNS)
        .spacing(1)
        .split(rows_area)
        .iter()
        .map(|column| column.width)
        .collect();
    let fit = |text: &str, column: usize| {
        let width = usize::from(widths.get(column).copied().unwrap_or(0));
        truncate(&one_line(text, theme.ascii), width, theme.ascii)
    };
    let rows = list.iter().map(|planned| {
        let late = planned.is_overdue(today);
        let owner = state
            .workspace()
            .map(|w| planned.owner.name(w))
            .unwrap_or_default();
        let name = crate::compare::short_name(&owner);
        let due = planned
            .action
            .due
            .map_or_else(String::new, |d| d.to_string());
        let late_style = if late { theme.error() } else { Style::new() };
        let closed = planned.action.status.is_closed();
        let row_style = if closed { theme.dim() } else { Style::new() };
        Row::new(vec![
            Cell::from(Span::styled(
                if late { overdue_mark(theme) } else { " " },
                theme.error(),
            )),
            Cell::from(fit(name, 1)),
            Cell::from(Line::from(vec![
                Span::styled(
                    theme.status_glyph(planned.status),
                    theme.status_style(planned.status),
                ),
                Span::raw(format!(" {}", fit(planned.item, 2))),
            ])),
            Cell::from(fit(&planned.action.what, 3)),
            Cell::from(fit(&planned.action.owner, 4)),
            Cell::from(Span::styled(due, late_style)),
            Cell::from(planned.action.status.label()),
        ])
        .style(row_style)
    });
    let header =
        Row::new(HEADER.iter().enumerate().map(|(i, title)| fit(title, i))).style(theme.title());
    let mut table_state = TableState::default()
        .with_selected(Some(selected))
        .with_offset(centred_offset(
            selected,
            list.len(),
            usize::from(rows_area.height.saturating_sub(1)),
        ));
    let table = Table::new(rows, widths.iter().map(|&w| Constraint::Length(w)))
        .header(header)
        .block(block)
        .row_highlight_style(theme.selected())
        .column_spacing(1);
    frame.render_stateful_widget(table, area, &mut table_state);
}

/// The selected action in full: whose, about what, and when it is due; long values wrap
/// under themselves, clear of the labels.
fn detail(state: &State, planned: &Planned<'_>, today: Day, width: u16) -> Vec<Line<'static>> {
    let theme = state.theme;
    let ascii = theme.ascii;
    let provider = state
        .workspace()
        .map_or_else(String::new, |w| one_line(&planned.owner.name(w), ascii));
    let title = state
        .catalogue
        .item(planned.item)
        .map_or("(not in the catalogue)", |item| item.title.as_str());
    let item = format!(
        "{} {} {title}",
        theme.status_glyph(planned.status),
        one_line(planned.item, ascii)
    );
    let owner = if planned.action.owner.trim().is_empty() {
        Span::styled("not recorded", theme.dim())
    } else {
        Span::raw(one_line(&planned.action.owner, ascii))
    };
    let room = usize::from(width.saturating_sub(LABEL));
    let mut lines = Vec::new();
    let mut fields = vec![
        ("Item", Span::raw(item)),
        ("For", Span::raw(provider)),
        ("What", Span::raw(one_line(&planned.action.what, ascii))),
        ("Owner", owner),
        ("Due", due_text(planned, today, theme)),
        ("Status", Span::raw(status_text(planned.action))),
    ];
    if !planned.action.closing_note.is_empty() {
        let note = one_line(&planned.action.closing_note, ascii);
        fields.push(("Note", Span::raw(note)));
    }
    for (label, value) in fields {
        for (index, part) in wrap(&value.content, room).into_iter().enumerate() {
            let label = if index == 0 { label } else { "" };
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{label:<width$}", width = usize::from(LABEL)),
                    theme.title(),
                ),
                Span::styled(part, value.style),
            ]));
        }
    }
    lines
}

/// "in progress, opened 2026-11-07", "done on 2026-11-26".
fn status_text(action: &Action) -> String {
    match (action.closed, action.opened) {
        (Some(closed), _) => format!("{} on {closed}", action.status.label()),
        (None, Some(opened)) => format!("{}, opened {opened}", action.status.label()),
        (None, None) => action.status.label().to_owned(),
    }
}

/// The due date and how far off it is, overdue marked in words and with a sign; a closed
/// action's date only.
fn due_text(planned: &Planned<'_>, today: Day, theme: Theme) -> Span<'static> {
    let Some(due) = planned.action.due else {
        return Span::styled("no date set", theme.dim());
    };
    if planned.action.status.is_closed() {
        return Span::raw(due.to_string());
    }
    let days = (due.inner() - today.inner()).whole_days();
    match days {
        0 => Span::styled(format!("{due} (today)"), theme.warning()),
        1 => Span::raw(format!("{due} (tomorrow)")),
        d if d > 0 => Span::raw(format!("{due} (in {d} days)")),
        d => Span::styled(
            format!(
                "{due} {} overdue by {} day{}",
                overdue_mark(theme),
                -d,
                if d == -1 { "" } else { "s" }
            ),
            theme.error(),
        ),
    }
}

#[cfg(test)]
mod tests;
