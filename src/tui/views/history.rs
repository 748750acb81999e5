//! The History view: every change to the workspace, newest first, one readable line each
//! ("2026-12-07 14:02 · Aroha Ngata · Kōwhai Comms · P3.4 status: Not assessed → Met"),
//! filtered by provider, finding, assessor and day; the selected change in full, with the
//! chain of changes to its finding.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

use crate::tui::command::Command;
use crate::tui::layout::{HistoryAreas, centred_offset};
use crate::tui::selectors::history_listed;
use crate::tui::state::{Chain, State};
use crate::tui::text::{one_line, truncate};
use crate::tui::theme::Theme;
use crate::workspace::{Event, Subject, Workspace, text_differences};

pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let (Some(session), theme) = (state.session.as_ref(), state.theme) else {
        return;
    };
    let workspace = &session.workspace;
    let listed = history_listed(state);
    let areas = HistoryAreas::new(area);
    let mut list_block = block(title(state, listed.len()), theme);
    list_block = list_block.title_bottom(match &session.chain {
        Chain::Checking => Line::styled(checking(theme), theme.dim()),
        Chain::Intact => Line::styled(" chain intact ", theme.dim()),
        Chain::Broken(broken) => {
            Line::styled(format!(" does not verify: {broken} "), theme.error())
        }
    });
    if listed.is_empty() {
        let text = Paragraph::new(empty_text(state))
            .block(list_block)
            .wrap(Wrap { trim: true });
        frame.render_widget(text, areas.list);
        return;
    }
    let selected = state.history.selected.min(listed.len() - 1);
    let width = usize::from(areas.list.width.saturating_sub(2));
    let items: Vec<ListItem> = listed
        .iter()
        .map(|event| ListItem::new(truncate(&line(event, workspace, state), width, theme.ascii)))
        .collect();
    let height = usize::from(areas.list.height.saturating_sub(2));
    let mut list_state = ListState::default()
        .with_selected(Some(selected))
        .with_offset(centred_offset(selected, listed.len(), height));
    let list = List::new(items)
        .block(list_block)
        .highlight_style(theme.selected());
    frame.render_stateful_widget(list, areas.list, &mut list_state);
    let lines = detail(state, listed[selected]);
    let inner = block(" Change ".to_owned(), theme).inner(areas.detail);
    let mut pane = block(" Change ".to_owned(), theme);
    if let Some(more) = left_out(
        state,
        &lines,
        usize::from(inner.width),
        usize::from(inner.height),
    ) {
        pane = pane.title_bottom(more);
    }
    let detail = Paragraph::new(lines).block(pane).wrap(Wrap { trim: false });
    frame.render_widget(detail, areas.detail);
}

/// When the lines do not all fit `rows` rows of `width` once wrapped: how many do not,
/// and how to see them, for the pane's lower border. A finding's chain of changes then
/// never looks complete when it is cut.
fn left_out(state: &State, lines: &[Line<'_>], width: usize, rows: usize) -> Option<Line<'static>> {
    let mut used = 0;
    let shown = lines
        .iter()
        .take_while(|line| {
            used += crate::text::wrap(&line.to_string(), width).len().max(1);
            used <= rows
        })
        .count();
    let hidden = lines.len() - shown;
    (hidden > 0).then(|| {
        let key = state
            .keymap
            .key_label(Command::FilterItem, state.theme.ascii);
        let ellipsis = if state.theme.ascii { "..." } else { "…" };
        Line::styled(
            format!(" {ellipsis} {hidden} more below: {key} lists every change to this item "),
            state.theme.warning(),
        )
    })
}

/// Said while the worker checks the chain: nothing is claimed before it has.
fn checking(theme: Theme) -> &'static str {
    if theme.ascii {
        " checking chain... "
    } else {
        " checking chain… "
    }
}

fn block(title: String, theme: Theme) -> Block<'static> {
    Block::new()
        .borders(Borders::ALL)
        .border_set(theme.border())
        .title(Line::styled(title, theme.title()))
}

fn dot(state: &State) -> &'static str {
    if state.theme.ascii { " - " } else { " · " }
}

fn arrow(state: &State) -> &'static str {
    if state.theme.ascii { "->" } else { "→" }
}

/// "2026-12-07 14:02 · Aroha Ngata · Kōwhai Comms · P3.4 status: Not assessed → Met".
fn line(event: &Event, workspace: &Workspace, state: &State) -> String {
    let dot = dot(state);
    let by = who(event, state);
    one_line(
        &format!(
            "{}{dot}{by}{dot}{}",
            event.at.short(),
            event.describe(workspace, arrow(state))
        ),
        state.theme.ascii,
    )
}

/// Who made the change; a dash for the baseline, which no one made.
fn who<'a>(event: &'a Event, state: &State) -> &'a str {
    match (event.by.is_empty(), state.theme.ascii) {
        (false, _) => &event.by,
        (true, false) => "—",
        (true, true) => "-",
    }
}

fn title(state: &State, count: usize) -> String {
    let dot = dot(state);
    let filter = &state.history;
    let mut parts = vec![format!(" History ({count}), newest first")];
    if let Some(name) = filter
        .provider
        .as_ref()
        .and_then(|id| state.workspace()?.provider(id))
    {
        parts.push(one_line(&name.name, state.theme.ascii));
    }
    if let Some((_, item)) = &filter.item {
        parts.push(item.clone());
    }
    if let Some(by) = &filter.assessor {
        parts.push(one_line(by, state.theme.ascii));
    }
    if let Some(day) = filter.day {
        parts.push(day.to_string());
    }
    format!("{} ", parts.join(dot))
}

fn empty_text(state: &State) -> Vec<Line<'static>> {
    let key = |command| state.keymap.key_label(command, state.theme.ascii);
    vec![Line::raw(format!(
        "No change passes these filters: press {} {} {} or {} again to widen them.",
        key(Command::FilterProvider),
        key(Command::FilterItem),
        key(Command::FilterAssessor),
        key(Command::FilterDay)
    ))]
}

/// The selected change in full, then every change to its finding, oldest first.
fn detail(state: &State, event: &Event) -> Vec<Line<'static>> {
    let theme = state.theme;
    let Some(session) = state.session.as_ref() else {
        return Vec::new();
    };
    let workspace = &session.workspace;
    let label = |name: &str| Span::styled(format!("{name:<6}"), theme.dim());
    let by = who(event, state);
    let mut lines = vec![
        Line::from(vec![
            label("When"),
            Span::raw(format!("{} UTC", event.at.short())),
        ]),
        Line::from(vec![label("Who"), Span::raw(one_line(by, theme.ascii))]),
        Line::from(vec![
            label("What"),
            Span::raw(one_line(
                &event.describe(workspace, arrow(state)),
                theme.ascii,
            )),
        ]),
        Line::from(vec![
            label("Event"),
            Span::raw(format!(
                "{}, hash {}",
                event.seq,
                hash_of(workspace, event.seq)
            )),
        ]),
    ];
    let finding = event
        .change()
        .and_then(|change| change.items().first().copied());
    if let Some((subject, item)) = finding {
        lines.extend(replaced_texts(state, event, subject, item));
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!("Every change to {item} of {}:", whose(workspace, subject)),
            theme.title(),
        ));
        for earlier in session.events.of_item(subject, item) {
            lines.push(Line::raw(finding_line(state, earlier, subject, item)));
        }
    }
    lines
}

/// The note, claim or treatment the change replaced, before and after, whole: the line
/// above can only name them.
fn replaced_texts(
    state: &State,
    event: &Event,
    subject: &Subject,
    item: &str,
) -> Vec<Line<'static>> {
    let theme = state.theme;
    let Some((before, after)) = event
        .change()
        .and_then(|change| change.item_versions(subject, item))
    else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for difference in text_differences(before, after) {
        for (when, text) in [("before", difference.before), ("after", difference.after)] {
            let text = if text.trim().is_empty() {
                "(none)".to_owned()
            } else {
                text
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{} {when}: ", difference.part), theme.dim()),
                Span::raw(one_line(&text, theme.ascii)),
            ]));
        }
    }
    lines
}

/// One change to a finding: "2026-12-07 14:02 · Ana · status: Met → Not met".
pub fn finding_line(state: &State, event: &Event, subject: &Subject, item: &str) -> String {
    let dot = dot(state);
    let by = who(event, state);
    let what = event
        .change()
        .and_then(|change| change.item_difference(subject, item, arrow(state)))
        .unwrap_or_default();
    let undo = match event.origin {
        crate::workspace::Origin::Edit => "",
        crate::workspace::Origin::Undo => "undo: ",
        crate::workspace::Origin::Redo => "redo: ",
    };
    one_line(
        &format!("{}{dot}{by}{dot}{undo}{what}", event.at.short()),
        state.theme.ascii,
    )
}

fn whose(workspace: &Workspace, subject: &Subject) -> String {
    let name = |id| {
        workspace
            .provider(id)
            .map_or_else(|| format!("{id}"), |p| p.name.clone())
    };
    match subject {
        Subject::Provider(id) => name(id),
        Subject::Deployment(id) => format!("{}'s deployment", name(id)),
        Subject::Readiness => "our readiness".to_owned(),
    }
}

/// The first 12 hex digits of the event's hash: enough to compare with `tiaki verify`.
fn hash_of(workspace: &Workspace, seq: u64) -> String {
    usize::try_from(seq)
        .ok()
        .and_then(|index| workspace.history.entries().get(index))
        .map_or_else(String::new, |entry| entry.hash.chars().take(12).collect())
}

#[cfg(test)]
mod tests;
