//! The real binary against hostile and unlucky input (issue 16): a user's "Demo", keys
//! listed twice, FIFOs, escape sequences in a CSV report, huge files, and racing writers.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

#[path = "common/process.rs"]
mod process;
use process::{stdout_of, tiaki, with_demo};

const KERERU: &str = "Kererū Meet (fictional)";

fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    fs::write(&path, text).expect("writes the fixture");
    path
}

fn stderr_of(command: &mut assert_cmd::Command) -> String {
    let output = command.output().expect("runs");
    assert!(!output.status.success(), "succeeded: {output:?}");
    String::from_utf8(output.stderr).expect("UTF-8")
}

fn mkfifo(path: &Path) {
    let status = Process::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

#[test]
fn demo_force_never_replaces_a_users_workspace_called_demo() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path()).args(["new", "Demo"]).assert().success();
    let path = data.path().join("workspaces/demo.ron");
    let mine = fs::read(&path).expect("the user's workspace");
    // Twice: the second used to push the user's work out of the backup too.
    for _ in 0..2 {
        tiaki(data.path())
            .args(["demo", "--force"])
            .assert()
            .failure()
            .stderr(predicate::str::contains(
                "this is your workspace \"Demo\", not the demo",
            ));
    }
    assert_eq!(fs::read(&path).expect("still there"), mine);
    assert!(!data.path().join("workspaces/demo.ron.bak").exists());
}

#[test]
fn demo_force_leaves_a_damaged_demo_file_alone() {
    let data = with_demo();
    let path = data.path().join("workspaces/demo.ron");
    fs::write(&path, "(name: \"half a file").expect("damage");
    let said = stderr_of(tiaki(data.path()).args(["demo", "--force"]));
    assert!(
        said.contains("cannot tell whether that file is the demo"),
        "{said}"
    );
    assert_eq!(
        fs::read_to_string(&path).expect("kept"),
        "(name: \"half a file"
    );
}

/// The demo's JSON export with the first provider's first assessment listed twice, as a
/// merge that keeps both sides leaves it.
fn with_an_assessment_twice(data: &Path) -> PathBuf {
    let text = stdout_of(tiaki(data).args(["export", "demo", "--format", "json"]));
    let json: Value = serde_json::from_str(&text).expect("JSON");
    let assessments = json["providers"][0]["assessments"]
        .as_object()
        .expect("assessments");
    let (key, value) = assessments.iter().next().expect("one assessment");
    let marker = "\"assessments\": {";
    let at = text.find(marker).expect("assessments") + marker.len();
    let copy = format!("\n\"{key}\": {value},");
    write(
        data,
        "merged.json",
        &format!("{}{copy}{}", &text[..at], &text[at..]),
    )
}

#[test]
fn an_assessment_listed_twice_is_refused_naming_both_places() {
    let data = with_demo();
    let merged = with_an_assessment_twice(data.path());
    for command in ["validate", "import"] {
        let said = stderr_of(tiaki(data.path()).arg(command).arg(&merged));
        let headline = said.lines().next().unwrap_or_default();
        assert!(
            headline.starts_with(&format!("tiaki: {}:", merged.display()))
                && headline.contains("is listed twice in one map, at line")
                && headline.contains("and again at line"),
            "{command}: {said}"
        );
    }
    tiaki(data.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("merged").not());
}

#[test]
fn a_context_answer_listed_twice_in_a_workspace_file_is_refused() {
    let data = with_demo();
    let path = data.path().join("workspaces/demo.ron");
    let text = fs::read_to_string(&path).expect("demo");
    let marker = "answers: {";
    let at = text.find(marker).expect("context answers") + marker.len();
    let first_end = text[at..].find("),").expect("first answer") + at + 2;
    let first = text[at..first_end].to_owned();
    let merged = format!("{}{first}{}", &text[..at], &text[at..]);
    fs::write(&path, &merged).expect("write");
    let listed = stdout_of(tiaki(data.path()).arg("list"));
    assert!(
        listed.contains("(damaged)") && listed.contains("is listed twice"),
        "{listed}"
    );
    assert_eq!(fs::read_to_string(&path).expect("kept"), merged);
}

#[test]
fn a_fifo_given_to_validate_or_import_is_refused_at_once() {
    let data = with_demo();
    let fifo = data.path().join("export.ron");
    mkfifo(&fifo);
    for command in ["validate", "import"] {
        let said = stderr_of(
            tiaki(data.path())
                .arg(command)
                .arg(&fifo)
                .timeout(std::time::Duration::from_secs(20)),
        );
        assert!(
            said.contains("named pipe (FIFO), not a plain file"),
            "{said}"
        );
    }
    mkfifo(&data.path().join("workspaces/pipe.ron"));
    let listed = stdout_of(
        tiaki(data.path())
            .arg("list")
            .timeout(std::time::Duration::from_secs(20)),
    );
    assert!(listed.contains("pipe"), "{listed}");
}

#[test]
fn the_csv_report_neutralises_escape_sequences() {
    let data = with_demo();
    let answers = write(
        data.path(),
        "answers.csv",
        "item_id,status,answer\r\nSEL.1,Met,\"\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}]0;owned\u{7} =1+1\"\r\n",
    );
    tiaki(data.path())
        .args(["import-answers", "demo", "--provider", KERERU])
        .arg(&answers)
        .assert()
        .success();
    let report = stdout_of(tiaki(data.path()).args(["report", "demo", "--format", "csv"]));
    assert!(
        report.contains("]52;c;ZXZpbA=="),
        "the note is in the report"
    );
    assert!(
        !report.contains(['\u{1b}', '\u{7}']),
        "raw control characters"
    );
}

#[test]
fn a_huge_answers_file_is_refused_with_its_real_size() {
    let data = with_demo();
    let huge = data.path().join("huge.csv");
    // Sparse: a gigabyte that takes no disk.
    fs::File::create(&huge)
        .and_then(|file| file.set_len(1 << 30))
        .expect("huge file");
    let said = stderr_of(
        tiaki(data.path())
            .args(["import-answers", "demo", "--provider", KERERU])
            .arg(&huge),
    );
    assert!(said.contains("the file is 1.0 GiB"), "{said}");
    assert!(!said.contains("32 MiB, more than"), "{said}");
}

#[test]
fn export_of_a_folder_listed_as_a_workspace_says_what_it_is() {
    let data = with_demo();
    fs::create_dir(data.path().join("workspaces/odd.ron")).expect("folder");
    let listed = stdout_of(tiaki(data.path()).arg("list"));
    assert!(listed.contains("odd"), "{listed}");
    let said = stderr_of(tiaki(data.path()).args(["export", "odd", "--format", "json"]));
    assert!(
        said.contains("this is a folder, not a plain file"),
        "{said}"
    );
    assert!(!said.contains("no workspace called"), "{said}");
}

#[test]
fn import_refuses_what_tiaki_never_writes() {
    let data = with_demo();
    let text = stdout_of(tiaki(data.path()).args(["export", "demo", "--format", "json"]));
    let mut json: Value = serde_json::from_str(&text).expect("JSON");
    json["schema_version"] = Value::from(0);
    let zero = write(data.path(), "zero.json", &json.to_string());
    let said = stderr_of(
        tiaki(data.path())
            .args(["import", "--name", "Zero"])
            .arg(&zero),
    );
    assert!(said.contains("schema version 0"), "{said}");

    let mut json: Value = serde_json::from_str(&text).expect("JSON");
    let name = json["providers"][0]["name"]
        .as_str()
        .expect("name")
        .to_owned();
    json["providers"][1]["name"] = Value::from(format!("{name}\u{200B}"));
    let twins = write(data.path(), "twins.json", &json.to_string());
    let said = stderr_of(
        tiaki(data.path())
            .args(["import", "--name", "Twins"])
            .arg(&twins),
    );
    assert!(said.contains("two providers are called"), "{said}");
}

/// `tiaki demo --force` and `tiaki import-answers` at the same moment, many times: each
/// either waits its turn or is refused, and a reset that said it succeeded is never undone
/// by an import that read the workspace before it.
#[test]
fn a_reset_racing_an_import_is_never_lost() {
    let data = with_demo();
    let rounds: usize = std::env::var("TIAKI_RACE_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let mut lost = Vec::new();
    for round in 0..rounds {
        let before = write(
            data.path(),
            "before.csv",
            &format!("item_id,status,answer\r\nSEL.2,Met,BEFORE-{round}\r\n"),
        );
        tiaki(data.path())
            .args(["import-answers", "demo", "--provider", KERERU])
            .arg(&before)
            .assert()
            .success();
        let answers = write(
            data.path(),
            "answers.csv",
            "item_id,status,answer\r\nSEL.1,Met,IMPORTED\r\n",
        );
        let mut import = process::tiaki_process(data.path());
        import
            .args(["import-answers", "demo", "--provider", KERERU])
            .arg(&answers)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let mut reset = process::tiaki_process(data.path());
        reset
            .args(["demo", "--force"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        // The reset first, the import a varying moment later, so that the import's read
        // falls on every part of the reset's work across the rounds.
        let mut reset = reset.spawn().expect("reset");
        std::thread::sleep(std::time::Duration::from_micros(500 * (round as u64 % 16)));
        let mut import = import.spawn().expect("import");
        let reset_ok = reset.wait().expect("reset").success();
        import.wait().expect("import");
        let after = fs::read_to_string(data.path().join("workspaces/demo.ron")).expect("demo");
        if reset_ok && after.contains(&format!("BEFORE-{round}")) {
            lost.push(round);
        }
    }
    assert!(lost.is_empty(), "resets lost in rounds {lost:?}");
}
