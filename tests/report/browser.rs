//! The HTML report printed by a real browser: headless Chromium prints the demo's report
//! to an A4 PDF, and the PDF's own text shows the protective marking at the top and bottom
//! of every page and no finding's row split across two pages. Where Chromium or
//! poppler's `pdftotext` is not installed the test says so and passes.

use std::path::Path;
use std::process::Command;

use tiaki::report::Format;

use super::support::{demo, render};

/// Whether `program` can be started at all (poppler's tools answer `-v` on standard error).
fn installed(program: &str) -> bool {
    Command::new(program).arg("-v").output().is_ok()
}

/// Prints `html` to `pdf` with a fresh profile and nothing that reaches the network.
fn print(html: &Path, pdf: &Path, profile: &Path) {
    let status = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("runs chromium");
    assert!(status.status.success(), "{status:?}");
}

/// Each page's text, its lines joined by single spaces.
fn pages(pdf: &Path) -> Vec<String> {
    let info = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("runs pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(info.contains("(A4)"), "printed on A4: {info}");
    let count: usize = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|pages| pages.trim().parse().ok())
        .expect("a page count");
    (1..=count)
        .map(|page| {
            let text = Command::new("pdftotext")
                .args(["-f", &page.to_string(), "-l", &page.to_string()])
                .arg(pdf)
                .arg("-")
                .output()
                .expect("runs pdftotext");
            String::from_utf8_lossy(&text.stdout)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Letters and digits only: a line broken at a hyphen reads the same either way.
fn squashed(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn words(text: &str, from_end: bool) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    let take = all.len().min(4);
    let chosen = if from_end {
        &all[all.len() - take..]
    } else {
        &all[..take]
    };
    chosen.join(" ")
}

#[test]
fn printed_every_page_carries_the_marking_and_no_finding_is_split() {
    if !(installed("chromium") && installed("pdftotext")) {
        eprintln!("chromium or pdftotext is not installed: the printed report was not checked");
        return;
    }
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut workspace = demo();
    workspace.decision.marking = Some("IN-CONFIDENCE".to_owned());
    let html = folder.path().join("report.html");
    std::fs::write(&html, render(&workspace, Format::Html)).expect("writes");
    let pdf = folder.path().join("report.pdf");
    print(&html, &pdf, &folder.path().join("profile"));
    let pages = pages(&pdf);
    assert!(pages.len() > 10, "the demo's report runs to many pages");
    for (number, page) in pages.iter().enumerate() {
        let marks = page
            .matches("IN-CONFIDENCE · DRAFT — not signed off")
            .count();
        assert!(
            marks >= 2,
            "page {} lacks its marking top and bottom: {page}",
            number + 1
        );
    }
    // A finding's row holds its id and its note: the whole of it on one page. Notes used
    // more than once (the same reason for several items) cannot tell their rows apart.
    let notes: Vec<&str> = workspace
        .providers
        .iter()
        .flat_map(|provider| provider.assessments.values())
        .map(|assessment| assessment.note.trim())
        .collect();
    let mut checked = 0;
    for provider in &workspace.providers {
        for (id, assessment) in &provider.assessments {
            let note = assessment.note.trim();
            let unique = notes.iter().filter(|other| **other == note).count() == 1;
            if !unique || note.split_whitespace().count() < 5 || note.contains('\n') {
                continue;
            }
            let (start, end) = (words(note, false), words(note, true));
            let whole = pages.iter().map(|page| squashed(page)).any(|page| {
                page.contains(&squashed(&start))
                    && page.contains(&squashed(&end))
                    && page.contains(&squashed(id))
            });
            assert!(
                whole,
                "{id} of {} is split across pages: \"{start} … {end}\"",
                provider.name
            );
            checked += 1;
        }
    }
    assert!(checked > 15, "only {checked} findings were checked");
}
