//! `tiaki verify-evidence`: one document linked from three items; the file changes, goes
//! missing, and the items relying on it are named, with exit code 4.

use std::fs;
use std::path::Path;

use predicates::prelude::*;
use serde_json::{Value, json};

use super::process::{tiaki, with_demo};
use super::{export, write};

/// SHA-256 of the bytes `hello\n`, as `sha256sum` prints it.
const HELLO_SHA256: &str = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

/// The demo, imported as "Trial" with a library of one SOC 2 report (a real file holding
/// `hello\n`) linked from three of the first provider's items, and an expired entry.
fn trial(data: &Path, report: &Path) -> [String; 3] {
    fs::write(report, "hello\n").expect("writes the report");
    let mut workspace: Value = serde_json::from_str(&export(data, "demo", "json")).expect("JSON");
    let items: Vec<String> = workspace["providers"][0]["assessments"]
        .as_object()
        .expect("assessments")
        .keys()
        .take(3)
        .cloned()
        .collect();
    for provider in workspace["providers"].as_array_mut().expect("providers") {
        for assessment in provider["assessments"]
            .as_object_mut()
            .expect("map")
            .values_mut()
        {
            assessment["evidence_links"] = json!([]);
        }
    }
    for item in &items {
        workspace["providers"][0]["assessments"][item]["evidence_links"] = json!(["evid-soc2"]);
    }
    workspace["evidence"] = json!([
        {
            "id": "evid-soc2",
            "title": "Kererū SOC 2 Type II report",
            "file": { "path": report.to_str().expect("UTF-8"), "sha256": HELLO_SHA256 },
            "expires": "2099-12-31",
        },
        { "id": "evid-iso", "title": "ISO 27001 certificate", "expires": "2026-01-31" },
    ]);
    let file = write(data, "trial.json", &workspace.to_string());
    tiaki(data)
        .args(["import", "--name", "Trial"])
        .arg(&file)
        .assert()
        .success();
    [items[0].clone(), items[1].clone(), items[2].clone()]
}

#[test]
fn a_changed_file_is_reported_with_the_three_items_relying_on_it() {
    let data = with_demo();
    let report = data.path().join("soc2.pdf");
    let items = trial(data.path(), &report);
    let verify = || {
        let mut command = tiaki(data.path());
        command.args(["verify-evidence", "trial", "--date", "2026-12-07"]);
        command
    };
    verify()
        .assert()
        .success()
        .stdout(
            predicate::str::contains("unchanged").and(predicate::str::contains(
                "1 file checked: 1 unchanged, 0 changed, missing or unreadable; 1 entry expired",
            )),
        )
        .stdout(predicate::str::contains(
            "ISO 27001 certificate  (EXPIRED 2026-01-31)",
        ));

    fs::write(&report, "hello, altered\n").expect("changes the report");
    let output = verify().assert().code(4).get_output().clone();
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(
        stdout.contains("changed since recorded evid-soc2"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("recorded SHA-256: {HELLO_SHA256}")),
        "{stdout}"
    );
    let relied = stdout
        .lines()
        .find(|line| line.contains("relied on by") && line.contains("Kererū"))
        .expect("the items are named");
    for item in &items {
        assert!(
            relied.contains(&format!("Kererū Meet (fictional) {item}")),
            "{relied}"
        );
    }
    assert!(
        stderr.contains("1 changed, missing or unreadable"),
        "{stderr}"
    );

    // Reports list it with the items relying on it when asked to check the files, and the
    // expired entry always.
    let markdown = super::process::stdout_of(tiaki(data.path()).args([
        "report",
        "trial",
        "--format",
        "md",
        "--date",
        "2026-12-07",
        "--verify-evidence",
    ]));
    let section = markdown
        .split("## Evidence needing attention")
        .nth(1)
        .expect("the report lists evidence needing attention");
    assert!(section.contains("changed since recorded"), "{section}");
    assert!(section.contains("expired 2026-01-31"), "{section}");
    assert!(
        section.contains("when checked against its recorded SHA-256"),
        "{section}"
    );
    for item in &items {
        assert!(section.contains(item.as_str()), "{item}: {section}");
    }
    let json: Value = serde_json::from_str(&super::process::stdout_of(tiaki(data.path()).args([
        "report",
        "trial",
        "--format",
        "json",
        "--verify-evidence",
    ])))
    .expect("JSON");
    let attention = json["evidence_attention"].as_array().expect("a list");
    let soc2 = attention
        .iter()
        .find(|a| a["id"] == "evid-soc2")
        .expect("the changed file is listed");
    assert_eq!(soc2["file"], "changed since recorded");
    assert_eq!(soc2["relied_on_by"].as_array().map(Vec::len), Some(3));
    let plain =
        super::process::stdout_of(tiaki(data.path()).args(["report", "trial", "--format", "md"]));
    assert!(
        !plain.contains("changed since recorded"),
        "without --verify-evidence no file is hashed"
    );
    assert!(
        plain.contains("The files were not checked against their recorded SHA-256 for this report"),
        "and the report says so: {plain}"
    );

    fs::remove_file(&report).expect("removes the report");
    verify()
        .assert()
        .code(4)
        .stdout(predicate::str::contains("missing").and(predicate::str::contains("evid-soc2")));
}

#[test]
fn a_hand_edited_link_to_no_entry_is_named_and_validate_refuses_it() {
    let data = with_demo();
    let report = data.path().join("soc2.pdf");
    trial(data.path(), &report);
    let path = data.path().join("workspaces/trial.ron");
    let text = fs::read_to_string(&path).expect("the workspace file");
    // The first mention is a link: providers come before the library in the file.
    let edited = text.replacen("\"evid-soc2\",\n", "\"evid-gone\",\n", 1);
    assert!(edited != text, "a link was edited");
    fs::write(&path, &edited).expect("hand-edits the file");
    tiaki(data.path())
        .args(["verify-evidence", "trial"])
        .assert()
        .code(4)
        .stdout(
            predicate::str::contains("unknown entry").and(predicate::str::contains(
                "evid-gone  linked from Kererū Meet (fictional)",
            )),
        )
        .stderr(predicate::str::contains("1 link to unknown entries"));
    tiaki(data.path())
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "links to evidence `evid-gone`, which is not in the workspace's evidence library",
        ));
}

#[test]
fn a_workspace_without_evidence_files_passes_and_an_unknown_one_fails_plainly() {
    let data = with_demo();
    tiaki(data.path())
        .args(["verify-evidence", "demo"])
        .assert()
        .code(4)
        .stdout(predicate::str::contains("missing"));
    tiaki(data.path()).args(["new", "Empty"]).assert().success();
    tiaki(data.path())
        .args(["verify-evidence", "empty"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 files checked"));
    tiaki(data.path())
        .args(["verify-evidence", "no-such"])
        .assert()
        .code(1);
}
