//! Fitting text to columns: the one word wrap and the one truncation of the crate, both
//! counting wide characters as the terminal does. Truncation is unicode-truncate's; the
//! wrap is textwrap's first-fit over words we cut ourselves, because textwrap's own
//! splitters add a hyphen at a break and we want a path broken after a `/` with nothing
//! added, so an error keeps the file's name whole. The first row may have its own width
//! (the status line's message beside the level).

use textwrap::WordSeparator;
use textwrap::core::{Word, display_width};
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_truncate::UnicodeTruncateStr;
use unicode_width::UnicodeWidthStr;

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
    let (first, rest) = (first.max(1), rest.max(1));
    let mut words = Vec::new();
    for (index, word) in WordSeparator::AsciiSpace
        .find_words(text.trim_start_matches(' '))
        .enumerate()
    {
        // Only the first word can start the first row; every other one starts a later row
        // when it does not fit where it is.
        let room = if index == 0 { first } else { rest };
        if break_long && display_width(word.word) > room {
            break_word(&word, room, rest, &mut words);
        } else {
            words.push(word);
        }
    }
    let widths = [columns(first), columns(rest)];
    wrap_first_fit(&words, &widths)
        .iter()
        .map(|row| {
            let mut line = String::new();
            for (index, word) in row.iter().enumerate() {
                if index > 0 {
                    line.push_str(row[index - 1].whitespace);
                }
                line.push_str(word.word);
            }
            line
        })
        .collect()
}

/// Cuts a word too long for its row after each `/`, and a piece still too long where it
/// must: the piece the word starts with into `room` columns first, every later cut `rest`.
fn break_word<'a>(word: &Word<'a>, room: usize, rest: usize, out: &mut Vec<Word<'a>>) {
    let mut pieces = word.word.split_inclusive('/').peekable();
    let mut room = room;
    while let Some(text) = pieces.next() {
        let mut piece = Word::from(text);
        if pieces.peek().is_none() {
            piece.whitespace = word.whitespace;
        }
        if display_width(piece.word) > room {
            let mut cuts = piece.break_apart(room);
            if let Some(head) = cuts.next() {
                let mut tail = Word::from(&piece.word[head.word.len()..]);
                tail.whitespace = piece.whitespace;
                out.push(head);
                out.extend(tail.break_apart(rest));
            }
        } else {
            out.push(piece);
        }
        room = rest;
    }
}

/// A column count as the f64 textwrap's wrapping takes.
fn columns(width: usize) -> f64 {
    f64::from(u32::try_from(width).unwrap_or(u32::MAX))
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

    #[test]
    fn wrapping_counts_wide_characters_as_two_columns() {
        assert_eq!(wrap_rows("会议 会议 ok", 5, 5), ["会议", "会议", "ok"]);
        // A wide character that would straddle the edge goes to the next row whole.
        assert_eq!(wrap_rows("a会议会", 4, 4), ["a会", "议会"]);
        assert_eq!(wrap_words("Kōrero tahi", 6), ["Kōrero", "tahi"]);
    }

    #[test]
    fn a_path_longer_than_a_row_breaks_after_slashes_with_nothing_added() {
        assert_eq!(
            wrap_rows("see /srv/tiaki/workspaces/providers.ron now", 16, 16),
            ["see /srv/tiaki/", "workspaces/", "providers.ron", "now"]
        );
        // A name longer than a row starts a row of its own and is cut where it must be.
        assert_eq!(
            wrap_rows("/a/bcdefghij", 4, 4),
            ["/a/", "bcde", "fghi", "j"]
        );
        assert_eq!(
            wrap_words("see /srv/tiaki/x.ron", 6),
            ["see", "/srv/tiaki/x.ron"]
        );
    }

    #[test]
    fn the_first_row_has_its_own_width() {
        assert_eq!(
            wrap_rows("one two three four", 3, 9),
            ["one", "two three", "four"]
        );
        assert_eq!(wrap_rows("abcdefghij", 2, 4), ["ab", "cdef", "ghij"]);
        assert_eq!(wrap_rows("a b", 0, 0), ["a", "b"]);
    }

    #[test]
    fn empty_text_and_spaces_give_one_row_without_padding() {
        assert_eq!(wrap_rows("", 5, 5), [""]);
        assert_eq!(wrap_words("", 5), [""]);
        assert_eq!(
            wrap_rows("  lead  and trail  ", 20, 20),
            ["lead  and trail"]
        );
        assert_eq!(wrap_rows("ab  cd", 3, 3), ["ab", "cd"]);
    }
}
