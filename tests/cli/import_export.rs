//! `export` and `import`: round trips, refusals, and files never overwritten.

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::PermissionsExt;

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;
use tiaki::workspace::Workspace;

use crate::{
    export,
    process::{stdout_of, tiaki, with_demo},
    write,
};
#[test]
fn the_demo_export_holds_providers_statuses_notes_and_evidence() {
    let data = with_demo();
    let json: Value = serde_json::from_str(&export(data.path(), "demo", "json")).expect("JSON");
    let providers = json["providers"].as_array().expect("a list of providers");
    assert!(providers.len() >= 3, "{} providers", providers.len());
    let assessments: Vec<&Value> = providers
        .iter()
        .flat_map(|provider| {
            assert!(
                provider["name"]
                    .as_str()
                    .is_some_and(|name| !name.is_empty())
            );
            provider["assessments"]
                .as_object()
                .expect("assessments")
                .values()
        })
        .collect();
    let statuses: BTreeSet<&str> = assessments
        .iter()
        .filter_map(|assessment| assessment["status"].as_str())
        .collect();
    for status in ["Met", "PartlyMet", "NotMet", "Unknown", "NotApplicable"] {
        assert!(statuses.contains(status), "no {status} in {statuses:?}");
    }
    assert!(
        assessments
            .iter()
            .any(|a| a["note"].as_str().is_some_and(|n| !n.is_empty()))
    );
    // Evidence: entries in the library, linked from the assessments they support.
    assert!(assessments.iter().any(|a| {
        a["evidence_links"]
            .as_array()
            .is_some_and(|e| !e.is_empty())
    }));
    assert!(json["evidence"].as_array().is_some_and(|e| !e.is_empty()));
    assert!(
        assessments
            .iter()
            .any(|a| a["actions"].as_array().is_some_and(|list| !list.is_empty()))
    );
    // The export is the whole workspace, not a summary of it.
    let workspace: Workspace = serde_json::from_value(json).expect("a full workspace");
    assert_eq!(workspace.providers.len(), providers_len(&data));
}

fn providers_len(data: &TempDir) -> usize {
    let text = fs::read(data.path().join("workspaces/demo.ron")).expect("the demo file");
    tiaki::codec::from_ron::<Workspace>(&text)
        .expect("the demo file parses")
        .providers
        .len()
}

#[test]
fn a_ron_export_imports_under_a_new_name_and_exports_the_same() {
    let data = with_demo();
    let exported = write(
        data.path(),
        "demo-export.ron",
        &export(data.path(), "demo", "ron"),
    );
    tiaki(data.path())
        .args(["import", "--name", "Copy of the demo"])
        .arg(&exported)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "imported workspace \"Copy of the demo\"",
        ));
    let original: Workspace =
        serde_json::from_str(&export(data.path(), "demo", "json")).expect("JSON");
    let mut copy: Workspace =
        serde_json::from_str(&export(data.path(), "Copy of the demo", "json")).expect("JSON");
    assert_eq!(copy.name, "Copy of the demo");
    copy.name.clone_from(&original.name);
    assert_eq!(copy, original);
}

#[test]
fn import_never_replaces_a_workspace_of_the_same_name() {
    let data = with_demo();
    let exported = write(
        data.path(),
        "demo.json",
        &export(data.path(), "demo", "json"),
    );
    tiaki(data.path())
        .arg("import")
        .arg(&exported)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists"));
}

#[test]
fn import_names_item_ids_the_catalogue_does_not_have() {
    let data = with_demo();
    let mut json: Value = serde_json::from_str(&export(data.path(), "demo", "json")).expect("JSON");
    json["providers"][0]["assessments"]["P99.9"] = serde_json::json!({ "status": "Met" });
    let file = write(data.path(), "bad.json", &json.to_string());
    let before = stdout_of(tiaki(data.path()).arg("list"));
    tiaki(data.path())
        .args(["import", "--name", "Bad"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(
            predicate::str::starts_with(format!("tiaki: {}:1:", file.display()))
                .and(predicate::str::contains("`P99.9`"))
                .and(predicate::str::contains("nothing was imported")),
        );
    assert_eq!(stdout_of(tiaki(data.path()).arg("list")), before);
}

#[test]
fn export_to_a_file_is_private_and_matches_standard_output() {
    let data = with_demo();
    let file = data.path().join("out.json");
    tiaki(data.path())
        .args(["export", "demo", "--format", "json", "-o"])
        .arg(&file)
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(&file).expect("written"),
        export(data.path(), "demo", "json")
    );
    let mode = fs::metadata(&file).expect("written").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn import_refuses_a_file_from_a_newer_tiaki() {
    let data = with_demo();
    let newer =
        export(data.path(), "demo", "ron").replacen("schema_version: 3,", "schema_version: 99,", 1);
    let file = write(data.path(), "newer.ron", &newer);
    tiaki(data.path())
        .args(["import", "--name", "Newer"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("schema version 99")
                .and(predicate::str::contains("upgrade tiaki")),
        );
}

#[test]
fn reports_and_exports_never_overwrite_a_workspace() {
    let data = with_demo();
    let workspace = data.path().join("workspaces/demo.ron");
    let before = fs::read(&workspace).expect("the demo is saved");
    let target = workspace.to_str().expect("UTF-8 path");
    for args in [
        vec!["report", "demo", "--format", "md", "-o", target],
        vec!["export", "demo", "--format", "json", "-o", target],
        vec![
            "questionnaire",
            "demo",
            "--provider",
            "Kererū Meet (fictional)",
            "--format",
            "csv",
            "-o",
            target,
        ],
    ] {
        tiaki(data.path())
            .args(&args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("one of tiaki's own files"));
    }
    assert_eq!(fs::read(&workspace).expect("still there"), before);
    tiaki(data.path())
        .args(["list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("demo").and(predicate::str::contains("damaged").not()));
}

#[test]
fn import_says_that_another_name_can_be_chosen() {
    let data = with_demo();
    let file = write(
        data.path(),
        "demo.json",
        &export(data.path(), "demo", "json"),
    );
    for name in [
        None,
        Some("demo: video conferencing procurement"),
        Some("  "),
    ] {
        let mut command = tiaki(data.path());
        command.arg("import").arg(&file);
        if let Some(name) = name {
            command.args(["--name", name]);
        }
        command.assert().code(1).stderr(
            predicate::str::contains(
                "`tiaki import FILE --name NAME` imports it under another name",
            )
            .and(predicate::str::contains("nothing was imported")),
        );
    }
}
