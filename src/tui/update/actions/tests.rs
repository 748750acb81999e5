use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::plan::Sort;
use crate::tui::command::View;
use crate::tui::effect::Effect;
use crate::tui::review_tree;
use crate::tui::selectors::listed;
use crate::tui::state::{FormPurpose, Overlay, State};
use crate::tui::testing::{fixed_now, press, state_with};
use crate::workspace::{ActionStatus, ProviderId};

fn demo() -> State {
    let mut state = state_with(demo_workspace(builtin(), fixed_now()));
    state.view = View::Actions;
    state
}

/// The provider index and item of the selected action.
fn selected(state: &State) -> (usize, String) {
    let list = listed(state);
    let planned = &list[state.actions.selected];
    let provider = planned.owner.provider().unwrap_or(usize::MAX);
    (provider, planned.item.to_owned())
}

#[test]
fn movement_stays_in_the_list() {
    let mut state = demo();
    let count = listed(&state).len();
    assert_eq!(
        count, 8,
        "five of four providers' (two on one item) and three of our readiness"
    );
    press(&mut state, "k");
    assert_eq!(state.actions.selected, 0);
    press(&mut state, "jjjjjjjj");
    assert_eq!(state.actions.selected, count - 1);
    press(&mut state, "g");
    assert_eq!(state.actions.selected, 0);
}

#[test]
fn sorting_keeps_the_same_action_selected() {
    let mut state = demo();
    press(&mut state, "jj");
    let before = selected(&state);
    press(&mut state, "s");
    assert_eq!(state.actions.sort, Sort::Provider);
    assert_eq!(selected(&state), before);
    press(&mut state, "s");
    assert_eq!(state.actions.sort, Sort::Item);
    assert_eq!(selected(&state), before);
    press(&mut state, "s");
    assert_eq!(state.actions.sort, Sort::Due);
}

#[test]
fn the_filter_cycles_through_providers_with_actions_then_all() {
    let mut state = demo();
    let mut seen = Vec::new();
    for _ in 0..5 {
        press(&mut state, "f");
        seen.push(state.actions.filter.provider.clone());
        if let Some(id) = &state.actions.filter.provider {
            assert!(listed(&state).iter().all(|p| {
                let workspace = state.workspace().expect("open");
                p.owner
                    .provider()
                    .is_some_and(|index| &workspace.providers[index].id == id)
            }));
        }
    }
    let ids = |names: &[&str]| -> Vec<Option<ProviderId>> {
        names
            .iter()
            .map(|name| Some(ProviderId((*name).to_owned())))
            .collect()
    };
    let mut expected = ids(&["prov-demo-a", "prov-demo-b", "prov-demo-c", "prov-demo-d"]);
    expected.push(None);
    assert_eq!(seen, expected);
    assert_eq!(listed(&state).len(), 8);
}

#[test]
fn enter_opens_the_item_in_review() {
    let mut state = demo();
    press(&mut state, "j");
    let (provider, item) = selected(&state);
    press(&mut state, "<Enter>");
    assert_eq!(state.view, View::Review);
    assert_eq!(state.review.provider, provider);
    let tree = review_tree::visible_rows(&state);
    let at = tree[state.review.cursor].item().map(|i| i.id.clone());
    assert_eq!(at, Some(item));
}

#[test]
fn enter_on_an_item_the_catalogue_lost_says_so() {
    let mut state = demo();
    let assessment = {
        let workspace = &mut state.session.as_mut().expect("open").workspace;
        let first = &mut workspace.providers[0];
        let key = first
            .assessments
            .iter()
            .find(|(_, a)| !a.actions.is_empty())
            .map(|(k, _)| k.clone())
            .expect("an action");
        first.assessments.remove(&key).expect("there")
    };
    let workspace = &mut state.session.as_mut().expect("open").workspace;
    workspace.providers[0]
        .assessments
        .insert("GONE.1".to_owned(), assessment);
    let at = listed(&state)
        .iter()
        .position(|p| p.item == "GONE.1")
        .expect("listed");
    state.actions.selected = at;
    press(&mut state, "<Enter>");
    assert_eq!(state.view, View::Actions);
    let message = state.message.as_ref().expect("a message");
    assert!(message.is_error && message.text.contains("GONE.1"));
}

/// The selected action as the workspace holds it.
fn selected_action(state: &State) -> crate::workspace::Action {
    let list = listed(state);
    list[state.actions.selected].action.clone()
}

#[test]
fn space_moves_the_action_on_and_closing_it_records_the_day() {
    let mut state = demo();
    let today = fixed_now().day();
    let first = selected_action(&state);
    assert_eq!(first.status, ActionStatus::Open);
    assert!(
        first.is_overdue(today),
        "the demo's overdue action is first"
    );
    let overdue = |state: &State| crate::plan::overdue(state.workspace().expect("open"), today);
    assert_eq!(overdue(&state), 1);
    assert_eq!(press(&mut state, " "), [Effect::SaveWorkspace]);
    let moved = selected_action(&state);
    assert_eq!(
        (moved.what.as_str(), moved.status),
        (first.what.as_str(), ActionStatus::InProgress)
    );
    assert_eq!(moved.closed, None);
    press(&mut state, " ");
    let done = selected_action(&state);
    assert_eq!(
        (done.status, done.closed),
        (ActionStatus::Done, Some(today))
    );
    assert_eq!(overdue(&state), 0, "a closed action is not overdue");
    let message = &state.message.as_ref().expect("a message").text;
    assert!(message.contains("is now done"), "{message}");
    // It was stamped like any other change, and can be undone.
    let stamped = state.workspace().expect("open").providers[2].assessments["SEL.6"]
        .changed
        .clone()
        .expect("stamped");
    assert_eq!(stamped.by, "Ana Tester");
}

#[test]
fn u_undoes_a_status_change_here_as_in_review() {
    let mut state = demo();
    let before = selected_action(&state);
    press(&mut state, " ");
    assert_eq!(selected_action(&state).status, ActionStatus::InProgress);
    assert_eq!(press(&mut state, "u"), [Effect::SaveWorkspace]);
    assert_eq!(selected_action(&state), before);
    press(&mut state, "<C-r>");
    assert_eq!(selected_action(&state).status, ActionStatus::InProgress);
}

#[test]
fn e_edits_every_part_of_the_action_and_keeps_a_closing_note() {
    let mut state = demo();
    press(&mut state, "e");
    assert!(matches!(
        state.overlays.last(),
        Some(Overlay::Form(_, FormPurpose::EditAction { .. }))
    ));
    // Status is the fourth field: open → in progress → done; then the closing note, on two
    // lines (Enter starts a line there), saved with Ctrl-s.
    let effects = press(
        &mut state,
        "<Tab>!<Tab><Tab><Right><Right><Tab>Statement received<Enter>Filed with the contract<C-s>",
    );
    assert_eq!(effects, [Effect::SaveWorkspace]);
    assert!(state.overlays.is_empty());
    let action =
        state.workspace().expect("open").providers[2].assessments["SEL.6"].actions[0].clone();
    assert_eq!(action.owner, "Procurement lead!");
    assert_eq!(action.status, ActionStatus::Done);
    assert_eq!(action.closed, Some(fixed_now().day()));
    assert_eq!(
        action.closing_note,
        "Statement received\nFiled with the contract"
    );
    // An empty "what" is refused in the dialog.
    press(&mut state, "e");
    press(&mut state, &"<Backspace>".repeat(80));
    assert!(press(&mut state, "<C-s>").is_empty());
    let Some(Overlay::Form(form, _)) = state.overlays.last() else {
        panic!("the dialog stays open");
    };
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.contains("what must change"))
    );
}

#[test]
fn removing_is_one_key_with_a_question() {
    let mut state = demo();
    let count = listed(&state).len();
    let first = selected_action(&state);
    assert!(press(&mut state, "D").is_empty());
    let Some(Overlay::Confirm(confirm)) = state.overlays.last() else {
        panic!("asked first");
    };
    assert!(confirm.message.contains(&first.what), "{}", confirm.message);
    press(&mut state, "n");
    assert_eq!(listed(&state).len(), count, "no keeps it");
    assert_eq!(press(&mut state, "Dy"), [Effect::SaveWorkspace]);
    assert_eq!(listed(&state).len(), count - 1);
    assert!(listed(&state).iter().all(|p| p.action.what != first.what));
    // The assessment itself, and its judgement, stay.
    let sel6 = &state.workspace().expect("open").providers[2].assessments["SEL.6"];
    assert!(sel6.actions.is_empty());
    assert_eq!(sel6.status, crate::workspace::Status::Unknown);
}

#[test]
fn filters_by_owner_status_and_overdue_narrow_the_list_and_cycle_back() {
    let mut state = demo();
    let whats = |state: &State| -> Vec<String> {
        listed(state)
            .iter()
            .map(|p| p.action.what.clone())
            .collect()
    };
    let all = whats(&state);
    // Owners alphabetically: Business Continuity Manager first.
    press(&mut state, "o");
    assert_eq!(
        state.actions.filter.owner.as_deref(),
        Some("Business Continuity Manager")
    );
    assert_eq!(whats(&state).len(), 1);
    // Status: open first, then in progress, done, won't do, then all again.
    let owners = crate::plan::owners(state.workspace().expect("open")).len();
    press(&mut state, "o".repeat(owners - 1).as_str());
    assert!(state.actions.filter.owner.is_some(), "the last owner");
    press(&mut state, "o");
    assert_eq!(state.actions.filter.owner, None);
    press(&mut state, "S");
    assert_eq!(state.actions.filter.status, Some(ActionStatus::Open));
    assert!(
        listed(&state)
            .iter()
            .all(|p| p.action.status == ActionStatus::Open)
    );
    press(&mut state, "SS");
    assert_eq!(state.actions.filter.status, Some(ActionStatus::Done));
    assert_eq!(
        whats(&state).len(),
        2,
        "one of a provider's, one of our readiness"
    );
    press(&mut state, "SS");
    assert_eq!(state.actions.filter.status, None);
    // Overdue only, and back.
    press(&mut state, "!");
    assert_eq!(
        whats(&state),
        ["Obtain a written statement of where data is stored and processed"]
    );
    // Filters combine: overdue and done is nothing, and the view says how to undo it.
    press(&mut state, "SSS");
    assert!(listed(&state).is_empty());
    let text = crate::tui::testing::screen(&state, 80, 24);
    assert!(text.contains("No action matches the filters"), "{text}");
    assert!(text.contains("S status, ! overdue"), "{text}");
    press(&mut state, "SS!");
    assert_eq!(whats(&state), all);
}

#[test]
fn a_status_change_under_a_status_filter_lets_the_action_leave_the_list() {
    let mut state = demo();
    press(&mut state, "S");
    let open = listed(&state).len();
    press(&mut state, "G ");
    assert_eq!(listed(&state).len(), open - 1);
    assert!(
        state.actions.selected < open - 1,
        "the selection stays in the list"
    );
}
