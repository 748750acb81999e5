//! Issue 11's "Done when", as tests through the public API: a trial assessment at High of
//! three realistic providers leaves none of them disqualified by the organisation's own
//! gaps or by advice the guidance gives only conditionally; and a catalogue-1.0 workspace
//! migrates onto catalogue 2.0 without losing a note, a piece of evidence or an action.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use tiaki::assurance::derive;
use tiaki::catalogue::{AssuranceLevel, Catalogue, Item, Priority, builtin, builtin_migration};
use tiaki::compare::{Comparison, Filter, Sort};
use tiaki::scoring::{ScoreOptions, Scorecard, score, score_all, weight};
use tiaki::store::read_workspace_file;
use tiaki::workspace::{Answer, Assessment, Context, Provider, Status, Workspace};

#[path = "trial/migration.rs"]
mod migration;

/// Advice the guidance gives only conditionally ("if …, consider", "could", "where it is
/// offered", "for government agencies"): never a reason to rule a provider out.
const CONDITIONAL: [&str; 11] = [
    "P2.3", "P2.4", "P3.9", "P7.9", "SEC.8", "SEC.9", "SEC.10", "SEC.11", "SEC.12", "P5.2", "P5.3",
];

/// The readiness gaps the trial's organisation has, from the issue's own trial.
const GAPS: [&str; 5] = ["SET.3", "P1.8", "P4.10", "P7.6", "P7.10"];

const BOTH_OPTIONS: [ScoreOptions; 2] = [
    ScoreOptions {
        unknown_disqualifies: false,
        on: None,
    },
    ScoreOptions {
        unknown_disqualifies: true,
        on: None,
    },
];

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

/// The investigations unit's trial, read as `tiaki import` reads it.
fn trial() -> Workspace {
    let path = fixture("trial/investigations.ron");
    read_workspace_file(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn provider<'w>(workspace: &'w Workspace, id: &str) -> &'w Provider {
    workspace
        .providers
        .iter()
        .find(|provider| provider.id.0 == id)
        .unwrap_or_else(|| panic!("no provider {id}"))
}

fn status(provider: &Provider, item: &str) -> Status {
    provider
        .assessments
        .get(item)
        .map_or(Status::NotAssessed, |assessment| assessment.status)
}

fn cards(catalogue: &Catalogue, workspace: &Workspace, options: ScoreOptions) -> Vec<Scorecard> {
    let derivation = derive(catalogue, &workspace.context);
    score_all(catalogue, &workspace.providers, &derivation, options)
}

fn disqualifying(cards: &[Scorecard]) -> Vec<(String, Vec<String>)> {
    cards
        .iter()
        .map(|card| (card.provider.0.clone(), card.disqualifying.clone()))
        .collect()
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|id| (*id).to_owned()).collect()
}

#[test]
fn the_trial_is_at_high_and_every_provider_item_is_judged_with_reasons() {
    let catalogue = builtin();
    let workspace = trial();
    assert_eq!(workspace.catalogue.version, catalogue.version);
    let derivation = derive(catalogue, &workspace.context);
    assert!(
        derivation.unanswered.is_empty(),
        "{:?}",
        derivation.unanswered
    );
    assert!(derivation.stale.is_empty(), "{:?}", derivation.stale);
    assert_eq!(derivation.levels.confidentiality, AssuranceLevel::High);
    assert_eq!(derivation.effective, AssuranceLevel::High);

    let provider_items: BTreeSet<&str> = catalogue
        .assessable_items()
        .map(|(_, item)| item.id.as_str())
        .collect();
    for provider in &workspace.providers {
        let judged: BTreeSet<&str> = provider.assessments.keys().map(String::as_str).collect();
        assert_eq!(judged, provider_items, "{}", provider.name);
        for (id, assessment) in &provider.assessments {
            assert!(assessment.status.is_assessed(), "{} {id}", provider.name);
            assert!(
                !assessment.note.is_empty(),
                "{} {id} has no note",
                provider.name
            );
        }
    }
    for (id, assessment) in &workspace.readiness {
        assert!(
            catalogue.item(id).is_some_and(Item::is_for_readiness),
            "{id} is not one of the organisation's items"
        );
        assert!(!assessment.lacks_justification(), "{id}");
    }
    for gap in GAPS {
        assert_eq!(workspace.readiness[gap].status, Status::NotMet, "{gap}");
    }
}

#[test]
fn no_provider_is_disqualified_by_our_gaps_or_by_conditional_advice() {
    let catalogue = builtin();
    let workspace = trial();
    for options in BOTH_OPTIONS {
        let cards = cards(catalogue, &workspace, options);
        for card in &cards {
            for id in &card.disqualifying {
                let item = catalogue.item(id).expect("a catalogue item");
                assert!(item.is_for_provider(), "{}: {id}", card.provider);
                assert!(
                    !CONDITIONAL.contains(&id.as_str()),
                    "{}: {id}",
                    card.provider
                );
            }
        }
        // What does rule a provider out is a fact about the provider: the self-hosted
        // messenger's unlogged admin API and single admin role, and (when Unknown counts)
        // the NZ service's silence on its suppliers.
        let nz_service = if options.unknown_disqualifies {
            ids(&["P7.2"])
        } else {
            Vec::new()
        };
        assert_eq!(
            disqualifying(&cards),
            [
                ("prov-horizon".to_owned(), Vec::new()),
                ("prov-tui".to_owned(), nz_service),
                ("prov-harakeke".to_owned(), ids(&["P4.9", "P5.13"])),
            ]
        );

        let derivation = derive(catalogue, &workspace.context);
        let comparison = Comparison::new(
            catalogue,
            &workspace.providers,
            derivation,
            options,
            Sort::Rank,
        );
        assert_eq!(comparison.cards, cards);
        assert_eq!(
            comparison.ranking.last(),
            Some(&2),
            "the messenger ranks last"
        );
        for (index, card) in cards.iter().enumerate() {
            let summary = comparison.summary(index);
            assert_eq!(
                summary.disqualifying, card.disqualifying,
                "{}",
                card.provider
            );
        }
        // The organisation's items are not rows of the providers' comparison either.
        let open: BTreeSet<String> = catalogue.sections.iter().map(|s| s.id.clone()).collect();
        for filter in [
            Filter::default(),
            Filter {
                required_only: true,
                differences_only: false,
            },
        ] {
            for row in comparison.matrix().rows(&open, filter) {
                if let Some(item) = row.item() {
                    assert!(item.is_for_provider(), "{} is a row", item.id);
                }
            }
        }
    }
}

#[test]
fn the_nz_tls_only_service_is_not_disqualified_for_lacking_end_to_end_encryption() {
    let catalogue = builtin();
    let workspace = trial();
    let derivation = derive(catalogue, &workspace.context);
    let tui = provider(&workspace, "prov-tui");
    assert_eq!(status(tui, "P2.3"), Status::NotMet);
    let p2_3 = catalogue.item("P2.3").expect("P2.3");
    assert_eq!(derivation.level_for(p2_3), AssuranceLevel::High);
    assert_ne!(derivation.priority(p2_3), Priority::Required);
    let card = score(catalogue, tui, &derivation, ScoreOptions::default());
    assert!(!card.is_disqualified(), "{:?}", card.disqualifying);
}

#[test]
fn a_service_without_a_waiting_room_is_not_penalised() {
    let catalogue = builtin();
    let workspace = trial();
    let derivation = derive(catalogue, &workspace.context);
    let messenger = provider(&workspace, "prov-harakeke");
    assert_eq!(status(messenger, "P3.9"), Status::NotApplicable);
    let p3_9 = catalogue.item("P3.9").expect("P3.9");
    let p3_9_weight = weight(derivation.priority(p3_9));
    assert_ne!(derivation.priority(p3_9), Priority::Required);

    let mut without = messenger.clone();
    without.assessments.get_mut("P3.9").expect("judged").status = Status::NotMet;
    let options = ScoreOptions::default();
    let as_judged = score(catalogue, messenger, &derivation, options).overall;
    let as_not_met = score(catalogue, &without, &derivation, options).overall;
    // Not applicable leaves the item out: nothing to earn, nothing lost.
    assert_eq!(as_judged.earned_halves, as_not_met.earned_halves);
    assert_eq!(as_judged.possible + p3_9_weight, as_not_met.possible);
    assert_eq!(as_judged.applicable + 1, as_not_met.applicable);
    assert!(as_judged.percent() > as_not_met.percent());
    let card = score(catalogue, messenger, &derivation, options);
    assert!(!card.disqualifying.iter().any(|id| id == "P3.9"));
}

#[test]
fn the_readiness_gaps_change_no_provider_score() {
    let catalogue = builtin();
    let recorded = trial();
    let mut before = recorded.clone();
    before.readiness.clear();
    // As a catalogue-1.0 file had them: the organisation's judgements inside every
    // provider's assessments. Scoring must still leave them out.
    let mut misplaced = recorded.clone();
    for provider in &mut misplaced.providers {
        provider.assessments.extend(recorded.readiness.clone());
    }
    for options in BOTH_OPTIONS {
        let scores = cards(catalogue, &recorded, options);
        assert_eq!(cards(catalogue, &before, options), scores);
        assert_eq!(cards(catalogue, &misplaced, options), scores);
    }
}

#[test]
fn availability_alone_does_not_make_end_to_end_encryption_required() {
    let catalogue = builtin();
    let mut context = Context::default();
    context
        .answers
        .insert("CTX.15".to_owned(), Answer::Choice("critical".to_owned()));
    let derivation = derive(catalogue, &context);
    assert_eq!(derivation.levels.availability, AssuranceLevel::High);
    assert_eq!(derivation.levels.confidentiality, AssuranceLevel::Baseline);
    assert_eq!(derivation.levels.integrity, AssuranceLevel::Baseline);
    let item = |id: &str| catalogue.item(id).expect(id);
    assert_eq!(derivation.priority(item("P2.3")), Priority::Optional);
    assert_eq!(derivation.priority(item("P7.7")), Priority::Required);
}

#[test]
fn conditional_advice_is_never_required_even_at_high_for_every_property() {
    let catalogue = builtin();
    let mut context = Context::default();
    for (question, option) in [("CTX.9", "high"), ("CTX.20", "yes")] {
        context
            .answers
            .insert(question.to_owned(), Answer::Choice(option.to_owned()));
    }
    let derivation = derive(catalogue, &context);
    assert_eq!(
        derivation.levels,
        tiaki::assurance::Levels::all(AssuranceLevel::High)
    );
    for id in CONDITIONAL {
        let item = catalogue.item(id).expect(id);
        assert!(derivation.applies(item), "{id} should be in scope");
        assert_ne!(derivation.priority(item), Priority::Required, "{id}");
    }
    // A provider that meets nothing at all is still not ruled out by any of them.
    let mut failing = trial().providers.remove(0);
    for assessment in failing.assessments.values_mut() {
        *assessment = Assessment {
            status: Status::NotMet,
            ..Assessment::default()
        };
    }
    let card = score(catalogue, &failing, &derivation, ScoreOptions::default());
    assert!(card.is_disqualified());
    for id in &card.disqualifying {
        assert!(!CONDITIONAL.contains(&id.as_str()), "{id}");
    }
}
