//! `import-answers`: usable rows kept, disagreements listed, `--undo`.

use serde_json::Value;

use crate::{
    KERERU, PARTLY_USABLE_ANSWERS, export,
    process::{stdout_of, tiaki, with_demo},
    write,
};
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

/// `--assessor` names who made this run's changes, instead of the settings' name.
#[test]
fn assessor_on_the_command_line_stamps_the_import() {
    let data = with_demo();
    let answers = write(data.path(), "answers.csv", PARTLY_USABLE_ANSWERS);
    let _ = tiaki(data.path())
        .args([
            "--assessor",
            "Mere Tui",
            "import-answers",
            "demo",
            "--provider",
            KERERU,
        ])
        .arg(&answers)
        .output()
        .expect("runs");
    let json: Value = serde_json::from_str(&export(data.path(), "demo", "json")).expect("JSON");
    let imports = json["imports"].as_array().expect("imports");
    assert_eq!(imports.last().expect("one")["by"], "Mere Tui");
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
