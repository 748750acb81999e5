//! Workspaces as `new`, `list`, `demo` and name lookups see them.

use std::fs;

use predicates::prelude::*;
use tempfile::TempDir;

use crate::{
    process::{stdout_of, tiaki, with_demo},
    write,
};
#[test]
fn new_workspaces_are_listed() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path())
        .args(["new", "Trial 2026"])
        .assert()
        .success()
        .stdout(predicate::str::contains("created workspace \"Trial 2026\""));
    assert!(data.path().join("workspaces/trial-2026.ron").is_file());
    let list = stdout_of(tiaki(data.path()).arg("list"));
    let row = list
        .lines()
        .find(|line| line.starts_with("Trial 2026"))
        .unwrap_or_else(|| panic!("no row for the workspace in:\n{list}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells[2], "trial-2026", "{row}");
    assert_eq!(&cells[5..], ["0", "0/0", "(0%)"], "{row}");
}

#[test]
fn a_second_workspace_of_the_same_name_is_refused() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path()).args(["new", "Trial"]).assert().success();
    tiaki(data.path())
        .args(["new", "trial "])
        .assert()
        .code(1)
        .stderr(
            predicate::str::starts_with("tiaki: ").and(predicate::str::contains("already exists")),
        );
}

#[test]
fn list_shows_damaged_files_with_their_error() {
    let data = with_demo();
    write(
        &data.path().join("workspaces"),
        "broken.ron",
        "(schema_version: 1, name: \"B\"",
    );
    let list = stdout_of(tiaki(data.path()).arg("list"));
    let row = list
        .lines()
        .find(|line| line.contains("broken"))
        .unwrap_or_else(|| panic!("the damaged file is not listed:\n{list}"));
    assert!(
        row.contains("(damaged)") && row.contains("broken.ron:"),
        "{row}"
    );
    assert!(list.lines().any(|line| line.contains(" demo ")), "{list}");
}

#[test]
fn demo_leaves_an_existing_demo_alone_unless_forced() {
    let data = with_demo();
    let path = data.path().join("workspaces/demo.ron");
    // The assessor played with the demo: still the demo, so `--force` may put it back.
    let edited =
        fs::read_to_string(&path)
            .expect("the demo file")
            .replacen("Kererū Meet", "Edited Meet", 1);
    fs::write(&path, &edited).expect("edits the demo");
    tiaki(data.path())
        .arg("demo")
        .assert()
        .success()
        .stdout(predicate::str::contains("already exists"));
    assert_eq!(fs::read_to_string(&path).expect("the demo file"), edited);
    tiaki(data.path())
        .args(["demo", "--force"])
        .assert()
        .success();
    assert!(
        !fs::read_to_string(&path)
            .expect("the demo file")
            .contains("Edited")
    );
    let backup = data.path().join("workspaces/demo.ron.bak");
    assert_eq!(fs::read_to_string(backup).expect("the backup"), edited);
}

#[test]
fn an_unknown_workspace_is_an_error_that_lists_the_others() {
    let data = with_demo();
    tiaki(data.path())
        .args(["export", "nowhere", "--format", "json"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::starts_with("tiaki: no workspace called \"nowhere\"")
                .and(predicate::str::contains("demo")),
        );
}

#[test]
fn a_name_in_use_is_given_as_the_existing_workspace_spells_it() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path())
        .args(["new", "My Test"])
        .assert()
        .success();
    tiaki(data.path())
        .args(["new", "my test"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "tiaki: a workspace called \"My Test\" already exists",
        ));
}

/// `tiaki list` counts the items in scope, as the scores and the report do: the demo's
/// context leaves three items out (services not needed), so each of its four providers has
/// 72 to assess, not the catalogue's 75.
#[test]
fn list_counts_progress_over_the_items_in_scope() {
    let data = with_demo();
    let list = stdout_of(tiaki(data.path()).arg("list"));
    let row = list
        .lines()
        .find(|line| line.starts_with("Demo: "))
        .unwrap_or_else(|| panic!("no row for the demo in:\n{list}"));
    assert!(row.contains("/288 ("), "{row}");
}
