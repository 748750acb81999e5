//! `tiaki search`: the ranked results of `/` as tab-separated lines, run as a process on
//! a temporary data folder holding the demo workspace.

use std::path::Path;

use predicates::prelude::*;

#[path = "common/process.rs"]
mod process;
use process::{tiaki, with_demo};

/// The result lines of a successful search, each split into kind, where and text.
fn results(data: &Path, args: &[&str]) -> Vec<[String; 3]> {
    let output = tiaki(data).arg("search").args(args).output().expect("runs");
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "three tab-separated fields in {line:?}");
            [0, 1, 2].map(|i| fields[i].to_owned())
        })
        .collect()
}

#[test]
fn a_word_from_one_note_comes_first_with_its_provider_and_item() {
    let data = with_demo();
    let lines = results(data.path(), &["demo", "Wellington"]);
    let [kind, place, text] = &lines[0];
    assert_eq!(kind, "note");
    assert!(place.starts_with("Kōtuku Connect (fictional), "), "{place}");
    assert!(place.ends_with(", SEL.5"), "{place}");
    assert!(text.contains("Wellington data centre"), "{text}");
}

#[test]
fn the_workspace_may_be_named_instead_of_its_slug() {
    let data = with_demo();
    let lines = results(
        data.path(),
        &["Demo: video conferencing procurement", "bank-grade"],
    );
    assert_eq!(lines[0][0], "note");
    assert!(lines[0][1].starts_with("Pīwakawaka Chat"));
}

#[test]
fn limit_caps_the_lines_and_defaults_to_twenty() {
    let data = with_demo();
    assert_eq!(
        results(data.path(), &["demo", "e", "--limit", "3"]).len(),
        3
    );
    assert_eq!(results(data.path(), &["demo", "e"]).len(), 20);
    tiaki(data.path())
        .args(["search", "demo", "e", "--limit", "0"])
        .assert()
        .code(2);
}

#[test]
fn providers_sections_evidence_and_actions_are_found() {
    let data = with_demo();
    let first_kind =
        |query: &str| results(data.path(), &["demo", query, "--limit", "1"])[0][0].clone();
    assert_eq!(first_kind("Tuatara Talk"), "provider");
    assert_eq!(first_kind("architecture overview"), "evidence");
    assert_eq!(first_kind("audit-rights clause (owner"), "action");
    assert_eq!(first_kind("Principle 3"), "section");
}

#[test]
fn no_match_exits_zero_and_says_so_on_stderr() {
    let data = with_demo();
    tiaki(data.path())
        .args(["search", "demo", "qqzzxxjj"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("no matches for \"qqzzxxjj\""));
}

#[test]
fn hostile_queries_print_nothing_a_terminal_would_obey() {
    let data = with_demo();
    let long = "encryption".repeat(1_000);
    for query in ["\u{1b}[2J\u{7}keys", "🦜 e\u{301}", long.as_str()] {
        let output = tiaki(data.path())
            .args(["search", "demo", query])
            .output()
            .expect("runs");
        assert!(output.status.success());
        for stream in [&output.stdout, &output.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(
                !text
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t'),
                "{text:?}"
            );
        }
    }
}

#[test]
fn an_unknown_workspace_fails_with_the_list() {
    let data = with_demo();
    tiaki(data.path())
        .args(["search", "nope", "keys"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("demo"));
}
