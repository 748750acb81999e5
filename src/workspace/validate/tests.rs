use super::*;
use crate::workspace::{
    Assessment, Evidence, EvidenceFile, EvidenceId, Provider, ProviderId, Status, Timestamp,
};

fn workspace_with(item_ids: &[&str]) -> Workspace {
    let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid");
    let mut workspace = Workspace::new("Trial", catalogue::builtin(), now);
    let assessments = item_ids
        .iter()
        .map(|id| {
            let met = Assessment {
                status: Status::Met,
                ..Assessment::default()
            };
            ((*id).to_owned(), met)
        })
        .collect();
    workspace.providers.push(Provider {
        id: ProviderId("prov-1".into()),
        name: "Acme".into(),
        product: String::new(),
        edition: String::new(),
        deployment: None,
        jurisdiction: String::new(),
        notes: String::new(),
        assessments,
        deployment_checks: std::collections::BTreeMap::new(),
        crypto: crate::nzism::StatedCrypto::default(),
    });
    workspace
}

fn first_assessable_id() -> String {
    let (_, item) = catalogue::builtin()
        .assessable_items()
        .next()
        .expect("the built-in catalogue has assessable items");
    item.id.clone()
}

#[test]
fn a_workspace_on_known_items_has_no_problems() {
    let id = first_assessable_id();
    assert_eq!(workspace_problems(&workspace_with(&[&id])), vec![]);
}

#[test]
fn unknown_item_ids_are_named() {
    let id = first_assessable_id();
    let problems = workspace_problems(&workspace_with(&[&id, "P99.9"]));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].anchor.as_deref(), Some("P99.9"));
    assert!(problems[0].message.contains("`P99.9`"));
}

#[test]
fn an_unknown_catalogue_is_the_only_problem_reported() {
    let mut workspace = workspace_with(&["P99.9"]);
    workspace.catalogue.id = "someone-elses".into();
    let problems = workspace_problems(&workspace);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("someone-elses"));
}

#[test]
fn duplicate_providers_are_reported() {
    let mut workspace = workspace_with(&[]);
    let copy = workspace.providers[0].clone();
    workspace.providers.push(copy);
    let problems = workspace_problems(&workspace);
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn what_no_tiaki_writes_is_refused() {
    let id = first_assessable_id();
    let mut workspace = workspace_with(&[&id]);
    workspace.providers[0].id = ProviderId(String::new());
    let evidence = Evidence {
        file: Some(EvidenceFile {
            path: "/x/report.pdf".into(),
            sha256: "not-a-digest".into(),
        }),
        ..Evidence::new(EvidenceId("evid-1".into()), "Report")
    };
    workspace.evidence.push(evidence.clone());
    workspace.evidence.push(Evidence {
        file: None,
        ..evidence
    });
    let assessment = workspace.providers[0]
        .assessments
        .get_mut(&id)
        .expect("assessed");
    assessment
        .evidence_links
        .push(EvidenceId("evid-hand-made".into()));
    let messages: Vec<String> = workspace_problems(&workspace)
        .into_iter()
        .map(|problem| problem.message)
        .collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(messages[0].contains("empty id"), "{messages:?}");
    assert!(messages[1].contains("SHA-256"), "{messages:?}");
    assert!(
        messages[2].contains("`evid-1` is used more than once"),
        "{messages:?}"
    );
    assert!(
        messages[3].contains("links to evidence `evid-hand-made`, which is not in"),
        "{messages:?}"
    );
}

#[test]
fn names_that_only_look_different_are_one_name() {
    for twin in [
        "Ko\u{304}tuku",
        "Kōtuku\u{200B}",
        "\u{FEFF}KŌTUKU",
        "Ｋōtuku",
    ] {
        let mut workspace = workspace_with(&[]);
        "Kōtuku".clone_into(&mut workspace.providers[0].name);
        let mut copy = workspace.providers[0].clone();
        copy.id = ProviderId("prov-2".into());
        twin.clone_into(&mut copy.name);
        workspace.providers.push(copy);
        let problems = workspace_problems(&workspace);
        assert_eq!(problems.len(), 1, "{twin:?}: {problems:?}");
        assert!(
            problems[0].message.contains("two providers"),
            "{problems:?}"
        );
    }
}
