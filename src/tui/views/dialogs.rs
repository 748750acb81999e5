//! The yes/no question and the note editor.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::chrome::{fit_message, hint_line};
use crate::tui::keymap::Scope;
use crate::tui::review_tree::subject_name;
use crate::tui::state::{Confirm, NoteEditor, State};
use crate::tui::text::{ellipsize, one_line, wrap_rows};
use crate::tui::widgets::popup::{centred, frame_popup};

/// The question on top, in full; what led to it below, wrapped; the yes/no keys in the
/// bottom border. The dialog grows (wider, then taller) to hold it all; when even the
/// body cannot, the explanation is cut short and marked, never the question or the keys.
pub fn draw_confirm(frame: &mut Frame, area: Rect, confirm: &Confirm, state: &State) {
    let theme = state.theme;
    let (question, detail) = split_question(&one_line(&confirm.message, theme.ascii));
    let wrapped = |width: u16| {
        let inner = usize::from(width.saturating_sub(2));
        let detail = if detail.is_empty() {
            Vec::new()
        } else {
            wrap_rows(&detail, inner, inner)
        };
        (wrap_rows(&question, inner, inner), detail)
    };
    let mut width = CONFIRM_WIDTH.min(area.width);
    let (mut question_lines, mut detail_lines) = wrapped(width);
    if question_lines.len() + detail_lines.len() > CONFIRM_LINES {
        width = area.width.saturating_sub(4).clamp(width, CONFIRM_WIDE);
        (question_lines, detail_lines) = wrapped(width);
    }
    let gap = usize::from(!detail_lines.is_empty());
    let wanted = question_lines.len() + gap + detail_lines.len() + 2;
    let popup = centred(area, width, u16::try_from(wanted).unwrap_or(u16::MAX));
    let footer = hint_line(
        state,
        &[Scope::Confirm],
        usize::from(popup.width.saturating_sub(2)),
    );
    let inner = frame_popup(frame, popup, &confirm.title, Some(footer), theme);
    let (rows, columns) = (usize::from(inner.height), usize::from(inner.width));
    let mut lines: Vec<Line> = Vec::new();
    let cut = |mut kept: Vec<String>, room: usize| {
        if kept.len() > room {
            kept.truncate(room);
            if let Some(last) = kept.pop() {
                kept.push(ellipsize(&last, columns, theme.ascii));
            }
        }
        kept
    };
    let question_room = rows.min(question_lines.len());
    for line in cut(question_lines, question_room) {
        lines.push(Line::styled(line, theme.title()));
    }
    let left = rows - question_room;
    if left > gap && !detail_lines.is_empty() {
        lines.push(Line::raw(""));
        let shown = cut(
            fit_detail(&detail, detail_lines, columns, left - 1, theme.ascii),
            left - 1,
        );
        lines.extend(shown.into_iter().map(Line::raw));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The width of a question dialog, and how many lines it holds before it widens.
const CONFIRM_WIDTH: u16 = 60;
const CONFIRM_LINES: usize = 5;
/// The widest a question dialog grows for a long explanation.
const CONFIRM_WIDE: u16 = 96;

/// The explanation in `rows` lines when it can be made to fit (long paths shortened),
/// else as wrapped, for the caller to cut.
fn fit_detail(
    detail: &str,
    wrapped: Vec<String>,
    columns: usize,
    rows: usize,
    ascii: bool,
) -> Vec<String> {
    if wrapped.len() <= rows {
        wrapped
    } else {
        fit_message(detail, columns, columns, rows, ascii)
    }
}

/// Splits a message into its question (the last sentence ending in `?`, outside double
/// quotes, so a name with a `?` in it does not count) and the rest, which explains it. A
/// message without a question is all question: nothing of it may be hidden first.
pub(super) fn split_question(text: &str) -> (String, String) {
    let mut quoted = false;
    let mut sentence = 0;
    let mut found = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        let next = chars.peek().map(|&(_, next)| next);
        match ch {
            '"' => quoted = !quoted,
            '.' | '!' | '?' if !quoted && next.is_none_or(|next| next == ' ') => {
                let end = at + ch.len_utf8();
                if ch == '?' {
                    found = Some((sentence, end));
                }
                sentence = end;
            }
            _ => {}
        }
    }
    let Some((start, end)) = found else {
        return (text.trim().to_owned(), String::new());
    };
    let before = text[..start].trim();
    let after = text[end..].trim();
    let detail = match (before.is_empty(), after.is_empty()) {
        (true, _) => after.to_owned(),
        (_, true) => before.to_owned(),
        _ => format!("{before} {after}"),
    };
    (text[start..end].trim().to_owned(), detail)
}

pub fn draw_editor(frame: &mut Frame, area: Rect, editor: &NoteEditor, state: &State) {
    let theme = state.theme;
    let provider = state
        .workspace()
        .map(|workspace| subject_name(workspace, &editor.subject, theme.ascii))
        .unwrap_or_default();
    let width = area.width.saturating_sub(4).min(100);
    let height = area.height.saturating_sub(2).min(20);
    let popup = centred(area, width, height);
    let footer = hint_line(state, &[Scope::Editor], width as usize - 2);
    let title = format!("Note: {} for {provider}", editor.item);
    let inner = frame_popup(frame, popup, &title, Some(footer), theme);
    // The editor's own text is drawn, never a copy: drawing is how it learns its width (to
    // wrap, so Up and Down go by screen rows) and its page (for PgUp and PgDn).
    frame.render_widget(&editor.text, inner);
}
