mod standing;

use proptest::prelude::*;

use super::*;
use crate::assurance::derive;
use crate::catalogue::{AssuranceLevel, Service, builtin, parse_catalogue};
use crate::workspace::{Answer, Assessment, Context, LevelOverride};

/// Two sections: S.1 required everywhere, S.2 recommended then required at High, S.3
/// optional and only about recording.
const CATALOGUE: &str = r#"(
    id: "t", version: "1", title: "T",
    source: (publisher: "P", title: "T", date: "2020"),
    sections: [
        (id: "C", title: "Context", summary: "s", items: [
            (id: "C.1", title: "services", guidance: "g", source: "s", kind: ContextQuestion,
             answered_by: Organisation,
             priority: (baseline: Optional, enhanced: Optional, high: Optional),
             answer: Some(Multiple([
                (id: "video", label: "Video", service: Some(Video)),
                (id: "recording", label: "Recording", service: Some(Recording)),
             ]))),
            (id: "C.2", title: "sensitivity", guidance: "g", source: "s", kind: ContextQuestion,
             answered_by: Organisation,
             priority: (baseline: Optional, enhanced: Optional, high: Optional),
             answer: Some(Single([(id: "low", label: "Low"), (id: "top", label: "Top", raises_to: Some(High))]))),
        ]),
        (id: "S", title: "Checks", summary: "s", items: [
            (id: "S.1", title: "a", guidance: "g", source: "s", kind: Check, answered_by: Provider,
             priority: (baseline: Required, enhanced: Required, high: Required)),
            (id: "S.2", title: "b", guidance: "g", source: "s", kind: Check, answered_by: Provider,
             priority: (baseline: Recommended, enhanced: Recommended, high: Required)),
            (id: "S.3", title: "c", guidance: "g", source: "s", kind: Setting, answered_by: Provider,
             services: [Recording],
             priority: (baseline: Optional, enhanced: Optional, high: Optional)),
        ]),
    ],
)"#;

pub(super) fn catalogue() -> Catalogue {
    parse_catalogue(CATALOGUE.as_bytes()).expect("test catalogue is valid")
}

pub(super) fn provider(id: &str, statuses: &[(&str, Status)]) -> Provider {
    let mut provider = Provider::new(ProviderId(id.to_owned()), id);
    for (item, status) in statuses {
        provider.assessments.insert(
            (*item).to_owned(),
            Assessment {
                status: *status,
                ..Assessment::default()
            },
        );
    }
    provider
}

pub(super) fn baseline() -> Derivation {
    derive(&catalogue(), &Context::default())
}

#[test]
fn met_counts_fully_partly_half_and_the_rest_nothing() {
    let card = score(
        &catalogue(),
        &provider(
            "a",
            &[
                ("S.1", Status::Met),
                ("S.2", Status::PartlyMet),
                ("S.3", Status::NotMet),
            ],
        ),
        &baseline(),
        ScoreOptions::default(),
    );
    // weights 3 + 2 + 1 = 6; earned 3 + 1 + 0 = 4 → 66.7 %
    assert_eq!(card.overall.possible, 6);
    assert_eq!(card.overall.earned_halves, 8);
    assert!((card.overall.percent().expect("applicable") - 66.666).abs() < 0.01);
    assert_eq!(card.overall.assessed, 3);
}

#[test]
fn unknown_and_not_assessed_earn_nothing_but_differ_in_coverage() {
    let card = score(
        &catalogue(),
        &provider("a", &[("S.1", Status::Unknown)]),
        &baseline(),
        ScoreOptions::default(),
    );
    assert_eq!(card.overall.earned_halves, 0);
    assert_eq!(card.overall.unknown, 1);
    assert_eq!(card.overall.assessed, 1);
    assert_eq!(card.overall.applicable, 3);
}

#[test]
fn not_applicable_leaves_the_item_out() {
    let card = score(
        &catalogue(),
        &provider(
            "a",
            &[
                ("S.1", Status::Met),
                ("S.2", Status::NotApplicable),
                ("S.3", Status::NotApplicable),
            ],
        ),
        &baseline(),
        ScoreOptions::default(),
    );
    assert_eq!(card.overall.possible, 3);
    assert_eq!(card.overall.percent(), Some(100.0));
}

#[test]
fn nothing_applicable_has_no_score() {
    let all_na = [
        ("S.1", Status::NotApplicable),
        ("S.2", Status::NotApplicable),
        ("S.3", Status::NotApplicable),
    ];
    let card = score(
        &catalogue(),
        &provider("a", &all_na),
        &baseline(),
        ScoreOptions::default(),
    );
    assert_eq!(card.overall.percent(), None);
}

#[test]
fn weights_follow_the_level() {
    let mut context = Context::default();
    context
        .answers
        .insert("C.2".into(), Answer::Choice("top".into()));
    let high = derive(&catalogue(), &context);
    assert_eq!(high.effective, AssuranceLevel::High);
    let card = score(
        &catalogue(),
        &provider("a", &[("S.2", Status::Met)]),
        &high,
        ScoreOptions::default(),
    );
    assert_eq!(card.overall.possible, 3 + 3 + 1);
    assert_eq!(card.overall.earned_halves, 6);
    context.level_override = Some(LevelOverride {
        level: AssuranceLevel::Baseline,
        reason: "r".into(),
    });
    let overridden = derive(&catalogue(), &context);
    let card = score(
        &catalogue(),
        &provider("a", &[("S.2", Status::Met)]),
        &overridden,
        ScoreOptions::default(),
    );
    assert_eq!(card.overall.possible, 3 + 2 + 1);
}

#[test]
fn items_for_unneeded_services_are_out_of_scope() {
    let mut context = Context::default();
    context
        .answers
        .insert("C.1".into(), Answer::Choices(vec!["video".into()]));
    let video_only = derive(&catalogue(), &context);
    assert_eq!(video_only.needed_services, Some([Service::Video].into()));
    let card = score(
        &catalogue(),
        &provider("a", &[]),
        &video_only,
        ScoreOptions::default(),
    );
    assert_eq!(card.overall.applicable, 2);
}

#[test]
fn required_items_not_met_disqualify_and_unknown_only_when_configured() {
    let card = score(
        &catalogue(),
        &provider("a", &[("S.1", Status::NotMet)]),
        &baseline(),
        ScoreOptions::default(),
    );
    assert_eq!(card.disqualifying, ["S.1"]);
    let unknown = provider("b", &[("S.1", Status::Unknown)]);
    let lenient = score(&catalogue(), &unknown, &baseline(), ScoreOptions::default());
    assert!(!lenient.is_disqualified());
    let strict = score(
        &catalogue(),
        &unknown,
        &baseline(),
        ScoreOptions {
            unknown_disqualifies: true,
            on: None,
        },
    );
    assert_eq!(strict.disqualifying, ["S.1"]);
    let recommended = score(
        &catalogue(),
        &provider("c", &[("S.2", Status::NotMet)]),
        &baseline(),
        ScoreOptions::default(),
    );
    assert!(!recommended.is_disqualified());
}

#[test]
fn a_disqualified_provider_never_ranks_above_one_without() {
    let catalogue = catalogue();
    let strong_but_failing = provider(
        "a",
        &[
            ("S.1", Status::NotMet),
            ("S.2", Status::Met),
            ("S.3", Status::Met),
        ],
    );
    let weak_but_clean = provider("b", &[("S.1", Status::PartlyMet)]);
    let cards = score_all(
        &catalogue,
        &[strong_but_failing, weak_but_clean],
        &baseline(),
        ScoreOptions::default(),
    );
    assert!(cards[0].overall.percent() > cards[1].overall.percent());
    assert_eq!(rank(&cards), [1, 0]);
}

#[test]
fn higher_scores_rank_first_and_ties_keep_the_workspace_order() {
    let catalogue = catalogue();
    let providers = [
        provider("a", &[("S.1", Status::PartlyMet)]),
        provider("b", &[("S.1", Status::Met)]),
        provider("c", &[("S.1", Status::PartlyMet)]),
    ];
    let cards = score_all(&catalogue, &providers, &baseline(), ScoreOptions::default());
    assert_eq!(rank(&cards), [1, 0, 2]);
}

#[test]
fn swings_name_the_cells_that_would_change_the_leader() {
    let catalogue = catalogue();
    let providers = [
        provider("a", &[("S.1", Status::Met), ("S.2", Status::Met)]),
        provider(
            "b",
            &[
                ("S.1", Status::Met),
                ("S.2", Status::PartlyMet),
                ("S.3", Status::Met),
            ],
        ),
    ];
    // a earns 3 + 2 = 5 of 6, b 3 + 1 + 1 = 5 of 6: equal scores, and b has more
    // coverage, so b leads; a's S.3 Met would put a first.
    let found = swings(&catalogue, &providers, &baseline(), ScoreOptions::default())
        .expect("two providers");
    assert_eq!((found.leader, found.runner_up), (1, 0));
    let all = &found.all;
    assert!(
        all.iter()
            .any(|s| s.provider.0 == "a" && s.item == "S.3" && s.to == Status::Met),
        "{all:?}"
    );
    assert!(
        all.iter()
            .any(|s| s.provider.0 == "b" && s.to == Status::NotMet),
        "{all:?}"
    );
    // Required first, then by how far each brings the scores together.
    assert_eq!(all[0].priority, Priority::Required, "{all:?}");
    assert!(
        all.windows(2).all(|pair| {
            let rank = |s: &Swing| u8::from(s.priority != Priority::Required);
            rank(&pair[0]) < rank(&pair[1])
                || (rank(&pair[0]) == rank(&pair[1]) && pair[0].shift >= pair[1].shift)
        }),
        "{all:?}"
    );
    // b has one required item: a list says it as well as a sentence would.
    assert_eq!(found.any_required_rules_out_leader(), None);
    assert_eq!(found.listed().len(), all.len());
}

#[test]
fn swings_are_all_found_and_a_far_ahead_leader_is_summed_up() {
    // In the demo the runner-up is too far behind to catch up on one item; the leader
    // would lose first place on any one of its required items becoming Not met. Every one
    // is found, not just the first few.
    let workspace = crate::demo::demo_workspace(
        builtin(),
        crate::workspace::Timestamp::parse("2026-11-28T09:30:00Z").expect("valid"),
    );
    let derivation = derive(builtin(), &workspace.context);
    let found = swings(
        builtin(),
        &workspace.providers,
        &derivation,
        ScoreOptions::default(),
    )
    .expect("four providers");
    let leader = &workspace.providers[found.leader];
    let required_met = builtin()
        .assessable_items()
        .filter(|(_, item)| in_scope(item, &derivation))
        .filter(|(_, item)| derivation.priority(item) == Priority::Required)
        .filter(|(_, item)| {
            leader
                .assessments
                .get(&item.id)
                .is_some_and(|a| matches!(a.status, Status::Met | Status::PartlyMet))
        })
        .count();
    assert!(required_met > 5, "{required_met}");
    assert_eq!(found.runner_up_gains(), 0);
    assert_eq!(found.any_required_rules_out_leader(), Some(required_met));
    assert!(found.len() >= required_met);
    // What the sentence sums up is not listed again.
    assert_eq!(found.listed().len(), found.len() - required_met);
    // Met items weigh more than Partly met ones: they come first.
    assert!(
        found
            .all
            .windows(2)
            .all(|pair| !(pair[0].from == Status::PartlyMet && pair[1].from == Status::Met)),
        "{:?}",
        found.all
    );
}

#[test]
fn fewer_than_two_providers_have_no_swings() {
    let providers = [provider("a", &[("S.1", Status::Met)])];
    assert!(
        swings(
            &catalogue(),
            &providers,
            &baseline(),
            ScoreOptions::default()
        )
        .is_none()
    );
}

#[test]
fn builtin_catalogue_scores_every_section() {
    let derivation = derive(builtin(), &Context::default());
    let card = score(
        builtin(),
        &provider("a", &[]),
        &derivation,
        ScoreOptions::default(),
    );
    let sections: Vec<&str> = card.sections.iter().map(|(id, _)| id.as_str()).collect();
    assert!(!sections.contains(&"CTX"));
    for id in [
        "SEL", "SEC", "SET", "P1", "P2", "P3", "P4", "P5", "P6", "P7",
    ] {
        assert!(sections.contains(&id), "{id} missing from {sections:?}");
    }
}

fn status_strategy() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

/// Statuses ordered by how good they are for the provider (N/A is not on this scale).
fn rank_of(status: Status) -> Option<u8> {
    match status {
        Status::NotAssessed | Status::NotMet | Status::Unknown => Some(0),
        Status::PartlyMet => Some(1),
        Status::Met => Some(2),
        Status::NotApplicable => None,
    }
}

/// Every (worse, better) pair of statuses.
fn improvements() -> Vec<(Status, Status)> {
    let mut pairs = Vec::new();
    for worse in Status::ALL {
        for better in Status::ALL {
            if let (Some(a), Some(b)) = (rank_of(worse), rank_of(better))
                && b > a
            {
                pairs.push((worse, better));
            }
        }
    }
    pairs
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn improving_one_status_never_lowers_the_score(
        statuses in prop::collection::vec(status_strategy(), 3),
        index in 0_usize..3,
        (worse, better) in prop::sample::select(improvements()),
        level in prop::sample::select(vec!["low", "top"]),
    ) {
        let items = ["S.1", "S.2", "S.3"];
        let mut statuses = statuses;
        statuses[index] = worse;
        let mut context = Context::default();
        context.answers.insert("C.2".into(), Answer::Choice(level.into()));
        let derivation = derive(&catalogue(), &context);
        let pairs: Vec<(&str, Status)> = items.iter().copied().zip(statuses.iter().copied()).collect();
        let before = score(&catalogue(), &provider("a", &pairs), &derivation, ScoreOptions::default());
        let mut improved = pairs.clone();
        improved[index].1 = better;
        let after = score(&catalogue(), &provider("a", &improved), &derivation, ScoreOptions::default());
        prop_assert!(after.overall.percent() >= before.overall.percent());
        prop_assert!(after.disqualifying.len() <= before.disqualifying.len());
    }
}

#[test]
fn a_trial_change_matches_scoring_again() {
    // Swings adjust a scorecard by one item instead of rescoring; both must agree.
    let workspace = crate::demo::demo_workspace(
        builtin(),
        crate::workspace::Timestamp::parse("2026-11-28T09:30:00Z").expect("valid"),
    );
    let derivation = derive(builtin(), &workspace.context);
    for options in [
        ScoreOptions::default(),
        ScoreOptions {
            unknown_disqualifies: true,
            on: None,
        },
    ] {
        for provider in &workspace.providers {
            let card = score(builtin(), provider, &derivation, options);
            let status_of = |id: &str| {
                provider
                    .assessments
                    .get(id)
                    .map_or(Status::NotAssessed, |a| a.status)
            };
            for (_, item) in builtin().assessable_items() {
                let from = status_of(&item.id);
                if !in_scope(item, &derivation) || from == Status::NotApplicable {
                    continue;
                }
                for to in [Status::Met, Status::NotMet] {
                    let trial = ranking::changed(&card, item, &derivation, options, from, to);
                    let status = |id: &str| {
                        (
                            if id == item.id { to } else { status_of(id) },
                            Acceptance::NotAccepted,
                        )
                    };
                    let again = score_by(builtin(), &provider.id, status, &derivation, options);
                    assert_eq!(trial.overall, again.overall, "{} {}", provider.id, item.id);
                    let mut failures = trial.disqualifying.clone();
                    failures.sort();
                    let mut expected = again.disqualifying.clone();
                    expected.sort();
                    assert_eq!(failures, expected, "{} {}", provider.id, item.id);
                }
            }
        }
    }
}

/// docs/scoring.md's per-property example: an availability need weighs availability items,
/// not end-to-end encryption.
#[test]
fn weights_follow_the_level_of_the_property_an_item_protects() {
    let mut context = Context::default();
    context
        .answers
        .insert("CTX.15".to_owned(), Answer::Choice("critical".to_owned()));
    let derivation = derive(builtin(), &context);
    assert_eq!(derivation.effective, AssuranceLevel::High);
    let weight_of = |id: &str| weight(derivation.priority(builtin().item(id).expect(id)));
    assert_eq!(weight_of("P7.7"), 3);
    assert_eq!(weight_of("P2.3"), 1);
}
