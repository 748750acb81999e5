use crate::catalogue::builtin;
use crate::compare::Sort;
use crate::demo::demo_workspace;
use crate::tui::command::View;
use crate::tui::review_tree;
use crate::tui::selectors::{comparison, matrix, rows};
use crate::tui::state::{ChartBy, Focus, State};
use crate::tui::testing::{fixed_now, many_providers, press, state_with};

fn demo() -> State {
    let mut state = state_with(demo_workspace(builtin(), fixed_now()));
    state.view = View::Compare;
    state
}

/// The id of the row under the cursor.
fn at(state: &State) -> String {
    let matrix = matrix(state).expect("a workspace is open");
    rows(state, &matrix)[state.compare.cursor].id().to_owned()
}

#[test]
fn enter_on_an_item_cell_opens_that_provider_and_item_in_review() {
    let mut state = demo();
    // Shut every section in Review first: the jump must open the one it needs.
    for section in &builtin().sections {
        state.review.collapsed.insert(section.id.clone());
    }
    state.review.focus = Focus::Detail;
    press(&mut state, "jjjjjl");
    assert_eq!(at(&state), "P3");
    press(&mut state, "j>>");
    assert_eq!(at(&state), "P3.2");
    press(&mut state, "<Enter>");
    assert_eq!(state.view, View::Review);
    assert_eq!(state.review.provider, 2);
    assert_eq!(state.review.focus, Focus::List);
    let tree = review_tree::visible_rows(&state);
    let item = tree[state.review.cursor]
        .item()
        .map(|item| item.id.as_str());
    assert_eq!(item, Some("P3.2"));
}

#[test]
fn enter_and_h_l_open_and_shut_sections() {
    let mut state = demo();
    press(&mut state, "<Enter>");
    assert!(state.compare.expanded.contains("SEL"));
    press(&mut state, "<Enter>");
    assert!(state.compare.expanded.is_empty());
    press(&mut state, "l");
    assert!(state.compare.expanded.contains("SEL"));
    press(&mut state, "l");
    assert_eq!(at(&state), "SEL.1", "l on an open section steps into it");
    press(&mut state, "jh");
    assert_eq!(at(&state), "SEL", "h on an item goes up to its section");
    press(&mut state, "h");
    assert!(state.compare.expanded.is_empty());
    press(&mut state, "h");
    assert_eq!(at(&state), "SEL");
}

#[test]
fn columns_move_in_the_order_drawn_and_stop_at_the_ends() {
    let mut state = demo();
    press(&mut state, "<lt>");
    assert_eq!(state.compare.provider, 0);
    press(&mut state, "]");
    assert_eq!(state.compare.provider, 1);
    press(&mut state, "s");
    assert_eq!(state.compare.sort, Sort::Rank);
    let order = comparison(&state).expect("open").columns;
    assert_eq!(
        state.compare.provider, 1,
        "the selection follows the provider"
    );
    let position = order.iter().position(|&p| p == 1).expect("listed");
    press(&mut state, ">");
    let expected = order.get(position + 1).copied().unwrap_or(1);
    assert_eq!(state.compare.provider, expected);
    press(&mut state, ">>>>>>");
    assert_eq!(state.compare.provider, *order.last().expect("four"));
    press(&mut state, "[[[[[[");
    assert_eq!(state.compare.provider, order[0]);
}

#[test]
fn sort_cycles_back_to_the_listed_order() {
    let mut state = demo();
    press(&mut state, "sss");
    assert_eq!(state.compare.sort, Sort::Listed);
    assert!(state.message.is_some());
}

#[test]
fn filters_keep_the_cursor_on_the_same_row_or_its_section() {
    let mut state = demo();
    press(&mut state, "jjjljjjjjjjj");
    assert_eq!(at(&state), "P1.7");
    // Every provider meets P1.7, so differences-only hides it: the cursor goes to P1.
    press(&mut state, "d");
    assert!(state.compare.filter.differences_only);
    assert_eq!(at(&state), "P1");
    press(&mut state, "j");
    assert_eq!(at(&state), "P1.1");
    press(&mut state, "d");
    assert_eq!(at(&state), "P1.1");
    press(&mut state, "r");
    assert!(state.compare.filter.required_only);
    press(&mut state, "r");
    assert!(!state.compare.filter.required_only);
}

#[test]
fn in_the_chart_up_and_down_move_between_sections_only() {
    let mut state = demo();
    press(&mut state, "lc");
    assert!(state.compare.chart);
    press(&mut state, "j");
    assert_eq!(
        at(&state),
        "SEC",
        "the items of the open section are skipped"
    );
    press(&mut state, "k");
    assert_eq!(at(&state), "SEL");
    press(&mut state, "G");
    assert_eq!(at(&state), "P7");
    press(&mut state, "b");
    assert_eq!(state.compare.chart_by, ChartBy::Providers);
    press(&mut state, "c");
    assert!(!state.compare.chart);
    press(&mut state, "b");
    assert!(state.compare.chart, "switching the chart shows it");
    assert_eq!(state.compare.chart_by, ChartBy::Sections);
}

#[test]
fn paging_moves_by_the_rows_in_view() {
    let mut state = demo();
    for section in ["SEL", "SEC", "SET"] {
        state.compare.expanded.insert(section.to_owned());
    }
    state.size = ratatui::layout::Size::new(80, 24);
    press(&mut state, "<PgDn>");
    // At 80x24 the matrix shows 3 rows at once, under the verdict's three lines.
    assert_eq!(state.compare.cursor, 3);
    press(&mut state, "G<PgUp>");
    let count = rows(&state, &matrix(&state).expect("open")).len();
    assert_eq!(state.compare.cursor, count - 1 - 3);
}

#[test]
fn keys_without_providers_change_nothing() {
    let mut state = state_with(many_providers(0));
    state.view = View::Compare;
    press(&mut state, "jkl>h<Enter>dsrcb");
    assert_eq!(state.view, View::Compare);
    assert_eq!(state.compare.cursor, 0);
    assert_eq!(state.compare.provider, 0);
}

#[test]
fn journey_from_the_demo_to_the_evidence_behind_a_cell() {
    // Open the demo, go to Compare, keep only differences, sort by rank, open P3 and
    // Enter on the runner-up's first differing item: Review shows that judgement.
    let mut state = state_with(demo_workspace(builtin(), fixed_now()));
    press(&mut state, "4ds");
    assert_eq!(state.view, View::Compare);
    assert!(state.compare.filter.differences_only);
    assert_eq!(state.compare.sort, Sort::Rank);
    press(&mut state, "jjjjjlj>");
    assert_eq!(at(&state), "P3.2");
    let ranking = comparison(&state).expect("open").ranking;
    assert_eq!(state.compare.provider, ranking[1]);
    press(&mut state, "<Enter>");
    assert_eq!(state.view, View::Review);
    assert_eq!(state.review.provider, ranking[1]);
    let tree = review_tree::visible_rows(&state);
    let item = tree[state.review.cursor]
        .item()
        .map(|item| item.id.as_str());
    assert_eq!(item, Some("P3.2"));
}

#[test]
fn in_the_chart_enter_and_l_open_the_charted_section_in_the_matrix() {
    let mut state = demo();
    // An item row under the cursor, then the chart: it charts that item's section.
    press(&mut state, "jll");
    assert_eq!(at(&state), "SEC.1");
    press(&mut state, "c");
    press(&mut state, "j");
    assert_eq!(at(&state), "SET");
    assert!(!state.compare.expanded.contains("SET"));
    press(&mut state, "<Enter>");
    assert!(!state.compare.chart, "the matrix comes back");
    assert_eq!(state.view, View::Compare, "never a jump to Review");
    assert_eq!(at(&state), "SET");
    assert!(
        state.compare.expanded.contains("SET"),
        "and shows the section open"
    );
    // Enter again, now in the matrix, shuts it as usual.
    press(&mut state, "<Enter>");
    assert!(!state.compare.expanded.contains("SET"));
    press(&mut state, "cl");
    assert!(!state.compare.chart);
    assert!(state.compare.expanded.contains("SET"));
    // Already open, Enter in the chart keeps it open rather than shutting it out of sight.
    press(&mut state, "c<Enter>");
    assert!(state.compare.expanded.contains("SET"));
}

#[test]
fn in_the_chart_the_item_left_selected_is_never_opened_out_of_sight() {
    let mut state = demo();
    press(&mut state, "ll");
    assert_eq!(at(&state), "SEL.1");
    press(&mut state, "c<Enter>");
    assert_eq!(state.view, View::Compare);
    assert!(!state.compare.chart);
    assert_eq!(at(&state), "SEL", "the cursor is on the charted section");
    assert!(state.compare.expanded.contains("SEL"));
}

#[test]
fn in_the_chart_h_and_the_filters_bring_the_matrix_back_and_act_there() {
    let mut state = demo();
    press(&mut state, "lc");
    assert!(state.compare.expanded.contains("SEL"));
    press(&mut state, "h");
    assert!(!state.compare.chart);
    assert!(!state.compare.expanded.contains("SEL"));
    assert_eq!(at(&state), "SEL");
    press(&mut state, "cd");
    assert!(!state.compare.chart);
    assert!(state.compare.filter.differences_only);
    press(&mut state, "cr");
    assert!(!state.compare.chart);
    assert!(state.compare.filter.required_only);
    // Keys of the chart itself keep it.
    press(&mut state, "cjb><lt>s");
    assert!(state.compare.chart);
}

#[test]
fn sorting_says_what_the_order_is() {
    let mut state = demo();
    press(&mut state, "s");
    let message = state
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(message.starts_with("By rank"), "{message}");
    assert!(
        message.contains("fewest disqualifying failures first"),
        "{message}"
    );
}

#[test]
fn a_disqualified_provider_is_chosen_only_with_the_reason_written() {
    use crate::tui::state::Overlay;
    let mut state = demo();
    press(&mut state, "D");
    // The demo recommends Kererū Meet already; put Tuatara Talk, ruled out, in its place.
    press(&mut state, &"<Backspace>".repeat(40));
    press(&mut state, "Tuatara Talk (fictional)<Tab>");
    press(&mut state, &"<Backspace>".repeat(200));
    press(&mut state, "<Enter>");
    let Some(Overlay::Form(form, _)) = state.overlays.last() else {
        panic!("the form stays open");
    };
    let error = form.error.clone().unwrap_or_default();
    assert!(
        error.starts_with("Tuatara Talk (fictional) is disqualified: 11 required items fail"),
        "{error}"
    );
    assert!(error.contains("say in Conditions why"), "{error}");
    assert_eq!(form.focus(), 1, "on Conditions");
    press(
        &mut state,
        "Sole supplier with a NZ data centre; CISO accepts<Enter>",
    );
    assert!(state.overlays.is_empty(), "recorded");
    let workspace = state.workspace().expect("open");
    assert_eq!(
        workspace.chosen.as_ref().map(|id| id.0.as_str()),
        Some("prov-demo-b")
    );
    let message = state.message.as_ref().expect("said");
    assert!(message.is_error, "a warning, in the alert colour");
    assert!(
        message
            .text
            .contains("Against the ranking: Tuatara Talk (fictional) is disqualified"),
        "{}",
        message.text
    );
}
