//! A workspace from catalogue 1.0 opens migrated, and the file as it was is kept once,
//! beside it, for good: the migration adds and flags, and loses nothing.

use std::fs;

use super::temp_store;

const VERSION_ONE: &str = include_str!("../fixtures/v1/demo.ron");

#[test]
fn a_version_one_workspace_opens_migrated_and_its_original_is_kept() {
    let (_dir, store) = temp_store();
    let path = store.workspace_path("old");
    fs::write(&path, VERSION_ONE).expect("write the old file");
    let workspace = store.load("old").expect("opens");
    assert_eq!(workspace.schema_version, tiaki::workspace::SCHEMA_VERSION);
    assert_eq!(workspace.catalogue.version, "2.0.0");
    assert!(!workspace.readiness.is_empty(), "organisation items moved");
    let original = store.original_path("old", 1);
    assert_eq!(fs::read_to_string(&original).expect("kept"), VERSION_ONE);
    assert_eq!(
        fs::read_to_string(&path).expect("still there"),
        VERSION_ONE,
        "reading never rewrites the file"
    );
    // Saved, then read again: the kept original stays as it was, never replaced.
    let lock = store.lock("old").expect("lock");
    store.save(&lock, &workspace).expect("saves");
    drop(lock);
    assert_eq!(store.load("old").expect("opens again"), workspace);
    assert_eq!(fs::read_to_string(&original).expect("kept"), VERSION_ONE);
}

/// A schema-2 workspace (catalogue 2.0, no history) opens at schema 3 with its history
/// begun from the state as found; the file as it was is kept, and once saved the history
/// verifies and stays as begun.
#[test]
fn a_version_two_workspace_begins_its_history_from_the_state_found() {
    let (_dir, store) = temp_store();
    let path = store.workspace_path("two");
    let mut two = tiaki::demo::demo_workspace(tiaki::catalogue::builtin(), now());
    two.history = tiaki::workspace::History::default();
    two.schema_version = 2;
    let text = tiaki::codec::to_ron(&two).expect("encodes");
    fs::write(&path, &text).expect("write the old file");
    let workspace = store.load("two").expect("opens");
    assert_eq!(workspace.schema_version, 3);
    let verified = workspace.verify_history().expect("verifies");
    assert_eq!((verified.events, verified.found), (1, true));
    assert_eq!(
        fs::read_to_string(store.original_path("two", 2)).expect("kept"),
        text
    );
    let lock = store.lock("two").expect("lock");
    store.save(&lock, &workspace).expect("saves");
    let again = store.load("two").expect("opens again");
    assert_eq!(again.history, workspace.history, "begun once, then kept");
}

fn now() -> tiaki::workspace::Timestamp {
    tiaki::workspace::Timestamp::parse("2026-12-07T09:00:00Z").expect("valid")
}

const VERSION_TWO: &str = include_str!("../fixtures/v2/actions.ron");

/// Schema 3 keeps several actions per item: a schema-2 file's one action per judgement
/// (a provider's, a deployment check's, the readiness') becomes the first of a list,
/// open, with what, owner and due as they were; the original is kept as `.schema-2`.
#[test]
fn a_version_two_workspace_opens_with_each_action_in_a_list_and_its_original_kept() {
    use tiaki::workspace::{ActionStatus, Day};
    let (_dir, store) = temp_store();
    let path = store.workspace_path("two");
    fs::write(&path, VERSION_TWO).expect("write the old file");
    let workspace = store.load("two").expect("opens");
    assert_eq!(workspace.schema_version, 3);
    workspace
        .verify_history()
        .expect("the history begins from the actions as moved");
    let kowhai = &workspace.providers[0];
    let mfa = &kowhai.assessments["P3.6"].actions;
    assert_eq!(mfa.len(), 1);
    assert_eq!(mfa[0].what, "Ask for the SSO tier with enforced MFA");
    assert_eq!(mfa[0].owner, "Procurement");
    assert_eq!(mfa[0].due, Day::parse("2026-11-15").ok());
    assert_eq!(mfa[0].status, ActionStatus::Open);
    assert_eq!(mfa[0].closed, None);
    assert_eq!(
        mfa[0].opened,
        Day::parse("2026-10-20").ok(),
        "opened no later than the judgement last changed"
    );
    assert!(kowhai.assessments["P1.1"].actions.is_empty());
    assert_eq!(
        kowhai.deployment_checks["P3.6"].actions[0].what,
        "Enforce MFA for guests"
    );
    assert_eq!(
        workspace.readiness["P7.6"].actions[0].owner,
        "Business Continuity"
    );
    assert_eq!(
        fs::read_to_string(store.original_path("two", 2)).expect("kept"),
        VERSION_TWO
    );
    // Saved as schema 3 (the list, no `action`), and read back the same.
    let lock = store.lock("two").expect("lock");
    store.save(&lock, &workspace).expect("saves");
    drop(lock);
    let saved = fs::read_to_string(&path).expect("saved");
    assert!(saved.contains("schema_version: 3"));
    assert!(saved.contains("actions: ["));
    assert!(!saved.contains("action: "));
    assert_eq!(store.load("two").expect("opens again"), workspace);
}

const EVIDENCE_TWO: &str = include_str!("../fixtures/v2/evidence.ron");

#[test]
fn schema_two_evidence_becomes_one_library_entry_linked_from_every_judgement() {
    use tiaki::workspace::{SCHEMA_VERSION, Subject};
    let (_dir, store) = temp_store();
    let path = store.workspace_path("before");
    fs::write(&path, EVIDENCE_TWO).expect("write the old file");
    let workspace = store.load("before").expect("opens");
    assert_eq!(workspace.schema_version, SCHEMA_VERSION);
    assert_eq!(workspace.evidence.len(), 2, "{:#?}", workspace.evidence);
    let soc2 = workspace
        .evidence
        .iter()
        .find(|entry| entry.title == "Kōwhai Comms SOC 2 Type II report")
        .expect("one entry for the three copies");
    assert_eq!(soc2.location, "section 4");
    assert_eq!(
        soc2.seen.map(|d| d.to_string()).as_deref(),
        Some("2026-11-10")
    );
    let file = soc2.file.as_ref().expect("its file");
    assert_eq!(file.path, "/evidence/kowhai/soc2.pdf");
    let links = workspace.evidence_links(&soc2.id);
    let places: Vec<(&Subject, &str)> = links
        .iter()
        .map(|l| (&l.subject, l.item.as_str()))
        .collect();
    assert_eq!(places.len(), 3, "{places:?}");
    assert!(
        places
            .iter()
            .any(|(s, i)| **s == Subject::Readiness && *i == "P3.13")
    );
    let kowhai = &workspace.providers[0];
    let both: Vec<usize> = kowhai.assessments["P1.2"]
        .evidence_links
        .iter()
        .map(|id| {
            workspace
                .evidence
                .iter()
                .position(|e| &e.id == id)
                .expect("in the library")
        })
        .collect();
    assert_eq!(
        both.len(),
        2,
        "the whitepaper and the report, in their order"
    );
    assert_eq!(
        workspace.evidence[both[0]].title,
        "Kōwhai Comms security whitepaper"
    );
    // The file as it was is kept; saved and read again, nothing changes.
    let original = store.original_path("before", 2);
    assert_eq!(fs::read_to_string(&original).expect("kept"), EVIDENCE_TWO);
    let lock = store.lock("before").expect("lock");
    store.save(&lock, &workspace).expect("saves");
    drop(lock);
    assert_eq!(store.load("before").expect("opens again"), workspace);
    let saved = fs::read_to_string(&path).expect("saved");
    assert_eq!(
        // Once in the library (the history's baseline keeps a snapshot of its own).
        saved
            .matches("title: \"Kōwhai Comms SOC 2 Type II report\"")
            .count(),
        1,
        "{saved}"
    );
    assert!(saved.contains("evidence_links"), "{saved}");
}
