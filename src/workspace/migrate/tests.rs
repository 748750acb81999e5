use super::*;
use crate::catalogue::{AnswerMove, ItemMove, OptionRef, parse_catalogue};
use crate::workspace::{Action, Day, LegacyEvidence, Provider, ProviderId, Status, Timestamp};

/// Version 2 of a small catalogue: O.1 is the organisation's, S.1 a provider setting with
/// a deployment check, S.2 and S.3 split from an old S.2, context question C.1 split from
/// an old C.1 into C.1 and C.2.
const CATALOGUE: &str = r#"(
    id: "t", version: "2", title: "T",
    source: (publisher: "P", title: "T", date: "2020"),
    sections: [
        (id: "C", title: "Context", summary: "s", items: [
            (id: "C.1", title: "users", guidance: "g", source: "s", kind: ContextQuestion,
             answered_by: Organisation,
             priority: (baseline: Optional, enhanced: Optional, high: Optional),
             answer: Some(Single([(id: "few", label: "Few"), (id: "many", label: "Many")]))),
            (id: "C.2", title: "duration", guidance: "g", source: "s", kind: ContextQuestion,
             answered_by: Organisation,
             priority: (baseline: Optional, enhanced: Optional, high: Optional),
             answer: Some(Multiple([(id: "short", label: "Short"), (id: "long", label: "Long")]))),
        ]),
        (id: "S", title: "Checks", summary: "s", items: [
            (id: "O.1", title: "owner", guidance: "g", source: "s", kind: Check,
             answered_by: Organisation,
             priority: (baseline: Required, enhanced: Required, high: Required)),
            (id: "S.1", title: "mfa", guidance: "g", source: "s", kind: Setting,
             answered_by: Provider, deployment: Some("we enforce it"),
             priority: (baseline: Required, enhanced: Required, high: Required)),
            (id: "S.2", title: "a", guidance: "g", source: "s", kind: Check, answered_by: Provider,
             priority: (baseline: Required, enhanced: Required, high: Required)),
            (id: "S.3", title: "b", guidance: "g", source: "s", kind: Check, answered_by: Provider,
             priority: (baseline: Required, enhanced: Required, high: Required)),
            (id: "S.4", title: "c", guidance: "g", source: "s", kind: Check, answered_by: Provider,
             priority: (baseline: Required, enhanced: Required, high: Required)),
        ]),
    ],
)"#;

fn catalogue() -> Catalogue {
    parse_catalogue(CATALOGUE.as_bytes()).expect("test catalogue is valid")
}

fn migration() -> Migration {
    Migration {
        from: "1".to_owned(),
        to: "2".to_owned(),
        items: vec![
            ItemMove {
                old: "S.2".to_owned(),
                new: vec!["S.2".to_owned(), "S.3".to_owned()],
                why: "S.2 asked two questions".to_owned(),
            },
            ItemMove {
                old: "S.9".to_owned(),
                new: vec!["S.4".to_owned()],
                why: "S.9 and S.4 asked the same".to_owned(),
            },
        ],
        answers: vec![AnswerMove {
            question: "C.1".to_owned(),
            option: "trial".to_owned(),
            becomes: vec![
                OptionRef {
                    question: "C.1".to_owned(),
                    option: "few".to_owned(),
                },
                OptionRef {
                    question: "C.2".to_owned(),
                    option: "short".to_owned(),
                },
            ],
        }],
    }
}

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:00:00Z").expect("valid")
}

fn judged(status: Status, note: &str) -> Assessment {
    Assessment {
        status,
        note: note.to_owned(),
        ..Assessment::default()
    }
}

fn version_one(providers: Vec<Provider>) -> Workspace {
    let mut workspace = Workspace::new("W", &catalogue(), now());
    workspace.schema_version = 1;
    workspace.catalogue.version = "1".to_owned();
    workspace.providers = providers;
    workspace
}

fn provider(id: &str, judgements: &[(&str, Assessment)]) -> Provider {
    let mut provider = Provider::new(ProviderId(id.to_owned()), id);
    for (item, assessment) in judgements {
        provider
            .assessments
            .insert((*item).to_owned(), assessment.clone());
    }
    provider
}

fn evidence(title: &str) -> LegacyEvidence {
    LegacyEvidence {
        title: title.to_owned(),
        location: String::new(),
        file: None,
        seen: None,
    }
}

/// Every note, evidence title and action text anywhere in the workspace.
fn everything_recorded(workspace: &Workspace) -> Vec<String> {
    let mut all: Vec<&Assessment> = workspace.readiness.values().collect();
    for candidates in workspace.readiness_candidates.values() {
        all.extend(candidates.iter().map(|c| &c.assessment));
    }
    for provider in &workspace.providers {
        all.extend(provider.assessments.values());
        all.extend(provider.deployment_checks.values());
    }
    let mut texts = Vec::new();
    for assessment in all {
        texts.push(assessment.note.clone());
        texts.extend(assessment.legacy_evidence.iter().map(|e| e.title.clone()));
        texts.extend(assessment.actions.iter().map(|a| a.what.clone()));
    }
    texts
}

fn contains_somewhere(texts: &[String], wanted: &str) -> bool {
    texts.iter().any(|text| text.contains(wanted))
}

#[test]
fn a_current_workspace_is_left_alone() {
    let mut workspace = Workspace::new("W", &catalogue(), now());
    let before = workspace.clone();
    assert_eq!(migrate(&mut workspace, &catalogue(), &migration()), None);
    assert_eq!(workspace, before);
}

#[test]
fn a_split_item_goes_to_each_part_flagged_with_why_and_nothing_is_lost() {
    let mut original = judged(Status::NotMet, "No audit log export");
    original.legacy_evidence.push(evidence("Admin guide"));
    original.actions = vec![Action::new(
        "Ask for the export API",
        "Ana",
        Some(Day::new(now().day().inner())),
        now().day(),
    )];
    let mut workspace = version_one(vec![provider("a", &[("S.2", original.clone())])]);
    let report = migrate(&mut workspace, &catalogue(), &migration()).expect("migrated");
    assert_eq!(report.moved, 2);
    let assessments = &workspace.providers[0].assessments;
    for part in ["S.2", "S.3"] {
        let moved = &assessments[part];
        assert!(moved.flagged, "{part} is flagged");
        assert_eq!(moved.status, Status::NotMet);
        assert!(
            moved.note.starts_with("No audit log export"),
            "{}",
            moved.note
        );
        assert!(
            moved.note.contains("S.2 asked two questions"),
            "{}",
            moved.note
        );
        assert_eq!(moved.legacy_evidence, original.legacy_evidence);
        assert_eq!(moved.actions, original.actions);
    }
    assert_eq!(workspace.schema_version, SCHEMA_VERSION);
    assert_eq!(workspace.catalogue.version, "2");
}

#[test]
fn merged_items_keep_both_judgements() {
    let mut kept = judged(Status::Met, "Sub-processors listed");
    kept.legacy_evidence.push(evidence("Sub-processor list"));
    let mut merged = judged(Status::PartlyMet, "Carriers not named");
    merged.legacy_evidence.push(evidence("Telephony terms"));
    let mut workspace = version_one(vec![provider("a", &[("S.4", kept), ("S.9", merged)])]);
    migrate(&mut workspace, &catalogue(), &migration());
    let result = &workspace.providers[0].assessments["S.4"];
    assert_eq!(
        result.status,
        Status::Met,
        "the judgement already there stands"
    );
    assert!(result.flagged);
    assert!(result.note.contains("Sub-processors listed"));
    assert!(
        result
            .note
            .contains("formerly recorded as S.9: Partly met — Carriers not named")
    );
    let titles: Vec<&str> = result
        .legacy_evidence
        .iter()
        .map(|e| e.title.as_str())
        .collect();
    assert_eq!(titles, ["Sub-processor list", "Telephony terms"]);
    assert!(!workspace.providers[0].assessments.contains_key("S.9"));
}

#[test]
fn an_organisation_item_answered_alike_moves_to_the_readiness_once() {
    let same = judged(Status::Met, "Owner: platform lead");
    let mut workspace = version_one(vec![
        provider("a", &[("O.1", same.clone())]),
        provider("b", &[("O.1", same.clone())]),
    ]);
    let report = migrate(&mut workspace, &catalogue(), &migration()).expect("migrated");
    assert_eq!((report.to_readiness, report.conflicting), (1, 0));
    let ready = &workspace.readiness["O.1"];
    assert_eq!(ready.status, Status::Met);
    assert!(ready.note.starts_with("Owner: platform lead"));
    assert!(workspace.readiness_candidates.is_empty());
    assert!(
        workspace
            .providers
            .iter()
            .all(|p| !p.assessments.contains_key("O.1"))
    );
}

#[test]
fn an_organisation_item_answered_differently_keeps_every_answer_flagged() {
    let mut with_action = judged(Status::NotMet, "No fallback");
    with_action.actions = vec![Action::new("Agree a fallback", "", None, now().day())];
    let mut workspace = version_one(vec![
        provider("a", &[("O.1", judged(Status::Met, "Fallback agreed"))]),
        provider("b", &[("O.1", with_action)]),
    ]);
    let report = migrate(&mut workspace, &catalogue(), &migration()).expect("migrated");
    assert_eq!((report.to_readiness, report.conflicting), (1, 1));
    let ready = &workspace.readiness["O.1"];
    assert_eq!(
        ready.status,
        Status::NotAssessed,
        "the assessor picks the one answer"
    );
    assert!(ready.flagged);
    assert!(ready.note.contains("answered differently per provider"));
    let candidates = &workspace.readiness_candidates["O.1"];
    let statuses: Vec<(&str, Status)> = candidates
        .iter()
        .map(|c| (c.recorded_for.as_str(), c.assessment.status))
        .collect();
    assert_eq!(statuses, [("a", Status::Met), ("b", Status::NotMet)]);
    let texts = everything_recorded(&workspace);
    for wanted in ["Fallback agreed", "No fallback", "Agree a fallback"] {
        assert!(contains_somewhere(&texts, wanted), "{wanted} kept");
    }
}

#[test]
fn a_setting_judgement_is_copied_to_the_deployment_checklist_and_both_flagged() {
    let mut workspace = version_one(vec![provider(
        "a",
        &[("S.1", judged(Status::Met, "MFA enforced through our IdP"))],
    )]);
    let report = migrate(&mut workspace, &catalogue(), &migration()).expect("migrated");
    assert_eq!(report.to_deployment, 1);
    let provider = &workspace.providers[0];
    let capability = &provider.assessments["S.1"];
    let deployment = &provider.deployment_checks["S.1"];
    for each in [capability, deployment] {
        assert!(each.flagged);
        assert_eq!(each.status, Status::Met);
        assert!(each.note.starts_with("MFA enforced through our IdP"));
        assert!(each.note.contains("deployment checklist"));
    }
}

#[test]
fn a_split_context_answer_becomes_answers_to_both_questions() {
    let mut workspace = version_one(Vec::new());
    workspace
        .context
        .answers
        .insert("C.1".to_owned(), Answer::Choice("trial".to_owned()));
    let report = migrate(&mut workspace, &catalogue(), &migration()).expect("migrated");
    assert_eq!(report.answers, 1);
    assert_eq!(
        workspace.context.answers.get("C.1"),
        Some(&Answer::Choice("few".to_owned()))
    );
    assert_eq!(
        workspace.context.answers.get("C.2"),
        Some(&Answer::Choices(vec!["short".to_owned()]))
    );
}

#[test]
fn migrating_twice_changes_nothing_the_second_time() {
    let mut workspace = version_one(vec![provider(
        "a",
        &[
            ("S.2", judged(Status::Met, "x")),
            ("O.1", judged(Status::Met, "y")),
        ],
    )]);
    migrate(&mut workspace, &catalogue(), &migration());
    let once = workspace.clone();
    assert_eq!(migrate(&mut workspace, &catalogue(), &migration()), None);
    assert_eq!(workspace, once);
}
