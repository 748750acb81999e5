//! Catalogue-1.0 workspaces read through the store come out on catalogue 2.0 with every
//! judgement, note, piece of evidence and action still there, in the place 2.0 keeps it.

use tiaki::codec;
use tiaki::workspace::{Action, ActionStatus, LegacyEvidence, SCHEMA_VERSION};

use super::*;

/// The file as it was written, before the catalogue migration: version-1 files parse into
/// today's types because everything later versions added has a default. Each judgement's
/// one action is put in its list as schema 3 keeps it, checked here to be the same
/// action, open, and its evidence moved into the library, checked here to read back as it
/// was held, so that what follows compares like with like.
fn raw(path: &Path) -> Workspace {
    let bytes = std::fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let mut workspace: Workspace =
        codec::from_ron(&bytes).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    assert_eq!(workspace.schema_version, 1, "{}", path.display());
    assert_eq!(workspace.catalogue.version, "1.0.0");
    let before = workspace.clone();
    let moved = tiaki::workspace::upgrade(&mut workspace);
    assert!(moved > 0, "{}: the file has actions", path.display());
    for (old, new) in before.providers.iter().zip(&workspace.providers) {
        for (id, was) in &old.assessments {
            let now = &new.assessments[id];
            match &was.legacy_action {
                Some(action) => {
                    assert_eq!(now.actions.len(), 1, "{id}");
                    assert!(kept_as(action, &now.actions[0]), "{id}");
                }
                None => assert!(now.actions.is_empty(), "{id}"),
            }
            assert_eq!(as_recorded(&workspace, now), was.legacy_evidence, "{id}");
        }
    }
    workspace
}

fn migrated(path: &Path) -> Workspace {
    read_workspace_file(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// An action as schema 3 keeps the one a version-1 file had: the same what, owner and due
/// date, open.
fn kept_as(old: &Action, new: &Action) -> bool {
    (&old.what, &old.owner, old.due) == (&new.what, &new.owner, new.due)
        && new.status == ActionStatus::Open
        && new.closed.is_none()
}

/// Every judgement the migrated workspace holds, wherever it is kept.
fn every_assessment(workspace: &Workspace) -> Vec<&Assessment> {
    let providers = workspace
        .providers
        .iter()
        .flat_map(|p| p.assessments.values().chain(p.deployment_checks.values()));
    let candidates = workspace
        .readiness_candidates
        .values()
        .flatten()
        .map(|candidate| &candidate.assessment);
    providers
        .chain(workspace.readiness.values())
        .chain(candidates)
        .collect()
}

/// The library entries `assessment` links to, in the shape version 1 recorded evidence
/// inside each assessment: what the migration must have kept.
fn as_recorded(workspace: &Workspace, assessment: &Assessment) -> Vec<LegacyEvidence> {
    assert!(
        assessment.legacy_evidence.is_empty(),
        "every piece moved to the library"
    );
    workspace
        .linked_evidence(assessment)
        .map(|entry| LegacyEvidence {
            title: entry.title.clone(),
            location: entry.location.clone(),
            file: entry.file.clone(),
            seen: entry.seen,
        })
        .collect()
}

/// `assessment` with its evidence as held inside it, not linked: comparable across two
/// workspaces whose libraries differ.
fn as_held(workspace: &Workspace, assessment: &Assessment) -> Assessment {
    let mut held = assessment.clone();
    held.legacy_evidence = as_recorded(workspace, assessment);
    held.evidence_links.clear();
    held
}

/// Where each version-1 judgement's note, evidence and action went: all must be found.
fn assert_nothing_lost(before: &Workspace, after: &Workspace) {
    let kept = every_assessment(after);
    for provider in &before.providers {
        for (id, old) in &provider.assessments {
            let at = format!("{} {id}", provider.name);
            assert!(
                kept.iter().any(|a| a.note.contains(&old.note)),
                "{at}: note lost: {:?}",
                old.note
            );
            for evidence in &as_recorded(before, old) {
                assert!(
                    kept.iter()
                        .any(|a| as_recorded(after, a).contains(evidence)),
                    "{at}: evidence lost: {}",
                    evidence.title
                );
            }
            for action in &old.actions {
                assert!(
                    kept.iter().any(|a| a.actions.contains(action)),
                    "{at}: action lost: {}",
                    action.what
                );
            }
            assert_status_kept(after, provider, id, old);
        }
    }
}

/// The old judgement's status at each item it maps to: in the provider's assessments, in
/// the readiness (or among its candidates, recorded for this provider), and on the
/// deployment checklist for a setting. Where two old items merged into one, the one
/// already there keeps its status and the other's is written into its note.
fn assert_status_kept(after: &Workspace, old_provider: &Provider, old_id: &str, old: &Assessment) {
    let catalogue = builtin();
    let targets = builtin_migration()
        .item_move(old_id)
        .map_or_else(|| vec![old_id.to_owned()], |step| step.new.clone());
    let now = provider(after, &old_provider.id.0);
    for target in &targets {
        let at = format!("{} {old_id} → {target}", old_provider.name);
        let item = catalogue
            .item(target)
            .unwrap_or_else(|| panic!("{at}: no such item"));
        if item.is_for_readiness() {
            let candidate = after.readiness_candidates.get(target).and_then(|all| {
                all.iter()
                    .find(|each| each.recorded_for == old_provider.name)
            });
            let status = candidate.map_or(after.readiness[target].status, |c| c.assessment.status);
            assert_eq!(status, old.status, "{at}");
            continue;
        }
        let merged = target != old_id && old_provider.assessments.contains_key(target);
        if merged {
            let formerly = format!("formerly recorded as {old_id}: {}", old.status.label());
            assert!(now.assessments[target].note.contains(&formerly), "{at}");
            continue;
        }
        assert_eq!(status(now, target), old.status, "{at}");
        if item.deployment.is_some() {
            assert_eq!(now.deployment_checks[target].status, old.status, "{at}");
        }
    }
}

/// Catalogue 2.0 and schema 3; every judgement in the place that holds its kind of item.
fn assert_on_catalogue_2(workspace: &Workspace) {
    let catalogue = builtin();
    assert_eq!(workspace.schema_version, SCHEMA_VERSION);
    assert_eq!(workspace.schema_version, 3);
    assert_eq!(workspace.catalogue.version, "2.0.0");
    let is = |id: &str, kind: fn(&Item) -> bool| catalogue.item(id).is_some_and(kind);
    for provider in &workspace.providers {
        for id in provider.assessments.keys() {
            assert!(is(id, Item::is_for_provider), "{}: {id}", provider.name);
        }
        for id in provider.deployment_checks.keys() {
            assert!(
                is(id, |item| item.deployment.is_some()),
                "{}: {id}",
                provider.name
            );
        }
    }
    let derivation = derive(catalogue, &workspace.context);
    assert!(derivation.stale.is_empty(), "{:?}", derivation.stale);
    for id in workspace
        .readiness
        .keys()
        .chain(workspace.readiness_candidates.keys())
    {
        assert!(is(id, Item::is_for_readiness), "readiness: {id}");
    }
}

#[test]
fn the_version_1_demo_migrates_without_losing_anything() {
    let path = fixture("v1/demo.ron");
    let (before, after) = (raw(&path), migrated(&path));
    assert_on_catalogue_2(&after);
    assert_nothing_lost(&before, &after);
    assert!(!after.readiness.is_empty());
    assert_eq!(after.providers.len(), before.providers.len());
}

#[test]
fn the_hand_made_version_1_file_lands_where_catalogue_2_keeps_each_part() {
    let path = fixture("v1/hand-made.ron");
    let (before, after) = (raw(&path), migrated(&path));
    assert_on_catalogue_2(&after);
    assert_nothing_lost(&before, &after);
    let korero = provider(&after, "prov-korero");
    let waka = provider(&after, "prov-waka");
    let old = |id: &str, item: &str| provider(&before, id).assessments[item].clone();

    // Answered differently per provider: no answer chosen for the organisation, every
    // version kept whole (evidence and action included) until the assessor picks one.
    assert!(after.readiness["SET.3"].flagged);
    assert_eq!(after.readiness["SET.3"].status, Status::NotAssessed);
    // Each version's evidence is now a link into the library: read back as it was held.
    let versions: Vec<(&str, Assessment)> = after.readiness_candidates["SET.3"]
        .iter()
        .map(|c| {
            let held = as_held(&after, &c.assessment);
            (c.recorded_for.as_str(), held)
        })
        .collect();
    assert_eq!(
        versions,
        [
            (
                "Kōrero Cloud (fictional)",
                as_held(&before, &old("prov-korero", "SET.3"))
            ),
            (
                "Waka Voice (fictional)",
                as_held(&before, &old("prov-waka", "SET.3"))
            ),
        ]
    );
    // Answered alike: taken once, flagged, with its action.
    let crisis = &after.readiness["P7.10"];
    assert_eq!(crisis.status, Status::NotMet);
    assert!(
        crisis.flagged
            && crisis
                .note
                .starts_with("No service prepared for a crisis yet.")
    );
    assert_eq!(crisis.actions, old("prov-korero", "P7.10").actions);
    assert!(!after.readiness_candidates.contains_key("P7.10"));

    // Split items: the provider's parts stay with the provider, the organisation's part
    // goes to the readiness; each keeps its status and evidence, flagged with why.
    for (part, from) in [
        ("P7.9", "P7.9"),
        ("P7.12", "P7.8"),
        ("P7.13", "P7.8"),
        ("P7.14", "P7.8"),
        ("P5.6", "P5.6"),
        ("P5.12", "P5.6"),
    ] {
        let was = old("prov-korero", from);
        let now = &korero.assessments[part];
        assert_eq!(
            (now.status, as_recorded(&after, now)),
            (was.status, as_recorded(&before, &was)),
            "{part}"
        );
        assert!(now.flagged && now.note.starts_with(&was.note), "{part}");
        assert!(now.note.contains("Migrated to catalogue 2.0"), "{part}");
    }
    assert_eq!(
        korero.assessments["P5.12"].actions,
        old("prov-korero", "P5.6").actions
    );
    for organisation_part in ["P7.8", "P7.11"] {
        assert_eq!(
            after.readiness_candidates[organisation_part].len(),
            2,
            "{organisation_part}"
        );
    }
    assert_eq!(after.readiness["P5.7"].status, Status::Met);
    assert_eq!(waka.assessments["P5.13"].status, Status::Met);

    // SEL.4 merged into P7.3: P7.3's judgement stands, SEL.4's rides along in full.
    assert!(!korero.assessments.contains_key("SEL.4"));
    let suppliers = &korero.assessments["P7.3"];
    assert_eq!(suppliers.status, Status::PartlyMet);
    // Both actions kept as actions (schema 2 could keep only one and wrote the other
    // into the note).
    let mut both = old("prov-korero", "P7.3").actions;
    both.extend(old("prov-korero", "SEL.4").actions);
    assert_eq!(suppliers.actions, both);
    assert!(
        both[1]
            .what
            .contains("Recheck the sub-processor list each quarter")
    );
    assert!(
        suppliers
            .note
            .contains("Sub-processors listed on the trust page.")
    );
    assert_eq!(
        as_recorded(&after, suppliers),
        as_recorded(&before, &old("prov-korero", "SEL.4"))
    );
    assert_eq!(waka.assessments["P7.3"].status, Status::Unknown);

    // A setting: the capability stays scored; our check starts from the same judgement.
    for (provider, id) in [(korero, "prov-korero"), (waka, "prov-waka")] {
        let was = old(id, "P3.6");
        assert_eq!(provider.assessments["P3.6"].status, was.status);
        assert_eq!(provider.deployment_checks["P3.6"].status, was.status);
        assert_eq!(provider.deployment_checks["P3.6"].actions, was.actions);
        assert!(provider.deployment_checks["P3.6"].flagged);
    }
    // An item that did not change is left exactly as it was.
    assert_eq!(korero.assessments["P1.1"], old("prov-korero", "P1.1"));

    // "A trial" is now two answers: a few people, for a short time.
    let answers = &after.context.answers;
    assert_eq!(answers["CTX.5"], Answer::Choice("few".to_owned()));
    assert_eq!(answers["CTX.19"], Answer::Choice("short".to_owned()));
}
