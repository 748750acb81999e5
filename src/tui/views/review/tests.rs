//! Render snapshots of the Review view at 80x24 and 160x48, and checks that no user text
//! reaches the terminal raw.

use crate::tui::review_tree;
use crate::tui::state::{Focus, State};
use crate::tui::testing::{
    hostile_workspace, many_providers, press, render, sample_workspace, state_with,
};
use crate::tui::theme::Theme;
use crate::tui::views::tests::assert_screens;
use crate::workspace::{Day, Workspace};

/// Every assessable item id, in catalogue order.
fn ids() -> Vec<String> {
    crate::catalogue::builtin()
        .assessable_items()
        .map(|(_, item)| item.id.clone())
        .collect()
}

/// The first provider's judgement of the first item, turned Not met.
fn first_judged_not_met(workspace: &mut Workspace) -> &mut crate::workspace::Assessment {
    let assessment = workspace.providers[0]
        .assessments
        .get_mut(&ids()[0])
        .expect("judged");
    assessment.status = crate::workspace::Status::NotMet;
    assessment
}

fn on_item(workspace: Workspace, index: usize) -> State {
    let mut state = state_with(workspace);
    let rows = review_tree::visible_rows(&state);
    state.review.cursor = review_tree::item_row(&rows, &ids()[index]).expect("visible");
    state
}

/// Fails if a control character or a bidirectional override reached the screen.
fn assert_safe(state: &State) {
    for (width, height) in [(80, 24), (160, 48)] {
        for cell in render(state, width, height).backend().buffer().content() {
            let symbol = cell.symbol();
            let raw = |ch: char| {
                u32::from(ch) < 0x20 || ('\u{7f}'..'\u{a0}').contains(&ch) || ch == '\u{202E}'
            };
            assert!(!symbol.chars().any(raw), "raw control in {symbol:?}");
        }
    }
}

fn snap(name: &str, state: &State) {
    assert_screens!(name, state);
}

/// The sample with a flagged item and an Unknown that gives no reason.
fn marked() -> Workspace {
    let mut workspace = sample_workspace();
    let ids = ids();
    let assessments = &mut workspace.providers[0].assessments;
    if let Some(a) = assessments.get_mut(&ids[1]) {
        a.flagged = true;
    }
    if let Some(a) = assessments.get_mut(&ids[3]) {
        a.note.clear();
    }
    workspace
}

#[test]
fn item_with_evidence_and_action() {
    snap(
        "item_with_evidence_and_action",
        &on_item(sample_workspace(), 0),
    );
}

#[test]
fn section_row_shows_summary_and_progress() {
    snap("section_row", &state_with(marked()));
}

#[test]
fn unknown_without_a_reason_is_marked_and_warned() {
    snap("unjustified_item", &on_item(marked(), 3));
}

#[test]
fn detail_focused_and_scrolled() {
    let mut state = on_item(sample_workspace(), 0);
    state.review.focus = Focus::Detail;
    state.review.detail_scroll = 4;
    snap("detail_focus", &state);
}

#[test]
fn collapsed_sections() {
    let mut state = state_with(sample_workspace());
    press(&mut state, "<Enter>");
    let rows = review_tree::visible_rows(&state);
    let headings: Vec<String> = rows
        .iter()
        .filter_map(|row| match row {
            review_tree::Row::Section { section, .. } => Some(section.id.clone()),
            review_tree::Row::Item { .. } => None,
        })
        .collect();
    state.review.collapsed.extend(headings.into_iter().skip(2));
    state.review.cursor = 1;
    snap("collapsed_sections", &state);
}

#[test]
fn note_editor_overlay() {
    let mut state = on_item(sample_workspace(), 3);
    press(&mut state, "e<Enter>Second line.");
    snap("note_editor", &state);
}

#[test]
fn evidence_form_with_an_error() {
    let mut state = on_item(sample_workspace(), 6);
    press(&mut state, "an<Enter>");
    snap("evidence_form_error", &state);
}

#[test]
fn hostile_text_is_neutralised() {
    let state = on_item(hostile_workspace(), 0);
    assert_safe(&state);
    snap("hostile", &state);
}

#[test]
fn hostile_note_in_the_editor_is_neutralised() {
    let mut state = on_item(hostile_workspace(), 0);
    press(&mut state, "e");
    assert_safe(&state);
}

#[test]
fn many_providers_last_one() {
    let mut state = on_item(many_providers(50), 2);
    press(&mut state, "[");
    snap("many_providers", &state);
}

#[test]
fn no_providers_says_where_to_add_one() {
    let mut workspace = sample_workspace();
    workspace.providers.clear();
    let mut state = state_with(workspace);
    state.view = crate::tui::command::View::Review;
    snap("no_providers", &state);
}

#[test]
fn ascii_theme_with_marks_and_an_overdue_action() {
    let mut workspace = marked();
    let first = workspace.providers[0].assessments.get_mut(&ids()[0]);
    if let Some(action) = first.and_then(|a| a.actions.first_mut()) {
        action.due = Day::parse("2026-11-01").ok();
    }
    let mut state = on_item(workspace, 0);
    state.theme = Theme {
        colour: false,
        ascii: true,
    };
    snap("ascii", &state);
}

#[test]
fn items_for_services_not_needed_are_marked_and_not_required() {
    let mut workspace = sample_workspace();
    workspace.context.answers.insert(
        "CTX.6".to_owned(),
        crate::workspace::Answer::Choices(vec!["video".to_owned(), "voice".to_owned()]),
    );
    let index = ids()
        .iter()
        .position(|id| id == "P3.12")
        .expect("P3.12 is about messages, files and recordings");
    let state = on_item(workspace, index);
    let screen = crate::tui::testing::screen(&state, 160, 48);
    assert!(screen.contains("Scope"), "{screen}");
    assert!(
        screen.contains("∅ not needed: only about messaging, file sharing, recording"),
        "{screen}"
    );
    snap("out_of_scope_item", &state);
}

#[test]
fn section_headings_count_the_items_in_scope() {
    let mut workspace = sample_workspace();
    workspace.context.answers.insert(
        "CTX.6".to_owned(),
        crate::workspace::Answer::Choices(vec!["video".to_owned()]),
    );
    let mut state = state_with(workspace);
    for hidden in [false, true] {
        state.review.hide_not_needed = hidden;
        let rows = review_tree::visible_rows(&state);
        state.review.cursor = review_tree::section_row(&rows, "P3").expect("P3 is shown");
        let screen = crate::tui::testing::screen(&state, 160, 48);
        let heading = screen
            .lines()
            .find(|line| line.contains("▾ Principle 3"))
            .expect("P3's heading");
        assert!(
            heading.contains("0/10"),
            "P3.1 and P3.12 are left out: {heading}"
        );
        assert!(screen.contains("0 of 10 assessed"), "{screen}");
        assert!(
            screen.contains("∅ 2 more are for services not needed"),
            "{screen}"
        );
    }
    snap("section_in_scope", &state);
}

/// The demo in Review on what `keys` lead to, its first item under the cursor.
fn demo_reviewing(keys: &str) -> State {
    let mut state = state_with(crate::demo::demo_workspace(
        crate::catalogue::builtin(),
        crate::tui::testing::fixed_now(),
    ));
    state.view = crate::tui::command::View::Review;
    press(&mut state, keys);
    press(&mut state, "j");
    state
}

#[test]
fn our_readiness_is_reviewed_apart_from_the_providers() {
    let state = demo_reviewing("R");
    let text = crate::tui::testing::screen(&state, 160, 48);
    assert!(text.contains("Our readiness"), "{text}");
    assert!(text.contains("SET.1"), "{text}");
    assert!(!text.contains("SEL.1 "), "no provider item: {text}");
    snap("readiness", &state);
}

#[test]
fn the_chosen_providers_deployment_checklist_asks_whether_we_have_set_it() {
    let state = demo_reviewing("RR");
    let text = crate::tui::testing::screen(&state, 160, 48);
    assert!(text.contains("Deploying Kererū Meet (fictional)"), "{text}");
    assert!(text.contains("is it set?"), "{text}");
    assert!(
        text.contains("The provider's part, scored in Review"),
        "{text}"
    );
    snap("deployment", &state);
}

#[test]
fn stated_cryptography_is_checked_beside_p13() {
    let mut state = demo_reviewing("]");
    let rows = review_tree::visible_rows(&state);
    state.review.cursor = review_tree::item_row(&rows, "P1.3").expect("P1.3");
    let text = crate::tui::testing::screen(&state, 160, 48);
    assert!(
        text.contains("RSA 2048 falls short of NZISM 3.9"),
        "Tuatara's certificate: {text}"
    );
    snap("stated_crypto", &state);
}

#[test]
fn readiness_answers_kept_from_a_migration_are_shown_until_one_is_recorded() {
    use crate::workspace::{Assessment, Candidate, Status};
    let mut workspace = sample_workspace();
    let version = |status, note: &str| Assessment {
        status,
        note: note.to_owned(),
        ..Assessment::default()
    };
    workspace.readiness_candidates.insert(
        "SET.3".to_owned(),
        vec![
            Candidate {
                recorded_for: "Aroha Video".to_owned(),
                assessment: version(Status::Met, "Platform lead owns it"),
            },
            Candidate {
                recorded_for: "Kōrero Chat".to_owned(),
                assessment: version(Status::NotMet, "No owner yet"),
            },
        ],
    );
    let mut state = state_with(workspace);
    press(&mut state, "R");
    let rows = review_tree::visible_rows(&state);
    state.review.cursor = review_tree::item_row(&rows, "SET.3").expect("SET.3");
    let text = crate::tui::testing::screen(&state, 160, 48);
    assert!(
        text.contains("record the organisation's one answer here"),
        "{text}"
    );
    assert!(
        text.contains("Aroha Video: Met — Platform lead owns it"),
        "{text}"
    );
    assert!(
        text.contains("Kōrero Chat: Not met — No owner yet"),
        "{text}"
    );
    press(&mut state, "y");
    let text = crate::tui::testing::screen(&state, 160, 48);
    assert!(text.contains("(kept for the record)"), "{text}");
    assert!(
        text.contains("Kōrero Chat: Not met"),
        "nothing is dropped: {text}"
    );
}

#[test]
fn an_acceptance_past_its_day_says_it_has_lapsed() {
    use crate::tui::testing::{accepted_until, screen};
    let mut workspace = sample_workspace();
    let item = ids()[0].clone();
    let assessment = first_judged_not_met(&mut workspace);
    // The test clock reads 2026-11-28.
    assessment.treatment = Some(accepted_until("2026-11-28"));
    let holding = screen(&on_item(workspace.clone(), 0), 160, 48);
    assert!(holding.contains("until 2026-11-28)"), "{holding}");
    assert!(
        !holding.contains("lapsed"),
        "it holds on its last day:\n{holding}"
    );
    let assessment = workspace.providers[0]
        .assessments
        .get_mut(&item)
        .expect("judged");
    assessment.treatment = Some(accepted_until("2026-11-27"));
    let lapsed = screen(&on_item(workspace, 0), 160, 48);
    // The detail pane wraps the line; its start is enough to know.
    assert!(lapsed.contains("until 2026-11-27) — lapsed:"), "{lapsed}");
}

#[test]
fn a_finding_whose_actions_are_done_asks_to_be_judged_again() {
    use crate::tui::testing::screen;
    use crate::workspace::ActionStatus;
    let mut workspace = sample_workspace();
    let assessment = first_judged_not_met(&mut workspace);
    for action in &mut assessment.actions {
        action.set_status(ActionStatus::Done, Day::parse("2026-11-20").expect("valid"));
    }
    assert!(!assessment.actions.is_empty(), "the sample has an action");
    let text = screen(&on_item(workspace, 0), 160, 48);
    assert!(
        text.contains("Every action is closed and one is done: judge the finding again."),
        "{text}"
    );
}

#[test]
fn the_tree_marks_an_accepted_risk_and_a_lapsed_acceptance() {
    use crate::tui::testing::{accepted_until, screen};
    let mut workspace = sample_workspace();
    let item = ids()[0].clone();
    first_judged_not_met(&mut workspace).treatment = Some(accepted_until("2026-12-31"));
    let holding = screen(&on_item(workspace.clone(), 0), 160, 48);
    assert!(holding.contains(&format!("✘ ≈ {item} ")), "{holding}");
    first_judged_not_met(&mut workspace).treatment = Some(accepted_until("2026-11-01"));
    let lapsed = screen(&on_item(workspace, 0), 160, 48);
    assert!(lapsed.contains(&format!("✘ ! {item} ")), "{lapsed}");
}

#[test]
fn a_detail_longer_than_its_pane_says_how_much_is_below_and_how_to_reach_it() {
    use crate::tui::testing::screen;
    let state = on_item(sample_workspace(), 0);
    let text = screen(&state, 80, 24);
    assert!(text.contains("more lines below: Tab, then j"), "{text}");
    let tall = screen(&state, 160, 80);
    assert!(!tall.contains("more lines below"), "room for all: {tall}");
}
