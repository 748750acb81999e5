//! The search overlay: the query, then one line per result (what it is, where it belongs,
//! the text around the match with the matched characters highlighted).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::chrome::hint_line;
use crate::search::{Entry, Kind, MAX_RESULTS, Ranked};
use crate::tui::keymap::Scope;
use crate::tui::state::State;
use crate::tui::text::truncate;
use crate::tui::widgets::finder::{Finder, Look, highlighted};

/// The widest the overlay gets: room for a long note, not a whole wide screen of it.
const WIDTH: u16 = 110;
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
        "Type part of an item, provider, note, evidence, action, treatment or claim."
    } else {
        "Nothing matches. Fewer letters find more: they need only come in order."
    };
    let detail = finder
        .current()
        .and_then(|hit| index.entry(hit.id))
        .map_or_else(Line::default, |entry| {
            let text = format!("{}: {}", entry.kind.label(), full_place(entry, state));
            let width = Finder::inner_width(body, WIDTH);
            Line::styled(truncate(&text, width, theme.ascii), theme.dim())
        });
    let look = Look {
        theme,
        title: &title,
        width: WIDTH,
        prompt: "/",
        footer: hint_line(state, &[Scope::Search], Finder::inner_width(body, WIDTH)),
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

/// `note     SEL.5 Kōtuku Connect (fi… …servers run in our own Wellington data…`
fn result_line(entry: &Entry, hit: &Ranked, width: usize, state: &State) -> Line<'static> {
    let theme = state.theme;
    let place_width = (width / 3).min(32);
    let place = truncate(&short_place(entry), place_width, theme.ascii);
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

/// Where the entry belongs, in a column: the item and provider of a judgement, the
/// provider of its own notes, the section of an item.
fn short_place(entry: &Entry) -> String {
    match (&entry.provider, &entry.item) {
        (Some(owner), Some(item)) => format!("{item} {}", owner.name),
        (Some(owner), None) if entry.kind != Kind::Provider => owner.name.clone(),
        (None, _) if entry.kind == Kind::Item => entry
            .section
            .as_ref()
            .map(|place| place.title.clone())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// Where the selected entry belongs, in full and most specific first (`SEL.5 › Kōtuku
/// Connect › Selecting the provider`); an entry that belongs nowhere shows its text.
fn full_place(entry: &Entry, state: &State) -> String {
    let separator = if state.theme.ascii { " > " } else { " › " };
    let mut parts: Vec<&str> = Vec::new();
    parts.extend(entry.item.as_deref());
    if entry.kind != Kind::Provider {
        parts.extend(entry.provider.as_ref().map(|owner| owner.name.as_str()));
    }
    if entry.kind != Kind::Section {
        parts.extend(entry.section.as_ref().map(|place| place.title.as_str()));
    }
    if parts.is_empty() {
        entry.text.clone()
    } else {
        parts.join(separator)
    }
}

#[cfg(test)]
mod tests;
