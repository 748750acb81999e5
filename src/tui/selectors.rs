//! What `update` and the views both derive from the state: the comparison and its rows as
//! Compare shows them, and the actions as the Actions view lists them. Here, not in either,
//! so that neither imports the other. (Review's rows are in `review_tree`.)

use super::state::State;
use crate::compare::{Comparison, Matrix, Row};
use crate::plan::{self, Planned};
use crate::scoring::ScoreOptions;

/// The providers of the open workspace, scored and ordered as the view shows them.
pub fn comparison(state: &State) -> Option<Comparison<'_>> {
    let workspace = state.workspace()?;
    let derivation = state.derivation();
    let today = state.clock.now().day();
    let options = ScoreOptions::for_workspace(&workspace.decision, &derivation, today);
    Some(Comparison::new(
        state.catalogue,
        &workspace.providers,
        derivation,
        options,
        state.compare.sort,
    ))
}

/// The statuses and rows of the open workspace, without the cost of scoring: enough for
/// moving about.
pub fn matrix(state: &State) -> Option<Matrix<'_>> {
    let workspace = state.workspace()?;
    Some(Matrix::new(
        state.catalogue,
        &workspace.providers,
        state.derivation(),
    ))
}

/// The matrix's rows under the view's filters and open sections.
pub fn rows<'a>(state: &State, matrix: &Matrix<'a>) -> Vec<Row<'a>> {
    matrix.rows(&state.compare.expanded, state.compare.filter)
}

/// The selected provider's index, kept in range after a deletion.
pub fn selected_provider(state: &State) -> Option<usize> {
    let last = state.workspace()?.providers.len().checked_sub(1)?;
    Some(state.compare.provider.min(last))
}

/// The actions as listed: the view's order and filters applied, overdue as of today.
pub fn listed(state: &State) -> Vec<Planned<'_>> {
    state.workspace().map_or_else(Vec::new, |workspace| {
        plan::actions(
            state.catalogue,
            workspace,
            &state.actions.filter,
            state.clock.now().day(),
            state.actions.sort,
        )
    })
}

/// The events the History view lists: newest first, as its filters leave them.
pub fn history_listed(state: &State) -> Vec<&crate::workspace::Event> {
    let Some(session) = state.session.as_ref() else {
        return Vec::new();
    };
    session
        .events
        .events()
        .iter()
        .rev()
        .filter(|event| state.history.shows(event))
        .collect()
}
