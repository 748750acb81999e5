use super::*;
use crate::catalogue::builtin;
use crate::workspace::{ChangeError, Provider, ProviderId, Status};

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:00:00Z").expect("valid")
}

fn day(text: &str) -> Day {
    Day::parse(text).expect("valid day")
}

fn entry(id: &str, title: &str) -> Evidence {
    Evidence::new(EvidenceId(id.to_owned()), title.to_owned())
}

fn legacy(title: &str, page: &str) -> LegacyEvidence {
    LegacyEvidence {
        title: title.to_owned(),
        location: page.to_owned(),
        file: Some(EvidenceFile {
            path: format!("/evidence/{title}.pdf"),
            sha256: "ab".repeat(32),
        }),
        seen: Some(day("2026-10-01")),
    }
}

/// A workspace with provider `prov-a` whose items each hold `evidence` the old way.
fn old_style(items: &[(&str, Vec<LegacyEvidence>)]) -> Workspace {
    let mut workspace = Workspace::new("W", builtin(), now());
    let mut provider = Provider::new(ProviderId("prov-a".into()), "Acme");
    for (item, evidence) in items {
        let assessment = Assessment {
            status: Status::Met,
            legacy_evidence: evidence.clone(),
            ..Assessment::default()
        };
        provider.assessments.insert((*item).to_owned(), assessment);
    }
    workspace.providers.push(provider);
    workspace
}

fn links_of(workspace: &Workspace, item: &str) -> Vec<EvidenceId> {
    workspace.providers[0].assessments[item]
        .evidence_links
        .clone()
}

#[test]
fn identical_old_evidence_becomes_one_entry_linked_from_every_item() {
    let soc2 = legacy("SOC 2", "section 4");
    let mut workspace = old_style(&[
        ("P1.1", vec![soc2.clone()]),
        ("P1.2", vec![soc2.clone(), legacy("Whitepaper", "p. 3")]),
        ("P2.1", vec![soc2.clone()]),
    ]);
    let mut readiness = Assessment {
        status: Status::Met,
        legacy_evidence: vec![soc2.clone()],
        ..Assessment::default()
    };
    readiness.note = "ours".into();
    workspace.readiness.insert("R1".into(), readiness);
    assert_eq!(gather_evidence(&mut workspace), 2);
    assert_eq!(workspace.evidence.len(), 2);
    let shared = &workspace.evidence[0];
    assert_eq!(shared.title, "SOC 2");
    assert_eq!(shared.location, "section 4");
    assert_eq!(shared.file, soc2.file);
    assert_eq!(shared.seen, soc2.seen);
    for item in ["P1.1", "P1.2", "P2.1"] {
        assert_eq!(links_of(&workspace, item)[0], shared.id, "{item}");
    }
    assert_eq!(links_of(&workspace, "P1.2")[1], workspace.evidence[1].id);
    assert_eq!(
        workspace.readiness["R1"].evidence_links,
        std::slice::from_ref(&shared.id)
    );
    assert_eq!(workspace.evidence_links(&shared.id).len(), 4);
    let nothing_left = workspace
        .linked_assessments()
        .all(|(_, a)| a.legacy_evidence.is_empty());
    assert!(nothing_left);
}

#[test]
fn evidence_differing_in_anything_stays_apart_and_ids_do_not_depend_on_the_run() {
    let build = || {
        old_style(&[
            ("P1.1", vec![legacy("SOC 2", "section 4")]),
            ("P1.2", vec![legacy("SOC 2", "section 5")]),
        ])
    };
    let mut first = build();
    let mut second = build();
    gather_evidence(&mut first);
    gather_evidence(&mut second);
    assert_eq!(first.evidence.len(), 2);
    assert_eq!(
        first.evidence, second.evidence,
        "reading twice gives the same ids"
    );
    assert_ne!(first.evidence[0].id, first.evidence[1].id);
    assert!(first.evidence[0].id.0.starts_with("evid-"));
    assert_eq!(gather_evidence(&mut first), 0, "nothing left to gather");
}

#[test]
fn removing_an_entry_unlinks_it_everywhere_as_one_change_that_undoes_whole() {
    let soc2 = legacy("SOC 2", "");
    let mut workspace = old_style(&[("P1.1", vec![soc2.clone()]), ("P1.2", vec![soc2])]);
    gather_evidence(&mut workspace);
    let id = workspace.evidence[0].id.clone();
    let before = workspace.clone();
    let change = Change::evidence_removed(&workspace, &id, Some(("Ana", now())));
    assert_eq!(change.items().len(), 2, "both links come off");
    let applied = workspace.apply(change, "Ana", now()).expect("applies");
    assert!(workspace.evidence.is_empty());
    assert!(links_of(&workspace, "P1.1").is_empty());
    assert!(workspace.dangling_evidence_links().is_empty());
    workspace
        .apply(applied.inverse, "Ana", now())
        .expect("undoes");
    assert_eq!(workspace.evidence, before.evidence);
    assert_eq!(workspace.providers, before.providers);
}

#[test]
fn an_entry_still_linked_is_never_removed_alone() {
    let mut workspace = old_style(&[("P1.1", vec![legacy("SOC 2", "")])]);
    gather_evidence(&mut workspace);
    let entry = workspace.evidence[0].clone();
    let alone = Change::Evidence {
        before: Some(Box::new(entry)),
        after: None,
    };
    let refused = workspace.apply(alone, "Ana", now());
    assert!(matches!(refused, Err(ChangeError::Stale(_))), "{refused:?}");
    assert_eq!(workspace.evidence.len(), 1, "left as it was");
}

#[test]
fn an_edit_keeps_its_place_and_a_stale_one_is_refused() {
    let mut workspace = Workspace::new("W", builtin(), now());
    for (id, title) in [
        ("evid-1", "First"),
        ("evid-2", "Second"),
        ("evid-1", "First, edited"),
    ] {
        let change = Change::evidence_put(&workspace, entry(id, title));
        workspace.apply(change, "Ana", now()).expect("kept");
    }
    let titles: Vec<&str> = workspace
        .evidence
        .iter()
        .map(|e| e.title.as_str())
        .collect();
    assert_eq!(titles, ["First, edited", "Second"]);
    let stale = Change::Evidence {
        before: Some(Box::new(entry("evid-2", "Not what is there"))),
        after: Some(Box::new(entry("evid-2", "Third"))),
    };
    assert!(workspace.apply(stale, "Ana", now()).is_err());
    let fresh = workspace.fresh_evidence_id("Third", now());
    assert!(workspace.evidence_entry(&fresh).is_none());
    assert!(fresh.0.starts_with("evid-"));
}

#[test]
fn expiry_counts_from_the_day_after_the_last() {
    let mut soc2 = entry("evid-1", "SOC 2");
    assert!(
        !soc2.is_expired(day("2030-01-01")),
        "no expiry never expires"
    );
    soc2.expires = Some(day("2026-03-31"));
    assert!(!soc2.is_expired(day("2026-03-31")));
    assert!(soc2.is_expired(day("2026-04-01")));
}

#[test]
fn concerns_list_changed_missing_and_expired_entries_with_their_items() {
    let mut workspace = old_style(&[
        ("P1.1", vec![legacy("Changed", "")]),
        ("P1.2", vec![legacy("Fine", "")]),
        ("P2.1", vec![legacy("Old", "")]),
    ]);
    gather_evidence(&mut workspace);
    let id = |title: &str| {
        workspace
            .evidence
            .iter()
            .find(|e| e.title == title)
            .map(|e| e.id.clone())
            .expect("entry")
    };
    let (changed, fine, old) = (id("Changed"), id("Fine"), id("Old"));
    if let Some(entry) = workspace.evidence.iter_mut().find(|e| e.id == old) {
        entry.expires = Some(day("2026-01-31"));
    }
    let files = FileStates::from([
        (
            changed.clone(),
            FileState::Changed {
                now: "cd".repeat(32),
            },
        ),
        (fine, FileState::Unchanged),
        (old.clone(), FileState::Unchanged),
    ]);
    let concerns = workspace.evidence_concerns(&files, day("2026-11-28"));
    let found: Vec<(&EvidenceId, String, Vec<&str>)> = concerns
        .iter()
        .map(|c| {
            let items = c.links.iter().map(|l| l.item.as_str()).collect();
            (&c.entry.id, c.describe(), items)
        })
        .collect();
    assert_eq!(
        found,
        [
            (&changed, "changed since recorded".to_owned(), vec!["P1.1"]),
            (&old, "expired 2026-01-31".to_owned(), vec!["P2.1"]),
        ]
    );
}

#[test]
fn links_to_entries_the_library_lacks_are_found() {
    let mut workspace = old_style(&[("P1.1", Vec::new())]);
    if let Some(assessment) = workspace.providers[0].assessments.get_mut("P1.1") {
        assessment
            .evidence_links
            .push(EvidenceId("evid-hand".into()));
    }
    let dangling = workspace.dangling_evidence_links();
    assert_eq!(dangling.len(), 1);
    assert_eq!(dangling[0].0.item, "P1.1");
    assert_eq!(dangling[0].1, EvidenceId("evid-hand".into()));
    assert_eq!(
        workspace
            .linked_evidence(&workspace.providers[0].assessments["P1.1"])
            .count(),
        0
    );
}
