//! The report's change history: it says whether the record verifies and quotes the hash it
//! ends with; counts changes per assessor and per day; `--since` lists each finding changed
//! on or after that day, with what it was before.

use tiaki::catalogue::builtin;
use tiaki::report::{self, Format, Options};
use tiaki::scoring::ScoreOptions;
use tiaki::workspace::{Assessment, Day, Status, Subject, Timestamp, Workspace};

use serde_json::{Value, json};

use super::support::{date, demo};

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).expect("valid")
}

/// The demo with two statuses set by two assessors on two days.
fn changed() -> Workspace {
    let mut workspace = demo();
    let subject = Subject::Provider(workspace.providers[0].id.clone());
    for (item, by, when) in [
        ("P1.1", "Aroha Ngata", "2026-11-20T10:00:00Z"),
        ("P1.2", "Ben Smith", "2026-11-27T11:00:00Z"),
    ] {
        let not_met = Assessment {
            status: Status::NotMet,
            note: format!("{by}: the scan shows TLS 1.0 still accepted."),
            ..Assessment::default()
        };
        workspace
            .put_assessment(&subject, item, not_met, by, at(when))
            .expect("recorded");
    }
    workspace
}

fn render(workspace: &Workspace, since: Option<Day>, format: Format) -> String {
    let options = Options {
        date: date(),
        scoring: ScoreOptions::default(),
        since,
    };
    report::render(builtin(), workspace, options, format).expect("renders")
}

fn markdown(workspace: &Workspace, since: Option<Day>) -> String {
    render(workspace, since, Format::Markdown)
}

fn json(workspace: &Workspace, since: Option<Day>) -> Value {
    serde_json::from_str(&render(workspace, since, Format::Json)).expect("valid JSON")
}

#[test]
fn the_summary_counts_changes_and_pins_the_record_with_its_hash() {
    let workspace = changed();
    let text = markdown(&workspace, None);
    let head = workspace.history.head().expect("a history");
    assert!(text.contains("2 changes recorded"), "{text}");
    // The demo's own judgements came before the history: said, not left to contradict
    // the "2 changes" beside them.
    let judgements: usize = demo()
        .providers
        .iter()
        .map(|p| p.assessments.len() + p.deployment_checks.len())
        .sum::<usize>()
        + demo().readiness.len();
    assert!(
        text.contains(&format!(
            "The history began with {judgements} judgements already recorded"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("ends with SHA-256 {head}")),
        "{text}"
    );
    assert!(text.contains("| Aroha Ngata | 1 |"), "{text}");
    assert!(text.contains("| 2026-11-27 | 1 |"), "{text}");
    assert!(!text.contains("Findings changed since"), "{text}");
}

#[test]
fn since_lists_each_finding_changed_with_what_it_was() {
    let text = markdown(&changed(), Some(Day::parse("2026-11-25").expect("valid")));
    assert!(text.contains("Findings changed since 2026-11-25"), "{text}");
    assert!(text.contains("Ben Smith"), "{text}");
    assert!(text.contains("**P1.2**"), "{text}");
    assert!(!text.contains("**P1.1** |"), "before the day: {text}");
    // The note it replaced (none) and the new one, in full, as the History view shows
    // them, in the change's own row.
    assert!(demo().providers[0].assessments["P1.2"].note.is_empty());
    let row = text
        .lines()
        .find(|line| line.contains("| **P1.2** | status"))
        .expect("the change's row");
    assert!(
        row.contains("_Note:_ _none_ → “Ben Smith: the scan shows TLS 1.0 still accepted.”"),
        "{row}"
    );
}

#[test]
fn a_record_that_does_not_verify_says_so() {
    let mut workspace = changed();
    workspace.name.push_str(" (edited)");
    let text = markdown(&workspace, None);
    assert!(text.contains("The record does NOT verify"), "{text}");
}

#[test]
fn the_json_report_sums_up_the_history_as_the_readable_ones_do() {
    let workspace = changed();
    let history = &json(&workspace, None)["history"];
    assert_eq!(history["verified"], true);
    assert_eq!(history["events"], workspace.history.len());
    assert_eq!(
        history["head"],
        workspace.history.head().expect("a history")
    );
    assert_eq!(history["broken"], Value::Null);
    assert_eq!(
        history["by_assessor"],
        json!([
            {"assessor": "Aroha Ngata", "changes": 1},
            {"assessor": "Ben Smith", "changes": 1}
        ])
    );
    assert_eq!(
        history["by_day"][1],
        json!({"day": "2026-11-27", "changes": 1})
    );
    assert_eq!(history["since"], Value::Null);
}

#[test]
fn the_json_report_lists_findings_changed_since_and_a_broken_record() {
    let mut workspace = changed();
    let history = &json(&workspace, Some(Day::parse("2026-11-25").expect("valid")))["history"];
    let changes = history["since"]["changes"].as_array().expect("a list");
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0]["by"], "Ben Smith");
    assert_eq!(changes[0]["part"], "provider");
    assert_eq!(
        changes[0]["provider_id"],
        workspace.providers[0].id.0.as_str()
    );
    assert_eq!(changes[0]["item_id"], "P1.2");
    assert_eq!(changes[0]["texts"][0]["part"], "Note");
    assert_eq!(
        changes[0]["texts"][0]["after"],
        "Ben Smith: the scan shows TLS 1.0 still accepted."
    );
    assert_eq!(changes[0]["origin"], "Edit");
    assert!(
        changes[0]["what"]
            .as_str()
            .expect("text")
            .contains("→ Not met"),
        "{changes:?}"
    );
    workspace.name.push_str(" (edited)");
    let history = &json(&workspace, None)["history"];
    assert_eq!(history["verified"], false);
    assert_eq!(history["head"], Value::Null);
    assert!(history["broken"]["why"].as_str().is_some(), "{history}");
}
