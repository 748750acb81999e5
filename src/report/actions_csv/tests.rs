use super::*;
use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::report::rfc4180::read;
use crate::report::{Options, Report};
use crate::scoring::ScoreOptions;
use crate::workspace::{Day, Timestamp};

fn demo_rows() -> Vec<Vec<String>> {
    let now = Timestamp::parse("2026-11-28T09:30:00Z").expect("a time");
    let workspace = demo_workspace(builtin(), now);
    let options = Options {
        date: Day::parse("2026-11-28").expect("a day"),
        scoring: ScoreOptions::default(),
        since: None,
    };
    let report = Report::build(builtin(), &workspace, options);
    let text = render(&report, "IN-CONFIDENCE");
    let text = text.strip_prefix('\u{FEFF}').expect("a byte-order mark");
    read(text)
        .expect("reads back")
        .into_iter()
        .map(|record| record.fields)
        .collect()
}

#[test]
fn one_row_per_action_with_status_dates_and_overdue() {
    let rows = demo_rows();
    assert_eq!(rows[0], COLUMNS);
    assert_eq!(rows.len(), 1 + 8, "the demo's eight actions");
    let column = |name: &str| COLUMNS.iter().position(|c| *c == name).expect(name);
    let row_of = |what: &str| {
        rows.iter()
            .find(|row| row[column("what")].starts_with(what))
            .unwrap_or_else(|| panic!("{what}"))
    };
    let overdue = row_of("Obtain a written statement");
    assert_eq!(overdue[column("reference")], "prov-demo-c/SEL.6/1");
    assert_eq!(overdue[column("part")], "provider");
    assert_eq!(overdue[column("marking")], "IN-CONFIDENCE", "on every row");
    assert_eq!(overdue[column("item_status")], "Unknown");
    assert_eq!(overdue[column("due")], "2026-11-21");
    assert_eq!(overdue[column("status")], "open");
    assert_eq!(overdue[column("overdue")], "yes");
    assert_eq!(overdue[column("opened")], "2026-11-07");
    assert_eq!(overdue[column("closed")], "");
    let done = row_of("Confirm which meeting types");
    assert_eq!(done[column("reference")], "prov-demo-a/P2.3/1");
    assert_eq!(done[column("status")], "done");
    assert_eq!(done[column("overdue")], "no", "closed is never overdue");
    assert_eq!(done[column("closed")], "2026-11-26");
    assert!(done[column("closing_note")].starts_with("Confirmed in the pilot"));
    assert_eq!(
        row_of("Make end-to-end")[column("reference")],
        "prov-demo-a/P2.3/2"
    );
    let ours = row_of("Agree and test a fallback");
    assert_eq!(ours[column("part")], "readiness");
    assert_eq!(ours[column("provider_id")], "");
    assert_eq!(ours[column("reference")], "readiness/P7.6/1");
    assert_eq!(ours[column("provider")], "Our readiness");
    // Soonest due first, as the action plan.
    let dues: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r[column("due")].as_str())
        .collect();
    let mut sorted = dues.clone();
    sorted.sort_unstable();
    assert_eq!(dues, sorted);
}
