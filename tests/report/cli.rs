//! `tiaki report`, `tiaki questionnaire` and `tiaki import-answers` run as real processes
//! on a temporary data folder.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

use super::process::{stdout_of, tiaki, with_demo};
use super::support::NON_LATIN;

const KERERU: &str = "Kererū Meet (fictional)";

#[test]
fn every_format_is_deterministic_and_a_file_matches_standard_output() {
    let data = with_demo();
    for format in ["md", "html", "csv", "json", "actions-csv"] {
        let args = ["report", "demo", "--format", format, "--date", "2026-12-01"];
        let first = stdout_of(tiaki(data.path()).args(args));
        let second = stdout_of(tiaki(data.path()).args(args));
        assert!(first == second, "{format}: two runs differ");
        let file = data.path().join(format!("out.{format}"));
        let said = stdout_of(tiaki(data.path()).args(args).arg("-o").arg(&file));
        assert!(said.starts_with("wrote the "), "{said}");
        assert!(said.contains(&file.display().to_string()), "{said}");
        assert_eq!(
            fs::read_to_string(&file).expect("written"),
            first,
            "{format}"
        );
    }
}

/// The action plan for a task tracker, from the command line: one row per action.
#[test]
fn actions_csv_lists_every_action_with_its_status() {
    let data = with_demo();
    let csv = stdout_of(tiaki(data.path()).args([
        "report",
        "demo",
        "--format",
        "actions-csv",
        "--date",
        "2026-12-01",
    ]));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "\u{feff}reference,part,provider_id,provider,item_id,item,item_status,what,owner,due,status,overdue,opened,closed,closing_note,workspace,marking"
        )
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 8, "{csv}");
    assert!(rows.iter().any(|row| row.contains(",done,")), "{csv}");
    assert!(rows.iter().any(|row| row.contains(",won't do,")), "{csv}");
    assert!(
        rows.iter().any(|row| row.starts_with("readiness/")),
        "{csv}"
    );
}

#[test]
fn an_unwritable_path_fails_clearly_and_writes_nothing() {
    let data = with_demo();
    let blocker = data.path().join("a-file");
    fs::write(&blocker, "not a folder").expect("writes");
    for target in [
        blocker.join("report.html"),
        data.path().join("missing/report.html"),
    ] {
        tiaki(data.path())
            .args(["report", "demo", "--format", "html", "-o"])
            .arg(&target)
            .assert()
            .code(1)
            .stdout("")
            .stderr(
                predicate::str::starts_with(format!(
                    "tiaki: {}: could not write",
                    target.display()
                ))
                .and(predicate::str::contains("nothing was written")),
            );
        assert!(!target.exists());
    }
    let leftovers: Vec<_> = fs::read_dir(data.path())
        .expect("lists")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_bad_date_is_a_usage_error() {
    let data = with_demo();
    tiaki(data.path())
        .args(["report", "demo", "--format", "md", "--date", "28/11/2026"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
}

#[test]
fn the_questionnaire_lists_the_providers_questions() {
    let data = with_demo();
    let text = stdout_of(tiaki(data.path()).args([
        "questionnaire",
        "demo",
        "--provider",
        "kererū meet (FICTIONAL)",
        "--format",
        "md",
    ]));
    assert!(
        text.starts_with(&format!("# Questionnaire for {KERERU}\n")),
        "{text:.80}"
    );
    assert!(text.contains("Enhanced assurance level"));
    assert!(text.contains("### SEL.1 Profit model"));
    assert!(text.contains("**Priority:** **required**"));
    // Asked in the provider's terms; the assessor's guidance would coach the answer.
    assert!(text.contains("How does your company make its profit from this service?"));
    assert!(!text.contains("The guidance"), "{text}");
    assert!(!text.contains("warning sign"), "{text}");
    assert!(
        text.contains("| Self-assessment | Answer | Evidence |"),
        "{text}"
    );
    tiaki(data.path())
        .args([
            "questionnaire",
            "demo",
            "--provider",
            "Nobody",
            "--format",
            "md",
        ])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no provider called \"Nobody\"")
                .and(predicate::str::contains(KERERU)),
        );
}

/// The questionnaire as a provider sends it back: the first questions answered (one with
/// hostile text), one with a self-assessment tiaki does not know, and a row for an item that does
/// not exist, written by the `csv` crate as a spreadsheet would.
fn filled(questionnaire: &str) -> (String, Vec<String>) {
    let mut reader = csv::Reader::from_reader(questionnaire.as_bytes());
    let head: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(|h| h.trim_start_matches('\u{FEFF}').to_owned())
        .collect();
    let status = head
        .iter()
        .position(|h| h == "self_assessment")
        .expect("self_assessment column");
    let answer = head
        .iter()
        .position(|h| h == "answer")
        .expect("answer column");
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_owned).collect())
        .collect();
    let ids: Vec<String> = rows.iter().map(|row| row[0].clone()).collect();
    let answers = [
        ("Yes", "Subscription only; no advertising."),
        ("partly", LINE_BREAKS_AND_MARKUP),
        ("Not applicable", NON_LATIN),
        ("Maybe", "not a self-assessment"),
    ];
    for (row, (given, text)) in rows.iter_mut().zip(answers) {
        given.clone_into(&mut row[status]);
        text.clone_into(&mut row[answer]);
    }
    let mut unknown = rows[0].clone();
    "ZZ.9".clone_into(&mut unknown[0]);
    "Yes".clone_into(&mut unknown[status]);
    rows.push(unknown);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&head).expect("writes");
    for row in &rows {
        writer.write_record(row).expect("writes");
    }
    let bytes = writer.into_inner().expect("flushes");
    (String::from_utf8(bytes).expect("UTF-8"), ids)
}

const LINE_BREAKS_AND_MARKUP: &str = "<script>x</script>\n=HYPERLINK(\"a\")";

#[test]
fn a_filled_questionnaire_comes_back_as_the_providers_claims() {
    let data = with_demo();
    let questionnaire = stdout_of(tiaki(data.path()).args([
        "questionnaire",
        "demo",
        "--provider",
        KERERU,
        "--format",
        "csv",
    ]));
    let (answers, ids) = filled(&questionnaire);
    let file = data.path().join("answers.csv");
    fs::write(&file, answers).expect("writes");
    fs::write(data.path().join("settings.ron"), "(assessor: \"Mere\")").expect("writes");
    let output = tiaki(data.path())
        .args(["import-answers", "demo", "--provider", KERERU])
        .arg(&file)
        .output()
        .expect("runs");
    // Two rows could not be used: exit code 3, and those rows on standard error.
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let said = String::from_utf8(output.stdout).expect("UTF-8");
    let unused = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(
        said.starts_with(&format!("imported answers for \"{KERERU}\"")),
        "{said}"
    );
    assert!(said.contains("3 recorded"), "{said}");
    assert!(said.contains("2 could not be used"), "{said}");
    // Lines as in the file: the second answer spans two.
    assert!(
        unused.contains(&format!(
            "answers.csv:6: {}: `Maybe` is not a self-assessment",
            ids[3]
        )),
        "{unused}"
    );
    let last = ids.len() + 3;
    assert!(
        unused.contains(&format!("answers.csv:{last}: unknown item id `ZZ.9`")),
        "{unused}"
    );
    let export = stdout_of(tiaki(data.path()).args(["export", "demo", "--format", "json"]));
    let json: Value = serde_json::from_str(&export).expect("JSON");
    let provider = json["providers"]
        .as_array()
        .expect("providers")
        .iter()
        .find(|p| p["name"] == KERERU)
        .expect("the provider");
    let claim = |id: &str| provider["assessments"][id]["claim"].clone();
    assert_eq!(claim(&ids[0])["status"], "Met");
    assert_eq!(claim(&ids[0])["source"], "answers.csv");
    assert_eq!(claim(&ids[1])["status"], "PartlyMet");
    assert_eq!(claim(&ids[1])["answer"], LINE_BREAKS_AND_MARKUP);
    assert_eq!(claim(&ids[2])["answer"], NON_LATIN);
    // The report shows the imported answers, inert.
    let html = stdout_of(tiaki(data.path()).args(["report", "demo", "--format", "html"]));
    assert!(html.contains("&lt;script&gt;x&lt;/script&gt;<br>=HYPERLINK(&quot;a&quot;)"));
}

#[test]
fn import_answers_waits_for_the_workspace_to_be_free() {
    let data = with_demo();
    let file = data.path().join("answers.csv");
    fs::write(&file, "item_id,status,answer\r\nSEL.1,Met,yes\r\n").expect("writes");
    let before = fs::read(data.path().join("workspaces/demo.ron")).expect("reads");
    let store = tiaki::store::Store::open(Some(data.path())).expect("opens");
    let lock = store.lock("demo").expect("locks");
    tiaki(data.path())
        .args(["import-answers", "demo", "--provider", KERERU])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(std::process::id().to_string()));
    assert_eq!(
        fs::read(data.path().join("workspaces/demo.ron")).expect("reads"),
        before
    );
    drop(lock);
    tiaki(data.path())
        .args(["import-answers", "demo", "--provider", KERERU])
        .arg(&file)
        .assert()
        .success();
}

#[test]
fn a_file_that_is_not_the_questionnaire_changes_nothing() {
    let data = with_demo();
    let file = data.path().join("answers.csv");
    fs::write(&file, "name,value\r\nx,1\r\n").expect("writes");
    tiaki(data.path())
        .args(["import-answers", "demo", "--provider", KERERU])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("item_id")
                .and(predicate::str::contains("nothing was imported")),
        );
}
