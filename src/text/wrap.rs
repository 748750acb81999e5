//! Fitting text to columns: the one word wrap and the one truncation of the crate, both
//! counting wide characters as the terminal does. Truncation is unicode-truncate's. The
//! wrap is our own, not textwrap's, for two things textwrap does not do: a first row of
//! another width (the status line's message beside the level) and breaking a path after a
//! `/` with nothing added, so an error keeps the file's name whole (textwrap's custom
//! splitter adds a hyphen at such a break, and the crate is not in our offline registry).

use unicode_truncate::UnicodeTruncateStr;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Word wrap with a first row of `first` columns and the others `rest`. A word longer than
/// a row is broken after a `/` where it can be, so a path keeps its file name in one piece,
/// and otherwise where it must be. Always at least one (possibly empty) row.
pub fn wrap_rows(text: &str, first: usize, rest: usize) -> Vec<String> {
    fill(text, first, rest, true)
}

/// Word wrap to `width` columns that never breaks a word: one longer than a row (a link,
/// say, printed to be copied) gets a row of its own. Always at least one row.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    fill(text, width, width, false)
}

fn fill(text: &str, first: usize, rest: usize, break_long: bool) -> Vec<String> {
    let cap = |row: usize| if row == 0 { first } else { rest }.max(1);
    let mut lines = vec![String::new()];
    let mut used = 0;
    for word in text.split(' ') {
        let width = word.width();
        let row = lines.len() - 1;
        let mut gap = usize::from(used > 0);
        if used + gap + width <= cap(row) {
            if gap > 0 {
                lines[row].push(' ');
            }
            lines[row].push_str(word);
            used += gap + width;
            continue;
        }
        if used > 0 && (width <= cap(row + 1) || !break_long) {
            lines.push(word.to_owned());
            used = width;
            continue;
        }
        if !break_long {
            lines[row].push_str(word);
            used = width;
            continue;
        }
        for piece in word.split_inclusive('/') {
            if used > 0 && used + gap + piece.width() > cap(lines.len() - 1) {
                lines.push(String::new());
                (used, gap) = (0, 0);
            }
            let line = lines.last_mut().expect("at least one line");
            if gap > 0 {
                line.push(' ');
                (used, gap) = (used + 1, 0);
            }
            for ch in piece.chars() {
                let width = ch.width().unwrap_or(0);
                if used > 0 && used + width > cap(lines.len() - 1) {
                    lines.push(String::new());
                    used = 0;
                }
                lines.last_mut().expect("at least one line").push(ch);
                used += width;
            }
        }
    }
    lines
}

/// Cuts `text` to `width` columns, marking the cut with one column (`…`, or `~` for plain
/// terminals).
pub fn truncate(text: &str, width: usize, ascii: bool) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let (kept, _) = text.unicode_truncate(width - 1);
    format!("{kept}{}", if ascii { "~" } else { "…" })
}

/// `line` marked as cut short, within `width` columns.
pub fn ellipsize(line: &str, width: usize, ascii: bool) -> String {
    let mark = if ascii { "~" } else { "…" };
    if line.width() < width {
        format!("{line}{mark}")
    } else {
        // One more character than fits, so `truncate` cuts and marks the end.
        truncate(&format!("{line}{mark}"), width, ascii)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_marks_the_cut_and_counts_wide_characters() {
        assert_eq!(truncate("Kōrero", 6, false), "Kōrero");
        assert_eq!(truncate("Kōrero tahi", 6, false), "Kōrer…");
        assert_eq!(truncate("会议会议", 5, true), "会议~");
        assert_eq!(truncate("abc", 0, true), "");
        assert_eq!(ellipsize("ab", 5, true), "ab~");
        assert_eq!(ellipsize("abcde", 5, true), "abcd~");
    }
}
