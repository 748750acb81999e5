use super::*;
use crate::catalogue::builtin;
use crate::workspace::{Assessment, Evidence, Provider};

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:00:00Z").expect("valid")
}

fn workspace() -> (Workspace, ProviderId) {
    let mut workspace = Workspace::new("Trial", builtin(), now());
    let id = ProviderId("prov-a".to_owned());
    workspace.providers.push(Provider::new(id.clone(), "Acme"));
    (workspace, id)
}

fn run(workspace: &mut Workspace, id: &ProviderId, text: &str) -> Imported {
    import(builtin(), workspace, id, text, "Ana", now()).expect("imports")
}

#[test]
fn statuses_are_read_in_any_case_and_spelling() {
    for (text, status) in [
        ("Met", Status::Met),
        ("partly met", Status::PartlyMet),
        ("PartlyMet", Status::PartlyMet),
        ("NOT MET", Status::NotMet),
        ("not-met", Status::NotMet),
        (" unknown ", Status::Unknown),
        ("Not applicable", Status::NotApplicable),
        ("N/A", Status::NotApplicable),
    ] {
        assert_eq!(parse_status(text), Some(status), "{text}");
    }
    for text in ["", "Not assessed", "yes", "met?"] {
        assert_eq!(parse_status(text), None, "{text}");
    }
}

#[test]
fn answers_become_provider_claims_and_bad_rows_are_reported() {
    let (mut workspace, id) = workspace();
    let text = "item_id,question,status,answer\r\n\
                P1.1,Q,Met,\"We use TLS 1.3, always\"\r\n\
                P1.2,Q,,\r\n\
                NOPE.1,Q,Met,x\r\n\
                P1.3,Q,Maybe,x\r\n\
                P1.4,Q,,an answer without a status\r\n\
                CTX.1,Q,Met,context questions are not the provider's\r\n\
                P1.1,Q,Not met,again\r\n";
    let imported = run(&mut workspace, &id, text);
    assert_eq!(imported.recorded, 1);
    assert_eq!(imported.blank, 1);
    let lines: Vec<usize> = imported.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [4, 5, 6, 7, 8], "{:?}", imported.problems);
    assert!(
        imported.problems[0]
            .message
            .contains("unknown item id `NOPE.1`")
    );
    assert!(
        imported.problems[1]
            .message
            .contains("`Maybe` is not a status")
    );
    assert!(imported.problems[4].message.contains("line 2 was used"));
    let stored = workspace
        .assessment(&Subject::Provider(id.clone()), "P1.1")
        .expect("recorded");
    assert_eq!(stored.status, Status::Met);
    assert_eq!(stored.basis, Some(Basis::ProviderClaim));
    assert_eq!(stored.note, "We use TLS 1.3, always");
    assert_eq!(stored.changed.as_ref().map(|c| c.by.as_str()), Some("Ana"));
}

#[test]
fn evidence_and_actions_survive_and_a_second_import_changes_nothing() {
    let (mut workspace, id) = workspace();
    let earlier = Assessment {
        status: Status::Unknown,
        note: "Asked twice".to_owned(),
        evidence: vec![Evidence {
            title: "Whitepaper".to_owned(),
            location: String::new(),
            file: None,
            seen: None,
        }],
        ..Assessment::default()
    };
    workspace.put_assessment(
        &Subject::Provider(id.clone()),
        "P2.1",
        earlier,
        "Ana",
        now(),
    );
    let text = "item_id,status,answer\nP2.1,Partly met,\nP2.2,met,Yes\n";
    assert_eq!(run(&mut workspace, &id, text).recorded, 2);
    let stored = workspace
        .assessment(&Subject::Provider(id.clone()), "P2.1")
        .expect("kept");
    assert_eq!(stored.status, Status::PartlyMet);
    assert_eq!(stored.note, "Asked twice", "a blank answer keeps the note");
    assert_eq!(stored.evidence.len(), 1);
    let again = run(&mut workspace, &id, text);
    assert_eq!((again.recorded, again.unchanged), (0, 2));
}

#[test]
fn a_file_without_the_columns_is_refused_whole() {
    let (mut workspace, id) = workspace();
    let error = import(builtin(), &mut workspace, &id, "a,b\n1,2\n", "Ana", now())
        .expect_err("no item_id column");
    assert!(error.message.contains("item_id"), "{error}");
    let error = import(builtin(), &mut workspace, &id, "", "Ana", now()).expect_err("empty");
    assert!(error.message.contains("empty"), "{error}");
    assert!(workspace.providers[0].assessments.is_empty());
}

#[test]
fn an_unusable_row_does_not_shadow_a_good_copy_after_it() {
    let (mut workspace, id) = workspace();
    let imported = run(
        &mut workspace,
        &id,
        "item_id,status,answer\nSEL.1,Perhaps,first try\nSEL.1,Met,second try\nSEL.1,Not met,third\n",
    );
    assert_eq!(imported.recorded, 1, "{imported:?}");
    let lines: Vec<usize> = imported.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [2, 4], "{imported:?}");
    assert!(
        imported.problems[1].message.contains("line 3 was used"),
        "{imported:?}"
    );
    let assessment = workspace
        .assessment(&Subject::Provider(id.clone()), "SEL.1")
        .expect("recorded");
    assert_eq!(assessment.status, Status::Met);
    assert_eq!(assessment.note, "second try");
}
