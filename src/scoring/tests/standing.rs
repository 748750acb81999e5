//! Issue 12's ranking: no score for nothing looked at, the range a score could still
//! reach, disqualified providers by how many failures, and provisional rankings.

use super::{baseline, catalogue, provider};
use crate::assurance::derive;
use crate::catalogue::AssuranceLevel;
use crate::scoring::{ScoreOptions, Scorecard, rank, score_all, unsettled};
use crate::workspace::{Context, LevelOverride, Provider, Status};

fn high() -> crate::assurance::Derivation {
    let context = Context {
        level_override: Some(LevelOverride {
            level: AssuranceLevel::High,
            reason: "r".into(),
        }),
        ..Context::default()
    };
    derive(&catalogue(), &context)
}

fn cards(providers: &[Provider], derivation: &crate::assurance::Derivation) -> Vec<Scorecard> {
    score_all(&catalogue(), providers, derivation, ScoreOptions::default())
}

#[test]
fn nothing_assessed_has_no_score_but_a_whole_range() {
    let cards = cards(&[provider("a", &[])], &baseline());
    let overall = cards[0].overall;
    assert_eq!(overall.percent(), None, "shown as –, not 0 %");
    assert_eq!(overall.range(), Some((0.0, 100.0)));
    assert_eq!(cards[0].open, ["S.1", "S.2", "S.3"], "required first");
    assert_eq!(cards[0].open_required, 1);
}

#[test]
fn a_range_runs_from_every_open_item_failing_to_every_one_met() {
    // Weights 3 + 2 + 1 at Baseline; S.1 Met, the rest open: 3 of 6 now, 6 of 6 at best.
    let cards = cards(&[provider("a", &[("S.1", Status::Met)])], &baseline());
    assert_eq!(cards[0].overall.percent(), Some(50.0));
    assert_eq!(cards[0].overall.range(), Some((50.0, 100.0)));
    assert!(!cards[0].overall.is_settled());
}

#[test]
fn disqualified_providers_rank_by_fewer_failures_then_score() {
    // At High, S.1 and S.2 are required. "Thorough" is fully assessed and fails both;
    // "Barely" has looked at one item and fails it: fewer failures rank first, whatever
    // the score.
    let providers = [
        provider(
            "thorough",
            &[
                ("S.1", Status::NotMet),
                ("S.2", Status::NotMet),
                ("S.3", Status::Met),
            ],
        ),
        provider("barely", &[("S.1", Status::NotMet)]),
        provider("clean", &[("S.3", Status::Met)]),
    ];
    let cards = cards(&providers, &high());
    assert!(cards[0].overall.percent() > cards[1].overall.percent());
    assert_eq!(rank(&cards), [2, 1, 0]);
}

#[test]
fn a_ranking_the_open_items_could_overturn_is_provisional() {
    // Alpha is fully assessed at 66.7 %; Bravo has one Met (50 %) but could reach 100 %:
    // the less-assessed provider could still win, so the order is provisional.
    let providers = [
        provider(
            "alpha",
            &[
                ("S.1", Status::Met),
                ("S.2", Status::PartlyMet),
                ("S.3", Status::NotMet),
            ],
        ),
        provider("bravo", &[("S.1", Status::Met)]),
    ];
    let cards = cards(&providers, &baseline());
    let ranking = rank(&cards);
    assert_eq!(ranking, [0, 1]);
    assert_eq!(unsettled(&cards, &ranking), [0, 1]);
    assert_eq!(cards[1].open, ["S.2", "S.3"], "what would settle it");
}

#[test]
fn a_ranking_no_open_item_could_change_is_final() {
    // Bravo's best (every open item met) is 50 %; Alpha's worst is 83.3 %.
    let providers = [
        provider("alpha", &[("S.1", Status::Met), ("S.2", Status::Met)]),
        provider(
            "bravo",
            &[
                ("S.1", Status::NotMet),
                ("S.2", Status::Met),
                ("S.3", Status::Met),
            ],
        ),
    ];
    let cards = cards(&providers, &baseline());
    let ranking = rank(&cards);
    assert_eq!(ranking, [0, 1]);
    assert!(unsettled(&cards, &ranking).is_empty());
}

#[test]
fn an_open_required_item_of_the_leader_keeps_the_ranking_provisional() {
    // Alpha leads on score, but its open S.1 is required: were it Not met, Alpha would be
    // disqualified and Bravo first.
    let providers = [
        provider("alpha", &[("S.2", Status::Met), ("S.3", Status::Met)]),
        provider(
            "bravo",
            &[
                ("S.1", Status::PartlyMet),
                ("S.2", Status::NotMet),
                ("S.3", Status::NotMet),
            ],
        ),
    ];
    let cards = cards(&providers, &baseline());
    let ranking = rank(&cards);
    assert_eq!(ranking, [0, 1], "Alpha 50 % before Bravo 25 %");
    assert_eq!(unsettled(&cards, &ranking), [0, 1]);
}

#[test]
fn an_accepted_required_failure_no_longer_disqualifies_but_is_listed() {
    use crate::workspace::{Residual, Treatment, TreatmentKind};
    let mut accepted = provider("a", &[("S.1", Status::NotMet), ("S.2", Status::Met)]);
    let treat = |approver: &str| Treatment {
        kind: TreatmentKind::Accept,
        rationale: "Low use".into(),
        residual: Residual::Medium,
        approver: approver.into(),
        until: None,
    };
    let judged = accepted.assessments.get_mut("S.1").expect("judged");
    judged.treatment = Some(treat(""));
    let unapproved = cards(std::slice::from_ref(&accepted), &baseline());
    assert_eq!(
        unapproved[0].disqualifying,
        ["S.1"],
        "no approver, no acceptance"
    );
    let judged = accepted.assessments.get_mut("S.1").expect("judged");
    judged.treatment = Some(treat("Ana"));
    let cards = cards(&[accepted], &baseline());
    assert!(cards[0].disqualifying.is_empty());
    assert_eq!(cards[0].accepted, ["S.1"]);
}

#[test]
fn an_acceptance_holds_to_the_end_of_its_day_and_then_blocks_again() {
    use crate::workspace::{Day, Residual, Treatment, TreatmentKind};
    let day = |text: &str| Day::parse(text).expect("valid");
    let mut accepted = provider("a", &[("S.1", Status::NotMet), ("S.2", Status::Met)]);
    let judged = accepted.assessments.get_mut("S.1").expect("judged");
    judged.treatment = Some(Treatment {
        kind: TreatmentKind::Accept,
        rationale: "Until the new client ships".into(),
        residual: Residual::Medium,
        approver: "Ana".into(),
        until: Some(day("2026-06-30")),
    });
    let on = |when: Option<Day>| {
        let options = ScoreOptions {
            on: when,
            ..ScoreOptions::default()
        };
        score_all(
            &catalogue(),
            std::slice::from_ref(&accepted),
            &baseline(),
            options,
        )
        .remove(0)
    };
    let last_day = on(Some(day("2026-06-30")));
    assert!(
        last_day.disqualifying.is_empty(),
        "it holds on its last day"
    );
    assert_eq!(last_day.accepted, ["S.1"]);
    let after = on(Some(day("2026-07-01")));
    assert_eq!(
        after.disqualifying,
        ["S.1"],
        "it blocks again the day after"
    );
    assert_eq!(after.lapsed, ["S.1"], "and says why");
    assert!(after.accepted.is_empty());
    assert!(on(None).disqualifying.is_empty(), "without a day it holds");
}
