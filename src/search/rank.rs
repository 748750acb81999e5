//! Ranking with skim's algorithm, shared by the search index and the command palette:
//! `score` weighs every candidate, fuzzy-matcher marks the matched chars of those kept.

mod score;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::text::{fold_query, is_hidden};
pub use score::Prepared;
use score::{ELEMENT_LIMIT, Pattern, Scratch};

/// Only this much of a query is matched: longer ones are pasted text, not a search.
pub const MAX_QUERY_CHARS: usize = 256;

/// One candidate that matched: its place among the candidates, its score, and the char
/// positions in its text that matched (for highlighting).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    pub id: usize,
    pub score: i64,
    pub positions: Vec<usize>,
}

/// A text to rank, prepared, and its group (equal scores go to the lower group first).
pub struct Candidate<'t> {
    pub prepared: &'t Prepared,
    pub group: u8,
}

/// The candidates matching `query`, best first: by score, then by group, then in the
/// order given; at most `limit`. A query that is empty once cleaned (see `clean_query`)
/// matches nothing. Marks on letters are ignored on both sides (see `fold`).
///
/// A byte search first rules out texts that lack the query's letters in order, so only
/// texts that match are scored, and only those kept are marked.
pub fn rank<'t>(
    query: &str,
    candidates: impl IntoIterator<Item = Candidate<'t>>,
    limit: usize,
) -> Vec<Ranked> {
    let query = fold_query(&clean_query(query));
    if query.is_empty() {
        return Vec::new();
    }
    let lower_query = query.to_ascii_lowercase();
    let pattern = Pattern::new(&query);
    let mut scratch = Scratch::default();
    let mut found: Vec<(u8, usize, i64, &str)> = candidates
        .into_iter()
        .enumerate()
        .filter(|(_, candidate)| has_in_order(&candidate.prepared.lower, &lower_query))
        .filter_map(|(id, candidate)| {
            let score = score::score(candidate.prepared, &pattern, &mut scratch)?;
            Some((candidate.group, id, score, candidate.prepared.text.as_str()))
        })
        .collect();
    let order = |(group_a, id_a, score_a, _): &(u8, usize, i64, &str),
                 (group_b, id_b, score_b, _): &(u8, usize, i64, &str)| {
        score_b
            .cmp(score_a)
            .then(group_a.cmp(group_b))
            .then(id_a.cmp(id_b))
    };
    if found.len() > limit {
        found.select_nth_unstable_by(limit, order);
        found.truncate(limit);
    }
    found.sort_unstable_by(order);
    found
        .into_iter()
        .map(|(_, id, score, text)| Ranked {
            id,
            score,
            positions: positions(text, &query),
        })
        .collect()
}

/// The chars of `text` that `query` matched, by fuzzy-matcher. A fresh matcher each time:
/// a shared one carries a bonus over from the text before (see `score`).
fn positions(text: &str, query: &str) -> Vec<usize> {
    SkimMatcherV2::default()
        .smart_case()
        .element_limit(ELEMENT_LIMIT)
        .fuzzy_indices(text, query)
        .map(|(_, positions)| positions)
        .unwrap_or_default()
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
        .filter(|&ch| !ch.is_control() && !is_hidden(ch))
        .take(MAX_QUERY_CHARS)
        .collect();
    kept.trim().to_owned()
}
