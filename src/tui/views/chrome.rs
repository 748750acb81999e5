//! The frame around every view: tabs on top, the status line and the key hints below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, View};
use crate::tui::keymap::Scope;
use crate::tui::state::{SaveState, State};
use crate::tui::text::one_line;

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
    let [left, middle, right] = Layout::horizontal([
        Constraint::Min(1),
        Constraint::Length(level.width() as u16),
        Constraint::Length(save.width() as u16 + 1),
    ])
    .areas(area);
    frame.render_widget(level, middle);
    frame.render_widget(save, right);
    // One column stays free before the level, so the two never run together.
    let room = usize::from(left.width.saturating_sub(2));
    let line = if let Some(message) = &state.message {
        let style = if message.is_error {
            theme.error()
        } else {
            theme.ok()
        };
        let text = truncate(&one_line(&message.text, theme.ascii), room, theme.ascii);
        Line::styled(format!(" {text}"), style)
    } else {
        let full = context_label(state, usize::MAX);
        let label = if full.chars().count() <= room {
            full
        } else {
            context_label(state, 24)
        };
        let text = truncate(&label, room, theme.ascii);
        Line::styled(format!(" {text}"), theme.dim())
    };
    frame.render_widget(line, left);
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
        View::Review => workspace.providers.get(state.review.provider),
        View::Providers => workspace.providers.get(state.providers.selected),
        _ => None,
    };
    if let Some(provider) = provider {
        let progress = provider.progress(state.catalogue);
        parts.push(name(&provider.name));
        parts.push(format!("{}/{} assessed", progress.assessed, progress.total));
    } else {
        parts.push(format!("{} providers", workspace.providers.len()));
    }
    parts.join(separator)
}

/// The assurance level in force, on every screen of a workspace since it sets every
/// item's priority; an override is marked so it is never mistaken for the derived level.
fn level_label(state: &State) -> Line<'static> {
    if state.workspace().is_none() {
        return Line::default();
    }
    let derivation = state.derivation();
    let mut spans = vec![
        Span::styled(" level ", state.theme.dim()),
        Span::styled(derivation.effective.label(), state.theme.title()),
    ];
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
            let essential = matches!(binding.action, Action::Help | Action::Quit);
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

/// Cuts `text` to `width` columns, marking the cut.
pub fn truncate(text: &str, width: usize, ascii: bool) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_owned();
    }
    let ellipsis = if ascii { "~" } else { "…" };
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    if width > 0 {
        out.push_str(ellipsis);
    }
    out
}
