use super::*;
use crate::catalogue::builtin;
use crate::workspace::{Assessment, EvidenceId, Provider};

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:00:00Z").expect("valid")
}

fn workspace() -> (Workspace, ProviderId) {
    let mut workspace = Workspace::new("Trial", builtin(), now());
    let id = ProviderId("prov-a".to_owned());
    workspace.providers.push(Provider::new(id.clone(), "Acme"));
    (workspace, id)
}

fn how(id: &ProviderId) -> Import<'_> {
    Import {
        provider: id,
        source: "answers.csv",
        by: "Ana",
        now: now(),
    }
}

fn run(workspace: &mut Workspace, id: &ProviderId, text: &str) -> Imported {
    import(builtin(), workspace, text, how(id)).expect("imports")
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
    let claim = stored.claim.as_ref().expect("the claim is kept");
    assert_eq!(claim.status, Status::Met);
    assert_eq!(claim.answer, "We use TLS 1.3, always");
    assert_eq!(claim.source, "answers.csv");
    assert_eq!(claim.received, now().day());
    // No finding yet: the claim is taken as a provisional one, marked as the provider's.
    assert_eq!(stored.status, Status::Met);
    assert!(stored.is_claim_only());
    assert_eq!(
        stored.note, "",
        "the answer is the claim's, not the assessor's note"
    );
    assert_eq!(stored.changed.as_ref().map(|c| c.by.as_str()), Some("Ana"));
}

#[test]
fn a_differing_claim_flags_the_finding_and_a_second_import_changes_nothing() {
    let (mut workspace, id) = workspace();
    let earlier = Assessment {
        status: Status::Unknown,
        note: "Asked twice".to_owned(),
        evidence_links: vec![EvidenceId("evid-1".to_owned())],
        ..Assessment::default()
    };
    workspace
        .put_assessment(
            &Subject::Provider(id.clone()),
            "P2.1",
            earlier,
            "Ana",
            now(),
        )
        .expect("recorded");
    let judged = workspace
        .assessment(&Subject::Provider(id.clone()), "P2.1")
        .cloned()
        .expect("judged");
    let text = "item_id,status,answer\nP2.1,Partly met,\nP2.2,met,Yes\n";
    let imported = run(&mut workspace, &id, text);
    assert_eq!((imported.recorded, imported.provisional), (2, 1));
    assert_eq!(
        imported.disagreements,
        [Disagreement {
            item: "P2.1".to_owned(),
            finding: Status::Unknown,
            claim: Status::PartlyMet,
            answer: String::new(),
        }]
    );
    let stored = workspace
        .assessment(&Subject::Provider(id.clone()), "P2.1")
        .expect("kept");
    assert_eq!(stored.status, Status::Unknown, "the finding stands");
    assert_eq!(stored.note, "Asked twice");
    assert_eq!(stored.evidence_links.len(), 1);
    assert_eq!(stored.changed, judged.changed, "still stamped as judged");
    assert!(stored.flagged && stored.claim_disagrees());
    let again = run(&mut workspace, &id, text);
    assert_eq!((again.recorded, again.unchanged), (0, 2));
    assert_eq!(
        again.disagreements.len(),
        1,
        "every disagreement is listed again"
    );
    assert_eq!(
        workspace.imports.len(),
        1,
        "an import that changed nothing is not kept"
    );
}

#[test]
fn undoing_an_import_takes_back_its_claims_and_nothing_the_assessor_did() {
    let (mut workspace, id) = workspace();
    let judged = Assessment {
        status: Status::NotMet,
        note: "No E2EE".to_owned(),
        ..Assessment::default()
    };
    workspace
        .put_assessment(&Subject::Provider(id.clone()), "P2.3", judged, "Ana", now())
        .expect("recorded");
    let before = workspace.clone();
    run(
        &mut workspace,
        &id,
        "item_id,status,answer\nP2.3,Met,Soon\nP1.1,Met,Yes\nP1.2,Met,Yes\n",
    );
    // The assessor confirms one provisional finding with a test of their own.
    let mut confirmed = workspace
        .assessment(&Subject::Provider(id.clone()), "P1.2")
        .cloned()
        .expect("taken");
    confirmed.basis = Some(Basis::OwnTest);
    workspace
        .put_assessment(
            &Subject::Provider(id.clone()),
            "P1.2",
            confirmed,
            "Ana",
            now(),
        )
        .expect("recorded");
    let undone = workspace
        .imports
        .last()
        .cloned()
        .expect("an import to undo");
    assert_eq!(undone.items.len(), 3);
    let withdrawal = workspace.last_import_withdrawal("Ana", now()).expect("one");
    workspace
        .apply(withdrawal, "Ana", now())
        .expect("taken back");
    assert_eq!(
        workspace.assessment(&Subject::Provider(id.clone()), "P2.3"),
        before.assessment(&Subject::Provider(id.clone()), "P2.3")
    );
    assert!(
        workspace
            .assessment(&Subject::Provider(id.clone()), "P1.1")
            .is_none(),
        "the provisional finding went"
    );
    let kept = workspace
        .assessment(&Subject::Provider(id.clone()), "P1.2")
        .expect("the assessor's finding stays");
    assert_eq!((kept.status, kept.claim.as_ref()), (Status::Met, None));
    assert!(workspace.imports.is_empty());
    assert!(workspace.last_import_withdrawal("Ana", now()).is_none());
}

#[test]
fn a_not_applicable_claim_is_never_taken_as_the_finding() {
    let (mut workspace, id) = workspace();
    let imported = run(
        &mut workspace,
        &id,
        "item_id,status,answer\nP2.3,N/A,No need\n",
    );
    assert_eq!((imported.recorded, imported.provisional), (1, 0));
    let stored = workspace
        .assessment(&Subject::Provider(id.clone()), "P2.3")
        .expect("claim kept");
    assert_eq!(stored.status, Status::NotAssessed);
}

#[test]
fn a_file_without_the_columns_is_refused_whole() {
    let (mut workspace, id) = workspace();
    let error =
        import(builtin(), &mut workspace, "a,b\n1,2\n", how(&id)).expect_err("no item_id column");
    assert!(error.message.contains("item_id"), "{error}");
    let error = import(builtin(), &mut workspace, "", how(&id)).expect_err("empty");
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
    let claim = assessment.claim.as_ref().map(|c| c.answer.as_str());
    assert_eq!(claim, Some("second try"));
}

/// Issue 12: a provider's answer must never overwrite the assessor's finding.
#[test]
fn an_answer_never_replaces_the_assessors_finding() {
    let catalogue = builtin();
    let mut workspace = crate::demo::demo_workspace(catalogue, now());
    let id = workspace
        .provider_by_name("Tuatara Talk (fictional)")
        .expect("demo provider")
        .id
        .clone();
    let before = workspace
        .assessment(&Subject::Provider(id.clone()), "P2.3")
        .cloned()
        .expect("judged");
    assert_eq!(before.status, Status::NotMet);
    let text = "item_id,status,answer\nP2.3,Met,E2EE is on our 2027 roadmap\n";
    let imported = import(catalogue, &mut workspace, text, how(&id)).expect("imports");
    assert_eq!(imported.disagreements.len(), 1);
    let after = workspace
        .assessment(&Subject::Provider(id.clone()), "P2.3")
        .expect("kept");
    assert_eq!(after.status, before.status, "the finding stands");
    assert_eq!(after.note, before.note, "the assessor's note stands");
    assert_eq!(after.basis, before.basis);
}

#[test]
fn self_assessments_become_claims_with_the_evidence_beside_the_answer() {
    let (mut workspace, id) = workspace();
    let text = "item_id,self_assessment,answer,evidence\r\n\
                P1.1,Yes,TLS 1.3 everywhere,SOC 2 report p. 12\r\n\
                P1.2,partly,Not the room systems,\r\n\
                P1.3,No,,\r\n\
                P1.4,Not applicable,,\r\n\
                P1.5,Other,We would need to ask,\r\n\
                P1.6,Met,the assessor's word,\r\n\
                P1.7,,,ISO certificate\r\n";
    let imported = run(&mut workspace, &id, text);
    let claim = |item: &str| {
        workspace
            .assessment(&Subject::Provider(id.clone()), item)
            .and_then(|assessment| assessment.claim.clone())
    };
    let status = |item: &str| claim(item).map(|claim| claim.status);
    assert_eq!(status("P1.1"), Some(Status::Met));
    assert_eq!(
        claim("P1.1").map(|claim| claim.answer).as_deref(),
        Some("TLS 1.3 everywhere\n\nEvidence: SOC 2 report p. 12")
    );
    assert_eq!(status("P1.2"), Some(Status::PartlyMet));
    assert_eq!(status("P1.3"), Some(Status::NotMet));
    assert_eq!(status("P1.4"), Some(Status::NotApplicable));
    assert_eq!(status("P1.5"), Some(Status::Unknown));
    assert_eq!(
        status("P1.6"),
        None,
        "the assessor's statuses are not offered"
    );
    let problems: Vec<&str> = imported
        .problems
        .iter()
        .map(|problem| problem.message.as_str())
        .collect();
    assert_eq!(
        problems,
        [
            "P1.6: `Met` is not a self-assessment; use Yes, Partly, No, Not applicable or Other",
            "P1.7 has an answer but no self-assessment; give one of Yes, Partly, No, Not \
             applicable or Other",
        ]
    );
}
