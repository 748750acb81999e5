use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};

use super::*;

const PLAIN: Theme = Theme {
    colour: false,
    ascii: false,
};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// The spans as text, matched runs in brackets.
fn marked(spans: &[Span<'_>]) -> String {
    spans
        .iter()
        .map(|span| {
            if span.style.add_modifier.contains(Modifier::UNDERLINED) {
                format!("[{}]", span.content)
            } else {
                span.content.to_string()
            }
        })
        .collect()
}

#[test]
fn typing_replaces_the_remembered_query() {
    let mut finder = Finder::new("old words", "");
    assert_eq!(finder.query(), "old words");
    assert!(finder.input(key(KeyCode::Char('n'))));
    assert_eq!(finder.query(), "n");
    assert!(finder.input(key(KeyCode::Backspace)));
    assert_eq!(finder.query(), "");
}

#[test]
fn keys_that_would_break_the_line_are_ignored() {
    let mut finder = Finder::new("", "");
    for code in [KeyCode::Enter, KeyCode::Tab, KeyCode::BackTab] {
        assert!(!finder.input(key(code)));
    }
    assert!(!finder.input(KeyEvent::new(KeyCode::Char('m'), KeyModifiers::CONTROL)));
    assert!(finder.paste("two\nlines\r"));
    assert_eq!(finder.query(), "two lines ");
}

#[test]
fn movement_stays_within_the_hits() {
    let mut finder = Finder::new("", "");
    let hit = |id| Ranked {
        id,
        score: 1,
        positions: Vec::new(),
    };
    finder.set_hits(vec![hit(4), hit(7)]);
    let size = Size::new(80, 24);
    finder.step(Command::Down, size);
    finder.step(Command::Down, size);
    assert_eq!(finder.current().map(|h| h.id), Some(7));
    finder.step(Command::Top, size);
    assert_eq!(finder.current().map(|h| h.id), Some(4));
    finder.set_hits(Vec::new());
    finder.step(Command::Down, size);
    assert!(finder.current().is_none());
}

#[test]
fn matches_are_highlighted_without_colour() {
    let spans = highlighted("Media servers", &[0, 1, 6], 40, Style::new(), PLAIN);
    assert_eq!(marked(&spans), "[Me]dia [s]ervers");
}

#[test]
fn a_late_match_is_shown_with_context_and_the_cuts_marked() {
    let text = format!(
        "{} Wellington data centre {}",
        "a".repeat(60),
        "b".repeat(60)
    );
    let at = text.find("Wellington").unwrap_or_default();
    let positions: Vec<usize> = (at..at + 10).collect();
    let spans = highlighted(&text, &positions, 30, Style::new(), PLAIN);
    let shown = marked(&spans);
    assert!(shown.starts_with('…'), "{shown}");
    assert!(shown.ends_with('…'), "{shown}");
    assert!(shown.contains("[Wellington]"), "{shown}");
    let width: usize = spans.iter().map(Span::width).sum();
    assert_eq!(width, 30);
}

#[test]
fn wide_and_combining_characters_keep_to_the_width() {
    let text = "会议会议会议 e\u{301}\u{301} 🦜🦜🦜🦜";
    for width in 1..20 {
        let spans = highlighted(text, &[2, 7], width, Style::new(), PLAIN);
        let used: usize = spans.iter().map(Span::width).sum();
        assert!(used <= width, "{width}: {}", marked(&spans));
    }
    assert!(highlighted(text, &[], 0, Style::new(), PLAIN).is_empty());
}

#[test]
fn an_early_match_keeps_the_start_where_ids_are() {
    let text = "P4 Principle 4: Secure audit of communications";
    let at = text.find("audit").unwrap_or_default();
    let positions: Vec<usize> = (at..at + 5).collect();
    let shown = marked(&highlighted(text, &positions, 39, Style::new(), PLAIN));
    assert!(
        shown.starts_with("P4 Principle 4: Secure [audit]"),
        "{shown}"
    );
    assert!(shown.ends_with('…'), "{shown}");
}
