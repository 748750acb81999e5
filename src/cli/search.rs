//! `tiaki search`: the TUI's `/` search as plain lines, for scripts and screen readers.
//! One line per result, best first: kind, where it belongs, text, separated by tabs.

use std::io::Write;

use super::CliError;
use crate::search::{self, Index};
use crate::store::Store;
use crate::text::field;

pub fn search(
    store: &Store,
    name_or_slug: &str,
    query: &str,
    limit: usize,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<(), CliError> {
    let slug = store.resolve(name_or_slug)?;
    let workspace = store.load(&slug)?;
    let index = Index::new(crate::catalogue::builtin(), Some(&workspace), &field);
    let hits = index.search(query, limit);
    if hits.is_empty() {
        // On stderr, so a script reading results sees none; not a failure, and neither is
        // a standard error nobody reads.
        let _ = writeln!(
            err,
            "no matches for \"{}\" in \"{}\"",
            field(&search::clean_query(query)),
            field(&workspace.name)
        );
    }
    for hit in hits {
        let entry = hit.entry;
        writeln!(
            out,
            "{}\t{}\t{}",
            entry.kind.label(),
            entry.location().join(", "),
            entry.text
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_one_line_of_harmless_characters() {
        assert_eq!(
            field("a\tb\r\nc\u{1b}[2J\u{7}\u{202E}d"),
            "a b  c\u{FFFD}[2J\u{FFFD}\u{FFFD}d"
        );
    }
}
