//! The CSV report read back by the `csv` crate: the same values, stable columns, and no
//! cell a spreadsheet would evaluate.

use tiaki::catalogue::builtin;
use tiaki::report::{CSV_COLUMNS, Format};
use tiaki::workspace::Workspace;

use super::support::{demo, hostile, hostile_notes, render};

fn read(workspace: &Workspace) -> (Vec<String>, Vec<Vec<String>>) {
    let text = render(workspace, Format::Csv);
    assert!(
        text.starts_with('\u{FEFF}'),
        "starts with a byte-order mark"
    );
    assert!(text.ends_with("\r\n"), "CRLF line ends");
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let head = reader
        .headers()
        .expect("a header")
        .iter()
        .map(|field| field.trim_start_matches('\u{FEFF}').to_owned())
        .collect();
    let rows = reader
        .records()
        .map(|record| {
            record
                .expect("a valid record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (head, rows)
}

fn column(name: &str) -> usize {
    CSV_COLUMNS
        .iter()
        .position(|column| *column == name)
        .expect("a known column")
}

fn assert_no_formula(rows: &[Vec<String>]) {
    for row in rows {
        for field in row {
            assert!(
                !field
                    .trim_start_matches(char::is_whitespace)
                    .starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a spreadsheet would evaluate {field:?}"
            );
        }
    }
}

#[test]
fn the_demo_reads_back_one_row_per_provider_and_item() {
    let workspace = demo();
    let (head, rows) = read(&workspace);
    assert_eq!(head, CSV_COLUMNS);
    let items = builtin().assessable_items().count();
    assert_eq!(rows.len(), workspace.providers.len() * items);
    assert_no_formula(&rows);
    for (provider, chunk) in workspace.providers.iter().zip(rows.chunks(items)) {
        for ((_, item), row) in builtin().assessable_items().zip(chunk) {
            assert_eq!(row[column("provider_id")], provider.id.0);
            assert_eq!(row[column("provider")], provider.name);
            assert_eq!(row[column("item_id")], item.id);
            let assessment = provider
                .assessments
                .get(&item.id)
                .cloned()
                .unwrap_or_default();
            assert_eq!(row[column("status")], assessment.status.label());
            assert_eq!(row[column("note")], assessment.note);
            assert_eq!(
                row[column("basis")],
                assessment.basis.map_or("", |basis| basis.label())
            );
            let due: Vec<String> = assessment
                .actions
                .iter()
                .map(|a| a.due.map(|d| d.to_string()).unwrap_or_default())
                .collect();
            assert_eq!(row[column("action_due")], due.join("\n"));
            let statuses: Vec<&str> = assessment
                .actions
                .iter()
                .map(|a| a.status.label())
                .collect();
            assert_eq!(row[column("action_status")], statuses.join("\n"));
            let first = workspace.linked_evidence(&assessment).next();
            if let Some(file) = first.and_then(|e| e.file.as_ref()) {
                assert!(row[column("evidence")].contains(&file.sha256));
            }
        }
    }
    let overdue: Vec<&Vec<String>> = rows
        .iter()
        .filter(|row| row[column("action_overdue")] == "yes")
        .collect();
    assert_eq!(overdue.len(), 1, "the demo has one overdue action");
}

#[test]
fn hostile_text_reads_back_intact_and_formulas_are_neutralised() {
    let workspace = hostile();
    let (_, rows) = read(&workspace);
    assert_no_formula(&rows);
    let provider = &workspace.providers[0];
    assert_eq!(rows[0][column("provider")], provider.name);
    let notes: Vec<&str> = rows
        .iter()
        .map(|row| row[column("note")].as_str())
        .collect();
    for note in hostile_notes() {
        // Control characters come back as visible stand-ins, CRLF as LF, and a formula
        // (even after spaces) with a `'` before it.
        let shown = tiaki::text::neutralise(&note.replace("\r\n", "\n"), false).into_owned();
        let formula = note.starts_with(['\t', '\r'])
            || note
                .trim_start_matches(char::is_whitespace)
                .starts_with(['=', '+', '-', '@']);
        let written = if formula { format!("'{shown}") } else { shown };
        assert!(
            notes.contains(&written.as_str()),
            "{:?} did not come back",
            note.chars().take(40).collect::<String>()
        );
    }
}

#[test]
fn a_treatment_and_the_marking_travel_with_each_row() {
    use tiaki::workspace::{Day, Residual, Status, Treatment, TreatmentKind};
    let mut workspace = demo();
    let p11 = workspace.providers[0]
        .assessments
        .get_mut("P1.1")
        .expect("judged in the demo");
    p11.status = Status::NotMet;
    // The report's day is 2026-11-28: this acceptance ended the day before.
    p11.treatment = Some(Treatment {
        kind: TreatmentKind::Accept,
        rationale: "Pilot only".into(),
        residual: Residual::Medium,
        approver: "Ana".into(),
        until: Some(Day::parse("2026-11-27").expect("valid")),
    });
    let (_, rows) = read(&workspace);
    let row = rows
        .iter()
        .find(|row| row[column("provider_id")] == "prov-demo-a" && row[column("item_id")] == "P1.1")
        .expect("the row");
    assert_eq!(row[column("treatment")], "accepted");
    assert_eq!(row[column("treatment_approver")], "Ana");
    assert_eq!(row[column("treatment_until")], "2026-11-27");
    assert_eq!(row[column("treatment_lapsed")], "yes");
    for row in &rows {
        assert_eq!(
            row[column("marking")],
            "IN-CONFIDENCE · DRAFT — not signed off"
        );
    }
}
