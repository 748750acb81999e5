//! Our readiness and the deployment checklist in Review: what `R` walks, where judgements
//! land, and that undo and messages work there as for a provider.

use super::{message, sample, selected};
use crate::tui::state::{ReviewOf, State};
use crate::tui::testing::press;
use crate::workspace::{Status, Subject};

/// The first item row of what is under review.
fn first_item(state: &State) -> String {
    crate::tui::review_tree::visible_rows(state)
        .iter()
        .find_map(|row| row.item())
        .map(|item| item.id.clone())
        .expect("an item to review")
}

fn go_to_first_item(state: &mut State) -> String {
    let id = first_item(state);
    let rows = crate::tui::review_tree::visible_rows(state);
    state.review.cursor = crate::tui::review_tree::item_row(&rows, &id).expect("visible");
    id
}

#[test]
fn r_walks_readiness_then_providers_when_nothing_is_chosen() {
    let mut state = sample();
    press(&mut state, "R");
    assert_eq!(state.review.of, ReviewOf::Readiness);
    assert!(message(&state).contains("never scored against a provider"));
    press(&mut state, "R");
    assert_eq!(
        state.review.of,
        ReviewOf::Provider,
        "no provider chosen yet"
    );
}

#[test]
fn readiness_lists_only_the_organisations_items() {
    let mut state = sample();
    press(&mut state, "R");
    let rows = crate::tui::review_tree::visible_rows(&state);
    assert!(
        rows.iter()
            .filter_map(|row| row.item())
            .all(crate::catalogue::Item::is_for_readiness)
    );
    assert!(rows.iter().any(|row| row.item().is_some()));
}

#[test]
fn a_readiness_judgement_is_the_workspaces_not_a_providers_and_undoes() {
    let mut state = sample();
    press(&mut state, "R");
    let id = go_to_first_item(&mut state);
    let providers_before = state.workspace().expect("open").providers.clone();
    press(&mut state, "x");
    let workspace = state.workspace().expect("open");
    assert_eq!(workspace.readiness[&id].status, Status::NotMet);
    assert_eq!(workspace.providers, providers_before, "no provider changed");
    press(&mut state, "u");
    let workspace = state.workspace().expect("open");
    assert!(!workspace.readiness.contains_key(&id));
    assert_eq!(state.review.of, ReviewOf::Readiness);
    assert_eq!(selected(&state).as_deref(), Some(id.as_str()));
}

#[test]
fn the_deployment_checklist_follows_the_chosen_provider() {
    let mut state = sample();
    let chosen = state.workspace().expect("open").providers[0].id.clone();
    if let Some(session) = state.session.as_mut() {
        session.workspace.chosen = Some(chosen.clone());
    }
    press(&mut state, "RR");
    assert_eq!(state.review.of, ReviewOf::Deployment);
    let rows = crate::tui::review_tree::visible_rows(&state);
    assert!(
        rows.iter()
            .filter_map(|row| row.item())
            .all(|item| item.deployment.is_some())
    );
    let id = go_to_first_item(&mut state);
    let scored_before = state.workspace().expect("open").providers[0]
        .assessments
        .get(&id)
        .cloned();
    press(&mut state, "y");
    let workspace = state.workspace().expect("open");
    let done = workspace.assessment(&Subject::Deployment(chosen), &id);
    assert_eq!(done.map(|a| a.status), Some(Status::Met));
    assert_eq!(
        workspace.providers[0].assessments.get(&id).cloned(),
        scored_before,
        "the provider's scored judgement is untouched"
    );
}

#[test]
fn choosing_a_provider_marks_it_and_choosing_again_unmarks_it() {
    let mut state = sample();
    state.view = crate::tui::command::View::Providers;
    let effects = press(&mut state, "c");
    assert!(!effects.is_empty(), "saved");
    let first = state.workspace().expect("open").providers[0].id.clone();
    assert_eq!(state.workspace().expect("open").chosen, Some(first));
    assert!(message(&state).contains("chosen provider"));
    press(&mut state, "c");
    assert_eq!(state.workspace().expect("open").chosen, None);
}
