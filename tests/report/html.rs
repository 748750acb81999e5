//! The HTML report read by a real HTML parser: its structure, and that no text became
//! markup, script or a reference to anything outside the file.

use scraper::{ElementRef, Html, Selector};
use tiaki::report::Format;

use super::support::{
    FORMULA, NON_LATIN, QUOTES, SCRIPT, TABLE_BREAK, demo, hostile, huge_note, render,
};

fn select<'h>(html: &'h Html, selector: &str) -> Vec<ElementRef<'h>> {
    let selector = Selector::parse(selector).expect("valid selector");
    html.select(&selector).collect()
}

fn text_of(element: &ElementRef<'_>) -> String {
    element.text().collect()
}

/// Nothing runs and nothing is fetched: no script, no embedded or linked resource, no
/// event handler, and a policy forbidding all of it.
fn assert_inert(html: &Html) {
    assert!(select(html, "script, iframe, object, embed, img, link, base, form").is_empty());
    for element in select(html, "*") {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name}={value}");
            assert!(
                !matches!(name, "src" | "href" | "srcset" | "action" | "background"),
                "reference {name}={value}"
            );
        }
    }
    let policy = select(html, "meta[http-equiv=\"Content-Security-Policy\"]");
    assert_eq!(policy.len(), 1);
    let content = policy[0].value().attr("content").expect("a policy");
    assert!(content.contains("default-src 'none'"), "{content}");
    assert_eq!(select(html, "style").len(), 1, "the CSS is inline");
}

#[test]
fn the_demo_has_one_section_per_provider_and_the_comparison_table() {
    let html = Html::parse_document(&render(&demo(), Format::Html));
    assert!(html.errors.is_empty(), "{:?}", html.errors);
    assert_inert(&html);
    let providers = select(&html, "section.provider");
    assert_eq!(providers.len(), 4);
    let first = text_of(&select(&html, "section.provider h2")[0]);
    assert!(first.starts_with("Kererū Meet (fictional)"), "{first}");
    assert!(first.contains("rank 1 of 4"), "{first}");
    let head: Vec<String> = select(&html, "table.compare thead th")
        .iter()
        .map(text_of)
        .collect();
    assert_eq!(head.len(), 5, "{head:?}");
    assert_eq!(head[0], "Section");
    let rows = select(&html, "table.compare tbody tr");
    let sections = tiaki::catalogue::builtin()
        .sections
        .iter()
        .filter(|s| s.id != "CTX")
        .count();
    assert_eq!(
        rows.len(),
        sections + 1,
        "a row per section and the overall row"
    );
    let cells: Vec<String> = rows[0]
        .select(&Selector::parse("td").expect("valid"))
        .map(|cell| text_of(&cell))
        .collect();
    assert_eq!(cells.len(), 5);
    assert!(cells[0].starts_with("SEL "), "{cells:?}");
    assert!(cells[1].starts_with("100.0 %"), "{cells:?}");
    assert!(cells[1].contains("✔ 11"), "{cells:?}");
    let overall = text_of(&rows[sections]);
    assert!(overall.starts_with("Overall"), "{overall}");
    for id in [
        "cover",
        "summary",
        "context",
        "comparison",
        "actions",
        "history",
    ] {
        assert_eq!(select(&html, &format!("section#{id}")).len(), 1, "{id}");
    }
    // Status shown by glyph and word, with a class for its colour.
    let statuses: Vec<String> = select(&html, "table.findings span.status")
        .iter()
        .map(text_of)
        .collect();
    assert!(statuses.iter().any(|s| s == "◐ Partly met"), "{statuses:?}");
    let overdue = text_of(&select(&html, "table.plan tbody tr")[0]);
    assert!(overdue.contains("overdue"), "{overdue}");
}

#[test]
fn the_page_is_laid_out_for_a4_print() {
    let page = render(&demo(), Format::Html);
    for rule in [
        "@page { size: A4",
        "thead { display: table-header-group; }",
        "tr { break-inside: avoid;",
        ".provider, .actions { break-before: page;",
    ] {
        assert!(page.contains(rule), "missing {rule}");
    }
}

#[test]
fn hostile_text_is_text() {
    let page = render(&hostile(), Format::Html);
    assert!(!page.contains(SCRIPT), "raw markup in the page");
    let html = Html::parse_document(&page);
    assert_inert(&html);
    assert_eq!(select(&html, "section.provider").len(), 1);
    // The parts are exactly those tiaki wrote: `</section>` in text closed none.
    assert_eq!(select(&html, "main > section").len(), 10);
    let title = text_of(&select(&html, "title")[0]);
    assert!(
        title.starts_with(&format!("{SCRIPT} {NON_LATIN}")),
        "{title}"
    );
    let heading = text_of(&select(&html, "section.provider h2")[0]);
    assert!(
        heading.starts_with(&format!("{SCRIPT} & \"Co\" {FORMULA}")),
        "{heading}"
    );
    let findings: Vec<String> = select(&html, "table.findings tbody td:nth-child(4)")
        .iter()
        .map(text_of)
        .collect();
    let all = findings.join("\n");
    for expected in [SCRIPT, TABLE_BREAK, QUOTES, FORMULA, NON_LATIN] {
        assert!(all.contains(expected), "missing {expected}");
    }
    // Line breaks become <br>: the text reads on, line by line.
    assert!(all.contains("line oneline twoline three"), "line breaks");
    assert!(
        select(&html, "table.findings td br").len() >= 2,
        "breaks are elements"
    );
    assert!(all.contains(&huge_note()), "the 1 MB note is whole");
}
