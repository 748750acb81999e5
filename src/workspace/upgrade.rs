//! Schema steps that need no catalogue, made as a file is read (the store stamps the
//! version and begins the history after them). Schema 3: the one action schemas 1 and 2
//! kept per judgement becomes the first of a list, open, with nothing of it lost; the
//! evidence they kept inside each judgement moves into the library (`gather_evidence`).

use std::collections::BTreeMap;

use super::model::{Assessment, Workspace};

/// Moves every judgement's single action into its list (returns how many were moved) and
/// its evidence into the library.
/// Done whatever the file says its version is: an action written by hand into a current
/// file would otherwise be dropped on the next save.
pub fn upgrade(workspace: &mut Workspace) -> usize {
    super::evidence::gather_evidence(workspace);
    let mut moved = actions_to_lists(&mut workspace.readiness);
    for provider in &mut workspace.providers {
        moved += actions_to_lists(&mut provider.assessments);
        moved += actions_to_lists(&mut provider.deployment_checks);
    }
    for candidates in workspace.readiness_candidates.values_mut() {
        for candidate in candidates {
            moved += usize::from(action_to_list(&mut candidate.assessment));
        }
    }
    moved
}

fn actions_to_lists(judgements: &mut BTreeMap<String, Assessment>) -> usize {
    judgements
        .values_mut()
        .map(|assessment| usize::from(action_to_list(assessment)))
        .sum()
}

/// The old single action, first in the list and open; it was recorded no later than the
/// judgement last changed, the best day there is for when it was opened.
fn action_to_list(assessment: &mut Assessment) -> bool {
    let Some(mut action) = assessment.legacy_action.take() else {
        return false;
    };
    if action.opened.is_none() {
        action.opened = assessment.changed.as_ref().map(|change| change.at.day());
    }
    assessment.actions.insert(0, action);
    true
}
