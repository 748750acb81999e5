use super::*;
use crate::catalogue::builtin;
use crate::workspace::{Assessment, Provider, Timestamp};

fn day(text: &str) -> Day {
    Day::parse(text).expect("valid day")
}

fn with_action(status: Status, what: &str, due: Option<&str>) -> Assessment {
    Assessment {
        status,
        actions: vec![Action::new(
            what,
            "Procurement",
            due.map(day),
            day("2026-10-01"),
        )],
        ..Assessment::default()
    }
}

fn today() -> Day {
    day("2026-11-28")
}

fn all(workspace: &Workspace, sort: Sort) -> Vec<Planned<'_>> {
    actions(builtin(), workspace, &Filter::default(), today(), sort)
}

/// Two providers: Alpha with actions on P2.1 (due later) and SEL.1 (no date), Bravo with
/// one on P1.1 (due first), one on an item the catalogue no longer has, and an item with
/// no action at all.
fn workspace() -> Workspace {
    let now = Timestamp::parse("2026-11-28T09:30:00Z").expect("valid timestamp");
    let mut workspace = Workspace::new("t", builtin(), now);
    let mut alpha = Provider::new(ProviderId("a".to_owned()), "Alpha");
    alpha.assessments.insert(
        "P2.1".to_owned(),
        with_action(Status::NotMet, "fix", Some("2026-12-20")),
    );
    alpha.assessments.insert(
        "SEL.1".to_owned(),
        with_action(Status::Unknown, "ask", None),
    );
    let mut bravo = Provider::new(ProviderId("b".to_owned()), "Bravo");
    bravo.assessments.insert(
        "P1.1".to_owned(),
        with_action(Status::PartlyMet, "chase", Some("2026-11-01")),
    );
    bravo.assessments.insert(
        "ZZ.9".to_owned(),
        with_action(Status::Met, "old", Some("2027-01-01")),
    );
    bravo.assessments.insert(
        "P3.1".to_owned(),
        Assessment {
            status: Status::Met,
            ..Assessment::default()
        },
    );
    workspace.providers = vec![alpha, bravo];
    workspace
}

fn listed(list: &[Planned<'_>]) -> Vec<(usize, String)> {
    list.iter()
        .map(|planned| {
            let provider = planned.owner.provider().expect("a provider's action");
            (provider, planned.item.to_owned())
        })
        .collect()
}

fn pairs(expected: &[(usize, &str)]) -> Vec<(usize, String)> {
    expected
        .iter()
        .map(|(provider, item)| (*provider, (*item).to_owned()))
        .collect()
}

#[test]
fn by_due_date_soonest_first_and_undated_last() {
    let workspace = workspace();
    let list = all(&workspace, Sort::Due);
    assert_eq!(
        listed(&list),
        pairs(&[(1, "P1.1"), (0, "P2.1"), (1, "ZZ.9"), (0, "SEL.1")])
    );
    assert_eq!(list[0].status, Status::PartlyMet);
    assert_eq!(list[0].action.what, "chase");
}

#[test]
fn by_provider_then_catalogue_order() {
    let workspace = workspace();
    let list = all(&workspace, Sort::Provider);
    assert_eq!(
        listed(&list),
        pairs(&[(0, "SEL.1"), (0, "P2.1"), (1, "P1.1"), (1, "ZZ.9")])
    );
}

#[test]
fn by_item_in_catalogue_order_with_unknown_items_last() {
    let workspace = workspace();
    let list = all(&workspace, Sort::Item);
    assert_eq!(
        listed(&list),
        pairs(&[(0, "SEL.1"), (1, "P1.1"), (0, "P2.1"), (1, "ZZ.9")])
    );
}

#[test]
fn a_filter_keeps_one_providers_actions() {
    let workspace = workspace();
    let bravo = ProviderId("b".to_owned());
    let filter = Filter {
        provider: Some(bravo),
        ..Filter::default()
    };
    let list = actions(builtin(), &workspace, &filter, today(), Sort::Due);
    assert_eq!(listed(&list), pairs(&[(1, "P1.1"), (1, "ZZ.9")]));
    let ids: Vec<&str> = providers_with_actions(&workspace)
        .into_iter()
        .map(|id| id.0.as_str())
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn overdue_means_due_before_today() {
    let workspace = workspace();
    let list = all(&workspace, Sort::Due);
    let today = day("2026-11-28");
    let overdue: Vec<bool> = list.iter().map(|p| p.is_overdue(today)).collect();
    assert_eq!(overdue, [true, false, false, false]);
    assert!(
        !list[1].is_overdue(day("2026-12-20")),
        "due today is not late"
    );
    assert!(list[1].is_overdue(day("2026-12-21")));
}

#[test]
fn sort_cycles_through_every_order() {
    assert_eq!(Sort::Due.next().next().next(), Sort::Due);
    assert_eq!(Sort::Provider.label(), "by provider");
}

#[test]
fn an_empty_workspace_has_no_actions() {
    let mut workspace = workspace();
    workspace.providers.clear();
    assert!(all(&workspace, Sort::Due).is_empty());
    assert!(providers_with_actions(&workspace).is_empty());
}

#[test]
fn readiness_and_deployment_actions_are_planned_too() {
    let mut workspace = workspace();
    workspace.readiness.insert(
        "P7.6".to_owned(),
        with_action(Status::NotMet, "agree a fallback", Some("2026-12-20")),
    );
    workspace.providers[1].deployment_checks.insert(
        "P3.6".to_owned(),
        with_action(Status::PartlyMet, "enforce MFA for guests", None),
    );
    let list = all(&workspace, Sort::Provider);
    let owners: Vec<(Owner, &str)> = list.iter().map(|p| (p.owner, p.item)).collect();
    assert_eq!(owners.first(), Some(&(Owner::Readiness, "P7.6")));
    assert_eq!(owners.last(), Some(&(Owner::Deployment(1), "P3.6")));
    assert_eq!(Owner::Deployment(1).name(&workspace), "Deploying Bravo");
    let filter = Filter {
        provider: Some(workspace.providers[1].id.clone()),
        ..Filter::default()
    };
    let only_bravo = actions(builtin(), &workspace, &filter, today(), Sort::Provider);
    assert!(only_bravo.iter().all(|p| p.owner.provider() == Some(1)));
    assert!(only_bravo.iter().any(|p| p.owner == Owner::Deployment(1)));
}

#[test]
fn several_actions_per_item_each_listed_in_their_order() {
    let mut workspace = workspace();
    let second = Action::new("and again", "Legal", Some(day("2026-11-01")), today());
    workspace.providers[1]
        .assessments
        .get_mut("P1.1")
        .expect("P1.1")
        .actions
        .push(second);
    let list = all(&workspace, Sort::Provider);
    let p11: Vec<(usize, &str)> = list
        .iter()
        .filter(|p| p.item == "P1.1")
        .map(|p| (p.index, p.action.what.as_str()))
        .collect();
    assert_eq!(p11, [(0, "chase"), (1, "and again")]);
}

#[test]
fn filters_by_owner_status_and_overdue_combine() {
    let mut workspace = workspace();
    let p11 = workspace.providers[1]
        .assessments
        .get_mut("P1.1")
        .expect("P1.1");
    p11.actions.push(Action::new(
        "legal's",
        " legal ",
        Some(day("2026-11-02")),
        today(),
    ));
    p11.actions[0].set_status(ActionStatus::Done, today());
    let filtered = |filter: Filter| -> Vec<String> {
        actions(builtin(), &workspace, &filter, today(), Sort::Due)
            .iter()
            .map(|p| p.action.what.clone())
            .collect()
    };
    // "chase" was overdue, but is done: closed actions are never overdue.
    let overdue = Filter {
        overdue: true,
        ..Filter::default()
    };
    assert_eq!(filtered(overdue), ["legal's"]);
    let legal = Filter {
        owner: Some("Legal".to_owned()),
        ..Filter::default()
    };
    assert_eq!(filtered(legal), ["legal's"]);
    let done = Filter {
        status: Some(ActionStatus::Done),
        ..Filter::default()
    };
    assert_eq!(filtered(done), ["chase"]);
    let open_procurement = Filter {
        owner: Some("procurement".to_owned()),
        status: Some(ActionStatus::Open),
        ..Filter::default()
    };
    assert_eq!(filtered(open_procurement.clone()), ["fix", "old", "ask"]);
    assert!(open_procurement.is_narrowed());
    assert!(!Filter::default().is_narrowed());
    assert_eq!(owners(&workspace), ["legal", "Procurement"]);
}
