//! The evidence library overlay: every entry once, with how many items rely on it and
//! whether it needs attention; the selected entry's detail below. And the dialog shown
//! while files are hashed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::chrome::hint_line;
use super::review::short_digest;
use crate::tui::keymap::Scope;
use crate::tui::layout::centred_offset;
use crate::tui::review_tree::{subject_name, troubled};
use crate::tui::state::{Hashing, Library, State};
use crate::tui::text::{truncate, wrap_rows};
use crate::tui::widgets::popup::{centred, frame_popup};
use crate::workspace::{Evidence, FileState, Workspace};

/// The widest the library grows: a title and its marks need no more.
const MAX_WIDTH: u16 = 110;
/// Rows of the selected entry's detail.
const DETAIL_ROWS: usize = 7;

pub fn draw(frame: &mut Frame, area: Rect, library: &Library, state: &State) {
    let Some(workspace) = state.workspace() else {
        return;
    };
    let theme = state.theme;
    let width = area.width.saturating_sub(2).min(MAX_WIDTH);
    let popup = centred(area, width, area.height);
    let title = match &library.link {
        Some(link) => format!("Evidence library: link to {}", link.item),
        None => format!(
            "Evidence library ({} {})",
            workspace.evidence.len(),
            if workspace.evidence.len() == 1 {
                "entry"
            } else {
                "entries"
            }
        ),
    };
    let footer = hint_line(
        state,
        &[Scope::Library],
        usize::from(width.saturating_sub(2)),
    );
    let inner = frame_popup(
        frame,
        popup,
        &truncate(&title, usize::from(width) - 4, theme.ascii),
        Some(footer),
        theme,
    );
    if workspace.evidence.is_empty() {
        let text = "The library is empty. n adds a document (title, version, date, page, a file \
                    whose SHA-256 is kept, expiry); it can then be linked to any number of items.";
        let lines: Vec<Line> = wrap_rows(text, usize::from(inner.width), usize::from(inner.width))
            .into_iter()
            .map(Line::from)
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let detail_rows = DETAIL_ROWS.min(usize::from(inner.height) / 2) as u16;
    let [list, rule, detail] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(detail_rows),
    ])
    .areas(inner);
    let troubled = troubled(state);
    let selected = library.selected.min(workspace.evidence.len() - 1);
    let height = usize::from(list.height);
    let offset = centred_offset(selected, workspace.evidence.len(), height);
    let linked = library
        .link
        .as_ref()
        .and_then(|link| workspace.assessment(&link.subject, &link.item));
    let rows: Vec<Line> = workspace
        .evidence
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(index, entry)| {
            let mark = match (&library.link, linked) {
                (None, _) => "",
                (Some(_), Some(a)) if a.evidence_links.contains(&entry.id) => "[x] ",
                (Some(_), _) => "[ ] ",
            };
            let attention = if troubled.contains(&entry.id) {
                theme.evidence_mark()
            } else {
                " "
            };
            let links = workspace.evidence_links(&entry.id).len();
            let right = format!(
                "{} · {links} link{}",
                standing(state, entry),
                if links == 1 { "" } else { "s" }
            );
            let room = usize::from(list.width).saturating_sub(mark.width() + 2 + right.width() + 1);
            let title = truncate(&entry.title, room, theme.ascii);
            let gap = room.saturating_sub(title.width()) + 1;
            let line = Line::from(vec![
                Span::raw(mark),
                Span::styled(attention, theme.error()),
                Span::raw(" "),
                Span::raw(title),
                Span::raw(" ".repeat(gap)),
                Span::styled(right, theme.dim()),
            ]);
            if index == selected {
                line.patch_style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), list);
    let rule_line = theme
        .border()
        .horizontal_top
        .repeat(usize::from(rule.width));
    frame.render_widget(Paragraph::new(Line::styled(rule_line, theme.dim())), rule);
    if let Some(entry) = workspace.evidence.get(selected) {
        let lines = entry_detail(state, workspace, entry, usize::from(detail.width));
        frame.render_widget(Paragraph::new(lines), detail);
    }
}

/// "file unchanged", "EXPIRED 2026-06-30", "no file": what the entry's state is.
fn standing(state: &State, entry: &Evidence) -> String {
    let today = state.clock.now().day();
    let mut parts = Vec::new();
    match (
        &entry.file,
        state.session.as_ref().and_then(|s| s.files.get(&entry.id)),
    ) {
        (None, _) => parts.push("no file".to_owned()),
        (Some(_), None) => parts.push("file not checked".to_owned()),
        (Some(_), Some(found)) => parts.push(format!("file {}", found.label())),
    }
    if let Some(last) = entry.expires {
        if entry.is_expired(today) {
            parts.push(format!("EXPIRED {last}"));
        } else {
            parts.push(format!("to {last}"));
        }
    }
    parts.join(" · ")
}

/// The selected entry: what it is, its file, and the items relying on it.
fn entry_detail(
    state: &State,
    workspace: &Workspace,
    entry: &Evidence,
    width: usize,
) -> Vec<Line<'static>> {
    let theme = state.theme;
    let mut about = Vec::new();
    if !entry.version.is_empty() {
        about.push(format!("version {}", entry.version));
    }
    if let Some(dated) = entry.dated {
        about.push(format!("dated {dated}"));
    }
    if !entry.location.is_empty() {
        about.push(entry.location.clone());
    }
    if let Some(seen) = entry.seen {
        about.push(format!("seen {seen}"));
    }
    let mut lines = vec![
        Line::styled(truncate(&entry.title, width, theme.ascii), theme.title()),
        Line::styled(
            truncate(
                &format!("{}  {}", entry.id, about.join(" · ")),
                width,
                theme.ascii,
            ),
            theme.dim(),
        ),
    ];
    if let Some(file) = &entry.file {
        let digest = short_digest(&file.sha256, theme.ascii);
        let found = state.session.as_ref().and_then(|s| s.files.get(&entry.id));
        let style = match found {
            Some(FileState::Unchanged) | None => Style::new(),
            Some(_) => theme.error(),
        };
        let line = format!("{} (SHA-256 {digest})", file.path);
        lines.push(Line::styled(truncate(&line, width, theme.ascii), style));
        if let Some(FileState::Changed { now }) = found {
            let now = short_digest(now, theme.ascii);
            lines.push(Line::styled(
                format!("changed since recorded: now {now}"),
                theme.error(),
            ));
        }
        if let Some(FileState::Unreadable(why)) = found {
            lines.push(Line::styled(
                truncate(&format!("unreadable: {why}"), width, theme.ascii),
                theme.error(),
            ));
        }
    }
    let places: Vec<String> = workspace
        .evidence_links(&entry.id)
        .iter()
        .map(|link| {
            let name = subject_name(workspace, &link.subject, theme.ascii);
            format!("{} ({name})", link.item)
        })
        .collect();
    let relied = if places.is_empty() {
        "Linked from no item.".to_owned()
    } else {
        format!("Linked from: {}", places.join(", "))
    };
    lines.extend(wrap_rows(&relied, width, width).into_iter().map(Line::from));
    lines
}

/// The dialog while files are hashed: what, how far, and that Esc stops it.
pub fn draw_hashing(frame: &mut Frame, area: Rect, hashing: &Hashing, state: &State) {
    let theme = state.theme;
    let width = 64.min(area.width);
    let popup = centred(area, width, 5);
    let footer = hint_line(
        state,
        &[Scope::Hashing],
        usize::from(width.saturating_sub(2)),
    );
    let inner = frame_popup(frame, popup, "Hashing", Some(footer), theme);
    let progress = hashing.progress;
    let percent = (progress.bytes * 100)
        .checked_div(progress.of_bytes)
        .unwrap_or(0);
    let room = usize::from(inner.width);
    let bar_width = room.saturating_sub(6);
    let filled = bar_width * usize::try_from(percent).unwrap_or(0) / 100;
    let (full, empty) = if theme.ascii {
        ("#", "-")
    } else {
        ("█", "░")
    };
    let bar = format!(
        "{}{} {percent:>3}%",
        full.repeat(filled),
        empty.repeat(bar_width - filled)
    );
    let of = if progress.files > 1 {
        format!("file {} of {} · ", progress.file + 1, progress.files)
    } else {
        String::new()
    };
    let lines = vec![
        Line::from(truncate(&hashing.what, room, theme.ascii)),
        Line::styled(
            format!(
                "{of}{} of {}",
                size(progress.bytes),
                size(progress.of_bytes)
            ),
            theme.dim(),
        ),
        Line::from(bar),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "1.2 GB", "340 KB", "12 bytes".
fn size(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)];
    for (unit, scale) in UNITS {
        if bytes >= scale {
            let tenths = bytes * 10 / scale;
            return format!("{}.{} {unit}", tenths / 10, tenths % 10);
        }
    }
    format!("{bytes} bytes")
}

#[cfg(test)]
mod tests;
