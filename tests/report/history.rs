//! The report's change history: it says whether the record verifies and quotes the hash it
//! ends with; counts changes per assessor and per day; `--since` lists each finding changed
//! on or after that day, with what it was before.

use tiaki::catalogue::builtin;
use tiaki::report::{self, Format, Options};
use tiaki::scoring::ScoreOptions;
use tiaki::workspace::{Assessment, Day, Status, Subject, Timestamp, Workspace};

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
            ..Assessment::default()
        };
        workspace
            .put_assessment(&subject, item, not_met, by, at(when))
            .expect("recorded");
    }
    workspace
}

fn markdown(workspace: &Workspace, since: Option<Day>) -> String {
    let options = Options {
        date: date(),
        scoring: ScoreOptions::default(),
        since,
    };
    report::render(builtin(), workspace, options, Format::Markdown).expect("renders")
}

#[test]
fn the_summary_counts_changes_and_pins_the_record_with_its_hash() {
    let workspace = changed();
    let text = markdown(&workspace, None);
    let head = workspace.history.head().expect("a history");
    assert!(text.contains("2 changes recorded"), "{text}");
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
}

#[test]
fn a_record_that_does_not_verify_says_so() {
    let mut workspace = changed();
    workspace.name.push_str(" (edited)");
    let text = markdown(&workspace, None);
    assert!(text.contains("The record does NOT verify"), "{text}");
}
