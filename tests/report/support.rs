//! Fixtures shared by the report tests: the demo at a fixed time, and rendering helpers.

use tiaki::catalogue::builtin;
use tiaki::report::{self, Format, Options};
use tiaki::scoring::ScoreOptions;
use tiaki::workspace::{Day, Subject, Timestamp, Workspace};

/// The demo workspace as built at a fixed instant, so golden files never drift.
pub fn demo() -> Workspace {
    let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid timestamp");
    tiaki::demo::demo_workspace(builtin(), now)
}

/// The report date the golden files are written for.
pub fn date() -> Day {
    Day::parse("2026-11-28").expect("valid day")
}

pub fn render(workspace: &Workspace, format: Format) -> String {
    let options = Options {
        date: date(),
        scoring: ScoreOptions::default(),
        since: None,
    };
    report::render(builtin(), workspace, options, format).expect("renders")
}

/// Text meant to break out of each format: markup, quotes, line breaks, a formula.
pub const SCRIPT: &str = "<script>alert('pwned')</script>";
pub const TABLE_BREAK: &str = "</table></section><img src=x onerror=alert(1)> | pipe";
pub const QUOTES: &str = "He said \"yes\", then 'no' & left";
pub const LINES: &str = "line one\nline two\r\nline three";
pub const FORMULA: &str = "=HYPERLINK(\"http://evil.example/\",\"click me\")";
pub const NON_LATIN: &str = "日本語のメモ — Māori whakamārama — Ελληνικά — العربية — עברית — 🦜";

/// A note of just over 1 MB, with markup at its end.
pub fn huge_note() -> String {
    let mut note = "A".repeat(1 << 20);
    note.push_str(SCRIPT);
    note
}

/// Every hostile text, one per item, in catalogue order.
pub fn hostile_notes() -> Vec<String> {
    vec![
        SCRIPT.to_owned(),
        TABLE_BREAK.to_owned(),
        QUOTES.to_owned(),
        LINES.to_owned(),
        FORMULA.to_owned(),
        NON_LATIN.to_owned(),
        huge_note(),
        "-1+1".to_owned(),
        "@SUM(A1:A9)".to_owned(),
        "\tTabbed".to_owned(),
        "\rReturn first".to_owned(),
    ]
}

/// A workspace whose names, notes, evidence and actions hold hostile text.
pub fn hostile() -> Workspace {
    use tiaki::workspace::{
        Action, Assessment, Evidence, EvidenceFile, EvidenceId, Provider, ProviderId, Status,
    };
    let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid timestamp");
    let mut workspace = Workspace::new(&format!("{SCRIPT} {NON_LATIN}"), builtin(), now);
    let id = ProviderId("prov-hostile".to_owned());
    let mut provider = Provider::new(id.clone(), &format!("{SCRIPT} & \"Co\" {FORMULA}"));
    provider.notes = format!("{TABLE_BREAK}\n{LINES}");
    FORMULA.clone_into(&mut provider.product);
    workspace.providers.push(provider);
    let hostile_entry = EvidenceId("evid-hostile".to_owned());
    workspace.evidence.push(Evidence {
        version: FORMULA.to_owned(),
        location: FORMULA.to_owned(),
        file: Some(EvidenceFile {
            path: SCRIPT.to_owned(),
            sha256: "ab".repeat(32),
        }),
        ..Evidence::new(hostile_entry.clone(), TABLE_BREAK.to_owned())
    });
    let items: Vec<String> = builtin()
        .assessable_items()
        .map(|(_, item)| item.id.clone())
        .collect();
    for (index, note) in hostile_notes().into_iter().enumerate() {
        let assessment = Assessment {
            status: Status::ALL[1 + index % 5],
            note,
            evidence_links: vec![hostile_entry.clone()],
            actions: vec![Action {
                closing_note: format!("{FORMULA} {TABLE_BREAK}"),
                ..Action::new(
                    SCRIPT,
                    &format!("{QUOTES} {NON_LATIN}"),
                    Day::parse("2026-11-01").ok(),
                    Day::parse("2026-10-01").expect("a day"),
                )
            }],
            ..Assessment::default()
        };
        workspace
            .put_assessment(
                &Subject::Provider(id.clone()),
                &items[index],
                assessment,
                SCRIPT,
                now,
            )
            .expect("recorded");
    }
    workspace
}
