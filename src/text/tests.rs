use super::*;

#[test]
fn plain_text_is_borrowed_unchanged() {
    assert!(matches!(
        neutralise("Kōrero — 会议", false),
        Cow::Borrowed(_)
    ));
}

#[test]
fn escape_sequences_and_bells_become_visible() {
    assert_eq!(neutralise("a\x1b[2Jb\x07", false), "a␛[2Jb␇");
    assert_eq!(neutralise("a\x1b[2Jb\x07", true), "a^[[2Jb^G");
}

#[test]
fn c1_controls_and_bidi_overrides_are_replaced() {
    assert_eq!(
        neutralise("x\u{9b}y\u{202E}z", false),
        "x\u{FFFD}y\u{FFFD}z"
    );
    assert_eq!(neutralise("\u{200F}", true), "<U+200F>");
}

#[test]
fn invisible_characters_are_shown_as_they_are_left_out_of_queries() {
    // Issue 15: a zero-width space was taken out of a query but drawn as nothing.
    for hidden in ['\u{200B}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{2066}'] {
        let text = format!("a{hidden}b");
        assert_eq!(neutralise(&text, false), "a\u{FFFD}b", "{hidden:?}");
        assert_eq!(crate::search::clean_query(&text), "ab", "{hidden:?}");
    }
}

#[test]
fn wrap_breaks_between_words_and_inside_words_too_long() {
    assert_eq!(wrap("the quick brown fox", 9), ["the quick", "brown fox"]);
    assert_eq!(wrap("ab 0123456789", 4), ["ab", "0123", "4567", "89"]);
    assert_eq!(wrap("会议 会议", 4), ["会议", "会议"]);
    assert_eq!(wrap("", 5), [""]);
}

#[test]
fn one_line_marks_line_breaks() {
    assert_eq!(one_line("a\nb\r\nc", true), "a / b / c");
    assert!(!one_line("a\nb", false).contains('\n'));
}
