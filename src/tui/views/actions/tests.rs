//! Render snapshots of the Actions view at 80x24 and 160x48.

use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::tui::command::View;
use crate::tui::state::State;
use crate::tui::testing::{fixed_now, press, sample_workspace, screen, state_with};
use crate::tui::theme::Theme;
use crate::tui::views::tests::assert_screens;
use crate::workspace::Workspace;

fn listing(workspace: Workspace) -> State {
    let mut state = state_with(workspace);
    state.view = View::Actions;
    state
}

#[test]
fn sample_lists_its_one_action() {
    let state = listing(sample_workspace());
    let text = screen(&state, 80, 24);
    assert!(text.contains("Actions (1)"), "{text}");
    assert!(text.contains("2026-12-15 (in 17 days)"), "{text}");
    assert!(!text.contains("overdue"), "{text}");
    assert_screens!("sample", &state);
}

#[test]
fn overdue_actions_are_marked_in_words_and_with_a_sign() {
    let state = listing(demo_workspace(builtin(), fixed_now()));
    let text = screen(&state, 80, 24);
    assert!(text.contains("⚠ 1 overdue"), "{text}");
    assert!(text.contains("│⚠ Pīwakawa"), "{text}");
    // The status line says it on every screen.
    assert!(
        text.lines()
            .nth(22)
            .is_some_and(|l| l.contains("⚠ 1 overdue")),
        "{text}"
    );
    assert!(text.contains("overdue by 7 days"), "{text}");
    assert_screens!("overdue", &state);
}

#[test]
fn filtered_to_one_provider_and_sorted_by_item() {
    let mut state = listing(demo_workspace(builtin(), fixed_now()));
    press(&mut state, "fss");
    let text = screen(&state, 160, 48);
    assert!(
        text.contains("Actions (2) · by item · Kererū Meet (fictional) "),
        "{text}"
    );
    assert_screens!("filtered", &state);
}

#[test]
fn empty_says_how_to_add_one() {
    let mut workspace = sample_workspace();
    for provider in &mut workspace.providers {
        for assessment in provider.assessments.values_mut() {
            assessment.actions.clear();
        }
    }
    let state = listing(workspace);
    let text = screen(&state, 80, 24);
    assert!(
        text.contains("No actions yet — press t on an item in Review to add one."),
        "{text}"
    );
    assert_screens!("empty", &state);
}

#[test]
fn ascii_mode() {
    let mut state = listing(demo_workspace(builtin(), fixed_now()));
    state.theme = Theme {
        colour: false,
        ascii: true,
    };
    let text = screen(&state, 80, 24);
    // Names keep their letters; every mark the view adds is ASCII.
    let marks = text.chars().filter(|c| !c.is_ascii() && !c.is_alphabetic());
    assert_eq!(marks.collect::<String>(), "", "{text}");
    assert!(text.contains("! 1 overdue"), "{text}");
    assert_screens!("ascii", &state);
}
