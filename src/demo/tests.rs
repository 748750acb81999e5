//! The demo is complete, justified, fictional and deterministic.

use super::*;
use std::collections::BTreeSet;

use crate::catalogue::{AssuranceLevel, builtin};

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:00:00Z").expect("valid")
}

fn demo() -> Workspace {
    demo_workspace(builtin(), now())
}

fn all_assessments(workspace: &Workspace) -> impl Iterator<Item = &Assessment> {
    workspace
        .providers
        .iter()
        .flat_map(|provider| provider.assessments.values())
}

#[test]
fn follows_the_catalogue_with_four_fictional_providers() {
    let workspace = demo();
    assert_eq!(workspace.name, DEMO_NAME);
    assert_eq!(workspace.catalogue.id, builtin().id);
    assert_eq!(workspace.catalogue.version, builtin().version);
    assert_eq!(workspace.providers.len(), 4);
    for provider in &workspace.providers {
        assert!(provider.name.ends_with("(fictional)"), "{}", provider.name);
        assert!(!provider.product.is_empty() && !provider.jurisdiction.is_empty());
        assert!(provider.notes.starts_with("Fictional provider"));
    }
}

#[test]
fn every_status_appears_and_every_provider_differs() {
    let workspace = demo();
    let seen: BTreeSet<&str> = all_assessments(&workspace)
        .map(|a| a.status.label())
        .collect();
    let assessable = builtin().assessable_items().count();
    let untouched = workspace
        .providers
        .iter()
        .any(|provider| provider.assessments.len() < assessable);
    for status in Status::ALL {
        let present = if status == Status::NotAssessed {
            untouched
        } else {
            seen.contains(status.label())
        };
        assert!(present, "{} never appears", status.label());
    }
    let counts = |status: Status| -> Vec<usize> {
        workspace
            .providers
            .iter()
            .map(|p| {
                p.assessments
                    .values()
                    .filter(|a| a.status == status)
                    .count()
            })
            .collect()
    };
    let met = counts(Status::Met);
    let unknown = counts(Status::Unknown);
    assert!(
        met[0] > met[1] && met[0] > met[2],
        "the strong provider leads: {met:?}"
    );
    assert!(
        unknown[2] > unknown[0] && unknown[2] > unknown[1],
        "{unknown:?}"
    );
}

/// How many items required at the demo's level each provider does not meet.
fn required_failures(workspace: &Workspace) -> Vec<usize> {
    workspace
        .providers
        .iter()
        .map(|provider| {
            provider
                .assessments
                .iter()
                .filter(|(id, assessment)| {
                    assessment.status == Status::NotMet
                        && builtin().item(id).is_some_and(|item| {
                            item.priority.at(AssuranceLevel::Enhanced) == Priority::Required
                        })
                })
                .count()
        })
        .collect()
}

#[test]
fn the_strong_provider_meets_every_required_item_and_the_weak_one_does_not() {
    let failures = required_failures(&demo());
    assert_eq!(failures[0], 0, "{failures:?}");
    assert!(
        failures[1] > 0,
        "the weak provider fails required items: {failures:?}"
    );
    let strong = &demo().providers[0];
    assert!(
        strong
            .assessments
            .values()
            .all(|a| a.status != Status::Unknown)
    );
}

#[test]
fn unknown_and_not_applicable_are_always_justified() {
    let workspace = demo();
    assert!(all_assessments(&workspace).all(|a| !a.lacks_justification()));
    assert!(all_assessments(&workspace).all(|a| a.changed.is_some()));
}

#[test]
fn evidence_actions_and_flags_are_present() {
    let workspace = demo();
    let evidence: Vec<&Evidence> = all_assessments(&workspace)
        .flat_map(|a| workspace.linked_evidence(a))
        .collect();
    assert!(
        evidence
            .iter()
            .all(|e| e.seen.is_some_and(|day| day < now().day()))
    );
    assert!(evidence.iter().any(|e| e.file.is_some()));
    for file in evidence.iter().filter_map(|e| e.file.as_ref()) {
        assert_eq!(file.sha256.len(), 64);
        assert!(
            file.sha256
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
    }
    let dues: Vec<Day> = all_assessments(&workspace)
        .flat_map(|a| &a.actions)
        .filter_map(|action| action.due)
        .collect();
    assert!(dues.len() >= 3);
    assert!(
        dues.iter().any(|due| *due < now().day()),
        "one action is overdue"
    );
    assert!(dues.iter().any(|due| *due > now().day()));
    assert!(all_assessments(&workspace).filter(|a| a.flagged).count() >= 2);
}

#[test]
fn handwritten_findings_name_real_items_and_providers() {
    for finding in &FINDINGS {
        assert!(builtin().item(finding.item).is_some(), "{}", finding.item);
        assert!(PROVIDERS.iter().any(|plan| plan.id == finding.provider));
    }
}

#[test]
fn context_is_complete_and_derives_enhanced() {
    let workspace = demo();
    let derivation = assurance::derive(builtin(), &workspace.context);
    assert!(
        derivation.unanswered.is_empty(),
        "{:?}",
        derivation.unanswered
    );
    assert!(derivation.stale.is_empty(), "{:?}", derivation.stale);
    assert_eq!(derivation.effective, AssuranceLevel::Enhanced);
}

#[test]
fn survives_ron_and_json_round_trips() {
    use crate::codec::{from_json, from_ron, to_json, to_ron};
    let workspace = demo();
    let ron = to_ron(&workspace).expect("to RON");
    assert_eq!(
        from_ron::<Workspace>(ron.as_bytes()).expect("from RON"),
        workspace
    );
    let json = to_json(&workspace).expect("to JSON");
    assert_eq!(
        from_json::<Workspace>(json.as_bytes()).expect("from JSON"),
        workspace
    );
}

#[test]
fn is_deterministic_for_a_given_time() {
    assert_eq!(demo(), demo());
    let later = Timestamp::parse("2027-01-10T12:00:00Z").expect("valid");
    assert_ne!(demo(), demo_workspace(builtin(), later));
}

#[test]
fn stated_cryptography_parses_and_shows_a_version_that_matters() {
    for (_, stated) in super::plans::CRYPTO {
        let mut crypto = crate::nzism::StatedCrypto::default();
        for (parameter, value) in stated {
            crypto
                .set(*parameter, value)
                .expect("a form the parser reads");
        }
    }
    let workspace = demo();
    let tuatara = &workspace.providers[1];
    let checks =
        |version| crate::nzism::check(&tuatara.crypto, version, workspace.context.classification());
    let falls_short = |version| {
        checks(version)
            .iter()
            .any(|c| matches!(c.outcome, crate::nzism::Outcome::FallsShort(_)))
    };
    assert!(
        falls_short(crate::nzism::NzismVersion::V3_9),
        "RSA 2048 under 3.9"
    );
    let rsa = checks(crate::nzism::NzismVersion::V3_9)
        .into_iter()
        .find(|c| c.parameter == crate::nzism::Parameter::Signature)
        .expect("signature checked");
    assert!(rsa.sentence.contains("3.3"), "{}", rsa.sentence);
}

#[test]
fn its_history_begins_with_tiaki_as_the_maker_not_a_blank() {
    let workspace = demo();
    let events = workspace.history.events().expect("a sound history");
    assert_eq!(events.len(), 1, "nobody has changed it yet");
    assert_eq!(events[0].by, "tiaki (demo data)");
}

#[test]
fn a_finding_citing_a_document_rests_on_what_the_document_is() {
    let workspace = demo();
    // The two audit reports; the other documents are the providers' own.
    let audits = ["evid-demo-a2", "evid-demo-d2"];
    let mut cited = 0;
    for assessment in all_assessments(&workspace) {
        for link in &assessment.evidence_links {
            cited += 1;
            let expected = if audits.contains(&link.0.as_str()) {
                crate::workspace::Basis::IndependentAudit
            } else {
                crate::workspace::Basis::ProviderDocumentation
            };
            assert_eq!(assessment.basis, Some(expected), "{link:?}: {assessment:?}");
        }
    }
    assert!(cited > 10, "the demo cites documents: {cited}");
}
