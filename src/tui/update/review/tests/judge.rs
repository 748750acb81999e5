use super::{assessment, go_to, ids, message, sample, selected, status};
use crate::tui::effect::Effect;
use crate::tui::testing::press;
use crate::workspace::Status;

#[test]
fn each_status_key_sets_the_status_and_asks_for_a_save() {
    let untouched = &ids()[6];
    for (key, wanted) in [
        ("y", Status::Met),
        ("p", Status::PartlyMet),
        ("x", Status::NotMet),
        ("o", Status::Unknown),
        ("-", Status::NotApplicable),
    ] {
        let mut state = sample();
        go_to(&mut state, untouched);
        assert_eq!(press(&mut state, key), [Effect::SaveWorkspace], "{key}");
        assert_eq!(status(&state, untouched), wanted, "{key}");
        assert_eq!(
            selected(&state).as_ref(),
            Some(untouched),
            "the cursor stays"
        );
        let stamp = assessment(&state, untouched).and_then(|a| a.changed);
        assert_eq!(stamp.map(|c| c.by), Some("Ana Tester".to_owned()));
    }
}

#[test]
fn backspace_clears_the_status_and_keeps_the_rest() {
    let mut state = sample();
    let first = &ids()[0];
    go_to(&mut state, first);
    assert_eq!(press(&mut state, "<Backspace>"), [Effect::SaveWorkspace]);
    let kept = assessment(&state, first).expect("note and evidence keep it");
    assert_eq!(kept.status, Status::NotAssessed);
    assert_eq!(kept.evidence_links.len(), 1);
}

#[test]
fn the_same_status_again_changes_nothing_and_saves_nothing() {
    let mut state = sample();
    go_to(&mut state, &ids()[0]);
    assert!(press(&mut state, "y").is_empty());
    assert!(message(&state).contains("already Met"));
    assert!(!state.session.as_ref().expect("open").undo.can_undo());
}

#[test]
fn space_cycles_through_every_status_and_back() {
    let mut state = sample();
    let item = &ids()[6];
    go_to(&mut state, item);
    let mut seen = Vec::new();
    for _ in 0..6 {
        assert_eq!(press(&mut state, " "), [Effect::SaveWorkspace]);
        seen.push(status(&state, item));
    }
    assert_eq!(
        seen,
        [
            Status::Met,
            Status::PartlyMet,
            Status::NotMet,
            Status::Unknown,
            Status::NotApplicable,
            Status::NotAssessed
        ]
    );
    assert!(
        assessment(&state, item).is_none(),
        "an empty entry is dropped"
    );
}

#[test]
fn a_status_on_a_heading_is_refused_with_a_reason() {
    let mut state = sample();
    state.review.cursor = 0;
    assert!(press(&mut state, "y").is_empty());
    let shown = state.message.as_ref().expect("a message");
    assert!(shown.is_error && shown.text.contains("section heading"));
}

#[test]
fn unknown_without_a_note_asks_for_a_reason() {
    let mut state = sample();
    go_to(&mut state, &ids()[6]);
    press(&mut state, "o");
    assert!(message(&state).contains("Add a note saying why (e)"));
}

#[test]
fn basis_cycles_through_each_and_back_to_none() {
    let mut state = sample();
    let item = &ids()[6];
    go_to(&mut state, item);
    let mut seen = Vec::new();
    for _ in 0..5 {
        assert_eq!(press(&mut state, "b"), [Effect::SaveWorkspace]);
        seen.push(assessment(&state, item).and_then(|a| a.basis));
    }
    let mut wanted: Vec<_> = crate::workspace::Basis::ALL.map(Some).to_vec();
    wanted.push(None);
    assert_eq!(seen, wanted);
}

#[test]
fn f_flags_and_unflags() {
    let mut state = sample();
    let item = &ids()[0];
    go_to(&mut state, item);
    press(&mut state, "f");
    assert!(assessment(&state, item).is_some_and(|a| a.flagged));
    press(&mut state, "f");
    assert!(assessment(&state, item).is_some_and(|a| !a.flagged));
}

#[test]
fn undo_and_redo_restore_the_exact_assessments() {
    let mut state = sample();
    let item = &ids()[0];
    go_to(&mut state, item);
    let original = assessment(&state, item);
    press(&mut state, "x");
    press(&mut state, "eMore detail<C-s>");
    let changed = assessment(&state, item);
    assert_ne!(changed, original);
    assert_eq!(press(&mut state, "u"), [Effect::SaveWorkspace]);
    assert_eq!(message(&state), format!("Undid {item} note"));
    press(&mut state, "u");
    assert_eq!(
        message(&state),
        format!("Undid {item} status: Not met → Met")
    );
    assert_eq!(assessment(&state, item), original);
    assert!(press(&mut state, "u").is_empty());
    assert_eq!(message(&state), "Nothing to undo.");
    press(&mut state, "<C-r><C-r>");
    assert_eq!(assessment(&state, item), changed);
    assert!(press(&mut state, "<C-r>").is_empty());
}

#[test]
fn undo_says_what_it_undid_and_drops_an_emptied_entry() {
    let mut state = sample();
    let item = &ids()[6];
    go_to(&mut state, item);
    press(&mut state, "y");
    press(&mut state, "u");
    assert_eq!(
        message(&state),
        format!("Undid {item} status: Met → Not assessed")
    );
    assert!(assessment(&state, item).is_none());
}

#[test]
fn a_new_change_clears_what_could_be_redone() {
    let mut state = sample();
    go_to(&mut state, &ids()[6]);
    press(&mut state, "yup");
    assert!(press(&mut state, "<C-r>").is_empty());
    assert_eq!(status(&state, &ids()[6]), Status::PartlyMet);
}

#[test]
fn undo_goes_back_to_the_provider_and_item_it_changes() {
    let mut state = sample();
    let item = ids()[6].clone();
    go_to(&mut state, &item);
    press(&mut state, "y");
    press(&mut state, "]gh");
    assert_eq!(state.review.provider, 1);
    press(&mut state, "u");
    assert_eq!(state.review.provider, 0);
    assert_eq!(selected(&state), Some(item));
}

#[test]
fn undo_of_a_change_to_a_deleted_provider_is_refused_and_dropped() {
    let mut state = sample();
    go_to(&mut state, &ids()[6]);
    press(&mut state, "y");
    let session = state.session.as_mut().expect("open");
    session.workspace.providers.remove(0);
    assert!(press(&mut state, "u").is_empty());
    assert!(state.message.as_ref().is_some_and(|m| m.is_error));
    assert!(!state.session.as_ref().expect("open").undo.can_undo());
}
