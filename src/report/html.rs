//! One self-contained HTML file: inline CSS, no scripts, no external resources (it must
//! open on an air-gapped machine), laid out for A4. Every piece of text is escaped; a
//! content security policy forbids scripts and loads even if something slipped through.

use std::fmt::Write as _;

use super::displayable;
use super::document::{Block, Chart, Inline, Line, Table, glyph};
use super::svg;
use crate::catalogue::Priority;
use crate::workspace::Status;

const STYLE: &str = include_str!("../../assets/report.css");

/// Renders a document as a complete HTML page titled `title`.
pub fn render(title: &str, marking: &str, blocks: &[Block<'_>]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    escape(&mut out, title);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    // In print the marking goes in the page's own margins, above and below the content.
    let marking_css = css_string(marking);
    let _ = writeln!(
        out,
        "@page {{ @top-center {{ content: {marking_css}; }} \
         @bottom-center {{ content: {marking_css}; }} }}"
    );
    out.push_str("</style>\n</head>\n<body>\n");
    // On screen, fixed at the top and bottom of the window.
    for place in ["top", "bottom"] {
        let _ = write!(out, "<div class=\"marking {place}\">");
        escape(&mut out, marking);
        out.push_str("</div>\n");
    }
    out.push_str("<main>\n");
    for block in blocks {
        write_block(&mut out, block);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A CSS string holding `text`: every character that is not a plain letter, digit, space
/// or safe punctuation is written as a hexadecimal escape, so no text can end the string or
/// the style element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        if ch.is_alphanumeric() || matches!(ch, ' ' | '-' | '.' | ',' | ':' | '·' | '—') {
            out.push(ch);
        } else {
            let _ = write!(out, "\\{:x} ", u32::from(ch));
        }
    }
    out.push('"');
    out
}

fn write_block(out: &mut String, block: &Block<'_>) {
    match block {
        Block::Heading(level, line) => {
            let level = level.clamp(&1, &6);
            let _ = write!(out, "<h{level}>");
            write_line(out, line);
            let _ = writeln!(out, "</h{level}>");
        }
        Block::Para(line) => {
            out.push_str("<p>");
            write_line(out, line);
            out.push_str("</p>\n");
        }
        Block::Fields(fields) => {
            out.push_str("<dl class=\"fields\">\n");
            for (label, value) in fields {
                out.push_str("<dt>");
                escape(out, label);
                out.push_str("</dt><dd>");
                write_line(out, value);
                out.push_str("</dd>\n");
            }
            out.push_str("</dl>\n");
        }
        Block::List(lines) => {
            out.push_str("<ul>\n");
            for line in lines {
                out.push_str("<li>");
                write_line(out, line);
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        Block::Table(table) => write_table(out, table),
        Block::Chart(Chart::HeatMap(map)) => svg::heat_map(out, map),
        Block::Chart(Chart::Bars(bars)) => svg::bars(out, bars),
        Block::Part { kind, id, blocks } => {
            out.push_str("<section class=\"");
            escape(out, kind.class());
            out.push_str("\" id=\"");
            escape(out, id);
            out.push_str("\">\n");
            for block in blocks {
                write_block(out, block);
            }
            out.push_str("</section>\n");
        }
    }
}

fn write_table(out: &mut String, table: &Table<'_>) {
    out.push_str("<table class=\"");
    escape(out, table.class);
    out.push_str("\">\n<thead><tr>");
    for label in &table.head {
        out.push_str("<th scope=\"col\">");
        escape_text(out, label);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str("<td>");
            write_line(out, cell);
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn write_line(out: &mut String, line: &Line<'_>) {
    for inline in line {
        match inline {
            Inline::Text(value) => escape_text(out, value),
            Inline::Strong(value) => {
                out.push_str("<strong>");
                escape_text(out, value);
                out.push_str("</strong>");
            }
            Inline::Muted(value) => {
                out.push_str("<span class=\"muted\">");
                escape_text(out, value);
                out.push_str("</span>");
            }
            Inline::Status(status) => {
                let _ = write!(
                    out,
                    "<span class=\"status {}\">{} {}</span>",
                    status_class(*status),
                    glyph(*status),
                    status.label()
                );
            }
            Inline::Count(status, count) => {
                let _ = write!(
                    out,
                    "<span class=\"count {}\" title=\"{}\">{} {count}</span>",
                    status_class(*status),
                    status.label(),
                    glyph(*status)
                );
            }
            Inline::Priority(priority) => {
                let class = match priority {
                    Priority::Required => "p-required",
                    Priority::Recommended => "p-recommended",
                    Priority::Optional => "p-optional",
                };
                let _ = write!(out, "<span class=\"{class}\">{}</span>", priority.label());
            }
            Inline::Alert(word) => {
                out.push_str("<span class=\"alert\">⚠ ");
                escape(out, word);
                out.push_str("</span>");
            }
            Inline::Break => out.push_str("<br>"),
        }
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::NotAssessed => "s-not-assessed",
        Status::Met => "s-met",
        Status::PartlyMet => "s-partly-met",
        Status::NotMet => "s-not-met",
        Status::Unknown => "s-unknown",
        Status::NotApplicable => "s-not-applicable",
    }
}

/// Appends `text` escaped for element content, with its line breaks as `<br>`.
/// Escapes user text for an element's content (an SVG label too).
pub(super) fn escape_text(out: &mut String, text: &str) {
    escape_with(out, text, "<br>");
}

/// Appends `text` escaped for attribute values and the title, where markup is not
/// allowed: line breaks become spaces.
fn escape(out: &mut String, text: &str) {
    escape_with(out, text, " ");
}

/// Escapes the five characters that matter in element content and quoted attributes
/// alike, on text made displayable first.
fn escape_with(out: &mut String, text: &str, line_break: &str) {
    for c in displayable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str(line_break),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        escape_text(&mut out, text);
        out
    }

    #[test]
    fn a_marking_cannot_leave_its_css_string() {
        let css = css_string("IN-CONFIDENCE\"; } </style><script>x</script>\\");
        assert_eq!(
            css,
            "\"IN-CONFIDENCE\\22 \\3b  \\7d  \\3c \\2f style\\3e \\3c script\\3e x\\3c \\2f \
             script\\3e \\5c \""
        );
        let page = render("t", "A\"</style>", &[]);
        assert_eq!(page.matches("</style>").count(), 1, "{page}");
    }

    #[test]
    fn the_five_special_characters_are_escaped() {
        assert_eq!(
            escaped("<a href=\"x\" title='y'>&</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn line_breaks_and_control_characters() {
        assert_eq!(
            escaped("a\r\nb\rc\u{1b}[31m\u{202E}"),
            "a<br>b<br>c␛[31m\u{FFFD}"
        );
        let mut attribute = String::new();
        escape(&mut attribute, "a\nb");
        assert_eq!(attribute, "a b");
    }
}
