//! Plain-text output helpers: keep hostile names harmless on a terminal and wrap prose to
//! a width, so printed output reads well in 80 columns.

use unicode_width::UnicodeWidthStr;

/// One line with control characters and bidirectional overrides made visible, so a name
/// or note from a file cannot move the cursor, recolour or reorder the user's terminal.
pub fn printable(text: &str) -> String {
    crate::text::one_line(text, false)
}

/// Splits `text` into lines of at most `width` columns, breaking between words only: a
/// word longer than the width gets a line of its own. No line for no text.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let words: Vec<String> = text.split_whitespace().map(printable).collect();
    if words.is_empty() {
        return Vec::new();
    }
    crate::text::wrap_words(&words.join(" "), width)
}

/// Left-aligns `cell` in `width` columns, counting wide characters as the terminal does.
pub fn pad(cell: &str, width: usize) -> String {
    format!("{cell}{}", " ".repeat(width.saturating_sub(cell.width())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(printable("a\u{1b}[31mb\u{7}"), "a\u{241B}[31mb\u{2407}");
        assert_eq!(printable("x\u{202E}y"), "x\u{FFFD}y");
    }

    #[test]
    fn wrapping_breaks_between_words_within_the_width() {
        let lines = wrap("one two three four five", 9);
        assert_eq!(lines, vec!["one two", "three", "four five"]);
        assert!(lines.iter().all(|line| line.width() <= 9));
    }

    #[test]
    fn an_overlong_word_stands_alone() {
        assert_eq!(wrap("a abcdefghijk b", 5), vec!["a", "abcdefghijk", "b"]);
    }
}
