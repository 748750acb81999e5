//! Render tests of the search overlay: results with their kind, place and highlighted
//! matches, the empty and no-match states, hostile text, ASCII.

use ratatui::style::Modifier;

use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::tui::state::State;
use crate::tui::testing::{fixed_now, hostile_workspace, press, render, state_with};
use crate::tui::theme::Theme;
use crate::tui::views::tests::assert_screens;

fn demo() -> State {
    state_with(demo_workspace(builtin(), fixed_now()))
}

#[test]
fn results_show_kind_place_and_the_match_in_context() {
    let mut state = demo();
    press(&mut state, "/Wellington");
    assert_screens!("wellington", &state);
}

#[test]
fn matched_characters_are_bold_and_underlined_not_only_coloured() {
    let mut state = demo();
    press(&mut state, "/Wellington");
    let terminal = render(&state, 80, 24);
    let buffer = terminal.backend().buffer();
    let width = buffer.area.width;
    // The first result's row: the note, with the whole word matched.
    let row = (0..buffer.area.height)
        .find(|&y| {
            let line: String = (0..width)
                .filter_map(|x| buffer.cell((x, y)))
                .map(ratatui::buffer::Cell::symbol)
                .collect();
            line.contains("Wellington data")
        })
        .expect("the note is on screen");
    let marked: String = (0..width)
        .filter_map(|x| buffer.cell((x, row)))
        .filter(|cell| {
            cell.modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED)
        })
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    assert_eq!(marked, "Wellington");
}

#[test]
fn the_empty_query_explains_and_a_miss_suggests_fewer_letters() {
    let mut state = demo();
    press(&mut state, "/");
    assert_screens!("empty", &state);
    press(&mut state, "qqzzxxjj");
    let screen = crate::tui::testing::screen(&state, 80, 24);
    assert!(screen.contains("Nothing matches"), "{screen}");
}

#[test]
fn hostile_text_is_shown_neutralised() {
    let mut state = state_with(hostile_workspace());
    press(&mut state, "/Evil");
    assert_screens!("hostile", &state);
}

#[test]
fn ascii_keeps_to_ascii() {
    let mut state = demo();
    state.theme = Theme {
        colour: false,
        ascii: true,
    };
    press(&mut state, "/end-to-end");
    // User text keeps its letters (Kererū); tiaki's own marks are plain.
    let screen = crate::tui::testing::screen(&state, 80, 24);
    assert!(!screen.contains(['…', '›', '─', '│', '╭']), "{screen}");
    insta::assert_snapshot!("ascii_80x24", render(&state, 80, 24).backend());
}
