use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::plan::Sort;
use crate::tui::command::View;
use crate::tui::review_tree;
use crate::tui::selectors::listed;
use crate::tui::state::State;
use crate::tui::testing::{fixed_now, press, state_with};
use crate::workspace::ProviderId;

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
        count, 7,
        "four providers' actions and three of our readiness"
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
        seen.push(state.actions.provider.clone());
        if let Some(id) = &state.actions.provider {
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
    assert_eq!(listed(&state).len(), 7);
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
            .find(|(_, a)| a.action.is_some())
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
