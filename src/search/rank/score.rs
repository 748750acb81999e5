//! Skim's V2 score, as fuzzy-matcher's `SkimMatcherV2` works it out, computed over a
//! text prepared once instead of re-read on every keystroke.
//!
//! Why not call fuzzy-matcher for every entry: it decodes and classifies each text's
//! chars again on every call, which over ten thousand entries costs more than a
//! keystroke may; and its matcher reuses one score matrix between calls without
//! clearing the consecutive-match bonus, so an entry's score could depend on which
//! entries were scored before it. This is the score a fresh `SkimMatcherV2` gives (the
//! property test below holds it to that, path for path); fuzzy-matcher itself then
//! finds the matched positions of the few results shown.

use std::cmp::max;

use crate::text::fold_text;

/// Score-matrix cells (query length + 1 times text length + 1) above which skim aligns
/// greedily in one pass instead of trying every alignment: the best alignment matters
/// in titles, names and short notes, and its cost would dominate over long guidance.
pub const ELEMENT_LIMIT: usize = 1024;

// Skim's default scoring, as fuzzy-matcher's `SkimScoreConfig::default()` sets it.
const SCORE_MATCH: i32 = 16;
const GAP_START: i32 = -3;
const GAP_EXTENSION: i32 = -1;
const BONUS_FIRST_CHAR_MULTIPLIER: i32 = 2;
const BONUS_HEAD: i32 = SCORE_MATCH / 2;
const BONUS_BREAK: i32 = SCORE_MATCH / 2 + GAP_EXTENSION;
const BONUS_CAMEL: i32 = SCORE_MATCH / 2 + 2 * GAP_EXTENSION;
const BONUS_CONSECUTIVE: i32 = -(GAP_START + GAP_EXTENSION);
const PENALTY_CASE_MISMATCH: i32 = GAP_EXTENSION * 2;
/// An alignment that cannot happen.
const NEG_INFINITY: i32 = i16::MIN as i32;

/// What skim makes of a char when weighing where a match starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Before the first char (and, as skim has it, a NUL char).
    Start,
    Upper,
    Lower,
    Number,
    HardSeparator,
    SoftSeparator,
}

impl Class {
    fn of(ch: char) -> Self {
        match ch {
            '\0' => Class::Start,
            ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => Class::HardSeparator,
            '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => Class::SoftSeparator,
            '0'..='9' => Class::Number,
            'A'..='Z' => Class::Upper,
            _ => Class::Lower,
        }
    }
}

/// The bonus for matching a char of class `cur` that follows one of class `prev`: the
/// start of a word scores most, then a break after punctuation, then a camelCase hump.
fn in_place_bonus(prev: Class, cur: Class) -> i32 {
    match (prev, cur) {
        (Class::Start | Class::HardSeparator, _) => BONUS_HEAD,
        (Class::SoftSeparator, _) => BONUS_BREAK,
        (Class::Lower | Class::Number, Class::Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

/// A text made ready to rank: its letters without their marks (char for char, so matched
/// positions are positions in the text as shown), in lower case for the quick filter, as
/// chars, and the bonus a match earns at each char.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// What is matched: the text with each letter's marks taken off.
    pub(super) text: String,
    /// `text` in ASCII lower case: a byte search on it rules texts out quickly.
    pub(super) lower: String,
    chars: Box<[char]>,
    /// `in_place_bonus` of each char after the one before it (the first after the start),
    /// the first char's multiplied as skim's full alignment has it.
    bonus: Box<[i8]>,
}

impl Prepared {
    pub fn new(text: &str) -> Self {
        let text = fold_text(text);
        let chars: Box<[char]> = text.chars().collect();
        let mut prev = Class::Start;
        let bonus = chars
            .iter()
            .enumerate()
            .map(|(at, &ch)| {
                let class = Class::of(ch);
                let mut bonus = in_place_bonus(prev, class);
                if at == 0 {
                    bonus *= BONUS_FIRST_CHAR_MULTIPLIER;
                }
                prev = class;
                i8::try_from(bonus).expect("bonuses are small")
            })
            .collect();
        Self {
            lower: text.to_ascii_lowercase(),
            text,
            chars,
            bonus,
        }
    }
}

/// A query made ready to score texts with.
pub struct Pattern {
    chars: Vec<char>,
    /// Skim's smart case: an upper-case letter in the query makes case matter.
    case_sensitive: bool,
}

impl Pattern {
    pub fn new(query: &str) -> Self {
        Self {
            chars: query.chars().collect(),
            case_sensitive: query.chars().any(|ch| ch.is_ascii_uppercase()),
        }
    }

    fn matches(&self, text_char: char, pattern_char: char) -> bool {
        if self.case_sensitive {
            text_char == pattern_char
        } else {
            text_char.eq_ignore_ascii_case(&pattern_char)
        }
    }

    /// What matching `text_char` to `pattern_char` scores before bonuses and gaps.
    fn match_score(&self, text_char: char, pattern_char: char) -> i32 {
        if !self.case_sensitive && text_char != pattern_char {
            SCORE_MATCH + PENALTY_CASE_MISMATCH
        } else {
            SCORE_MATCH
        }
    }
}

/// Two rows of the score matrix, kept between texts so scoring allocates nothing.
#[derive(Default)]
pub struct Scratch {
    first_matches: Vec<usize>,
    rows: [Row; 2],
}

#[derive(Default)]
struct Row {
    /// Best score of an alignment ending with this char matched.
    matched: Vec<i32>,
    /// Best score of an alignment ending with this char skipped.
    skipped: Vec<i32>,
}

impl Row {
    fn reset(&mut self, cols: usize, matched: i32, skipped: i32) {
        self.matched.clear();
        self.matched.resize(cols, matched);
        self.skipped.clear();
        self.skipped.resize(cols, skipped);
    }
}

/// Skim's score for `pattern` in `text`, or `None` when the text lacks the pattern's
/// chars in order. The pattern must not be empty.
pub fn score(text: &Prepared, pattern: &Pattern, scratch: &mut Scratch) -> Option<i64> {
    let chars = &text.chars;
    let first = &mut scratch.first_matches;
    first.clear();
    let mut wanted = pattern.chars.iter().peekable();
    for (at, &ch) in chars.iter().enumerate() {
        let Some(&&p) = wanted.peek() else { break };
        if pattern.matches(ch, p) {
            first.push(at);
            wanted.next();
        }
    }
    if wanted.peek().is_some() {
        return None;
    }
    let cells = (pattern.chars.len() + 1) * (chars.len() + 1);
    let score = if cells > ELEMENT_LIMIT {
        greedy(text, pattern, first)
    } else {
        aligned(text, pattern, first, &mut scratch.rows)
    };
    Some(i64::from(score))
}

/// The best alignment, by skim's recurrence with affine gaps: for pattern char `i` and
/// text column `col` (char `col - 1`),
/// `M[i][col] = match + max(M[i-1][col-1] + consecutive, P[i-1][col-1] + bonus)` and
/// `P[i][col] = max(M[i][col-1] + gap start + extension, P[i][col-1] + extension)`.
/// Each pattern char's row starts at its first possible match.
fn aligned(text: &Prepared, pattern: &Pattern, first: &[usize], rows: &mut [Row; 2]) -> i32 {
    let cols = text.chars.len() + 1;
    if let ([p], [start]) = (pattern.chars.as_slice(), first) {
        // One row under the start row: every match comes straight after a gap, so the
        // recurrence reduces to the best matching char's bonus.
        return text.chars[*start..]
            .iter()
            .zip(&text.bonus[*start..])
            .filter(|&(&ch, _)| pattern.matches(ch, *p))
            .map(|(&ch, &bonus)| GAP_EXTENSION + i32::from(bonus) + pattern.match_score(ch, *p))
            .max()
            .expect("the first match is a match");
    }
    let [mut above, mut current] = std::mem::take(rows);
    above.reset(cols, NEG_INFINITY, GAP_EXTENSION);
    // Left as the text before left it: a row is read only where it has just been written.
    current.matched.resize(cols, NEG_INFINITY);
    current.skipped.resize(cols, NEG_INFINITY);
    for (&p, &start) in pattern.chars.iter().zip(first) {
        // Column `col` is char `col - 1`: zipped, each step holds a char, the cell above
        // and to the left, and the cell it writes.
        let from_above = above.matched[start..cols - 1]
            .iter()
            .zip(&above.skipped[start..cols - 1]);
        let into = current.matched[start + 1..]
            .iter_mut()
            .zip(&mut current.skipped[start + 1..]);
        let steps = text.chars[start..]
            .iter()
            .zip(&text.bonus[start..])
            .zip(from_above)
            .zip(into);
        let (mut left_matched, mut left_skipped) = (NEG_INFINITY, NEG_INFINITY);
        for (((&ch, &bonus), (&above_matched, &above_skipped)), (matched, skipped)) in steps {
            *matched = if pattern.matches(ch, p) {
                let bonus = i32::from(bonus);
                // A fresh fuzzy-matcher reads the previous cell's bonus as zero, so the
                // run bonus is this char's own, at least the consecutive minimum.
                let extend = above_matched + max(bonus, BONUS_CONSECUTIVE);
                let after_gap = above_skipped + bonus;
                max(extend, after_gap) + pattern.match_score(ch, p)
            } else {
                NEG_INFINITY
            };
            *skipped = max(
                left_matched + GAP_START + GAP_EXTENSION,
                left_skipped + GAP_EXTENSION,
            );
            (left_matched, left_skipped) = (*matched, *skipped);
        }
        current.matched[start] = NEG_INFINITY;
        current.skipped[start] = NEG_INFINITY;
        std::mem::swap(&mut above, &mut current);
    }
    let last_start = *first.last().expect("the pattern is not empty");
    let best = above.matched[last_start..]
        .iter()
        .copied()
        .max()
        .expect("the row has a column");
    *rows = [above, current];
    best
}

/// Skim's one-pass score for a long text: a one-char pattern scores its first match's
/// bonus; a longer one is matched greedily over a stretch ending at the last char's
/// first match.
fn greedy(text: &Prepared, pattern: &Pattern, first: &[usize]) -> i32 {
    let chars = &text.chars;
    if let &[only] = first {
        let before = only
            .checked_sub(1)
            .map_or(Class::Start, |at| Class::of(chars[at]));
        return in_place_bonus(before, Class::of(chars[only]));
    }
    let end = *first.last().expect("the pattern is not empty");
    let mut start = first[0];
    let mut wanted = pattern.chars.iter().rev().peekable();
    for (at, &ch) in chars[start..=end].iter().enumerate().rev() {
        let Some(&&p) = wanted.peek() else { break };
        if pattern.matches(ch, p) {
            wanted.next();
            // fuzzy-matcher counts this from the stretch's start, not the text's: kept,
            // since the aim is its score.
            start = at;
        }
    }
    let mut score = 0;
    let mut in_gap = false;
    let mut run_bonus = 0;
    let mut prev = Class::Start;
    let mut wanted = pattern.chars.iter().peekable();
    for &ch in &chars[start..=end] {
        let Some(&&p) = wanted.peek() else { break };
        let class = Class::of(ch);
        let bonus = in_place_bonus(prev, class);
        if pattern.matches(ch, p) {
            score += pattern.match_score(ch, p);
            run_bonus = max(run_bonus, max(bonus, BONUS_CONSECUTIVE));
            if !in_gap {
                score += run_bonus;
            }
            in_gap = false;
            wanted.next();
        } else {
            if !in_gap {
                score += GAP_START;
            }
            score += GAP_EXTENSION;
            in_gap = true;
            run_bonus = 0;
        }
        prev = class;
    }
    score
}

#[cfg(test)]
mod tests;
