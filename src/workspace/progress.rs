//! How far an assessment has got: items judged over items to judge.
//!
//! The items to judge are the items in scope: assessable, and for a service the context
//! says the organisation needs (`scoring::in_scope`). Every figure of progress (the
//! Providers view, the status line, the picker, `tiaki list`) counts over them, so that
//! it agrees with the scores and the report, which leave the same items out.

use super::model::{Provider, Workspace};
use crate::assurance::{self, Derivation};
use crate::catalogue::{Catalogue, Item};
use crate::scoring::in_scope;

/// Items assessed (any status but Not assessed, so Not applicable counts: the assessor
/// decided it) out of the items in scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub assessed: usize,
    pub total: usize,
}

impl Progress {
    pub fn percent(self) -> usize {
        (self.assessed * 100).checked_div(self.total).unwrap_or(0)
    }
}

impl std::ops::Add for Progress {
    type Output = Progress;

    fn add(self, other: Progress) -> Progress {
        Progress {
            assessed: self.assessed + other.assessed,
            total: self.total + other.total,
        }
    }
}

impl Provider {
    /// Progress over the catalogue's items in scope for `derivation` (the workspace's
    /// context); judgements of items out of scope, or that the catalogue does not have,
    /// are not counted.
    pub fn progress_in_scope(&self, catalogue: &Catalogue, derivation: &Derivation) -> Progress {
        self.progress_over(
            catalogue.assessable_items().map(|(_, item)| item),
            derivation,
        )
    }

    /// Progress over those of `items` in scope for `derivation`: a section's, say. Items
    /// that are not assessable (context questions) are for the caller to leave out.
    pub fn progress_over<'c>(
        &self,
        items: impl IntoIterator<Item = &'c Item>,
        derivation: &Derivation,
    ) -> Progress {
        self.count(items.into_iter().filter(|item| in_scope(item, derivation)))
    }

    fn count<'c>(&self, items: impl Iterator<Item = &'c Item>) -> Progress {
        items.fold(Progress::default(), |progress, item| Progress {
            assessed: progress.assessed
                + usize::from(
                    self.assessments
                        .get(&item.id)
                        .is_some_and(|a| a.status.is_assessed()),
                ),
            total: progress.total + 1,
        })
    }
}

impl Workspace {
    /// One provider's progress over the items in scope for this workspace's context.
    pub fn provider_progress(&self, catalogue: &Catalogue, provider: &Provider) -> Progress {
        provider.progress_in_scope(catalogue, &assurance::derive(catalogue, &self.context))
    }

    /// Progress summed over every provider, over the items in scope.
    pub fn progress(&self, catalogue: &Catalogue) -> Progress {
        let derivation = assurance::derive(catalogue, &self.context);
        self.providers
            .iter()
            .map(|provider| provider.progress_in_scope(catalogue, &derivation))
            .fold(Progress::default(), |sum, p| sum + p)
    }
}

#[cfg(test)]
mod tests {
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
}
