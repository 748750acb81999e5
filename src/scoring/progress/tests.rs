use std::collections::BTreeMap;

use super::*;
use crate::catalogue::{Service, builtin};
use crate::workspace::{Answer, Assessment, ProviderId, Status, Timestamp};

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:30:00Z").expect("valid timestamp")
}

fn provider(judgements: &[(&str, Status)]) -> Provider {
    Provider {
        id: ProviderId("prov-a".to_owned()),
        name: "A".to_owned(),
        product: String::new(),
        edition: String::new(),
        deployment: None,
        jurisdiction: String::new(),
        notes: String::new(),
        assessments: judgements
            .iter()
            .map(|&(item, status)| {
                let assessment = Assessment {
                    status,
                    ..Assessment::default()
                };
                (item.to_owned(), assessment)
            })
            .collect::<BTreeMap<_, _>>(),
        deployment_checks: BTreeMap::new(),
        crypto: crate::nzism::StatedCrypto::default(),
    }
}

#[test]
fn items_for_services_not_needed_leave_the_count() {
    let catalogue = builtin();
    let items = || catalogue.assessable_items().map(|(_, item)| item);
    let for_voice =
        |item: &Item| item.services.is_empty() || item.services.contains(&Service::Voice);
    let in_scope_item = items()
        .find(|item| item.services.is_empty())
        .expect("an item for every service");
    let out_of_scope_item = items()
        .find(|item| !for_voice(item))
        .expect("an item not for voice");
    let mut workspace = Workspace::new("w", catalogue, now());
    workspace.context.answers.insert(
        "CTX.6".to_owned(),
        Answer::Choices(vec!["voice".to_owned()]),
    );
    // One judgement in scope, one out of it: only the first counts.
    let provider = provider(&[
        (&in_scope_item.id, Status::Met),
        (&out_of_scope_item.id, Status::NotApplicable),
    ]);
    workspace.providers.push(provider.clone());

    let expected = Progress {
        assessed: 1,
        total: items().filter(|item| for_voice(item)).count(),
    };
    assert!(expected.total < items().count());
    assert_eq!(workspace.provider_progress(catalogue, &provider), expected);
    assert_eq!(workspace.progress(catalogue), expected);
    let derivation = assurance::derive(catalogue, &workspace.context);
    assert_eq!(provider.progress_in_scope(catalogue, &derivation), expected);
    // Section by section, the same figures add up to the whole.
    let by_section = catalogue
        .sections
        .iter()
        .map(|section| {
            let assessable = section.items.iter().filter(|item| item.is_for_provider());
            provider.progress_over(assessable, &derivation)
        })
        .fold(Progress::default(), |sum, p| sum + p);
    assert_eq!(by_section, expected);
}

#[test]
fn everything_is_in_scope_until_the_services_are_known() {
    let catalogue = builtin();
    let mut workspace = Workspace::new("w", catalogue, now());
    workspace.providers.push(provider(&[]));
    assert_eq!(
        workspace.progress(catalogue).total,
        catalogue.assessable_items().count()
    );
}

/// The figure the testers saw differ: Kōtuku's 47 of 94 in Providers against 47 of 92
/// in Compare and the report.
#[test]
fn the_demo_agrees_with_its_scores() {
    let catalogue = builtin();
    let demo = crate::demo::demo_workspace(catalogue, now());
    let derivation = assurance::derive(catalogue, &demo.context);
    for provider in &demo.providers {
        let card = crate::scoring::score(
            catalogue,
            provider,
            &derivation,
            crate::scoring::ScoreOptions::default(),
        );
        let not_applicable = catalogue
            .assessable_items()
            .filter(|(_, item)| in_scope(item, &derivation))
            .filter(|(_, item)| {
                provider
                    .assessments
                    .get(&item.id)
                    .is_some_and(|a| a.status == Status::NotApplicable)
            })
            .count();
        // The scores leave Not applicable out of both sides; progress counts it done.
        let progress = demo.provider_progress(catalogue, provider);
        assert_eq!(progress.total, card.overall.applicable + not_applicable);
        assert_eq!(progress.assessed, card.overall.assessed + not_applicable);
    }
}
