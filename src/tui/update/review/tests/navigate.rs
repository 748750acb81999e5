use super::{go_to, ids, message, sample, selected};
use std::collections::BTreeSet;

use crate::catalogue::builtin;
use crate::tui::review_tree::{self, Row};
use crate::tui::state::{Focus, State};
use crate::tui::testing::{press, redraw, state_with};
use crate::workspace::{Assessment, Status, Workspace};

/// The sample workspace with the first provider's status set on the items of `indices`.
fn assessed(indices: impl IntoIterator<Item = usize>) -> State {
    let mut workspace = crate::tui::testing::sample_workspace();
    let ids = ids();
    for index in indices {
        workspace.providers[0].assessments.insert(
            ids[index].clone(),
            Assessment {
                status: Status::Met,
                ..Assessment::default()
            },
        );
    }
    state_with(workspace)
}

/// How many items the first section holds.
fn first_section_len() -> usize {
    let rows = review_tree::rows(
        builtin(),
        &BTreeSet::new(),
        crate::tui::state::ReviewOf::Provider,
    );
    rows.iter()
        .skip(1)
        .take_while(|row| matches!(row, Row::Item { .. }))
        .count()
}

#[test]
fn j_and_k_move_over_headings_and_items() {
    let mut state = sample();
    assert_eq!(state.review.cursor, 0);
    press(&mut state, "jj");
    assert_eq!(selected(&state).as_ref(), Some(&ids()[1]));
    press(&mut state, "kkk");
    assert_eq!(state.review.cursor, 0);
    press(&mut state, "G");
    assert_eq!(selected(&state).as_ref(), ids().last());
}

#[test]
fn n_goes_to_the_next_unassessed_item_in_a_later_section() {
    let len = first_section_len();
    let mut state = assessed(0..len + 2);
    go_to(&mut state, &ids()[len - 2]);
    press(&mut state, "n");
    assert_eq!(selected(&state).as_ref(), Some(&ids()[len + 2]));
    assert_eq!(message(&state), "");
}

#[test]
fn n_from_a_heading_starts_with_its_own_items() {
    let mut state = sample();
    press(&mut state, "n");
    assert_eq!(selected(&state).as_ref(), Some(&ids()[5]));
}

#[test]
fn n_and_big_n_go_round_the_ends_and_say_so() {
    let count = ids().len();
    let mut state = assessed((0..count).filter(|i| *i != 8));
    go_to(&mut state, &ids()[count - 1]);
    press(&mut state, "n");
    assert_eq!(selected(&state).as_ref(), Some(&ids()[8]));
    assert!(message(&state).contains("start"));
    go_to(&mut state, &ids()[7]);
    press(&mut state, "N");
    assert_eq!(selected(&state).as_ref(), Some(&ids()[8]));
    assert!(message(&state).contains("end"));
}

#[test]
fn n_opens_the_section_it_lands_in() {
    let len = first_section_len();
    let mut state = assessed(0..len);
    let second = match review_tree::rows(
        builtin(),
        &BTreeSet::new(),
        crate::tui::state::ReviewOf::Provider,
    )[len + 1]
    {
        Row::Section { section, .. } => section.id.clone(),
        Row::Item { .. } => panic!("a heading follows the first section"),
    };
    state.review.collapsed.insert(second.clone());
    press(&mut state, "n");
    assert!(!state.review.collapsed.contains(&second));
    assert_eq!(selected(&state).as_ref(), Some(&ids()[len]));
}

#[test]
fn n_says_when_every_item_is_assessed() {
    let mut state = assessed(0..ids().len());
    press(&mut state, "jn");
    assert_eq!(state.review.cursor, 1);
    assert_eq!(message(&state), "Every item is assessed for Aroha Video.");
}

#[test]
fn h_and_l_fold_a_section_and_h_on_an_item_goes_to_its_heading() {
    let mut state = sample();
    let open = review_tree::rows(
        builtin(),
        &state.review.collapsed,
        crate::tui::state::ReviewOf::Provider,
    )
    .len();
    press(&mut state, "jjj");
    press(&mut state, "h");
    assert_eq!(state.review.cursor, 0);
    assert!(state.review.collapsed.is_empty(), "h on an item only moves");
    press(&mut state, "h");
    assert_eq!(state.review.collapsed.len(), 1);
    let shut = review_tree::rows(
        builtin(),
        &state.review.collapsed,
        crate::tui::state::ReviewOf::Provider,
    )
    .len();
    assert_eq!(shut, open - first_section_len());
    press(&mut state, "l");
    assert!(state.review.collapsed.is_empty());
    press(&mut state, "l");
    assert_eq!(selected(&state).as_ref(), Some(&ids()[0]));
}

#[test]
fn enter_toggles_a_heading_and_hands_an_item_to_the_detail() {
    let mut state = sample();
    press(&mut state, "<Enter>");
    assert_eq!(state.review.collapsed.len(), 1);
    press(&mut state, "<Enter>j<Enter>");
    assert!(state.review.collapsed.is_empty());
    assert_eq!(state.review.focus, Focus::Detail);
    press(&mut state, "<Enter>");
    assert_eq!(state.review.focus, Focus::List);
}

#[test]
fn brackets_switch_provider_and_wrap() {
    let mut state = sample();
    press(&mut state, "[");
    assert_eq!(state.review.provider, 2);
    press(&mut state, "]]");
    assert_eq!(state.review.provider, 1);
    press(&mut state, "]]");
    assert_eq!(state.review.provider, 0);
}

#[test]
fn with_the_detail_focused_j_and_k_scroll_it_within_its_text() {
    let mut state = sample();
    go_to(&mut state, &ids()[0]);
    let cursor = state.review.cursor;
    redraw(&mut state);
    press(&mut state, "<Tab>jj");
    assert_eq!(state.review.focus, Focus::Detail);
    assert_eq!(state.review.detail_scroll, 2);
    assert_eq!(state.review.cursor, cursor);
    press(&mut state, "G");
    let max = state.review.detail_scroll;
    assert!(
        max > 2,
        "the first item's detail is longer than the pane at 80x24"
    );
    press(&mut state, "j<PgDn>");
    assert_eq!(state.review.detail_scroll, max);
    press(&mut state, "kg");
    assert_eq!(state.review.detail_scroll, 0);
    press(&mut state, "<BackTab>j");
    assert_eq!(state.review.focus, Focus::List);
    assert_eq!(state.review.cursor, cursor + 1);
}

#[test]
fn without_providers_keys_explain_instead_of_acting() {
    let mut workspace: Workspace = crate::tui::testing::sample_workspace();
    workspace.providers.clear();
    let mut state = state_with(workspace);
    state.view = crate::tui::command::View::Review;
    for key in ["j", "y", "n", "]", "e", "u"] {
        assert!(press(&mut state, key).is_empty(), "{key}");
    }
    assert!(press(&mut state, "y").is_empty());
    assert!(message(&state).contains("no provider"));
}

#[test]
fn a_provider_index_left_behind_by_a_deletion_means_the_last_provider() {
    let mut state = sample();
    state.review.provider = 7;
    go_to(&mut state, &ids()[6]);
    press(&mut state, "y");
    let last = &state.workspace().expect("open").providers[2];
    assert!(last.assessments.contains_key(&ids()[6]));
    press(&mut state, "]");
    assert_eq!(state.review.provider, 0);
}

#[test]
fn items_for_services_not_needed_can_be_hidden_and_a_jump_shows_them_again() {
    let mut workspace = crate::tui::testing::sample_workspace();
    workspace.context.answers.insert(
        "CTX.6".to_owned(),
        crate::workspace::Answer::Choices(vec!["video".to_owned()]),
    );
    let mut state = state_with(workspace);
    let all = review_tree::visible_rows(&state).len();
    go_to(&mut state, "P3.2");
    press(&mut state, "v");
    assert!(state.review.hide_not_needed);
    let rows = review_tree::visible_rows(&state);
    assert!(rows.len() < all, "messaging and file items are left out");
    assert!(review_tree::item_row(&rows, "P3.12").is_none());
    assert_eq!(
        selected(&state).as_deref(),
        Some("P3.2"),
        "the cursor stays put"
    );
    assert!(message(&state).contains("hidden"));
    assert!(crate::tui::update::jump::focus_item(&mut state, 0, "P3.12"));
    assert!(
        !state.review.hide_not_needed,
        "asking for a hidden item shows it"
    );
    assert_eq!(
        message(&state),
        "P3.12 is for a service not needed: every item is shown again (v hides them)."
    );
    assert_eq!(selected(&state).as_deref(), Some("P3.12"));
    press(&mut state, "v");
    assert_eq!(review_tree::visible_rows(&state).len(), rows.len());
}

/// The sample workspace with the context saying only video is needed, so that the
/// messaging, file and recording items (P3.1, P3.12, P4.11) are for services not needed.
fn video_only() -> State {
    let mut workspace = crate::tui::testing::sample_workspace();
    workspace.context.answers.insert(
        "CTX.6".to_owned(),
        crate::workspace::Answer::Choices(vec!["video".to_owned()]),
    );
    state_with(workspace)
}

#[test]
fn n_skips_items_for_services_not_needed_and_leaves_them_hidden() {
    let mut state = video_only();
    press(&mut state, "v");
    go_to(&mut state, "P3.11");
    press(&mut state, "yn");
    assert_eq!(selected(&state).as_deref(), Some("P4.1"));
    assert!(state.review.hide_not_needed, "hiding stays on");
    assert!(review_tree::item_row(&review_tree::visible_rows(&state), "P3.12").is_none());
    press(&mut state, "N");
    assert_eq!(
        selected(&state).as_deref(),
        Some("P3.10"),
        "back over P3.12 and the assessed P3.11"
    );
    assert!(state.review.hide_not_needed);
}

#[test]
fn n_skips_items_for_services_not_needed_when_they_are_shown_too() {
    let mut state = video_only();
    go_to(&mut state, "P3.11");
    press(&mut state, "n");
    assert_eq!(selected(&state).as_deref(), Some("P4.1"), "not scored");
    go_to(&mut state, "P3.2");
    press(&mut state, "N");
    assert_eq!(selected(&state).as_deref(), Some("P2.8"), "back over P3.1");
}

#[test]
fn n_says_when_every_item_in_scope_is_assessed() {
    let mut state = video_only();
    let derivation = state.derivation();
    let catalogue = builtin();
    let in_scope: Vec<usize> = catalogue
        .assessable_items()
        .enumerate()
        .filter(|(_, (_, item))| derivation.applies(item))
        .map(|(index, _)| index)
        .collect();
    let mut workspace = state.session.take().expect("open").workspace;
    let ids = ids();
    for index in in_scope {
        workspace.providers[0].assessments.insert(
            ids[index].clone(),
            Assessment {
                status: Status::Met,
                ..Assessment::default()
            },
        );
    }
    state = state_with(workspace);
    press(&mut state, "vjn");
    assert_eq!(state.review.cursor, 1, "nowhere to go");
    assert!(state.review.hide_not_needed);
    assert_eq!(
        message(&state),
        "Every item in scope is assessed for Aroha Video; items for services not needed \
         are left out."
    );
}
