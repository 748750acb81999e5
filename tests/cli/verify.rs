//! `tiaki verify`: OK with the count for a workspace whose history holds; exit code 1
//! naming the event for each kind of hand edit.

use std::fs;

use predicates::prelude::*;

use super::process::{tiaki, with_demo};

/// Where the demo is stored.
fn demo_file(data: &std::path::Path) -> std::path::PathBuf {
    data.join("workspaces").join("demo.ron")
}

#[test]
fn a_workspace_as_tiaki_wrote_it_verifies() {
    let data = with_demo();
    tiaki(data.path())
        .args(["verify", "demo"])
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("OK: \"Demo: video conferencing procurement\"").and(
                predicate::str::contains("1 event (the baseline and 0 changes), each chained"),
            ),
        );
}

#[test]
fn a_status_edited_by_hand_fails_naming_the_event() {
    let data = with_demo();
    let file = demo_file(data.path());
    let text = fs::read_to_string(&file).expect("readable");
    fs::write(&file, text.replacen("status: Met,", "status: NotMet,", 1)).expect("edited");
    tiaki(data.path())
        .args(["verify", "demo"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("does not verify: event 0")
                .and(predicate::str::contains("was changed without an event"))
                .and(predicate::str::contains("the workspace still opens")),
        );
}

#[test]
fn an_event_edited_by_hand_fails_naming_it() {
    let data = with_demo();
    let file = demo_file(data.path());
    let text = fs::read_to_string(&file).expect("readable");
    let edited = text.replacen(r#""by":"tiaki (demo data)""#, r#""by":"Mallory""#, 1);
    assert_ne!(edited, text, "the event names its assessor");
    fs::write(&file, edited).expect("edited");
    tiaki(data.path())
        .args(["verify", "demo"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("event 0 (")
                .and(predicate::str::contains("does not match its hash")),
        );
}

#[test]
fn a_workspace_file_from_before_the_history_verifies_from_the_state_found() {
    let data = with_demo();
    let file = demo_file(data.path());
    let text = fs::read_to_string(&file).expect("readable");
    let start = text.find("    history: [").expect("a history");
    let old = format!("{}\n)\n", text[..start].trim_end()).replacen(
        "schema_version: 3,",
        "schema_version: 2,",
        1,
    );
    let path = data.path().join("old.ron");
    fs::write(&path, old).expect("written");
    tiaki(data.path())
        .arg("verify")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("as it was found"));
}

#[test]
fn an_unknown_workspace_is_refused() {
    let data = with_demo();
    tiaki(data.path())
        .args(["verify", "nothing-here"])
        .assert()
        .code(1);
}

#[test]
fn a_new_workspace_names_who_created_it_in_its_first_event() {
    let data = tempfile::tempdir().expect("temporary folder");
    tiaki(data.path())
        .args(["--assessor", "Aroha Ngata", "new", "Panel 2027"])
        .assert()
        .success();
    let file = data.path().join("workspaces").join("panel-2027.ron");
    let text = fs::read_to_string(&file).expect("readable");
    assert!(
        text.contains(r#"\"by\":\"Aroha Ngata\""#) || text.contains(r#""by":"Aroha Ngata""#),
        "the baseline names its creator"
    );
    tiaki(data.path())
        .args(["verify", "Panel 2027"])
        .assert()
        .success();
}
