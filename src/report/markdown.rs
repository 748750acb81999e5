//! Markdown (`CommonMark` with GitHub tables). Every piece of text is escaped so that it
//! shows as written and cannot become markup: no raw HTML, no links, no emphasis, no
//! headings or lists smuggled in at the start of a line.

use std::fmt::Write as _;

use super::displayable;
use super::document::{Block, Inline, Line, PartKind, Table, glyph};
use crate::catalogue::Priority;

/// Renders a document as Markdown, ending with a newline.
/// Renders a document, with `marking` (the protective marking) as its first and last
/// line, unless it is empty.
pub fn render(marking: &str, blocks: &[Block<'_>]) -> String {
    let mut out = String::new();
    let marking_line = if marking.is_empty() {
        String::new()
    } else {
        format!("**{}**\n\n", escape_marking(marking))
    };
    out.push_str(&marking_line);
    for block in blocks {
        write_block(&mut out, block);
    }
    out.push_str(&marking_line);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The marking is the user's text: neutralised, and its Markdown made literal.
fn escape_marking(marking: &str) -> String {
    let mut out = String::new();
    for ch in super::displayable(marking).chars() {
        if matches!(
            ch,
            '*' | '_' | '`' | '[' | ']' | '<' | '>' | '\\' | '#' | '|'
        ) {
            out.push('\\');
        }
        if ch == '\n' {
            out.push(' ');
        } else {
            out.push(ch);
        }
    }
    out
}

fn write_block(out: &mut String, block: &Block<'_>) {
    match block {
        Block::Heading(level, line) => {
            out.push_str(&"#".repeat(usize::from(*level).clamp(1, 6)));
            out.push(' ');
            write_line(out, line, false);
            out.push_str("\n\n");
        }
        Block::Para(line) => {
            write_line(out, line, true);
            out.push_str("\n\n");
        }
        Block::Fields(fields) => {
            for (label, value) in fields {
                let _ = write!(out, "- **{label}:** ");
                write_line(out, value, false);
                out.push('\n');
            }
            out.push('\n');
        }
        Block::List(lines) => {
            for line in lines {
                out.push_str("- ");
                write_line(out, line, true);
                out.push('\n');
            }
            out.push('\n');
        }
        Block::Table(table) => write_table(out, table),
        // The comparison table and the ranking say in words what the charts show.
        Block::Chart(_) => {}
        Block::Part { kind, blocks, .. } => {
            // A rule before each provider's part, as a page break is in print.
            if *kind == PartKind::Provider {
                out.push_str("---\n\n");
            }
            for block in blocks {
                write_block(out, block);
            }
        }
    }
}

fn write_table(out: &mut String, table: &Table<'_>) {
    out.push('|');
    for label in &table.head {
        out.push(' ');
        escape(out, label, false);
        out.push_str(" |");
    }
    out.push_str("\n|");
    for _ in &table.head {
        out.push_str(" --- |");
    }
    out.push('\n');
    for row in &table.rows {
        out.push('|');
        for cell in row {
            out.push(' ');
            write_line(out, cell, false);
            out.push_str(" |");
        }
        out.push('\n');
    }
    out.push('\n');
}

/// Writes inline content on one physical line; `block_start` when it begins a paragraph
/// or list item, where a leading `-`, `+`, `=` or `1.` would start a block of its own.
fn write_line(out: &mut String, line: &Line<'_>, block_start: bool) {
    for (position, inline) in line.iter().enumerate() {
        let at_start = block_start && position == 0;
        match inline {
            Inline::Text(value) => escape(out, value, at_start),
            Inline::Strong(value) => emphasise(out, value, '*'),
            Inline::Muted(value) => emphasise(out, value, '_'),
            Inline::Status(status) => {
                let _ = write!(out, "{} {}", glyph(*status), status.label());
            }
            Inline::Count(status, count) => {
                let _ = write!(out, "{} {count}", glyph(*status));
            }
            Inline::Priority(Priority::Required) => out.push_str("**required**"),
            Inline::Priority(priority) => out.push_str(priority.label()),
            Inline::Alert(word) => {
                let _ = write!(out, "**⚠ {word}**");
            }
            Inline::Break => out.push_str("<br>"),
        }
    }
}

/// Wraps `text` in `_` (emphasis) or `**` (strong). Surrounding spaces go outside the
/// markers, where `CommonMark` needs them, and empty text gets no markers at all (`****`
/// alone would be a horizontal rule).
fn emphasise(out: &mut String, text: &str, marker: char) {
    let inner = text.trim();
    if inner.is_empty() {
        out.push_str(text);
        return;
    }
    let markers = if marker == '*' { "**" } else { "_" };
    let leading = &text[..text.len() - text.trim_start().len()];
    let trailing = &text[text.trim_end().len()..];
    out.push_str(leading);
    out.push_str(markers);
    escape(out, inner, false);
    out.push_str(markers);
    out.push_str(trailing);
}

/// Appends `text` with every character that could be read as Markdown or HTML escaped,
/// line breaks as `<br>` and control characters made visible.
fn escape(out: &mut String, text: &str, block_start: bool) {
    if block_start {
        let trimmed = text.trim_start();
        match block_marker(trimmed) {
            Some(at) => {
                escape_inline(out, &trimmed[..at]);
                out.push('\\');
                escape_inline(out, &trimmed[at..]);
            }
            None => escape_inline(out, trimmed),
        }
    } else {
        escape_inline(out, text);
    }
}

fn escape_inline(out: &mut String, text: &str) {
    for c in displayable(text).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
}

/// Where text at the start of a paragraph opens a list, a rule or a heading underline,
/// the position of the character to escape. (`#`, `>`, `*` and the like are escaped
/// everywhere.)
fn block_marker(text: &str) -> Option<usize> {
    if text.starts_with(['-', '+', '=']) {
        return Some(0);
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && text[digits..].starts_with(['.', ')'])).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str, block_start: bool) -> String {
        let mut out = String::new();
        escape(&mut out, text, block_start);
        out
    }

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escaped("<script>a|b</script> *x* [l](u)", false),
            "\\<script\\>a\\|b\\</script\\> \\*x\\* \\[l\\](u)"
        );
    }

    #[test]
    fn line_breaks_stay_inside_the_line() {
        assert_eq!(escaped("a\r\nb\nc\rd", false), "a<br>b<br>c<br>d");
        assert_eq!(escaped("bell\u{7}\u{202E}", false), "bell␇\u{FFFD}");
    }

    #[test]
    fn block_openers_at_the_start_are_escaped() {
        assert_eq!(escaped("- item", true), "\\- item");
        assert_eq!(escaped("12. item", true), "12\\. item");
        assert_eq!(escaped("=HYPERLINK()", true), "\\=HYPERLINK()");
        assert_eq!(escaped("a - b", true), "a - b");
        assert_eq!(escaped("- item", false), "- item");
    }
}
