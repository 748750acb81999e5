//! The real `tiaki` binary, run as a process on a temporary data folder for every
//! subcommand: what it prints, what it writes, and its exit codes.

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;
use tiaki::workspace::Workspace;

#[path = "common/process.rs"]
mod process;
use process::{Closed, run_with_closed, stdout_of, tiaki, tiaki_process, with_demo};

fn export(data: &Path, workspace: &str, format: &str) -> String {
    stdout_of(tiaki(data).args(["export", workspace, "--format", format]))
}

fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    fs::write(&path, text).expect("writes the fixture");
    path
}

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
    assert!(
        assessments
            .iter()
            .any(|a| a["evidence"].as_array().is_some_and(|e| !e.is_empty()))
    );
    assert!(assessments.iter().any(|a| a["action"].is_object()));
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
fn validate_accepts_the_builtin_catalogue() {
    let data = TempDir::new().expect("temporary folder");
    let ron = stdout_of(tiaki(data.path()).args(["catalogue", "--format", "ron"]));
    let file = write(data.path(), "catalogue.ron", &ron);
    tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: catalogue nz-ncsc-svvm "));
}

#[test]
fn validate_places_each_catalogue_problem() {
    let data = TempDir::new().expect("temporary folder");
    let ron = stdout_of(tiaki(data.path()).args(["catalogue", "--format", "ron"]));
    // The second item takes the first one's id.
    let ids: Vec<&str> = ron
        .lines()
        .filter_map(|line| line.trim().strip_prefix("id: \"")?.strip_suffix("\","))
        .filter(|id| id.contains('.'))
        .take(2)
        .collect();
    let damaged = ron.replacen(
        &format!("id: \"{}\"", ids[1]),
        &format!("id: \"{}\"", ids[0]),
        1,
    );
    let file = write(data.path(), "damaged.ron", &damaged);
    let output = tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    let prefix = format!("tiaki: {}:", file.display());
    assert!(stderr.starts_with(&prefix), "{stderr}");
    assert!(stderr.contains("more than once"), "{stderr}");
    let line: usize = stderr[prefix.len()..]
        .split(':')
        .next()
        .and_then(|line| line.parse().ok())
        .unwrap_or_else(|| panic!("no line number in {stderr}"));
    let pinned = damaged.lines().nth(line - 1).unwrap_or_default();
    assert!(pinned.contains(ids[0]), "line {line} is `{pinned}`");
}

#[test]
fn validate_reports_a_catalogue_syntax_error_with_its_position() {
    let data = TempDir::new().expect("temporary folder");
    let file = write(
        data.path(),
        "c.ron",
        "(\n  id: \"x\",\n  sections: [\n    (id: 3),\n",
    );
    tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(
            predicate::str::is_match(format!("^tiaki: {}:[0-9]+:[0-9]+: ", regex_escape(&file)))
                .expect("regex"),
        );
}

#[test]
fn validate_accepts_a_sound_workspace() {
    let data = with_demo();
    let file = write(data.path(), "demo.ron", &export(data.path(), "demo", "ron"));
    tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: workspace "));
}

#[test]
fn a_truncated_workspace_gives_one_positioned_line_and_is_left_alone() {
    let data = with_demo();
    let text = export(data.path(), "demo", "ron");
    let truncated = &text[..text.len() / 2];
    let file = write(data.path(), "truncated.ron", truncated);
    let output = tiaki(data.path())
        .arg("validate")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let pattern = format!("^tiaki: {}:[0-9]+:[0-9]+: .+\n$", regex_escape(&file));
    assert!(
        predicate::str::is_match(pattern)
            .expect("regex")
            .eval(&stderr),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&file).expect("still there"), truncated);
}

fn regex_escape(path: &Path) -> String {
    path.display()
        .to_string()
        .chars()
        .flat_map(|c| {
            let escape = !c.is_alphanumeric() && c != '/';
            escape.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

#[test]
fn the_catalogue_lists_every_section_within_80_columns() {
    let data = TempDir::new().expect("temporary folder");
    let text = stdout_of(tiaki(data.path()).arg("catalogue"));
    for section in &tiaki::catalogue::builtin().sections {
        assert!(
            text.contains(&format!("{}  {}", section.id, section.title)),
            "{}",
            section.id
        );
    }
    assert!(text.lines().all(|line| line.chars().count() <= 80));
}

#[test]
fn version_and_completions_are_printed() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("tiaki {}\n", env!("CARGO_PKG_VERSION")));
    let script = stdout_of(tiaki(data.path()).args(["completions", "bash"]));
    assert!(script.contains("_tiaki()"), "not a bash completion script");
}

#[test]
fn usage_errors_exit_with_2() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path()).args(["export", "demo"]).assert().code(2);
    tiaki(data.path()).arg("--no-such-flag").assert().code(2);
    tiaki(data.path())
        .args(["catalogue", "--format", "pdf"])
        .assert()
        .code(2);
}

#[test]
fn the_data_dir_can_come_from_the_environment() {
    let data = TempDir::new().expect("temporary folder");
    let mut command = Command::cargo_bin("tiaki").expect("the binary is built");
    command
        .env("TIAKI_DATA_DIR", data.path())
        .env("HOME", data.path())
        .env("XDG_CONFIG_HOME", data.path())
        .args(["new", "From the environment"])
        .assert()
        .success();
    assert!(
        data.path()
            .join("workspaces/from-the-environment.ron")
            .is_file()
    );
    let list = stdout_of(tiaki(data.path()).arg("list"));
    assert!(list.contains("From the environment"), "{list}");
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
fn the_terminal_interface_without_a_terminal_says_so() {
    let data = TempDir::new().expect("temporary folder");
    tiaki(data.path())
        .arg("demo-workspace")
        .assert()
        .code(1)
        .stdout("")
        .stderr("tiaki: the terminal interface needs a terminal; in scripts use a subcommand (see `tiaki --help`)\n");
}

#[test]
fn import_refuses_a_file_from_a_newer_tiaki() {
    let data = with_demo();
    let newer =
        export(data.path(), "demo", "ron").replacen("schema_version: 2,", "schema_version: 99,", 1);
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

const KERERU: &str = "Kererū Meet (fictional)";

/// Answers for the demo's Kererū: one row tiaki can use, one for an item that does not exist.
const PARTLY_USABLE_ANSWERS: &str =
    "item_id,status,answer\r\nSEL.1,Met,yes\r\nZZ.9,Met,no such item\r\n";

/// The demo exported as JSON, its first provider claiming items the catalogue lacks.
fn with_unknown_items(data: &Path) -> PathBuf {
    let mut json: Value = serde_json::from_str(&export(data, "demo", "json")).expect("JSON");
    for id in ["P97.9", "P98.9", "P99.9"] {
        json["providers"][0]["assessments"][id] = serde_json::json!({ "status": "Met" });
    }
    write(data, "many-problems.json", &json.to_string())
}

#[test]
fn unread_output_or_errors_never_make_tiaki_panic_or_change_its_exit_code() {
    let data = with_demo();
    let many = with_unknown_items(data.path());
    let demo = write(
        data.path(),
        "demo.json",
        &export(data.path(), "demo", "json"),
    );
    let answers = write(data.path(), "answers.csv", PARTLY_USABLE_ANSWERS);
    let [many, demo, answers] = [&many, &demo, &answers].map(|path| path.to_str().expect("UTF-8"));
    let demo_name = "DEMO: video conferencing procurement";
    let cases: [(&[&str], i32); 14] = [
        (&["validate", many], 1),
        (&["import", demo], 1),
        (&["import", demo, "--name", demo_name], 1),
        (&["import", many, "--name", "zz"], 1),
        (&["new", demo_name], 1),
        (&["search", "demo", "qqqqzzzzxxxx"], 0),
        (&["export", "nowhere", "--format", "json"], 1),
        (
            &["import-answers", "demo", "--provider", KERERU, answers],
            3,
        ),
        (&["list"], 0),
        (&["catalogue"], 0),
        (&["export", "demo", "--format", "ron"], 0),
        (&["--help"], 0),
        (&["--version"], 0),
        (&["--no-such-flag"], 2),
    ];
    for (args, code) in cases {
        let normal = tiaki(data.path()).args(args).output().expect("runs");
        assert_eq!(normal.status.code(), Some(code), "{args:?}: {normal:?}");
        for closed in [Closed::Stdout, Closed::Stderr, Closed::Both] {
            let (got, other) = run_with_closed(data.path(), args, closed);
            assert_eq!(got, Some(code), "{args:?} with {closed:?} closed: {other}");
            // A reader that went away is not worth a message.
            assert!(
                !other.contains("pipe") && !other.contains("could not write"),
                "{args:?} with {closed:?} closed: {other}"
            );
        }
    }
}

#[test]
fn import_answers_with_unusable_rows_keeps_the_others_and_exits_with_3() {
    let data = with_demo();
    let answers = write(data.path(), "answers.csv", PARTLY_USABLE_ANSWERS);
    let output = tiaki(data.path())
        .args(["import-answers", "demo", "--provider", KERERU])
        .arg(&answers)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let said = String::from_utf8(output.stdout).expect("UTF-8");
    let errors = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(
        said.contains("1 recorded") && said.contains("1 could not be used"),
        "{said}"
    );
    assert!(
        errors.starts_with(&format!(
            "tiaki: {}: 1 row could not be used",
            answers.display()
        )),
        "{errors}"
    );
    assert!(
        errors.contains("answers.csv:3: unknown item id `ZZ.9`"),
        "{errors}"
    );
    let json: Value = serde_json::from_str(&export(data.path(), "demo", "json")).expect("JSON");
    let kereru = json["providers"]
        .as_array()
        .expect("providers")
        .iter()
        .find(|provider| provider["name"] == KERERU)
        .expect("the provider");
    assert_eq!(kereru["assessments"]["SEL.1"]["claim"]["status"], "Met");
    assert_eq!(kereru["assessments"]["SEL.1"]["claim"]["answer"], "yes");
    // The code is documented where a script writer looks.
    let help = stdout_of(tiaki(data.path()).args(["import-answers", "--help"]));
    assert!(help.contains("3 some rows could not be used"), "{help}");
}

/// Issue 12, as reported: a provider's answers never change the assessor's finding, every
/// disagreement is listed, and `--undo` takes the import back.
#[test]
fn a_providers_answers_never_overwrite_the_assessors_finding_and_can_be_undone() {
    let data = with_demo();
    let tuatara = "Tuatara Talk (fictional)";
    let before = export(data.path(), "demo", "json");
    let answers = write(
        data.path(),
        "q.csv",
        "item_id,status,answer\nP2.3,Met,E2EE is on our 2027 roadmap\n",
    );
    let output = tiaki(data.path())
        .args(["import-answers", "demo", "--provider", tuatara])
        .arg(&answers)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let said = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        said.contains("1 claim disagrees with the assessor's finding")
            && said.contains("P2.3: finding Not met, claim Met — \"E2EE is on our 2027 roadmap\"")
            && said.contains("--undo"),
        "{said}"
    );
    let provider = |json: &Value| {
        json["providers"]
            .as_array()
            .expect("providers")
            .iter()
            .find(|provider| provider["name"] == tuatara)
            .expect("the provider")["assessments"]["P2.3"]
            .clone()
    };
    let old: Value = serde_json::from_str(&before).expect("JSON");
    let new: Value = serde_json::from_str(&export(data.path(), "demo", "json")).expect("JSON");
    for field in ["status", "note", "basis", "evidence", "changed"] {
        assert_eq!(provider(&new)[field], provider(&old)[field], "{field}");
    }
    assert_eq!(provider(&new)["claim"]["status"], "Met");
    assert_eq!(provider(&new)["flagged"], true);
    let undone = tiaki(data.path())
        .args(["import-answers", "demo", "--undo"])
        .output()
        .expect("runs");
    assert_eq!(undone.status.code(), Some(0), "{undone:?}");
    let restored: Value = serde_json::from_str(&export(data.path(), "demo", "json")).expect("JSON");
    assert_eq!(provider(&restored)["claim"], Value::Null);
    assert_eq!(provider(&restored)["flagged"], provider(&old)["flagged"]);
    assert_eq!(provider(&restored)["status"], "NotMet");
    let again = tiaki(data.path())
        .args(["import-answers", "demo", "--undo"])
        .output()
        .expect("runs");
    assert_eq!(
        again.status.code(),
        Some(1),
        "nothing left to undo: {again:?}"
    );
}

#[test]
fn validate_refuses_a_blank_workspace_name_as_import_does() {
    let data = with_demo();
    let mut json: Value = serde_json::from_str(&export(data.path(), "demo", "json")).expect("JSON");
    for blank in ["", "   "] {
        json["name"] = Value::from(blank);
        let file = write(data.path(), "blank.json", &json.to_string());
        let validated = tiaki(data.path())
            .arg("validate")
            .arg(&file)
            .output()
            .expect("runs");
        let imported = tiaki(data.path())
            .arg("import")
            .arg(&file)
            .output()
            .expect("runs");
        assert_eq!(validated.status.code(), Some(1), "{validated:?}");
        assert_eq!(imported.status.code(), Some(1), "{imported:?}");
        let validated = String::from_utf8(validated.stderr).expect("UTF-8");
        let imported = String::from_utf8(imported.stderr).expect("UTF-8");
        let headline = validated.lines().next().unwrap_or_default();
        assert!(
            headline.starts_with(&format!("tiaki: {}: ", file.display()))
                && headline.contains("\"\" cannot be used: a workspace needs a name")
                && headline.contains("--name NAME"),
            "{validated}"
        );
        assert_eq!(imported.lines().next(), Some(headline), "{imported}");
        // Under a name of its own it is sound.
        tiaki(data.path())
            .args(["import", "--name", &format!("Named {}", blank.len())])
            .arg(&file)
            .assert()
            .success();
    }
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

#[test]
fn a_file_given_as_the_data_folder_is_called_a_file() {
    let home = TempDir::new().expect("temporary folder");
    let file = write(home.path(), "somefile", "not a folder");
    for data_dir in [file.clone(), file.join("sub")] {
        let output = tiaki_process(&data_dir)
            .env("HOME", home.path())
            .arg("list")
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let errors = String::from_utf8(output.stderr).expect("UTF-8");
        assert!(
            errors.starts_with(&format!(
                "tiaki: {}: this is a file, not a folder",
                file.display()
            )) && errors.contains("--data-dir")
                && !errors.contains("os error"),
            "{errors}"
        );
    }
    assert_eq!(
        fs::read_to_string(&file).expect("untouched"),
        "not a folder"
    );
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
