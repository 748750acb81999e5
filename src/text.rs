//! Makes user text safe to show on a terminal, in the TUI and on the command line alike:
//! every neutralising rule of the crate (`neutralise`, `one_line`, `escaped_line`, `field`)
//! and the one list of hidden characters they share.
//! Names, notes and evidence may hold escape sequences, bells or bidirectional overrides
//! (from an imported file or a pasted note); they are shown as visible placeholders instead
//! of being obeyed. No terminal library here: plain strings in, plain strings out.

mod fold;
mod wrap;

use std::borrow::Cow;
use std::fmt::Write;

pub use fold::{fold_query, fold_text};
pub use wrap::{ellipsize, truncate, wrap_rows, wrap_words};

/// Replaces control and bidirectional-formatting characters with visible stand-ins.
/// Tabs become a space so columns stay aligned; `ascii` picks stand-ins for plain terminals.
pub fn neutralise(text: &str, ascii: bool) -> Cow<'_, str> {
    if !text.chars().any(needs_replacing) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        if ch == '\t' {
            out.push(' ');
        } else if !needs_replacing(ch) {
            out.push(ch);
        } else if ascii {
            push_ascii_stand_in(&mut out, ch);
        } else {
            out.push(unicode_stand_in(ch));
        }
    }
    Cow::Owned(out)
}

/// One line for a list or a title: line breaks become a visible mark as well.
pub fn one_line(text: &str, ascii: bool) -> String {
    let mark = if ascii { " / " } else { " ⏎ " };
    let joined = text.replace("\r\n", mark).replace(['\n', '\r'], mark);
    neutralise(&joined, ascii).into_owned()
}

/// Greedy word wrap of one line of text to `width` columns; a word longer than a line is
/// broken where it must be. Always at least one (possibly empty) line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_rows(text, width, width)
}

/// Line breaks, other control characters and the hidden ones written as escapes (`\n`,
/// `\u{202e}`), so that an error message stays on one line, cannot drive or reorder the
/// terminal, and still says exactly which character was there.
pub fn escaped_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || is_hidden(c) {
                c.escape_default().collect()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A field of tab-separated output, with nothing a terminal would obey: line breaks and
/// tabs (the separator) become spaces, other control and formatting characters U+FFFD.
pub fn field(text: &str) -> String {
    text.chars()
        .map(|ch| match ch {
            '\n' | '\r' | '\t' => ' ',
            ch if ch.is_control() || is_hidden(ch) => '\u{FFFD}',
            ch => ch,
        })
        .collect()
}

fn needs_replacing(ch: char) -> bool {
    (ch.is_control() && ch != '\n') || is_hidden(ch)
}

/// The one list of characters that print as nothing or reorder the text around them:
/// bidirectional controls ("Trojan Source"), zero-width spaces and joiners, the soft
/// hyphen, the byte-order mark. Shown as stand-ins on screen, left out of search queries
/// and of the names compared for look-alikes, all by this list.
pub fn is_hidden(ch: char) -> bool {
    matches!(
        ch,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

fn unicode_stand_in(ch: char) -> char {
    match u32::from(ch) {
        code @ 0..=0x1F => char::from_u32(0x2400 + code).unwrap_or('\u{FFFD}'),
        0x7F => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

fn push_ascii_stand_in(out: &mut String, ch: char) {
    match u32::from(ch) {
        code @ 0..=0x1F => {
            out.push('^');
            out.push(char::from_u32(code + 0x40).unwrap_or('?'));
        }
        0x7F => out.push_str("^?"),
        code => {
            // Writing to a String cannot fail.
            let _ = write!(out, "<U+{code:04X}>");
        }
    }
}

#[cfg(test)]
mod tests;
