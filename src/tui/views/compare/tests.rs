//! Render snapshots of the Compare view at 80x24 and 160x48, with checks of what each
//! screen must say so that a snapshot accepted in error still fails.

use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::tui::action::View;
use crate::tui::state::State;
use crate::tui::testing::{
    fixed_now, hostile_workspace, many_providers, press, render, sample_workspace, screen,
    state_with,
};
use crate::tui::theme::Theme;
use crate::tui::views::tests::assert_screens;
use crate::workspace::Workspace;

fn comparing(workspace: Workspace) -> State {
    let mut state = state_with(workspace);
    state.view = View::Compare;
    state
}

fn demo() -> State {
    comparing(demo_workspace(builtin(), fixed_now()))
}

#[test]
fn three_providers() {
    let state = comparing(sample_workspace());
    let text = screen(&state, 80, 24);
    assert!(text.contains("3 providers"), "{text}");
    assert!(text.contains("Aroha"), "{text}");
    assert!(text.contains("Tūī Talk"), "{text}");
    assert_screens!("three_providers", &state);
}

#[test]
fn demo_ranks_and_rules_out() {
    let state = demo();
    let text = screen(&state, 80, 24);
    // Tuatara scores above Pīwakawaka but its disqualifying failures rank it below.
    assert!(text.contains("✘12"), "{text}");
    assert!(text.contains("Kererū Meet · #1 of 4"), "{text}");
    assert!(
        text.contains("Pīwakawaka Chat would rank first if:"),
        "{text}"
    );
    assert!(
        text.contains("2 items for services not needed are left out"),
        "{text}"
    );
    assert_screens!("demo", &state);
}

#[test]
fn twenty_providers_scroll_sideways_at_80_columns() {
    let mut state = comparing(many_providers(20));
    press(&mut state, ">>>>>>>>>>>>");
    let text = screen(&state, 80, 24);
    assert!(text.contains("Providers 10–15 of 20"), "{text}");
    assert!(text.contains("◂ 9 more · 5 more ▸"), "{text}");
    assert!(
        text.contains("12"),
        "the selected column is in view: {text}"
    );
    assert!(
        !text.contains(" 00 "),
        "the first columns scrolled away: {text}"
    );
    assert!(text.contains("Provider 12 · #13 of 20"), "{text}");
    assert_screens!("twenty_scrolled", &state);
}

#[test]
fn expanded_section_shows_its_items() {
    let mut state = demo();
    press(&mut state, "jjjjjl");
    let text = screen(&state, 80, 24);
    assert!(text.contains("▾ P3"), "{text}");
    assert!(text.contains("P3.1"), "{text}");
    assert_screens!("expanded", &state);
}

#[test]
fn differences_only() {
    let mut state = demo();
    press(&mut state, "jjjjjld");
    let text = screen(&state, 160, 48);
    assert!(text.contains("differences only"), "{text}");
    assert_screens!("differences_only", &state);
}

#[test]
fn differences_only_with_nothing_different_says_so() {
    let mut workspace = sample_workspace();
    workspace.providers.truncate(1);
    let mut state = comparing(workspace);
    press(&mut state, "d");
    let text = screen(&state, 80, 24);
    assert!(
        text.contains("No item differs between the providers."),
        "{text}"
    );
    assert!(text.contains("Add a second provider"), "{text}");
}

#[test]
fn required_only() {
    let mut state = demo();
    press(&mut state, "rjjl");
    let text = screen(&state, 160, 48);
    assert!(text.contains("required only"), "{text}");
    assert_screens!("required_only", &state);
}

#[test]
fn chart_per_section_and_per_provider() {
    let mut state = demo();
    press(&mut state, "c");
    let text = screen(&state, 80, 24);
    assert!(text.contains("Kererū Meet, score per section"), "{text}");
    assert!(text.contains("Overall"), "{text}");
    assert!(
        text.contains("97%█"),
        "percentages are written on the bars: {text}"
    );
    assert_screens!("chart_sections", &state);
    press(&mut state, "jjb");
    let text = screen(&state, 80, 24);
    assert!(
        text.contains("SET Reviewing the provider's security settings, score per provider"),
        "{text}"
    );
    assert!(text.contains("#3 Tuatara Talk ✘"), "{text}");
    assert_screens!("chart_providers", &state);
}

#[test]
fn sorted_by_score_the_disqualified_go_last() {
    let mut state = demo();
    press(&mut state, "s");
    let text = screen(&state, 160, 48);
    assert!(text.contains("Compare · by score"), "{text}");
    let header = text.lines().nth(2).unwrap_or_default();
    let kererū = header.find("Kererū").unwrap_or(usize::MAX);
    let piwakawaka = header.find("Pīwakawaka").unwrap_or(usize::MAX);
    let tuatara = header.find("Tuatara").unwrap_or(0);
    assert!(kererū < piwakawaka && piwakawaka < tuatara, "{header}");
    assert_screens!("by_score", &state);
}

#[test]
fn ascii_mode_uses_ascii_glyphs() {
    let mut state = demo();
    state.theme = Theme {
        colour: false,
        ascii: true,
    };
    press(&mut state, "jjjjjl");
    let text = screen(&state, 80, 24);
    assert!(text.contains("DQ12"), "{text}");
    // Names keep their letters; every mark the view adds is ASCII.
    let marks = text.chars().filter(|c| !c.is_ascii() && !c.is_alphabetic());
    assert_eq!(marks.collect::<String>(), "", "{text}");
    assert_screens!("ascii", &state);
}

#[test]
fn no_providers_says_how_to_add_them() {
    let mut workspace = sample_workspace();
    workspace.providers.clear();
    let state = comparing(workspace);
    assert!(screen(&state, 80, 24).contains("No providers to compare yet."));
    assert_screens!("no_providers", &state);
}

#[test]
fn hostile_names_are_neutralised() {
    let state = comparing(hostile_workspace());
    for (width, height) in [(80, 24), (160, 48)] {
        for cell in render(&state, width, height).backend().buffer().content() {
            let raw = |ch: char| u32::from(ch) < 0x20 || ch == '\u{202E}' || ch == '\u{7f}';
            assert!(
                !cell.symbol().chars().any(raw),
                "raw control in {:?}",
                cell.symbol()
            );
        }
    }
    assert_screens!("hostile", &state);
}
