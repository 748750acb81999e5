//! The search overlay: the query, then one line per result (what it is, where it belongs,
//! the text around the match with the matched characters highlighted).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::chrome::{hint_line, truncate};
use crate::search::{Entry, Kind, MAX_RESULTS, Ranked};
use crate::tui::keymap::Scope;
use crate::tui::state::State;
use crate::tui::widgets::finder::{Finder, Look, highlighted};

/// Columns of the kind label ("evidence" is the longest).
const KIND_WIDTH: usize = 8;

pub fn draw(frame: &mut Frame, body: Rect, finder: &Finder, state: &State) {
    let theme = state.theme;
    let Some(index) = state.search.index() else {
        return;
    };
    let count = match finder.hits.len() {
        0 => String::new(),
        MAX_RESULTS => format!(" ({MAX_RESULTS}+)"),
        n => format!(" ({n})"),
    };
    let title = format!("Search{count}");
    let empty = if finder.query().trim().is_empty() {
        "Type part of an item, section, provider, note, evidence title or action."
    } else {
        "Nothing matches. Fewer letters find more: they need only come in order."
    };
    let detail = finder
        .current()
        .and_then(|hit| index.entry(hit.id))
        .map_or_else(Line::default, |entry| {
            let mut place = place(entry, state);
            if entry.kind == Kind::Item {
                place = [place.as_str(), entry.item.as_deref().unwrap_or_default()]
                    .join(separator(state));
            }
            if place.is_empty() {
                place.clone_from(&entry.text);
            }
            let text = format!("{}: {place}", entry.kind.label());
            let width = usize::from(body.width).saturating_sub(8);
            Line::styled(truncate(&text, width, theme.ascii), theme.dim())
        });
    let look = Look {
        theme,
        title: &title,
        width: 110,
        prompt: "/",
        footer: hint_line(
            state,
            &[Scope::Search],
            usize::from(body.width).saturating_sub(8),
        ),
        empty: empty.to_owned(),
        detail,
    };
    let row = |hit: &Ranked, width: usize| -> Line<'static> {
        index
            .entry(hit.id)
            .map_or_else(Line::default, |entry| result_line(entry, hit, width, state))
    };
    finder.draw(frame, body, &look, &row);
}

/// `note     Kōtuku Connect › SEL.5   Media servers run in our own Wellington…`
fn result_line(entry: &Entry, hit: &Ranked, width: usize, state: &State) -> Line<'static> {
    let theme = state.theme;
    let place_width = (width / 3).min(32);
    let place = truncate(&place(entry, state), place_width, theme.ascii);
    let pad = |text: &str, columns: usize| {
        let used = unicode_width::UnicodeWidthStr::width(text);
        format!("{text}{} ", " ".repeat(columns.saturating_sub(used)))
    };
    let mut spans = vec![
        Span::styled(
            format!(" {}", pad(entry.kind.label(), KIND_WIDTH)),
            theme.key(),
        ),
        Span::styled(pad(&place, place_width), theme.dim()),
    ];
    let used = 1 + KIND_WIDTH + 1 + place_width + 1;
    let room = width.saturating_sub(used);
    spans.extend(highlighted(
        &entry.text,
        &hit.positions,
        room,
        Style::new(),
        theme,
    ));
    Line::from(spans)
}

/// Where the entry belongs, most specific last: `Kōtuku Connect › Selecting… › SEL.5`.
fn place(entry: &Entry, state: &State) -> String {
    entry.location().join(separator(state))
}

fn separator(state: &State) -> &'static str {
    if state.theme.ascii { " > " } else { " › " }
}

#[cfg(test)]
mod tests;
