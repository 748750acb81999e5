//! The action plan: every action recorded against any item — a provider's, the
//! organisation's readiness or the chosen provider's deployment checklist — in one list
//! that can be ordered and narrowed (provider, owner, status, overdue). Pure: the Actions
//! view, reports and the actions CSV read it.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::catalogue::Catalogue;
use crate::workspace::{
    Action, ActionStatus, Assessment, Day, ProviderId, Status, Subject, Workspace,
};

/// How the list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Soonest due first; actions without a date last.
    #[default]
    Due,
    /// In the workspace's order of providers, then catalogue order.
    Provider,
    /// In catalogue order of items, then the providers' order.
    Item,
}

impl Sort {
    /// The next order in the cycle the sort key walks through.
    #[must_use]
    pub fn next(self) -> Sort {
        match self {
            Sort::Due => Sort::Provider,
            Sort::Provider => Sort::Item,
            Sort::Item => Sort::Due,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Due => "by due date",
            Sort::Provider => "by provider",
            Sort::Item => "by item",
        }
    }
}

/// Whose item an action is about. Ordered as "by provider" lists them: the organisation's
/// readiness first, then the providers, then deployment checklists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Owner {
    Readiness,
    /// Index of the provider in the workspace's list.
    Provider(usize),
    /// The deployment checklist of the provider at this index.
    Deployment(usize),
}

impl Owner {
    /// The provider's index, for a provider's item or its deployment checklist.
    pub fn provider(self) -> Option<usize> {
        match self {
            Owner::Provider(index) | Owner::Deployment(index) => Some(index),
            Owner::Readiness => None,
        }
    }

    /// Whose judgements these are, for a jump to Review.
    pub fn subject(self, workspace: &Workspace) -> Option<Subject> {
        let id = |index: usize| workspace.providers.get(index).map(|p| p.id.clone());
        match self {
            Owner::Readiness => Some(Subject::Readiness),
            Owner::Provider(index) => id(index).map(Subject::Provider),
            Owner::Deployment(index) => id(index).map(Subject::Deployment),
        }
    }

    /// "Our readiness", the provider's name, or "Deploying …".
    pub fn name(self, workspace: &Workspace) -> String {
        let name = |index: usize| {
            workspace
                .providers
                .get(index)
                .map_or_else(String::new, |p| p.name.clone())
        };
        match self {
            Owner::Readiness => "Our readiness".to_owned(),
            Owner::Provider(index) => name(index),
            Owner::Deployment(index) => format!("Deploying {}", name(index)),
        }
    }
}

/// One action, with where it belongs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Planned<'w> {
    pub owner: Owner,
    pub item: &'w str,
    /// Its place among the item's actions: with the owner and item, what identifies it.
    pub index: usize,
    /// The status of the item the action is about.
    pub status: Status,
    pub action: &'w Action,
}

impl Planned<'_> {
    /// Due before `today` and not closed.
    pub fn is_overdue(&self, today: Day) -> bool {
        self.action.is_overdue(today)
    }
}

/// Which actions a list shows; the default shows every one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this provider's (its items and its deployment checklist).
    pub provider: Option<ProviderId>,
    /// Only those of this owner, as `owners` spells it (case and spacing aside).
    pub owner: Option<String>,
    pub status: Option<ActionStatus>,
    /// Only those due before the day given.
    pub overdue: bool,
}

impl Filter {
    fn keeps(&self, planned: &Planned<'_>, workspace: &Workspace, today: Day) -> bool {
        let provider = planned
            .owner
            .provider()
            .and_then(|index| workspace.providers.get(index));
        self.provider
            .as_ref()
            .is_none_or(|id| provider.is_some_and(|p| &p.id == id))
            && self
                .owner
                .as_ref()
                .is_none_or(|owner| same_owner(owner, &planned.action.owner))
            && self
                .status
                .is_none_or(|status| planned.action.status == status)
            && (!self.overdue || planned.is_overdue(today))
    }

    /// Whether any narrowing is on.
    pub fn is_narrowed(&self) -> bool {
        *self != Filter::default()
    }
}

fn same_owner(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The actions `filter` keeps (overdue as of `today`), ordered by `sort`. Items the
/// catalogue no longer knows sort after the others, by id.
pub fn actions<'w>(
    catalogue: &Catalogue,
    workspace: &'w Workspace,
    filter: &Filter,
    today: Day,
    sort: Sort,
) -> Vec<Planned<'w>> {
    let planned = |owner: Owner, judgements: &'w std::collections::BTreeMap<String, Assessment>| {
        judgements.iter().flat_map(move |(item, assessment)| {
            assessment
                .actions
                .iter()
                .enumerate()
                .map(move |(index, action)| Planned {
                    owner,
                    item,
                    index,
                    status: assessment.status,
                    action,
                })
        })
    };
    let mut list: Vec<Planned<'w>> = Vec::new();
    list.extend(planned(Owner::Readiness, &workspace.readiness));
    for (index, provider) in workspace.providers.iter().enumerate() {
        list.extend(planned(Owner::Provider(index), &provider.assessments));
        list.extend(planned(
            Owner::Deployment(index),
            &provider.deployment_checks,
        ));
    }
    list.retain(|planned| filter.keeps(planned, workspace, today));
    let position: HashMap<&str, usize> = catalogue
        .items()
        .enumerate()
        .map(|(index, (_, item))| (item.id.as_str(), index))
        .collect();
    let by_item = |a: &Planned, b: &Planned| {
        let place = |p: &Planned| position.get(p.item).copied().unwrap_or(usize::MAX);
        place(a).cmp(&place(b)).then_with(|| a.item.cmp(b.item))
    };
    let by_due = |a: &Planned, b: &Planned| match (a.action.due, b.action.due) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    list.sort_by(|a, b| {
        match sort {
            Sort::Due => by_due(a, b)
                .then(a.owner.cmp(&b.owner))
                .then_with(|| by_item(a, b)),
            Sort::Provider => a.owner.cmp(&b.owner).then_with(|| by_item(a, b)),
            Sort::Item => by_item(a, b).then(a.owner.cmp(&b.owner)),
        }
        .then(a.index.cmp(&b.index))
    });
    list
}

/// How many actions not yet closed were due before `today`: for the status line.
pub fn overdue(workspace: &Workspace, today: Day) -> usize {
    all_assessments(workspace)
        .flat_map(|assessment| &assessment.actions)
        .filter(|action| action.is_overdue(today))
        .count()
}

/// Every action's owner, once each (the first spelling), alphabetically: what a filter
/// by owner cycles through.
pub fn owners(workspace: &Workspace) -> Vec<&str> {
    let mut owners: Vec<&str> = all_assessments(workspace)
        .flat_map(|assessment| &assessment.actions)
        .map(|action| action.owner.trim())
        .filter(|owner| !owner.is_empty())
        .collect();
    owners.sort_by_key(|owner| owner.to_lowercase());
    owners.dedup_by(|a, b| same_owner(a, b));
    owners
}

fn all_assessments(workspace: &Workspace) -> impl Iterator<Item = &Assessment> {
    workspace.readiness.values().chain(
        workspace
            .providers
            .iter()
            .flat_map(|p| p.assessments.values().chain(p.deployment_checks.values())),
    )
}

/// The providers that have at least one action, in the workspace's order: what a filter
/// by provider cycles through.
pub fn providers_with_actions(workspace: &Workspace) -> Vec<&ProviderId> {
    workspace
        .providers
        .iter()
        .filter(|provider| {
            provider
                .assessments
                .values()
                .chain(provider.deployment_checks.values())
                .any(|a| !a.actions.is_empty())
        })
        .map(|provider| &provider.id)
        .collect()
}

#[cfg(test)]
mod tests;
