//! Ranking with skim's algorithm, shared by the search index and the command palette.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Only this much of a query is matched: longer ones are pasted text, not a search.
pub const MAX_QUERY_CHARS: usize = 256;
/// Score-matrix cells (query length times text length) above which skim aligns greedily
/// in one pass instead of trying every alignment: the best alignment matters in titles,
/// names and short notes, and its cost would dominate over the catalogue's long guidance.
const ELEMENT_LIMIT: usize = 1024;

/// One candidate that matched: its place among the candidates, its score, and the char
/// positions in its text that matched (for highlighting).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    pub id: usize,
    pub score: i64,
    pub positions: Vec<usize>,
}

/// Skim's matcher with the limits every search here shares. Also ranks the command
/// palette's commands, so both rank alike.
pub struct Matcher(SkimMatcherV2);

impl Default for Matcher {
    fn default() -> Self {
        Self(
            SkimMatcherV2::default()
                .smart_case()
                .element_limit(ELEMENT_LIMIT),
        )
    }
}

/// A text to rank: as shown, folded to ASCII lower case (for the quick filter), and its
/// group (equal scores go to the lower group first).
pub struct Candidate<'t> {
    pub text: &'t str,
    pub folded: &'t str,
    pub group: u8,
}

impl Matcher {
    /// The candidates matching `query`, best first: by score, then by group, then in the
    /// order given; at most `limit`. A query that is empty once cleaned (see
    /// `clean_query`) matches nothing.
    ///
    /// A byte search first rules out texts that lack the query's letters in order, so
    /// skim only scores texts that match.
    pub fn rank<'t>(
        &self,
        query: &str,
        candidates: impl IntoIterator<Item = Candidate<'t>>,
        limit: usize,
    ) -> Vec<Ranked> {
        let query = clean_query(query);
        if query.is_empty() {
            return Vec::new();
        }
        let folded_query = query.to_ascii_lowercase();
        let mut found: Vec<(u8, Ranked)> = candidates
            .into_iter()
            .enumerate()
            .filter(|(_, candidate)| has_in_order(candidate.folded, &folded_query))
            .filter_map(|(id, candidate)| {
                let (score, positions) = self.0.fuzzy_indices(candidate.text, &query)?;
                let ranked = Ranked {
                    id,
                    score,
                    positions,
                };
                Some((candidate.group, ranked))
            })
            .collect();
        let order = |(group_a, a): &(u8, Ranked), (group_b, b): &(u8, Ranked)| {
            b.score
                .cmp(&a.score)
                .then(group_a.cmp(group_b))
                .then(a.id.cmp(&b.id))
        };
        if found.len() > limit {
            found.select_nth_unstable_by(limit, order);
            found.truncate(limit);
        }
        found.sort_unstable_by(order);
        found.into_iter().map(|(_, ranked)| ranked).collect()
    }
}

/// Whether `text` holds the chars of `query` in order: what skim's own first check asks,
/// done with the standard library's fast byte search on text folded beforehand.
fn has_in_order(text: &str, query: &str) -> bool {
    let mut rest = text;
    query.chars().all(|ch| match rest.find(ch) {
        Some(at) => {
            rest = &rest[at + ch.len_utf8()..];
            true
        }
        None => false,
    })
}

/// The part of a typed query that is matched: control and formatting characters removed
/// (they can only come from a paste), cut to `MAX_QUERY_CHARS`, outer spaces trimmed.
pub fn clean_query(query: &str) -> String {
    let kept: String = query
        .chars()
        .filter(|ch| !ch.is_control() && !is_format(*ch))
        .take(MAX_QUERY_CHARS)
        .collect();
    kept.trim().to_owned()
}

/// Bidirectional controls and other invisible formatting marks: they can make text read
/// differently from what it holds.
pub fn is_format(ch: char) -> bool {
    matches!(ch, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}
