//! Render tests of the Providers view, at the smallest supported size and a wide one.

use ratatui::style::Modifier;

use crate::catalogue::builtin;
use crate::tui::command::View;
use crate::tui::state::State;
use crate::tui::testing::{
    fixed_now, hostile_workspace, many_providers, press, render, sample_workspace, screen,
    state_with,
};
use crate::tui::views::tests::assert_screens;
use crate::workspace::Workspace;

fn providers(workspace: Workspace) -> State {
    let mut state = state_with(workspace);
    state.view = View::Providers;
    state
}

/// The sample, its first provider with notes long enough to wrap.
fn with_notes() -> State {
    let mut workspace = sample_workspace();
    workspace.providers[0].notes = "Shortlisted after the first round.\nAsked for: the SOC 2 \
        report, a data residency statement, the admin guide for retention settings, and a \
        named security contact."
        .to_owned();
    providers(workspace)
}

#[test]
fn the_table_shows_each_provider_with_its_progress_and_the_detail_its_notes() {
    let state = with_notes();
    let text = screen(&state, 80, 24);
    assert!(text.contains("5/75   6%"), "{text}");
    assert!(text.contains("· 70 not assessed"), "{text}");
    assert!(text.contains("Asked for: the SOC 2 report"), "{text}");
    assert_screens!("sample", &state);
}

/// Kōtuku once showed more items here than Compare and the report count: three of its
/// items are for services the demo's context says are not needed.
#[test]
fn progress_counts_only_the_items_in_scope() {
    let mut state = providers(crate::demo::demo_workspace(builtin(), fixed_now()));
    let kotuku = state
        .workspace()
        .and_then(|w| {
            w.providers
                .iter()
                .position(|p| p.name.starts_with("Kōtuku"))
        })
        .expect("the demo has Kōtuku");
    state.providers.selected = kotuku;
    let text = screen(&state, 80, 24);
    let row = text
        .lines()
        .find(|line| line.contains("│Kōtuku Connect"))
        .expect("Kōtuku's row");
    assert!(row.ends_with("36/72  50%│\""), "{row}");
    assert!(text.contains("(3 for services not needed)"), "{text}");
}

#[test]
fn the_selected_row_is_reversed_so_it_shows_without_colour() {
    let mut state = with_notes();
    press(&mut state, "j");
    let terminal = render(&state, 80, 24);
    let buffer = terminal.backend().buffer();
    let reversed = |y: u16| (1..79).all(|x| buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    // Rows: tab bar, border, header, then the providers.
    assert!(!reversed(3));
    assert!(reversed(4));
    assert!(!reversed(5));
}

#[test]
fn an_empty_workspace_says_how_to_add_the_first_provider() {
    let state = providers(Workspace::new("Fresh", builtin(), fixed_now()));
    let text = screen(&state, 80, 24);
    assert!(
        text.contains("No providers yet — press a to add the first candidate."),
        "{text}"
    );
    assert_screens!("empty", &state);
}

#[test]
fn hostile_names_and_notes_are_shown_neutralised_and_cut_with_a_mark() {
    let state = providers(hostile_workspace());
    let text = screen(&state, 160, 48);
    assert!(text.contains("Evil␛[31mRed␇ �gnp.exe"), "{text}");
    assert!(text.contains("line two ␛]0;title␇"), "{text}");
    assert_screens!("hostile", &state);
    let mut state = state;
    press(&mut state, "j");
    assert!(screen(&state, 80, 24).contains("│Provider With A… "));
    assert_screens!("hostile_long_name", &state);
}

#[test]
fn many_providers_scroll_to_keep_the_selection_in_view() {
    let mut state = providers(many_providers(20));
    state.size = ratatui::layout::Size::new(80, 24);
    press(&mut state, "<PgDn>");
    assert_eq!(
        state.providers.selected, 11,
        "a page is the rows in view at 80x24"
    );
    press(&mut state, "jjjj");
    let text = screen(&state, 80, 24);
    assert!(
        text.contains("Provider 15") && !text.contains("Provider 00"),
        "{text}"
    );
    assert_screens!("many_scrolled", &state);
}

#[test]
fn the_add_form_and_its_refusal() {
    let mut state = providers(sample_workspace());
    press(&mut state, "a");
    assert_screens!("add_form", &state);
    press(&mut state, "tūī talk<Enter>");
    assert!(screen(&state, 80, 24).contains("There is already a provider called"));
    assert_screens!("add_form_refused", &state);
}

#[test]
fn the_edit_form_is_filled_in() {
    let mut state = providers(sample_workspace());
    press(&mut state, "e");
    let text = screen(&state, 80, 24);
    assert!(
        text.contains("Edit provider") && text.contains("‹ cloud service ›"),
        "{text}"
    );
    assert_screens!("edit_form", &state);
}

#[test]
fn the_edit_form_shows_the_notes_as_paragraphs_and_how_to_start_a_line() {
    let mut workspace = sample_workspace();
    workspace.providers[0].notes = "Line one\nLine two\n\nLine four after blank".to_owned();
    let mut state = providers(workspace);
    press(&mut state, "e<BackTab>");
    let text = screen(&state, 80, 24);
    for line in [
        "│Notes:        Line one",
        "│              Line two",
        "│              Line four after blank",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
    // The same keys as the note editor, said in the hint line.
    assert!(
        text.contains(" Enter new line  Ctrl-s save  Esc cancel  Tab next field"),
        "{text}"
    );
    assert_screens!("edit_form_notes", &state);
}

#[test]
fn delete_asks_first() {
    let mut state = providers(sample_workspace());
    press(&mut state, "D");
    assert!(screen(&state, 80, 24).contains("Delete \"Aroha Video\"?"));
    assert_screens!("delete_question", &state);
}

#[test]
fn ascii_mode_keeps_the_view_readable() {
    let mut state = with_notes();
    state.theme.ascii = true;
    assert_screens!("ascii", &state);
}

#[test]
fn fields_nobody_recorded_say_so_in_the_detail() {
    let mut workspace = sample_workspace();
    workspace.providers[0].product.clear();
    workspace.providers[0].deployment = None;
    let text = screen(&providers(workspace), 80, 24);
    assert!(text.contains("│Product      not recorded"), "{text}");
    assert!(text.contains("│Deployment   not recorded"), "{text}");
    assert!(text.contains("│Edition      Enterprise"), "{text}");
}
