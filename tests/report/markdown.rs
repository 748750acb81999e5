//! The Markdown report: hostile text escaped so that it shows as written and cannot become
//! HTML, links, headings or extra table cells.

use tiaki::report::Format;

use super::support::{NON_LATIN, demo, hostile, render};

/// `|` not preceded by a backslash: the cell separators of a table row.
fn separators(line: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
    }
    count
}

/// Every row of every table has as many cells as its header.
fn assert_tables_hold(text: &str) {
    let mut expected = None;
    for line in text.lines() {
        if !line.starts_with('|') {
            expected = None;
            continue;
        }
        let cells = separators(line);
        match expected {
            None => expected = Some(cells),
            Some(count) => assert_eq!(cells, count, "a row breaks its table: {line:.120}"),
        }
    }
}

#[test]
fn the_demo_reads_as_a_report() {
    let text = render(&demo(), Format::Markdown);
    for heading in [
        "# Demo: video conferencing procurement",
        "## Executive summary",
        "## Context and assurance level",
        "## Comparison",
        "## Kererū Meet (fictional) _— rank 1 of 4_",
        "## Action plan",
        "## Change history",
    ] {
        assert!(
            text.lines().any(|line| line == heading),
            "missing heading {heading}"
        );
    }
    assert!(text.contains("**⚠ overdue**"));
    assert!(text.contains("SHA-256 "));
    assert_tables_hold(&text);
}

#[test]
fn hostile_text_is_escaped_and_whole() {
    let text = render(&hostile(), Format::Markdown);
    // Every `<` but those of tiaki's own line breaks is escaped: no HTML tag can open.
    let without_breaks = text.replace("<br>", "");
    for (at, _) in without_breaks.match_indices('<') {
        assert!(
            without_breaks[..at].ends_with('\\'),
            "raw HTML would run in a Markdown viewer: {:.60}",
            &without_breaks[at..]
        );
    }
    assert!(text.contains("\\<script\\>alert('pwned')\\</script\\>"));
    assert!(text.contains("line one<br>line two<br>line three"));
    assert!(text.contains(NON_LATIN));
    assert!(
        text.contains(&"A".repeat(1 << 20)),
        "the 1 MB note is whole"
    );
    assert!(text.contains("=HYPERLINK(\"http://evil.example/\",\"click me\")"));
    // Only tiaki's own headings: nothing in the text opened one.
    let headings = text.lines().filter(|line| line.starts_with('#')).count();
    let expected = text.lines().filter(|line| line.starts_with("## ")).count()
        + text.lines().filter(|line| line.starts_with("### ")).count()
        + 1;
    assert_eq!(headings, expected);
    assert_tables_hold(&text);
}

#[test]
fn an_answer_capped_by_minor_consequences_says_what_it_would_have_called_for() {
    use tiaki::workspace::Answer;
    let mut workspace = demo();
    let answers = &mut workspace.context.answers;
    answers.insert(
        "CTX.2".to_owned(),
        Answer::Choice("unclassified".to_owned()),
    );
    answers.insert("CTX.4".to_owned(), Answer::Choices(vec!["home".to_owned()]));
    answers.insert("CTX.7".to_owned(), Answer::Choice("minor".to_owned()));
    let markdown = render(&workspace, Format::Markdown);
    assert!(
        markdown.contains("calls for Baseline (it would call for Enhanced, capped by CTX.7"),
        "{markdown:.8000}"
    );
}
