//! Letters with marks match their plain letter, so "kereru" finds Kererū and "Ștefan" is
//! saved as `stefan`: people type Māori names, and loanwords with accents, without the
//! marks as often as with them. Search and workspace file names fold by this one rule.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// `ch` without its marks: the first char of its canonical decomposition when the rest are
/// marks ("ū" is "u" and a macron). One char for one, so a position in a folded text is a
/// position in the text as shown.
pub fn base_letter(ch: char) -> char {
    if ch.is_ascii() {
        return ch;
    }
    let mut base = None;
    let mut rest_are_marks = true;
    decompose_canonical(ch, |part| match base {
        None => base = Some(part),
        Some(_) => rest_are_marks &= is_combining_mark(part),
    });
    match base {
        Some(base) if rest_are_marks => base,
        _ => ch,
    }
}

/// A text with each letter's marks taken off, char for char.
pub fn fold_text(text: &str) -> String {
    text.chars().map(base_letter).collect()
}

/// A query with each letter's marks taken off, and marks typed on their own left out.
pub fn fold_query(query: &str) -> String {
    query
        .chars()
        .filter(|&ch| !is_combining_mark(ch))
        .map(base_letter)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macrons_and_accents_come_off_char_for_char() {
        assert_eq!(fold_text("Kererū Kōtuku Māori"), "Kereru Kotuku Maori");
        assert_eq!(fold_text("Ā Ē Ī Ō Ū é ü ñ Å"), "A E I O U e u n A");
        let text = "Pīwakawaka whānau";
        assert_eq!(fold_text(text).chars().count(), text.chars().count());
    }

    #[test]
    fn letters_that_are_not_a_letter_and_marks_stay() {
        // No plain letter inside these: Hangul syllables, ø, ß, CJK, emoji.
        for text in ["가", "ø", "ß", "漢", "🦜"] {
            assert_eq!(fold_text(text), text);
        }
    }

    #[test]
    fn a_query_typed_with_separate_marks_folds_like_one_typed_precomposed() {
        assert_eq!(fold_query("Kereru\u{304}"), "Kereru");
        assert_eq!(fold_query("Kererū"), "Kereru");
        assert_eq!(fold_query("\u{301}\u{20DD}"), "");
    }
}
