//! The frame around every view: tabs on top, the status line and the key hints below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::tui::command::{Command, View};
use crate::tui::keymap::Scope;
use crate::tui::layout::MAX_STATUS_ROWS;
use crate::tui::review_tree;
use crate::tui::state::{ReviewOf, SaveState, State};
use crate::tui::text::{ellipsize, one_line, truncate, wrap_rows};

pub fn draw_tabs(frame: &mut Frame, area: Rect, state: &State) {
    let theme = state.theme;
    let mut spans = vec![Span::styled(" tiaki ", theme.title()), Span::raw(" ")];
    for (index, view) in View::ALL.into_iter().enumerate() {
        let label = format!(" {} {} ", index + 1, view.title());
        let current = !state.showing_picker() && state.view == view;
        let style = if current {
            theme.selected()
        } else if state.session.is_none() {
            theme.dim()
        } else {
            ratatui::style::Style::new()
        };
        spans.push(Span::styled(label, style));
    }
    let tabs = Line::from(spans);
    let used = tabs.width() as u16;
    frame.render_widget(tabs, area);
    if let Some(workspace) = state.workspace() {
        let room = area.width.saturating_sub(used + 2) as usize;
        let name = truncate(&one_line(&workspace.name, theme.ascii), room, theme.ascii);
        let rect = Rect::new(
            area.x + used + 1,
            area.y,
            area.width.saturating_sub(used + 1),
            1,
        );
        frame.render_widget(
            Line::styled(name, theme.dim()).alignment(ratatui::layout::Alignment::Right),
            rect,
        );
    }
}

pub fn draw_status(frame: &mut Frame, area: Rect, state: &State) {
    let theme = state.theme;
    let save = save_label(state);
    let level = level_label(state);
    // The level and the save state keep the right of the first row; a long message goes
    // on below them, across the whole width.
    let first_row = Rect { height: 1, ..area };
    let [left, middle, right] = Layout::horizontal([
        Constraint::Min(1),
        Constraint::Length(level.width() as u16),
        Constraint::Length(save.width() as u16 + 1),
    ])
    .areas(first_row);
    frame.render_widget(level, middle);
    frame.render_widget(save, right);
    if let Some(message) = &state.message {
        let style = if message.is_error {
            theme.error()
        } else {
            theme.ok()
        };
        let lines = status_message(state, area.width).unwrap_or_default();
        for (index, text) in lines.into_iter().enumerate() {
            let row = match index {
                0 => left,
                _ => Rect::new(area.x, area.y + index as u16, area.width, 1).intersection(area),
            };
            frame.render_widget(Line::styled(format!(" {text}"), style), row);
        }
        return;
    }
    // One column stays free before the level, so the two never run together.
    let room = usize::from(left.width.saturating_sub(2));
    if let Some(broken) = state.session.as_ref().and_then(|s| s.chain.broken()) {
        let at = broken
            .event
            .map_or_else(String::new, |event| format!(" at event {event}"));
        // Short, to fit beside the level at 80 columns; opening said it in full.
        let warning = format!("History check fails{at}: see tiaki verify");
        let text = truncate(&one_line(&warning, theme.ascii), room, theme.ascii);
        frame.render_widget(Line::styled(format!(" {text}"), theme.error()), left);
        return;
    }
    let full = context_label(state, usize::MAX);
    let label = if full.chars().count() <= room {
        full
    } else {
        context_label(state, 24)
    };
    let text = truncate(&label, room, theme.ascii);
    frame.render_widget(Line::styled(format!(" {text}"), theme.dim()), left);
}

/// How many rows the status band needs on a terminal `width` columns wide: one, or as
/// many as a long message needs, up to `MAX_STATUS_ROWS`. The layout asks, so the views
/// shrink to make room and the mouse finds what was drawn.
pub fn status_rows(state: &State, width: u16) -> u16 {
    status_message(state, width).map_or(1, |lines| lines.len().max(1) as u16)
}

/// The message as the status band shows it, row by row: the first beside the level and the
/// save state, the others across the whole width, each with a space either side.
fn status_message(state: &State, width: u16) -> Option<Vec<String>> {
    let message = state.message.as_ref()?;
    let beside = level_label(state).width() + save_label(state).width() + 1;
    let first = usize::from(width).saturating_sub(beside + 2);
    let rest = usize::from(width).saturating_sub(2);
    Some(fit_message(
        &message.text,
        first,
        rest,
        usize::from(MAX_STATUS_ROWS),
        state.theme.ascii,
    ))
}

/// A message (made safe for the screen) in at most `max_rows` rows, the first `first`
/// columns wide and the others `rest`. When it does not fit, the middle folders of long
/// paths go first, keeping each file's name; only then is the end cut, and marked.
pub fn fit_message(
    text: &str,
    first: usize,
    rest: usize,
    max_rows: usize,
    ascii: bool,
) -> Vec<String> {
    let text = one_line(text, ascii);
    let lines = wrap_rows(&text, first, rest);
    if lines.len() <= max_rows {
        return lines;
    }
    let mut lines = wrap_rows(&shorten_paths(&text, ascii), first, rest);
    if lines.len() > max_rows {
        lines.truncate(max_rows);
        if let Some(last) = lines.pop() {
            let width = if max_rows == 1 { first } else { rest };
            lines.push(ellipsize(&last, width, ascii));
        }
    }
    lines
}

/// Leaves out the middle folders of paths of more than four parts:
/// `/home/ana/.local/share/tiaki/workspaces/w.ron` becomes `/home/…/workspaces/w.ron`.
fn shorten_paths(text: &str, ascii: bool) -> String {
    let mark = if ascii { "..." } else { "…" };
    text.split(' ')
        .map(|word| {
            let parts: Vec<&str> = word.split('/').collect();
            if parts.len() <= 5 {
                return word.to_owned();
            }
            let (head, tail) = (&parts[..2], &parts[parts.len() - 2..]);
            format!("{}/{mark}/{}", head.join("/"), tail.join("/"))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Workspace, provider under review and its progress, names cut to `name_width` columns.
fn context_label(state: &State, name_width: usize) -> String {
    let Some(workspace) = state.workspace() else {
        return "No workspace open".to_owned();
    };
    let ascii = state.theme.ascii;
    let separator = if ascii { " | " } else { " │ " };
    // Names are cut first, so the progress at the end stays in view at 80 columns.
    let name = |text: &str| truncate(&one_line(text, ascii), name_width, ascii);
    let mut parts = vec![name(&workspace.name)];
    let provider = match state.view {
        View::Review if state.review.of != ReviewOf::Provider => {
            if let Some(reviewed) = review_tree::reviewed_now(state) {
                let (assessed, total) = review_tree::progress(state, &reviewed);
                parts.push(name(&reviewed.name));
                parts.push(format!("{assessed}/{total} recorded"));
                return parts.join(separator);
            }
            None
        }
        View::Review => workspace.providers.get(state.review.provider),
        View::Providers => workspace.providers.get(state.providers.selected),
        _ => None,
    };
    if let Some(provider) = provider {
        let progress = provider.progress_in_scope(state.catalogue, &state.derivation());
        parts.push(name(&provider.name));
        parts.push(format!("{}/{} assessed", progress.assessed, progress.total));
    } else {
        parts.push(format!("{} providers", workspace.providers.len()));
    }
    parts.join(separator)
}

/// The assurance level in force, on every screen of a workspace since it sets every
/// item's priority; an override is marked so it is never mistaken for the derived level.
/// Overdue actions and the protective marking come first.
fn level_label(state: &State) -> Line<'static> {
    if state.workspace().is_none() {
        return Line::default();
    }
    let derivation = state.derivation();
    let mut spans = Vec::new();
    // Actions past their due date, on every screen: they are what slips unseen.
    let overdue = state
        .workspace()
        .map_or(0, |w| crate::plan::overdue(w, state.clock.now().day()));
    if overdue > 0 {
        let mark = if state.theme.ascii { "!" } else { "⚠" };
        spans.push(Span::styled(
            format!(" {mark} {overdue} overdue "),
            state.theme.error(),
        ));
    }
    // The protective marking: an assessment is sensitive information in its own right.
    if let Some(marking) = state
        .workspace()
        .and_then(crate::workspace::Workspace::marking)
    {
        let marking = truncate(
            &one_line(&marking, state.theme.ascii),
            24,
            state.theme.ascii,
        );
        spans.push(Span::styled(format!(" {marking} "), state.theme.warning()));
    }
    spans.extend([
        Span::styled(" level ", state.theme.dim()),
        Span::styled(derivation.effective.label(), state.theme.title()),
    ]);
    if derivation.override_reason.is_some() {
        spans.push(Span::styled(" (overridden)", state.theme.warning()));
    }
    spans.push(Span::raw("  "));
    Line::from(spans)
}

fn save_label(state: &State) -> Line<'static> {
    let theme = state.theme;
    match &state.save {
        SaveState::Clean => Line::styled(String::new(), theme.dim()),
        SaveState::Pending => Line::styled("saving… ", theme.warning()),
        SaveState::Saved(at) => Line::styled(format!("saved {} ", time_of_day(at)), theme.ok()),
        SaveState::Failed(_) => Line::styled("NOT SAVED - retrying ", theme.error()),
    }
}

fn time_of_day(at: &crate::workspace::Timestamp) -> String {
    at.short().split(' ').nth(1).unwrap_or_default().to_owned()
}

/// The keys of what is on screen, from the keymap, as many as fit.
pub fn draw_hints(frame: &mut Frame, area: Rect, state: &State) {
    let line = hint_line(state, &state.scopes(), area.width as usize);
    frame.render_widget(line, area);
}

/// The hinted bindings of `scopes` as one line of at most `width` columns. Help and quit
/// always keep their place at the end, so a newcomer at 80 columns still sees `?`.
pub fn hint_line(state: &State, scopes: &[Scope], width: usize) -> Line<'static> {
    let theme = state.theme;
    let hinted: Vec<(String, &str, bool)> = state
        .keymap
        .bindings(scopes)
        .filter_map(|binding| {
            let essential = matches!(binding.command, Command::Help | Command::Quit);
            binding
                .hint
                .map(|hint| (first_key(binding, theme.ascii), hint, essential))
        })
        .collect();
    let entry_width =
        |(keys, hint, _): &(String, &str, bool)| keys.chars().count() + hint.chars().count() + 1;
    // A dot between hints reads best; when they would not all fit, two spaces leave room
    // for one or two more.
    let full: usize = hinted.iter().map(|entry| entry_width(entry) + 3).sum();
    let dot = match (full < width, theme.ascii) {
        (true, true) => " | ",
        (true, false) => " · ",
        (false, _) => "  ",
    };
    let separator = dot.chars().count();
    let reserved: usize = hinted
        .iter()
        .filter(|entry| entry.2)
        .map(|entry| entry_width(entry) + separator)
        .sum();
    let mut chosen = Vec::new();
    let mut used = 1 + reserved;
    for entry in hinted.iter().filter(|entry| !entry.2) {
        let needed = entry_width(entry) + separator;
        if used + needed > width {
            break;
        }
        used += needed;
        chosen.push(entry);
    }
    chosen.extend(hinted.iter().filter(|entry| entry.2));
    let mut spans = vec![Span::raw(" ")];
    let mut total = 1;
    for (index, (keys, hint, _)) in chosen.into_iter().enumerate() {
        let needed =
            keys.chars().count() + hint.chars().count() + 1 + if index > 0 { separator } else { 0 };
        if total + needed > width {
            break;
        }
        if index > 0 {
            spans.push(Span::styled(dot, theme.dim()));
        }
        spans.push(Span::styled(keys.clone(), theme.key()));
        spans.push(Span::raw(format!(" {hint}")));
        total += needed;
    }
    Line::from(spans)
}

/// The first key of a binding: hints are short, help lists every key.
fn first_key(binding: &crate::tui::keymap::Binding, ascii: bool) -> String {
    binding
        .keys
        .first()
        .map(|key| key.label(ascii))
        .unwrap_or_default()
}
