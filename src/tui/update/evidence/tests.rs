//! Key → state tests of the evidence library, without a terminal or files: the worker's
//! answers are handed in as the runtime would hand them.

use super::*;
use crate::tui::review_tree;
use crate::tui::testing::{WHITEPAPER, press, sample_workspace, state_with};
use crate::workspace::{Assessment, Day, FileState};

fn ids() -> Vec<String> {
    crate::catalogue::builtin()
        .assessable_items()
        .map(|(_, item)| item.id.clone())
        .collect()
}

/// The sample open in Review with the cursor on item `index`.
fn on_item(index: usize) -> (State, String) {
    let mut state = state_with(sample_workspace());
    let id = ids()[index].clone();
    let rows = review_tree::visible_rows(&state);
    state.review.cursor = review_tree::item_row(&rows, &id).expect("item visible");
    (state, id)
}

fn assessment(state: &State, id: &str) -> Assessment {
    state.workspace().expect("open").providers[0]
        .assessments
        .get(id)
        .cloned()
        .unwrap_or_default()
}

fn library(state: &State) -> Vec<Evidence> {
    state.workspace().expect("open").evidence.clone()
}

fn form_error(state: &State) -> Option<(String, usize)> {
    match state.overlays.last() {
        Some(Overlay::Form(form, _)) => form.error.clone().map(|error| (error, form.focus())),
        _ => None,
    }
}

fn message(state: &State) -> String {
    state
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn whitepaper() -> EvidenceId {
    EvidenceId(WHITEPAPER.to_owned())
}

#[test]
fn a_new_entry_is_refused_without_a_title_or_with_a_bad_date_then_linked() {
    let (mut state, item) = on_item(6);
    assert!(press(&mut state, "a").is_empty());
    assert!(matches!(state.overlays.last(), Some(Overlay::Library(l)) if l.link.is_some()));
    press(&mut state, "n");
    assert!(press(&mut state, "<Enter>").is_empty());
    assert_eq!(
        form_error(&state).map(|e| e.1),
        Some(0),
        "the title is asked for"
    );
    press(
        &mut state,
        "SOC 2 Type II report<Tab>2025<Tab>2026-05-01<Tab>section 4<Tab><Tab>",
    );
    assert!(press(&mut state, "2026-02-30<Enter>").is_empty());
    let (error, field) = form_error(&state).expect("refused");
    assert!(error.contains("YYYY-MM-DD"), "{error}");
    assert_eq!(field, 5, "the expiry field");
    press(&mut state, &"<Backspace>".repeat(10));
    assert_eq!(
        press(&mut state, "2026-03-31<Enter>"),
        [Effect::SaveWorkspace]
    );
    assert!(
        matches!(state.overlays.last(), Some(Overlay::Library(_))),
        "back in the library"
    );
    let entry = library(&state).pop().expect("added");
    assert_eq!(entry.title, "SOC 2 Type II report");
    assert_eq!(entry.version, "2025");
    assert_eq!(entry.dated, Day::parse("2026-05-01").ok());
    assert_eq!(entry.location, "section 4");
    assert_eq!(entry.expires, Day::parse("2026-03-31").ok());
    assert_eq!(entry.seen, Some(state.clock.now().day()));
    assert!(entry.id.0.starts_with("evid-"), "{}", entry.id);
    assert_eq!(assessment(&state, &item).evidence_links, [entry.id]);
}

#[test]
fn a_file_is_hashed_by_the_worker_while_the_form_waits() {
    let (mut state, item) = on_item(6);
    press(
        &mut state,
        "anAudit report<Tab><Tab><Tab><Tab>/tmp/audit.pdf",
    );
    let effects = press(&mut state, "<Enter>");
    let [Effect::HashEvidenceFile { entry, path, link }] = effects.as_slice() else {
        panic!("the file is hashed first: {effects:?}");
    };
    assert_eq!(path, "/tmp/audit.pdf");
    assert_eq!(link.as_ref().map(|l| l.item.as_str()), Some(item.as_str()));
    assert!(matches!(state.overlays.last(), Some(Overlay::Hashing(_))));
    assert!(library(&state).len() == 1, "nothing added yet");
    // Esc asks the worker to stop; the dialog stays until it has.
    assert_eq!(press(&mut state, "<Esc>"), [Effect::StopHashing]);
    assert!(matches!(state.overlays.last(), Some(Overlay::Hashing(_))));
    let file = EvidenceFile {
        path: path.clone(),
        sha256: "ab".repeat(32),
    };
    let effects = file_hashed(
        &mut state,
        entry.clone(),
        link.as_ref(),
        Ok(Some(file.clone())),
    );
    assert_eq!(effects, [Effect::SaveWorkspace]);
    assert!(
        matches!(state.overlays.last(), Some(Overlay::Library(_))),
        "the form closed"
    );
    let added = library(&state).pop().expect("added");
    assert_eq!(added.file, Some(file));
    assert_eq!(
        state.session.as_ref().expect("open").files.get(&added.id),
        Some(&crate::workspace::FileState::Unchanged),
        "hashed just now: not 'not checked'"
    );
    assert_eq!(assessment(&state, &item).evidence_links, [added.id]);
}

#[test]
fn an_unreadable_or_stopped_file_keeps_the_form_and_saves_nothing() {
    let (mut state, item) = on_item(6);
    press(
        &mut state,
        "anAudit report<Tab><Tab><Tab><Tab>/no/such/file.pdf",
    );
    let effects = press(&mut state, "<Enter>");
    let [Effect::HashEvidenceFile { entry, link, .. }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    let outcome = Err("Cannot read /no/such/file.pdf (not found).".to_owned());
    assert!(file_hashed(&mut state, entry.clone(), link.as_ref(), outcome).is_empty());
    let (error, field) = form_error(&state).expect("the form shows why");
    assert!(error.contains("/no/such/file.pdf"), "{error}");
    assert_eq!(field, 4, "focus on the path");
    press(&mut state, "<Enter>");
    assert!(file_hashed(&mut state, entry.clone(), link.as_ref(), Ok(None)).is_empty());
    assert!(matches!(state.overlays.last(), Some(Overlay::Form(..))));
    assert!(message(&state).contains("Stopped"));
    assert_eq!(library(&state).len(), 1);
    assert!(assessment(&state, &item).evidence_links.is_empty());
}

#[test]
fn one_entry_is_linked_to_several_items_and_unlinked_from_one() {
    let (mut state, first) = on_item(0);
    let (_, second) = on_item(6);
    let rows = review_tree::visible_rows(&state);
    state.review.cursor = review_tree::item_row(&rows, &second).expect("visible");
    press(&mut state, "a");
    assert_eq!(press(&mut state, "<Enter>"), [Effect::SaveWorkspace]);
    assert_eq!(assessment(&state, &second).evidence_links, [whitepaper()]);
    assert_eq!(assessment(&state, &first).evidence_links, [whitepaper()]);
    let links = state
        .workspace()
        .expect("open")
        .evidence_links(&whitepaper());
    assert_eq!(links.len(), 2);
    // Enter again takes it off this item only.
    assert_eq!(press(&mut state, "<Enter>"), [Effect::SaveWorkspace]);
    assert!(assessment(&state, &second).evidence_links.is_empty());
    assert_eq!(assessment(&state, &first).evidence_links, [whitepaper()]);
    assert!(message(&state).contains("stays in the library"));
}

#[test]
fn x_in_review_asks_then_unlinks_and_the_entry_stays() {
    let (mut state, item) = on_item(0);
    assert!(press(&mut state, "X").is_empty());
    assert!(matches!(state.overlays.last(), Some(Overlay::Confirm(_))));
    press(&mut state, "n");
    assert_eq!(assessment(&state, &item).evidence_links.len(), 1);
    press(&mut state, "X");
    assert_eq!(press(&mut state, "y"), [Effect::SaveWorkspace]);
    assert!(assessment(&state, &item).evidence_links.is_empty());
    assert_eq!(library(&state).len(), 1, "still in the library");
    press(&mut state, "X");
    assert!(state.overlays.is_empty(), "nothing left to ask about");
    assert!(message(&state).contains("no evidence"));
}

#[test]
fn removing_a_linked_entry_asks_naming_the_items_and_undo_puts_it_all_back() {
    let (mut state, item) = on_item(0);
    let before = state.workspace().expect("open").clone();
    press(&mut state, "L");
    assert!(press(&mut state, "D").is_empty());
    let Some(Overlay::Confirm(question)) = state.overlays.last() else {
        panic!("a linked entry asks first");
    };
    assert!(
        question.message.contains("1 item rely on it"),
        "{}",
        question.message
    );
    assert!(question.message.contains(&item), "{}", question.message);
    assert_eq!(press(&mut state, "y"), [Effect::SaveWorkspace]);
    assert!(library(&state).is_empty());
    assert!(assessment(&state, &item).evidence_links.is_empty());
    press(&mut state, "<Esc>u");
    let after = state.workspace().expect("open");
    // Each step is in the history, which replays to the workspace as it stands.
    let verified = after.verify_history().expect("the history holds");
    assert!(verified.events >= 2, "{verified:?}");
    assert_eq!(after.evidence, before.evidence);
    assert_eq!(
        after.providers[0].assessments[&item].evidence_links,
        before.providers[0].assessments[&item].evidence_links
    );
}

#[test]
fn an_entry_nothing_links_to_is_removed_at_once() {
    let (mut state, _) = on_item(0);
    press(&mut state, "X");
    press(&mut state, "y");
    press(&mut state, "L");
    assert_eq!(press(&mut state, "D"), [Effect::SaveWorkspace]);
    assert!(library(&state).is_empty());
    assert!(!matches!(state.overlays.last(), Some(Overlay::Confirm(_))));
}

#[test]
fn editing_keeps_the_id_and_the_recorded_digest_unless_asked() {
    let (mut state, _) = on_item(0);
    let recorded = library(&state)[0].file.clone();
    press(&mut state, "Le");
    press(&mut state, " (2026)");
    assert_eq!(press(&mut state, "<Enter>"), [Effect::SaveWorkspace]);
    let entry = &library(&state)[0];
    assert_eq!(entry.id, whitepaper());
    assert_eq!(entry.title, "Security whitepaper v3 (2026)");
    assert_eq!(entry.file, recorded, "the digest recorded is kept");
    // Asked to record the file as it is now, it is hashed again.
    press(&mut state, "e<Tab><Tab><Tab><Tab><Tab><Tab><Right>");
    let effects = press(&mut state, "<Enter>");
    assert!(
        matches!(effects.as_slice(), [Effect::HashEvidenceFile { entry, .. }] if entry.id == whitepaper()),
        "{effects:?}"
    );
}

#[test]
fn verifying_keeps_what_was_found_and_says_how_many_items_it_touches() {
    let (mut state, item) = on_item(0);
    assert_eq!(press(&mut state, "V"), [Effect::VerifyEvidence]);
    assert!(matches!(state.overlays.last(), Some(Overlay::Hashing(_))));
    let found = FileStates::from([(
        whitepaper(),
        FileState::Changed {
            now: "cd".repeat(32),
        },
    )]);
    verified(&mut state, Some(found.clone()));
    assert!(state.overlays.is_empty());
    assert_eq!(state.session.as_ref().expect("open").files, found);
    assert!(
        message(&state).contains("1 of 1 evidence files changed"),
        "{}",
        message(&state)
    );
    let troubled = review_tree::troubled(&state);
    assert!(troubled.contains(&whitepaper()));
    let linked = assessment(&state, &item);
    assert!(review_tree::needs_attention(&state, &troubled, &linked));
    // Stopped: what was found before stays.
    press(&mut state, "V");
    verified(&mut state, None);
    assert!(message(&state).contains("Stopped"));
    assert_eq!(state.session.as_ref().expect("open").files, found);
}

#[test]
fn expired_evidence_needs_attention_from_the_day_after_its_last() {
    let (mut state, item) = on_item(0);
    let today = state.clock.now().day();
    let session = state.session.as_mut().expect("open");
    session.workspace.evidence[0].expires = Some(today);
    let troubled = review_tree::troubled(&state);
    assert!(troubled.is_empty(), "its last day is today: still valid");
    let yesterday = Day::new(today.inner().previous_day().expect("a day"));
    state.session.as_mut().expect("open").workspace.evidence[0].expires = Some(yesterday);
    let troubled = review_tree::troubled(&state);
    assert!(troubled.contains(&whitepaper()));
    assert!(review_tree::needs_attention(
        &state,
        &troubled,
        &assessment(&state, &item)
    ));
}

#[test]
fn a_link_to_an_entry_the_library_lacks_is_marked_not_a_crash() {
    let (mut state, item) = on_item(0);
    let session = state.session.as_mut().expect("open");
    session.workspace.evidence.clear();
    let troubled = review_tree::troubled(&state);
    assert!(review_tree::needs_attention(
        &state,
        &troubled,
        &assessment(&state, &item)
    ));
    // The library opens on it, and X can still take the dangling link off.
    press(&mut state, "a<Esc>X");
    assert_eq!(press(&mut state, "y"), [Effect::SaveWorkspace]);
    assert!(assessment(&state, &item).evidence_links.is_empty());
}
