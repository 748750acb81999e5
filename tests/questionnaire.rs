//! The questionnaire addressed to the provider (issue 13): the Excel workbook read back by
//! calamine and inspected in its zip, answers round-tripped into claims, files that cannot
//! be read, and providers named without their macrons.

#[path = "common/process.rs"]
mod process;

use std::fs;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use predicates::prelude::*;
use serde_json::Value;

use process::{stdout_of, tiaki, with_demo};
use tiaki::report::QUESTIONNAIRE_COLUMNS;

const KERERU: &str = "Kererū Meet (fictional)";

/// `tiaki questionnaire demo … --format xlsx` into the data folder; the file's path.
fn write_xlsx(data: &Path, provider: &str, extra: &[&str]) -> PathBuf {
    let file = data.join("questionnaire.xlsx");
    let said = stdout_of(
        tiaki(data)
            .args(["questionnaire", "demo", "--provider", provider])
            .args(["--format", "xlsx", "--date", "2026-12-01", "-o"])
            .arg(&file)
            .args(extra),
    );
    assert!(said.starts_with("wrote the questionnaire"), "{said}");
    file
}

/// The Markdown questionnaire for the provider called `name`.
fn markdown_for(data: &Path, name: &str) -> String {
    stdout_of(tiaki(data).args([
        "questionnaire",
        "demo",
        "--provider",
        name,
        "--format",
        "md",
    ]))
}

fn sheet(file: &Path, name: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = calamine::open_workbook(file).expect("an Excel workbook");
    let range = book.worksheet_range(name).expect("the sheet");
    range
        .rows()
        .map(|row| row.iter().map(Data::to_string).collect())
        .collect()
}

/// One part of the workbook's zip, as text.
fn part(file: &Path, name: &str) -> String {
    let bytes = fs::read(file).expect("reads");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut text = String::new();
    zip.by_name(name)
        .expect("the part")
        .read_to_string(&mut text)
        .expect("UTF-8");
    text
}

#[test]
fn the_excel_questionnaire_has_a_cover_drop_downs_and_locked_questions() {
    let data = with_demo();
    let file = write_xlsx(data.path(), KERERU, &[]);
    let book: Xlsx<_> = calamine::open_workbook(&file).expect("opens");
    assert_eq!(book.sheet_names(), ["Instructions", "Questions"]);
    let cover = sheet(&file, "Instructions").concat().join("\n");
    assert!(
        cover.contains(&format!("Questionnaire for {KERERU}")),
        "{cover}"
    );
    assert!(cover.contains("Due: 2026-12-15"), "14 days on: {cover}");
    assert!(!cover.contains("The guidance"), "{cover}");
    let rows = sheet(&file, "Questions");
    assert_eq!(rows[0], QUESTIONNAIRE_COLUMNS);
    let csv = stdout_of(tiaki(data.path()).args([
        "questionnaire",
        "demo",
        "--provider",
        KERERU,
        "--format",
        "csv",
    ]));
    assert_eq!(
        rows.len(),
        csv.lines().count(),
        "as many questions as the CSV"
    );
    assert_eq!(rows[1][0], "SEL.1");
    assert!(rows[1][3].starts_with("How does your company make its profit"));
    // The questions sheet (the second): a list drop-down on the self-assessment column,
    // the sheet protected, and only the answer cells unlocked.
    let xml = part(&file, "xl/worksheets/sheet2.xml");
    assert!(xml.contains("<sheetProtection"), "{xml:.400}");
    let last = rows.len();
    assert!(
        xml.contains("<dataValidation type=\"list\""),
        "no drop-down"
    );
    assert!(xml.contains(&format!("sqref=\"G2:G{last}\"")), "{xml}");
    assert!(
        xml.contains("\"Yes,Partly,No,Not applicable,Other\""),
        "{xml}"
    );
    let styles = part(&file, "xl/styles.xml");
    assert!(styles.contains("locked=\"0\""), "answer cells unlocked");
    assert!(styles.contains("wrapText=\"1\""), "wrapped text");
    let due = write_xlsx(data.path(), KERERU, &["--due", "2027-01-31"]);
    let cover = sheet(&due, "Instructions").concat().join("\n");
    assert!(
        cover.contains("Please return your answers by 2027-01-31."),
        "{cover}"
    );
}

/// The questionnaire as a provider sends it back: rows as tiaki wrote them, the first
/// three answered, one with a self-assessment tiaki does not know, saved as a new workbook.
fn fill(questionnaire: &Path, answers: &Path) -> Vec<String> {
    let rows = sheet(questionnaire, "Questions");
    let mut book = rust_xlsxwriter::Workbook::new();
    let out = book.add_worksheet();
    out.set_name("Questions").expect("a name");
    let filled = [
        ("Yes", "Subscription only.", "Pricing page"),
        ("Partly", "Not on the free tier.", ""),
        ("Other", "", "SOC 2 report, p. 4"),
        ("Perhaps", "not a self-assessment", ""),
    ];
    for (at, row) in rows.iter().enumerate() {
        let mut row = row.clone();
        if let Some((given, answer, evidence)) = at.checked_sub(1).and_then(|i| filled.get(i)) {
            row[6..9].clone_from_slice(&[given, answer, evidence].map(|s| (*s).to_owned()));
        }
        for (column, cell) in row.iter().enumerate() {
            let (row, column) = (at as u32, column as u16);
            out.write_string(row, column, cell).expect("writes");
        }
    }
    book.save(answers).expect("saves");
    rows.iter().skip(1).map(|row| row[0].clone()).collect()
}

#[test]
fn answers_in_the_excel_questionnaire_come_back_as_the_providers_claims() {
    let data = with_demo();
    let questionnaire = write_xlsx(data.path(), KERERU, &[]);
    let answers = data.path().join("answers.xlsx");
    let ids = fill(&questionnaire, &answers);
    let output = tiaki(data.path())
        .args([
            "import-answers",
            "demo",
            "--provider",
            "kereru meet (fictional)",
        ])
        .arg(&answers)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let said = String::from_utf8(output.stdout).expect("UTF-8");
    let unused = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(said.contains("3 recorded"), "{said}");
    assert!(
        unused.contains(&format!(
            "answers.xlsx:5: {}: `Perhaps` is not a self-assessment",
            ids[3]
        )),
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
    assert_eq!(claim(&ids[0])["source"], "answers.xlsx");
    assert_eq!(
        claim(&ids[0])["answer"],
        "Subscription only.\n\nEvidence: Pricing page"
    );
    assert_eq!(claim(&ids[1])["status"], "PartlyMet");
    assert_eq!(claim(&ids[2])["status"], "Unknown");
    assert_eq!(claim(&ids[2])["answer"], "Evidence: SOC 2 report, p. 4");
}

#[test]
fn files_that_cannot_be_read_are_named_and_change_nothing() {
    let data = with_demo();
    let workspace = data.path().join("workspaces/demo.ron");
    let before = fs::read(&workspace).expect("reads");
    let cases = [
        (
            "answers.xlsx",
            "item_id,self_assessment\r\nSEL.1,Yes\r\n",
            "not an Excel workbook",
        ),
        (
            "answers.csv",
            "item_id,self_assessment\r\n\"SEL.1,Yes\r\n",
            "answers.csv:2",
        ),
        (
            "answers.csv",
            "item_id,answer\r\nSEL.1,yes\r\n",
            "`self_assessment`",
        ),
    ];
    for (name, text, says) in cases {
        let file = data.path().join(name);
        fs::write(&file, text).expect("writes");
        tiaki(data.path())
            .args(["import-answers", "demo", "--provider", KERERU])
            .arg(&file)
            .assert()
            .code(1)
            .stderr(
                predicate::str::contains(file.display().to_string())
                    .and(predicate::str::contains(says))
                    .and(predicate::str::contains("nothing was imported")),
            );
    }
    assert_eq!(fs::read(&workspace).expect("reads"), before);
    tiaki(data.path())
        .args([
            "questionnaire",
            "demo",
            "--provider",
            KERERU,
            "--format",
            "xlsx",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--output"));
}

#[test]
fn a_provider_is_found_without_its_macrons_and_an_ambiguous_name_lists_the_candidates() {
    let data = with_demo();
    for name in ["KERERU MEET (FICTIONAL)", " kererū meet (fictional) "] {
        let text = markdown_for(data.path(), name);
        assert!(
            text.starts_with(&format!("# Questionnaire for {KERERU}\n")),
            "{name}"
        );
    }
    // A second provider whose name differs only in its marks.
    let workspace = data.path().join("workspaces/demo.ron");
    let json: Value = serde_json::from_str(&stdout_of(
        tiaki(data.path()).args(["export", "demo", "--format", "json"]),
    ))
    .expect("JSON");
    let other = json["providers"][1]["name"]
        .as_str()
        .expect("a second provider");
    assert_ne!(other, KERERU);
    let ron = fs::read_to_string(&workspace).expect("reads");
    let twin = "Kérerū Meet (fictional)";
    fs::write(&workspace, ron.replace(other, twin)).expect("writes");
    tiaki(data.path())
        .args([
            "questionnaire",
            "demo",
            "--provider",
            "kereru meet (fictional)",
        ])
        .args(["--format", "md"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("could be any of 2 providers")
                .and(predicate::str::contains(KERERU))
                .and(predicate::str::contains(twin)),
        );
    // The name exactly as written still finds each.
    for name in [KERERU, twin] {
        let text = markdown_for(data.path(), name);
        assert!(
            text.starts_with(&format!("# Questionnaire for {name}\n")),
            "{name}"
        );
    }
}

#[test]
fn a_damaged_workbook_is_refused_or_read_never_a_crash() {
    let catalogue = tiaki::catalogue::builtin();
    let now = tiaki::workspace::Timestamp::parse("2026-03-01T09:30:00Z").expect("a time");
    let demo = tiaki::demo::demo_workspace(catalogue, now);
    let provider = &demo.providers[0];
    let day = tiaki::workspace::Day::parse("2026-12-01").expect("a day");
    let dates = tiaki::report::QuestionnaireDates {
        sent: day,
        due: day,
    };
    let bytes =
        tiaki::report::questionnaire_xlsx(catalogue, &demo, provider, dates).expect("writes");
    let step = bytes.len() / 40;
    let damaged = (1..40).flat_map(|at| {
        let cut = bytes[..at * step].to_vec();
        let mut flipped = bytes.clone();
        flipped[at * step] ^= 0x5a;
        [cut, flipped]
    });
    for damaged in damaged {
        let mut workspace = demo.clone();
        let how = tiaki::report::Import {
            provider: &provider.id,
            source: "damaged.xlsx",
            by: "test",
            now,
        };
        // Either outcome is fine; a panic is not.
        let _ = tiaki::report::import_answers_xlsx(catalogue, &mut workspace, &damaged, how);
    }
}
