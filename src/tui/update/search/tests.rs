//! Key → state tests of search, without a terminal: what is found, where Enter lands, and
//! that the index follows the workspace.

use std::time::{Duration, Instant};

use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::tui::command::View;
use crate::tui::review_tree::{self, Row};
use crate::tui::state::{Overlay, State};
use crate::tui::testing::{fixed_now, press, state_with};
use crate::tui::widgets::finder::Finder;

fn demo() -> State {
    state_with(demo_workspace(builtin(), fixed_now()))
}

fn finder(state: &State) -> &Finder {
    match state.overlays.last() {
        Some(Overlay::Search(finder)) => finder,
        _ => panic!("search is not open"),
    }
}

/// The kinds and texts listed, best first.
fn listed(state: &State) -> Vec<(String, String)> {
    let index = state.search.index().expect("built");
    finder(state)
        .hits
        .iter()
        .filter_map(|hit| index.entry(hit.id))
        .map(|entry| (entry.kind.label().to_owned(), entry.text.clone()))
        .collect()
}

/// The provider under review and the id of the item (or section) under the cursor.
fn reviewing(state: &State) -> (String, String) {
    let workspace = state.workspace().expect("open");
    let provider = workspace.providers[state.review.provider].name.clone();
    let rows = review_tree::visible_rows(state);
    let here = match rows[state.review.cursor] {
        Row::Item { item, .. } => item.id.clone(),
        Row::Section { section, .. } => section.id.clone(),
    };
    (provider, here)
}

#[test]
fn a_word_from_one_note_leads_to_that_provider_and_item_in_review() {
    let mut state = demo();
    state.view = View::Providers;
    press(&mut state, "/Wellington");
    assert_eq!(listed(&state)[0].0, "note");
    press(&mut state, "<Enter>");
    assert!(state.overlays.is_empty());
    assert_eq!(state.view, View::Review);
    assert_eq!(
        reviewing(&state),
        ("Kōtuku Connect (fictional)".to_owned(), "SEL.5".to_owned())
    );
}

#[test]
fn an_item_found_by_its_title_opens_for_the_provider_under_review() {
    let mut state = demo();
    state.review.provider = 2;
    state.review.collapsed.insert("P3".to_owned());
    press(&mut state, "/P3.6 Multi-factor<Enter>");
    assert_eq!(
        reviewing(&state),
        ("Pīwakawaka Chat (fictional)".to_owned(), "P3.6".to_owned())
    );
}

#[test]
fn a_provider_opens_in_providers_and_a_section_at_its_heading() {
    let mut state = demo();
    press(&mut state, "/Tuatara Talk (<Enter>");
    assert_eq!(state.view, View::Providers);
    assert_eq!(state.providers.selected, 1);
    state.review.collapsed.insert("SEC".to_owned());
    press(
        &mut state,
        "/SEC Understanding the provider's security<Enter>",
    );
    assert_eq!(state.view, View::Review);
    assert_eq!(reviewing(&state).1, "SEC");
    assert!(!state.review.collapsed.contains("SEC"), "opened");
}

#[test]
fn a_context_question_opens_in_context() {
    let mut state = demo();
    press(&mut state, "/CTX.4 Where and on what devices<Enter>");
    assert_eq!(state.view, View::Context);
    let question = builtin().context_questions().nth(state.context.question);
    assert_eq!(question.map(|q| q.id.as_str()), Some("CTX.4"));
}

#[test]
fn a_note_typed_a_moment_ago_is_found() {
    let mut state = demo();
    press(&mut state, "/<Esc>");
    // The first item of the first provider, in Review: write a note and save it.
    press(&mut state, "jezebracorn sighting<C-s>");
    let (provider, item) = reviewing(&state);
    state.review.cursor = 0;
    press(&mut state, "/zebracorn");
    assert_eq!(
        listed(&state)[0],
        ("note".to_owned(), "zebracorn sighting".to_owned())
    );
    press(&mut state, "<Enter>");
    assert_eq!(reviewing(&state), (provider, item));
}

#[test]
fn typing_searches_the_index_built_when_search_opened() {
    let mut state = demo();
    press(&mut state, "/");
    // Changed behind the keymap's back: no action saw it, so nothing told search.
    if let Some(session) = state.session.as_mut() {
        session.workspace.providers[0].notes = "quokka".to_owned();
    }
    press(&mut state, "quokka");
    assert!(listed(&state).iter().all(|(kind, _)| kind != "note"));
    press(&mut state, "<Esc>");
    state.search.workspace_changed();
    press(&mut state, "/");
    assert_eq!(listed(&state)[0], ("note".to_owned(), "quokka".to_owned()));
}

#[test]
fn a_deleted_provider_is_no_longer_found() {
    let mut state = demo();
    press(&mut state, "/Talk<Esc>");
    press(&mut state, "2");
    state.providers.selected = 1;
    press(&mut state, "Dy");
    press(&mut state, "/");
    let found = listed(&state);
    assert!(
        !found.is_empty(),
        "the remembered query still finds the catalogue"
    );
    assert!(
        found
            .iter()
            .all(|(kind, text)| kind != "provider" || !text.contains("Tuatara"))
    );
    let index = state.search.index().expect("built");
    assert!(index.entries().all(|e| {
        e.provider
            .as_ref()
            .is_none_or(|p| !p.name.contains("Tuatara"))
    }));
}

#[test]
fn the_last_query_comes_back_selected_so_typing_replaces_it() {
    let mut state = demo();
    press(&mut state, "/Wellington<Esc>");
    assert!(state.overlays.is_empty());
    press(&mut state, "/");
    assert_eq!(finder(&state).query(), "Wellington");
    assert!(
        !finder(&state).hits.is_empty(),
        "its results listed at once"
    );
    press(&mut state, "b");
    assert_eq!(finder(&state).query(), "b");
}

#[test]
fn arrows_and_ctrl_n_p_move_through_the_results() {
    let mut state = demo();
    press(&mut state, "/encryption");
    press(&mut state, "<Down><Down><C-n>");
    assert_eq!(finder(&state).selected, 3);
    press(&mut state, "<C-p><Up>");
    assert_eq!(finder(&state).selected, 1);
    press(&mut state, "<PgDn>");
    assert!(finder(&state).selected > 1);
    // Typing starts again from the best result.
    press(&mut state, "s");
    assert_eq!(finder(&state).selected, 0);
}

#[test]
fn search_works_from_the_picker_but_leads_nowhere_without_a_workspace() {
    let mut state = crate::tui::testing::empty_state();
    press(&mut state, "/P3.6<Enter>");
    assert!(state.overlays.is_empty());
    assert!(state.message.as_ref().is_some_and(|m| m.is_error));
}

#[test]
fn hostile_queries_neither_crash_nor_stall() {
    let mut state = demo();
    press(&mut state, "/");
    let long = "encryption".repeat(1_000);
    for text in [
        "\u{1b}[2J\u{7}keys",
        "🦜 e\u{301}\u{301}",
        "\u{202E}gnp",
        long.as_str(),
    ] {
        let started = Instant::now();
        super::paste(&mut state, text);
        crate::tui::testing::render(&state, 80, 24);
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }
    press(&mut state, "<Enter>");
}
