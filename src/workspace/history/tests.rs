use super::*;
use crate::catalogue::builtin;
use crate::workspace::{Assessment, Provider, ProviderId, Status, Subject, UndoLog};

fn at(minute: u32) -> Timestamp {
    Timestamp::parse(&format!("2026-12-07T14:{minute:02}:00Z")).expect("valid")
}

/// A provider added, three statuses set, one undone: seven events with the baseline.
fn recorded() -> Workspace {
    let mut workspace = Workspace::new("Trial", builtin(), at(0));
    let mut log = UndoLog::default();
    let id = ProviderId("prov-1".into());
    let added = Change::ProviderAdded {
        index: 0,
        provider: Box::new(Provider::new(id.clone(), "Kōwhai Comms")),
    };
    log.apply(&mut workspace, added, "Aroha Ngata", at(1))
        .expect("added");
    let subject = Subject::Provider(id);
    for (minute, item) in (2..).zip(["P1.1", "P1.2", "P3.4"]) {
        let met = Assessment {
            status: Status::Met,
            ..Assessment::default()
        };
        let stamp = Some(("Aroha Ngata", at(minute)));
        let change = Change::assessment(&workspace, &subject, item, met, stamp);
        log.apply(&mut workspace, change, "Aroha Ngata", at(minute))
            .expect("recorded");
    }
    log.undo(&mut workspace, "Aroha Ngata", at(9))
        .expect("something to undo")
        .expect("undone");
    workspace
}

fn broken_at(workspace: &Workspace) -> Option<usize> {
    workspace
        .verify_history()
        .expect_err("tampering shows")
        .event
}

/// Replaces the text of event `index` and, when `forge`, its hash to match.
fn alter(workspace: &mut Workspace, index: usize, from: &str, to: &str, forge: bool) {
    let entry = &mut Arc::make_mut(&mut workspace.history.entries)[index];
    assert!(entry.event.contains(from), "{}", entry.event);
    entry.event = entry.event.replacen(from, to, 1);
    if forge {
        entry.hash = digest(&entry.event);
    }
}

#[test]
fn a_recorded_history_verifies_and_says_who_did_what() {
    let workspace = recorded();
    let verified = workspace.verify_history().expect("intact");
    assert_eq!(verified.events, 6);
    assert_eq!(Some(verified.head.as_str()), workspace.history.head());
    assert!(!verified.found);
    let events = workspace.history.events().expect("readable");
    let lines: Vec<String> = events
        .iter()
        .map(|event| event.describe(&workspace, "→"))
        .collect();
    assert_eq!(lines[0], "Workspace created");
    assert_eq!(lines[2], "Kōwhai Comms · P1.1 status: Not assessed → Met");
    assert_eq!(
        lines[5],
        "Undo: Kōwhai Comms · P3.4 status: Met → Not assessed"
    );
    assert_eq!(events[5].by, "Aroha Ngata");
    assert_eq!(events[5].at, at(9));
}

#[test]
fn an_event_deleted_is_named() {
    let mut workspace = recorded();
    Arc::make_mut(&mut workspace.history.entries).remove(3);
    assert_eq!(broken_at(&workspace), Some(3));
}

#[test]
fn events_reordered_are_named() {
    let mut workspace = recorded();
    Arc::make_mut(&mut workspace.history.entries).swap(2, 3);
    assert_eq!(broken_at(&workspace), Some(2));
}

#[test]
fn an_event_altered_is_named() {
    let mut workspace = recorded();
    alter(&mut workspace, 3, "\"Met\"", "\"NotMet\"", false);
    let broken = workspace.verify_history().expect_err("altered");
    assert_eq!(broken.event, Some(3));
    assert!(broken.why.contains("altered"), "{}", broken.why);
}

#[test]
fn an_event_altered_with_its_hash_forged_breaks_the_link_after_it() {
    let mut workspace = recorded();
    alter(
        &mut workspace,
        3,
        "\"Aroha Ngata\"",
        "\"Someone Else\"",
        true,
    );
    assert_eq!(broken_at(&workspace), Some(4));
}

#[test]
fn the_last_event_forged_no_longer_replays_to_the_workspace() {
    let mut workspace = recorded();
    alter(&mut workspace, 5, "\"Met\"", "\"NotMet\"", true);
    assert_eq!(broken_at(&workspace), Some(5));
}

#[test]
fn a_status_changed_without_an_event_is_found_and_named() {
    let mut workspace = recorded();
    let provider = &mut workspace.providers[0];
    let assessment = provider.assessments.get_mut("P1.2").expect("recorded");
    assessment.status = Status::NotMet;
    let broken = workspace.verify_history().expect_err("changed outside");
    assert_eq!(broken.event, Some(5));
    assert!(broken.why.contains("Kōwhai Comms P1.2"), "{}", broken.why);
}

#[test]
fn a_history_removed_is_found() {
    let mut workspace = recorded();
    workspace.history = History::default();
    assert_eq!(broken_at(&workspace), None);
}

#[test]
fn a_workspace_from_before_begins_with_the_state_as_found() {
    let mut workspace = recorded();
    workspace.history = History::default();
    workspace.begin_history(true);
    let verified = workspace.verify_history().expect("begins here");
    assert_eq!(verified.events, 1);
    assert!(verified.found);
    workspace.begin_history(true);
    assert_eq!(workspace.history.len(), 1, "begun once");
}

#[test]
fn a_signature_can_be_added_to_an_entry_without_breaking_the_chain() {
    let mut workspace = recorded();
    Arc::make_mut(&mut workspace.history.entries)[2].signature = Some("sig".into());
    assert!(workspace.verify_history().is_ok());
}

#[test]
fn a_copy_keeps_its_history_while_the_original_records_more() {
    // The check on opening reads a copy on another thread while the assessor works on.
    let mut original = recorded();
    let copy = original.clone();
    let before = copy.history.len();
    original
        .apply(
            Change::Renamed {
                before: "Trial".into(),
                after: "Renamed".into(),
            },
            "Aroha Ngata",
            at(10),
        )
        .expect("renamed");
    assert_eq!(copy.history.len(), before);
    assert_eq!(original.history.len(), before + 1);
    assert!(copy.verify_history().is_ok());
    assert!(original.verify_history().is_ok());
}
