use std::collections::BTreeSet;

use super::*;
use crate::assurance::derive;
use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::workspace::{Assessment, Context, ProviderId, Timestamp, Workspace};

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:30:00Z").expect("valid timestamp")
}

fn demo() -> Workspace {
    demo_workspace(builtin(), now())
}

fn compare(workspace: &Workspace, sort: Sort) -> Comparison<'_> {
    let derivation = derive(builtin(), &workspace.context);
    Comparison::new(
        builtin(),
        &workspace.providers,
        derivation,
        ScoreOptions::default(),
        sort,
    )
}

fn judged(status: Status, basis: Option<Basis>) -> Assessment {
    Assessment {
        status,
        basis,
        ..Assessment::default()
    }
}

/// Two providers that agree on everything they were asked except `item`.
fn pair_differing_on(item: &str) -> Vec<Provider> {
    let mut first = Provider::new(ProviderId("a".to_owned()), "Alpha");
    let mut second = Provider::new(ProviderId("b".to_owned()), "Bravo");
    for (_, each) in builtin().assessable_items().take(5) {
        first
            .assessments
            .insert(each.id.clone(), judged(Status::Met, None));
        second
            .assessments
            .insert(each.id.clone(), judged(Status::Met, None));
    }
    first
        .assessments
        .insert(item.to_owned(), judged(Status::NotMet, None));
    second
        .assessments
        .insert(item.to_owned(), judged(Status::PartlyMet, None));
    vec![first, second]
}

fn item_ids(rows: &[Row<'_>]) -> Vec<String> {
    rows.iter()
        .filter_map(Row::item)
        .map(|item| item.id.clone())
        .collect()
}

fn all_sections() -> BTreeSet<String> {
    builtin().sections.iter().map(|s| s.id.clone()).collect()
}

#[test]
fn sections_start_shut_and_open_to_their_items() {
    let workspace = Workspace::new("t", builtin(), now());
    let comparison = compare(&workspace, Sort::Listed);
    let shut = comparison
        .matrix()
        .rows(&BTreeSet::new(), Filter::default());
    let scored: Vec<&str> = shut.iter().map(Row::id).collect();
    assert_eq!(
        scored,
        [
            "SEL", "SEC", "SET", "P1", "P2", "P3", "P4", "P5", "P6", "P7"
        ]
    );
    let open = comparison
        .matrix()
        .rows(&BTreeSet::from(["P3".to_owned()]), Filter::default());
    let p3: Vec<String> = builtin()
        .section("P3")
        .expect("P3")
        .items
        .iter()
        .filter(|item| item.is_for_provider())
        .map(|item| item.id.clone())
        .collect();
    assert_eq!(item_ids(&open), p3);
    assert!(matches!(open[5], Row::Section { expanded: true, .. }));
    assert_eq!(open[6].section().id, "P3");
}

#[test]
fn items_for_services_not_needed_are_left_out() {
    let workspace = demo();
    let comparison = compare(&workspace, Sort::Listed);
    assert!(
        comparison.matrix().out_of_scope() > 0,
        "the demo leaves a service out"
    );
    let rows = comparison.matrix().rows(&all_sections(), Filter::default());
    let shown = item_ids(&rows).len();
    assert_eq!(
        shown + comparison.matrix().out_of_scope(),
        builtin().assessable_items().count()
    );
    for item in rows.iter().filter_map(Row::item) {
        assert!(in_scope(item, comparison.derivation()), "{}", item.id);
    }
}

#[test]
fn differences_only_keeps_the_items_where_statuses_differ() {
    let mut workspace = Workspace::new("t", builtin(), now());
    workspace.providers = pair_differing_on("P2.3");
    let comparison = compare(&workspace, Sort::Listed);
    let filter = Filter {
        differences_only: true,
        ..Filter::default()
    };
    let rows = comparison.matrix().rows(&all_sections(), filter);
    assert_eq!(item_ids(&rows), ["P2.3"]);
    assert_eq!(rows[0].id(), "P2");
    // Without the filter, the untouched items (Not assessed for both) show as well.
    assert!(item_ids(&comparison.matrix().rows(&all_sections(), Filter::default())).len() > 50);
}

#[test]
fn a_single_provider_differs_from_nobody() {
    let mut workspace = Workspace::new("t", builtin(), now());
    workspace.providers = pair_differing_on("P2.3");
    workspace.providers.truncate(1);
    let comparison = compare(&workspace, Sort::Listed);
    assert!(!comparison.matrix().differs("P2.3"));
    let filter = Filter {
        differences_only: true,
        ..Filter::default()
    };
    assert!(comparison.matrix().rows(&all_sections(), filter).is_empty());
}

#[test]
fn required_only_keeps_required_items_and_their_sections() {
    let workspace = demo();
    let comparison = compare(&workspace, Sort::Listed);
    let filter = Filter {
        required_only: true,
        ..Filter::default()
    };
    let rows = comparison.matrix().rows(&all_sections(), filter);
    let mut items = 0;
    for row in &rows {
        if let Row::Item { priority, .. } = row {
            assert_eq!(*priority, Priority::Required);
            items += 1;
        }
    }
    let everything = item_ids(&comparison.matrix().rows(&all_sections(), Filter::default())).len();
    assert!(items > 0 && items < everything, "{items} of {everything}");
    // Every section shown has at least one item under it.
    for (index, row) in rows.iter().enumerate() {
        if matches!(row, Row::Section { .. }) {
            assert!(matches!(rows.get(index + 1), Some(Row::Item { .. })));
        }
    }
}

#[test]
fn sorting_orders_the_columns_and_never_puts_a_disqualified_provider_first() {
    let workspace = demo();
    let listed = compare(&workspace, Sort::Listed);
    assert_eq!(listed.columns, [0, 1, 2, 3]);
    let by_rank = compare(&workspace, Sort::Rank);
    assert_eq!(by_rank.columns, by_rank.ranking);
    let cards = &by_rank.cards;
    assert!(
        cards.iter().any(Scorecard::is_disqualified),
        "the demo has a disqualified provider"
    );
    let first = &cards[by_rank.columns[0]];
    assert!(!first.is_disqualified());
    for pair in by_rank.columns.windows(2) {
        let (a, b) = (&cards[pair[0]], &cards[pair[1]]);
        assert!(a.is_disqualified() <= b.is_disqualified());
    }
    let by_failures = compare(&workspace, Sort::Disqualifying);
    let counts: Vec<usize> = by_failures
        .columns
        .iter()
        .map(|&index| cards[index].disqualifying.len())
        .collect();
    assert!(counts.is_sorted(), "{counts:?}");
    assert_eq!(by_rank.rank_of(by_rank.ranking[0]), 1);
    assert_eq!(by_rank.rank_of(99), 0);
}

#[test]
fn sort_cycles_through_every_order() {
    let mut sort = Sort::default();
    let mut seen = Vec::new();
    for _ in 0..3 {
        seen.push(sort.label());
        sort = sort.next();
    }
    assert_eq!(sort, Sort::Listed);
    assert_eq!(seen, ["as listed", "by rank", "by disqualifying failures"]);
}

#[test]
fn ordering_by_rank_says_so_and_why_scores_may_look_out_of_order() {
    // The demo by rank reads 97 %, 37 %, 61 %: the 61 % provider is disqualified. The
    // label must not promise an order by score.
    let workspace = demo();
    let comparison = compare(&workspace, Sort::Rank);
    let scores: Vec<u32> = comparison
        .columns
        .iter()
        .map(|&index| {
            comparison.cards[index]
                .overall
                .percent()
                .unwrap_or(0.0)
                .round() as u32
        })
        .collect();
    assert!(!scores.is_sorted_by(|a, b| a >= b), "{scores:?}");
    assert!(!Sort::Rank.label().contains("score"));
    assert!(
        Sort::Rank
            .explanation()
            .contains("fewest disqualifying failures first")
    );
}

#[test]
fn summary_lists_failures_unknowns_partly_met_and_claims() {
    let mut provider = Provider::new(ProviderId("a".to_owned()), "Alpha");
    let required = builtin()
        .assessable_items()
        .map(|(_, item)| item)
        .find(|item| {
            item.priority.at(crate::catalogue::AssuranceLevel::Baseline) == Priority::Required
        })
        .expect("a required item");
    let entries = [
        (required.id.as_str(), Status::NotMet, Some(Basis::OwnTest)),
        ("P1.1", Status::Unknown, Some(Basis::ProviderClaim)),
        ("P2.1", Status::PartlyMet, Some(Basis::ProviderClaim)),
        ("P3.1", Status::Met, Some(Basis::ProviderClaim)),
        ("P4.1", Status::Met, Some(Basis::IndependentAudit)),
    ];
    for (item, status, basis) in entries {
        provider
            .assessments
            .insert(item.to_owned(), judged(status, basis));
    }
    let mut workspace = Workspace::new("t", builtin(), now());
    workspace.context = Context::default();
    workspace.providers = vec![provider];
    let comparison = compare(&workspace, Sort::Listed);
    let summary = comparison.summary(0);
    assert_eq!(summary.disqualifying, [required.id.as_str()]);
    assert_eq!(summary.unknown, ["P1.1"]);
    assert_eq!(summary.partly_met, ["P2.1"]);
    // An Unknown rests on nothing; only judgements count as claims.
    assert_eq!(summary.claim_only, ["P2.1", "P3.1"]);
    assert_eq!(comparison.summary(5), Summary::default());
}

#[test]
fn summary_names_the_strongest_sections_best_first() {
    let workspace = demo();
    let comparison = compare(&workspace, Sort::Rank);
    let best = comparison.ranking[0];
    let strongest = comparison.summary(best).strongest;
    assert!(!strongest.is_empty());
    assert!(strongest.windows(2).all(|pair| pair[0].1 >= pair[1].1));
    assert!(strongest.iter().all(|(_, percent)| *percent >= 75.0));
}

#[test]
fn short_names_drop_a_trailing_remark() {
    assert_eq!(short_name("Kererū Meet (fictional)"), "Kererū Meet");
    assert_eq!(short_name("  Tūī Talk "), "Tūī Talk");
    assert_eq!(short_name("(fictional)"), "(fictional)");
    assert_eq!(short_name("A (b) c"), "A (b) c");
}

#[test]
fn distinct_names_keep_the_remark_that_tells_two_apart() {
    let names = [
        "Acme Meet (NZ region)",
        "Acme Meet (US region)",
        "Kererū Meet (fictional)",
    ];
    assert_eq!(
        distinct_names(&names),
        [
            "Acme Meet (NZ region)",
            "Acme Meet (US region)",
            "Kererū Meet"
        ]
    );
    // A bare name and the same name with a remark: both stay whole.
    assert_eq!(
        distinct_names(&["Acme", "Acme (beta)"]),
        ["Acme", "Acme (beta)"]
    );
}

#[test]
fn names_that_would_look_alike_lose_their_shared_start() {
    let names: Vec<String> = (1..=10)
        .map(|n| format!("Provider number {n} Ltd"))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    // Cut to eight columns, every name reads "Provider": what differs must show instead.
    let cut = |name: &str| name.chars().take(8).collect::<String>();
    let labels = telling_apart(&names, "…", cut);
    assert_eq!(labels[0], "…1 Ltd");
    assert_eq!(labels[9], "…10 Ltd");
    // Names already apart when shown stay whole.
    let wide = telling_apart(&names, "…", |name: &str| name.to_owned());
    assert_eq!(wide[0], "Provider number 1 Ltd");
    // Region variants keep what differs, and another provider keeps its name.
    let regions = ["Acme Meet (NZ region)", "Acme Meet (US region)", "Zoom"];
    let labels = telling_apart(&regions, "…", cut);
    assert_eq!(labels, ["…(NZ region)", "…(US region)", "Zoom"]);
}

#[test]
fn names_alike_even_in_part_fall_back_to_their_place_in_the_list() {
    let names = ["Same", "Same", "Other"];
    let labels = telling_apart(&names, "…", |name: &str| name.to_owned());
    assert_eq!(labels, ["1. Same", "2. Same", "Other"]);
}

#[test]
fn a_settled_leader_is_called_final_even_while_the_rest_of_the_order_is_open() {
    // In the demo only Kōtuku Connect, disqualified and half assessed, has open items:
    // they can move it past Tuatara Talk, never past the two above.
    let workspace = demo();
    let comparison = compare(&workspace, Sort::Rank);
    let verdict = comparison.verdict();
    assert!(verdict.provisional);
    assert_eq!(verdict.settled_places, 2);
    let standing = verdict.standing.expect("four providers");
    assert!(
        standing.starts_with(
            "Provisional ranking: places 1–2 are final, but the order of Kōtuku Connect \
             (fictional) and Tuatara Talk (fictional) could still change."
        ),
        "{standing}"
    );
    // Left wholly open, the leader's own items could cost it first place.
    let mut open = workspace.clone();
    open.providers[0].assessments.clear();
    let verdict = compare(&open, Sort::Rank).verdict();
    assert_eq!(verdict.settled_places, 0);
    assert!(
        verdict
            .standing
            .expect("four providers")
            .starts_with("Provisional ranking: the items not yet assessed could still change")
    );
}

#[test]
fn choosing_against_the_ranking_names_a_lapsed_acceptance() {
    use crate::workspace::{Day, Residual, Treatment, TreatmentKind};
    let mut workspace = demo();
    let p11 = workspace.providers[0]
        .assessments
        .entry("P1.1".to_owned())
        .or_default();
    p11.status = Status::NotMet;
    p11.treatment = Some(Treatment {
        kind: TreatmentKind::Accept,
        rationale: "Pilot only".into(),
        residual: Residual::Medium,
        approver: "Ana".into(),
        until: Some(Day::parse("2026-11-27").expect("valid")),
    });
    let derivation = derive(builtin(), &workspace.context);
    let options = ScoreOptions {
        unknown_disqualifies: false,
        on: Some(now().day()),
    };
    let comparison = Comparison::new(
        builtin(),
        &workspace.providers,
        derivation,
        options,
        Sort::Rank,
    );
    assert_eq!(
        comparison.against_the_ranking(0).as_deref(),
        Some("1 required item fails (P1.1; acceptance lapsed: P1.1)")
    );
}
