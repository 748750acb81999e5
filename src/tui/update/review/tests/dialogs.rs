use super::{assessment, go_to, ids, message, sample};
use crate::tui::effect::Effect;
use crate::tui::state::{Overlay, State};
use crate::tui::testing::press;
use crate::workspace::Day;

/// The error shown in the open form and the field it focuses.
fn form_error(state: &State) -> Option<(String, usize)> {
    match state.overlays.last() {
        Some(Overlay::Form(form, _)) => form.error.clone().map(|error| (error, form.focus())),
        _ => None,
    }
}

/// Presses Backspace `count` times, to empty a pre-filled field.
fn erase(state: &mut State, count: usize) {
    press(state, &"<Backspace>".repeat(count));
}

#[test]
fn a_note_typed_in_the_editor_is_saved_with_its_lines() {
    let mut state = sample();
    let item = &ids()[6];
    go_to(&mut state, item);
    assert!(press(&mut state, "e").is_empty());
    assert!(matches!(state.overlays.last(), Some(Overlay::Editor(_))));
    press(&mut state, "Asked twice;<Enter>no answer.  ");
    assert_eq!(press(&mut state, "<C-s>"), [Effect::SaveWorkspace]);
    assert!(state.overlays.is_empty());
    let note = assessment(&state, item).map(|a| a.note);
    assert_eq!(note.as_deref(), Some("Asked twice;\nno answer."));
}

/// Esc cancels in the editor as in every dialog; what was typed is only dropped after a
/// question (Esc used to save here).
#[test]
fn the_editor_opens_on_the_note_and_esc_cancels_after_asking() {
    let mut state = sample();
    let item = &ids()[0];
    go_to(&mut state, item);
    let before = assessment(&state, item);
    press(&mut state, "e");
    match state.overlays.last() {
        Some(Overlay::Editor(editor)) => {
            assert_eq!(editor.text.lines(), ["Checked against the admin guide."]);
        }
        _ => panic!("the editor is open"),
    }
    press(&mut state, " and more");
    assert!(press(&mut state, "<Esc>").is_empty());
    assert!(matches!(state.overlays.last(), Some(Overlay::Confirm(_))));
    // No: back to the editor, the text as typed.
    press(&mut state, "n");
    match state.overlays.last() {
        Some(Overlay::Editor(editor)) => {
            assert_eq!(
                editor.text.lines(),
                ["Checked against the admin guide. and more"]
            );
        }
        _ => panic!("the editor is open"),
    }
    assert!(press(&mut state, "<Esc>y").is_empty());
    assert!(state.overlays.is_empty());
    assert_eq!(assessment(&state, item), before);
    // Unchanged, Esc closes at once.
    press(&mut state, "e<Esc>");
    assert!(state.overlays.is_empty());
}

#[test]
fn the_action_form_validates_the_due_date_and_flags_a_past_one() {
    let mut state = sample();
    let item = &ids()[6];
    go_to(&mut state, item);
    press(&mut state, "t<Tab>Procurement");
    press(&mut state, "<Enter>");
    assert_eq!(form_error(&state).map(|e| e.1), Some(0), "what is required");
    press(&mut state, "Turn off cloud recording<Tab><Tab>next week");
    assert!(press(&mut state, "<Enter>").is_empty());
    assert_eq!(form_error(&state).map(|e| e.1), Some(2));
    erase(&mut state, 9);
    assert_eq!(
        press(&mut state, "2026-01-31<Enter>"),
        [Effect::SaveWorkspace]
    );
    let action = assessment(&state, item)
        .and_then(|a| a.actions.last().cloned())
        .expect("set");
    assert_eq!(action.what, "Turn off cloud recording");
    assert_eq!(action.owner, "Procurement");
    assert_eq!(action.due, Day::parse("2026-01-31").ok());
    assert!(message(&state).contains("already passed"));
}

/// Several actions per item: `t` adds one beside those there, open, opened today.
#[test]
fn the_action_form_adds_an_action_beside_those_there() {
    let mut state = sample();
    let item = &ids()[0];
    go_to(&mut state, item);
    let before = assessment(&state, item).expect("kept").actions;
    assert_eq!(before.len(), 1);
    press(&mut state, "t");
    assert_eq!(
        press(&mut state, "Second thing<Tab>Legal<Enter>"),
        [Effect::SaveWorkspace]
    );
    let after = assessment(&state, item).expect("kept").actions;
    assert_eq!(after.len(), 2);
    assert_eq!(after[0], before[0]);
    assert_eq!(after[1].what, "Second thing");
    assert_eq!(after[1].status, crate::workspace::ActionStatus::Open);
    assert_eq!(
        after[1].opened,
        Some(crate::tui::testing::fixed_now().day())
    );
    assert!(message(&state).contains("2 in all"), "{}", message(&state));
}

#[test]
fn on_a_heading_the_refusal_says_how_to_reach_an_item() {
    let mut state = sample();
    assert_eq!(state.review.cursor, 0);
    press(&mut state, "e");
    assert!(state.overlays.is_empty());
    assert!(
        message(&state).contains("(j moves into it)"),
        "open: {}",
        message(&state)
    );
    press(&mut state, "<Enter>a");
    assert!(
        message(&state).contains("(l opens it)"),
        "shut: {}",
        message(&state)
    );
}

/// The sample with a 200-line note on its first item, that item under the cursor.
fn long_note() -> State {
    let mut workspace = crate::tui::testing::sample_workspace();
    let lines: Vec<String> = (1..=200).map(|n| format!("Line {n:03}")).collect();
    let item = &ids()[0];
    if let Some(a) = workspace.providers[0].assessments.get_mut(item) {
        a.note = lines.join("\n");
    }
    let mut state = crate::tui::testing::state_with(workspace);
    go_to(&mut state, item);
    state
}

/// The editor's cursor (row, column in the note), drawing the screen first as the app
/// does before each key.
fn editor_cursor(state: &State) -> (usize, usize) {
    crate::tui::testing::render(state, 80, 24);
    match state.overlays.last() {
        Some(Overlay::Editor(editor)) => {
            let cursor = editor.text.cursor();
            (cursor.0, cursor.1)
        }
        _ => panic!("the editor is open"),
    }
}

#[test]
fn page_down_at_the_end_of_a_long_note_stays_there() {
    let mut state = long_note();
    press(&mut state, "e");
    assert_eq!(editor_cursor(&state), (199, 8));
    press(&mut state, "<PgDn>@@<C-s>");
    let note = assessment(&state, &ids()[0]).expect("kept").note;
    assert!(note.starts_with("Line 001\n"), "{}", &note[..20]);
    assert!(
        note.ends_with("\nLine 200@@"),
        "{}",
        &note[note.len() - 20..]
    );
}

#[test]
fn page_up_and_down_move_by_the_editors_height() {
    let mut state = long_note();
    press(&mut state, "e");
    let screen = crate::tui::testing::screen(&state, 80, 24);
    let page = screen.lines().filter(|l| l.contains("Line ")).count();
    assert!((5..=20).contains(&page), "{screen}");
    assert_eq!(editor_cursor(&state).0, 199);
    press(&mut state, "<PgUp>");
    assert_eq!(
        editor_cursor(&state).0,
        199 - page,
        "the last row of the page above"
    );
    press(&mut state, "<PgUp>");
    assert_eq!(editor_cursor(&state).0, 199 - 2 * page);
    press(&mut state, "<PgDn>");
    assert_eq!(
        editor_cursor(&state).0,
        200 - 2 * page,
        "the first row of the page below"
    );
    let screen = crate::tui::testing::screen(&state, 80, 24);
    let first = format!("Line {:03}", 201 - 2 * page);
    let last = format!("Line {:03}", 200 - page);
    assert!(
        screen.contains(&first) && screen.contains(&last),
        "{screen}"
    );
}

#[test]
fn up_and_down_in_the_editor_go_by_screen_rows_of_a_wrapped_paragraph() {
    let mut workspace = crate::tui::testing::sample_workspace();
    let item = &ids()[0];
    let paragraph = "word ".repeat(60);
    if let Some(a) = workspace.providers[0].assessments.get_mut(item) {
        a.note = format!("{}\nend", paragraph.trim_end());
    }
    let mut state = crate::tui::testing::state_with(workspace);
    go_to(&mut state, item);
    press(&mut state, "e");
    assert_eq!(editor_cursor(&state), (1, 3));
    press(&mut state, "<Up>");
    let (row, last_row_column) = editor_cursor(&state);
    assert_eq!(row, 0);
    assert!(last_row_column > 200, "on the paragraph's last screen row");
    press(&mut state, "<Up>");
    let (row, column) = editor_cursor(&state);
    assert_eq!(row, 0);
    assert!(column < last_row_column - 40, "a screen row up: {column}");
    press(&mut state, "<Down><Down>");
    assert_eq!(editor_cursor(&state), (1, 3));
}

#[test]
fn a_treatment_answers_only_a_finding_that_falls_short() {
    let mut state = sample();
    let item = ids()[3].clone();
    go_to(&mut state, &item);
    press(&mut state, "y");
    press(&mut state, "T");
    assert!(state.overlays.is_empty(), "no form over a Met finding");
    assert_eq!(
        message(&state),
        format!("{item} is Met: there is no risk to treat.")
    );
    press(&mut state, "<Backspace>T");
    assert!(message(&state).starts_with(&format!("Judge {item} first")));
    press(&mut state, "x");
    press(&mut state, "T");
    assert!(
        !state.overlays.is_empty(),
        "a Not met finding can be treated"
    );
}

#[test]
fn an_acceptance_recorded_with_an_end_already_past_says_it_has_lapsed() {
    let mut state = sample();
    let item = ids()[3].clone();
    go_to(&mut state, &item);
    press(&mut state, "xT");
    // The test clock reads 2026-11-28.
    press(
        &mut state,
        "accept<Tab>Pilot<Tab>low<Tab>Ana<Tab>2026-11-27<Enter>",
    );
    let said = state.message.as_ref().expect("said");
    assert!(said.is_error, "in the alert colour");
    assert!(
        said.text.ends_with(
            "Its end, 2026-11-27, has passed: the acceptance has lapsed and the item blocks again."
        ),
        "{}",
        said.text
    );
    assert!(
        assessment(&state, &item)
            .and_then(|a| a.treatment)
            .is_some(),
        "recorded all the same"
    );
}
