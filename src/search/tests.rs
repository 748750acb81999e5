use std::time::{Duration, Instant};

use super::*;
use crate::catalogue::builtin;
use crate::demo::demo_workspace;
use crate::workspace::{Action, Assessment, Evidence, EvidenceId, Timestamp};

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:30:00Z").expect("valid timestamp")
}

/// The display cleaning the CLI uses, near enough: line breaks become spaces.
fn plain(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

fn demo_index() -> (Index, Workspace) {
    let workspace = demo_workspace(builtin(), now());
    (Index::new(builtin(), Some(&workspace), &plain), workspace)
}

fn provider_with(note: &str) -> Provider {
    let mut provider = Provider::new(ProviderId("prov-t".to_owned()), "Tawa Voice");
    provider.product = "Tawa Voice Cloud".to_owned();
    provider.notes = "Shortlisted after the market scan.".to_owned();
    provider.assessments.insert(
        "P2.3".to_owned(),
        Assessment {
            note: note.to_owned(),
            evidence_links: vec![EvidenceId("evid-1".to_owned())],
            actions: vec![Action::new(
                "Ask for the key ceremony record",
                "Procurement",
                None,
                crate::workspace::Day::parse("2026-11-01").expect("a day"),
            )],
            ..Assessment::default()
        },
    );
    provider
}

fn workspace_with(providers: Vec<Provider>) -> Workspace {
    let mut workspace = Workspace::new("Trial", builtin(), now());
    workspace.providers = providers;
    workspace.evidence.push(Evidence::new(
        EvidenceId("evid-1".to_owned()),
        "Cryptography statement".to_owned(),
    ));
    workspace
}

fn kinds(hits: &[Hit<'_>]) -> Vec<Kind> {
    hits.iter().map(|hit| hit.entry.kind).collect()
}

#[test]
fn every_kind_of_thing_is_indexed_with_where_it_belongs() {
    let workspace = workspace_with(vec![provider_with("Keys held in an HSM.")]);
    let index = Index::new(builtin(), Some(&workspace), &plain);
    let catalogue = builtin();
    let sections = catalogue.sections.len();
    let items = catalogue.items().count();
    // Provider, its own notes, and one judgement's note, evidence and action.
    assert_eq!(index.len(), sections + items + 5);
    let mine: Vec<&Entry> = index
        .entries()
        .filter(|e| e.provider.as_ref().is_some_and(|p| p.name == "Tawa Voice"))
        .collect();
    let texts: Vec<(Kind, &str)> = mine.iter().map(|e| (e.kind, e.text.as_str())).collect();
    assert_eq!(
        texts,
        [
            (Kind::Provider, "Tawa Voice (Tawa Voice Cloud)"),
            (Kind::Note, "Shortlisted after the market scan."),
            (Kind::Note, "Keys held in an HSM."),
            (Kind::Evidence, "Cryptography statement"),
            (
                Kind::Action,
                "Ask for the key ceremony record (owner: Procurement)"
            ),
        ]
    );
    let section = catalogue
        .sections
        .iter()
        .find(|s| s.items.iter().any(|i| i.id == "P2.3"));
    for entry in &mine[2..] {
        assert_eq!(entry.item.as_deref(), Some("P2.3"));
        assert_eq!(
            entry.section.as_ref().map(|s| s.id.as_str()),
            section.map(|s| s.id.as_str())
        );
    }
    assert!(mine[0].item.is_none() && mine[1].item.is_none());
    let title = section.map_or("", |s| s.title.as_str());
    assert_eq!(mine[2].location(), ["Tawa Voice", title, "P2.3"]);
    assert_eq!(mine[1].location(), ["Tawa Voice"]);
    assert!(mine[0].location().is_empty());
}

#[test]
fn items_are_found_by_id_title_and_guidance() {
    let index = Index::new(builtin(), None, &plain);
    let (_, item) = builtin().assessable_items().nth(3).expect("items");
    for query in [item.id.as_str(), item.title.as_str()] {
        let hits = index.search(query, 5);
        assert_eq!(
            hits[0].entry.item.as_deref(),
            Some(item.id.as_str()),
            "{query}"
        );
    }
    let phrase: String = item
        .guidance
        .split(' ')
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    let hits = index.search(&phrase, MAX_RESULTS);
    assert!(
        hits.iter()
            .any(|h| h.entry.item.as_deref() == Some(item.id.as_str()))
    );
}

#[test]
fn a_contiguous_match_outranks_a_scattered_one() {
    let (index, _) = demo_index();
    let hits = index.search("Wellington", 10);
    assert_eq!(hits[0].entry.kind, Kind::Note);
    assert_eq!(hits[0].entry.item.as_deref(), Some("SEL.5"));
    assert_eq!(
        hits[0].entry.provider.as_ref().map(|p| p.id.0.as_str()),
        Some("prov-demo-d")
    );
    assert!(
        hits.windows(2)
            .all(|pair| pair[0].ranked.score >= pair[1].ranked.score)
    );
}

#[test]
fn equal_scores_are_ordered_by_kind() {
    // The same word as a provider name, a note and an action: identical scores.
    let mut provider = Provider::new(ProviderId("prov-k".to_owned()), "Kiwi");
    provider.notes = "Kiwi".to_owned();
    provider.assessments.insert(
        "P1.1".to_owned(),
        Assessment {
            actions: vec![Action::new(
                "Kiwi",
                "",
                None,
                crate::workspace::Day::parse("2026-11-01").expect("a day"),
            )],
            ..Assessment::default()
        },
    );
    let workspace = workspace_with(vec![provider]);
    let index = Index::new(builtin(), Some(&workspace), &plain);
    let hits = index.search("Kiwi", 3);
    assert_eq!(kinds(&hits), [Kind::Provider, Kind::Note, Kind::Action]);
    assert!(
        hits.iter()
            .all(|hit| hit.ranked.score == hits[0].ranked.score)
    );
}

#[test]
fn positions_index_the_chars_of_the_shown_text() {
    let workspace = workspace_with(vec![provider_with("Kōrero über HSM")]);
    let index = Index::new(builtin(), Some(&workspace), &plain);
    let hits = index.search("über", 1);
    let chars: Vec<char> = hits[0].entry.text.chars().collect();
    let matched: String = hits[0].ranked.positions.iter().map(|&i| chars[i]).collect();
    assert_eq!(matched, "über");
}

#[test]
fn a_note_typed_a_moment_ago_is_found_once_the_workspace_part_is_refreshed() {
    let mut workspace = workspace_with(vec![provider_with("Keys held in an HSM.")]);
    let mut index = Index::new(builtin(), Some(&workspace), &plain);
    let is_the_note =
        |hit: &Hit<'_>| hit.entry.kind == Kind::Note && hit.entry.item.as_deref() == Some("P1.1");
    assert!(
        !index
            .search("zebracorn", MAX_RESULTS)
            .iter()
            .any(is_the_note)
    );
    workspace.providers[0]
        .assessments
        .entry("P1.1".to_owned())
        .or_default()
        .note = "They keep a zebracorn on staff.".to_owned();
    index.set_workspace(Some(&workspace), &plain);
    assert!(is_the_note(&index.search("zebracorn", 5)[0]));
}

#[test]
fn deleting_a_provider_removes_its_entries() {
    let mut workspace = workspace_with(vec![provider_with("Keys held in an HSM.")]);
    let mut index = Index::new(builtin(), Some(&workspace), &plain);
    let before = index.len();
    workspace.providers.clear();
    index.set_workspace(Some(&workspace), &plain);
    assert_eq!(index.len(), before - 5);
    assert!(index.entries().all(|entry| entry.provider.is_none()));
    assert!(
        index
            .search("Tawa", 5)
            .iter()
            .all(|h| h.entry.provider.is_none())
    );
}

#[test]
fn results_are_capped() {
    let (index, _) = demo_index();
    assert_eq!(index.search("e", 7).len(), 7);
    assert!(index.search("e", MAX_RESULTS).len() <= MAX_RESULTS);
}

#[test]
fn queries_lose_control_characters_and_excess_length() {
    assert_eq!(clean_query("  ab\u{1b}[2J\u{7}c\u{202E}d \n"), "ab[2Jcd");
    assert_eq!(
        clean_query(&"x".repeat(10_000)).chars().count(),
        MAX_QUERY_CHARS
    );
    assert_eq!(clean_query("\u{7}\u{1b}"), "");
}

#[test]
fn an_empty_query_matches_nothing() {
    let (index, _) = demo_index();
    assert!(index.search("", 10).is_empty());
    assert!(index.search(" \t\u{7}", 10).is_empty());
}

#[test]
fn hostile_queries_return_quickly_without_panicking() {
    let mut workspace = demo_workspace(builtin(), now());
    // A long note full of the letter the long query repeats: the worst case for the matcher.
    workspace.providers[0].notes = "e".repeat(20_000);
    let index = Index::new(builtin(), Some(&workspace), &plain);
    let queries = [
        "🦜🦜 e\u{301}\u{301}\u{301}".to_owned(),
        "e".repeat(10_000),
        "encryption ".repeat(1_000),
        "\u{1b}[2J\u{7}\u{0}\u{9b}keys".to_owned(),
        "\u{301}\u{20DD}\u{FE0F}".to_owned(),
        "\u{FFFF}\u{10FFFF}".to_owned(),
    ];
    for query in &queries {
        let started = Instant::now();
        let hits = index.search(query, MAX_RESULTS);
        // Generous for a debug build on a busy machine; the bench holds the real limit.
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{} chars took {:?}",
            query.chars().count(),
            started.elapsed()
        );
        assert!(hits.len() <= MAX_RESULTS);
    }
    let hits = index.search(&"e".repeat(10_000), 5);
    assert_eq!(hits[0].entry.kind, Kind::Note);
    assert_eq!(hits[0].ranked.positions.len(), MAX_QUERY_CHARS);
}

#[test]
fn a_score_does_not_depend_on_what_was_ranked_before() {
    // A shared fuzzy-matcher scores the second text 46 after the first, 43 on its own.
    let texts = ["Ll/l.LLlaaa", "--l ll-a  l"];
    let prepared: Vec<Prepared> = texts.iter().map(|text| Prepared::new(text)).collect();
    let candidates = |range: std::ops::Range<usize>| {
        range.map(|at| Candidate {
            prepared: &prepared[at],
            group: 0,
        })
    };
    let together = rank("ll", candidates(0..2), 2);
    let alone = rank("ll", candidates(1..2), 1);
    let second = together.iter().find(|ranked| ranked.id == 1);
    assert_eq!(second.map(|ranked| ranked.score), Some(43));
    assert_eq!(alone[0].score, 43);
    assert_eq!(second.map(|r| &r.positions), Some(&alone[0].positions));
}

#[test]
fn names_are_found_with_or_without_their_macrons() {
    let (index, _) = demo_index();
    for query in ["kereru", "Kererū", "Kereru\u{304}"] {
        let hits = index.search(query, 5);
        let provider = hits.iter().find(|hit| hit.entry.kind == Kind::Provider);
        let provider = provider.unwrap_or_else(|| panic!("{query}: no provider among {hits:?}"));
        assert!(provider.entry.text.starts_with("Kererū"), "{query}");
        // The highlight covers the ū as shown, not a folded copy of the text.
        let chars: Vec<char> = provider.entry.text.chars().collect();
        let matched: String = provider
            .ranked
            .positions
            .iter()
            .map(|&i| chars[i])
            .collect();
        assert_eq!(matched, "Kererū", "{query}");
    }
}

#[test]
fn a_treatment_and_a_claim_are_found_by_their_words() {
    use crate::workspace::{Claim, Day, Residual, Status, Treatment, TreatmentKind};
    let mut provider = provider_with("Keys held in an HSM.");
    let assessment = provider.assessments.get_mut("P2.3").expect("there");
    assessment.treatment = Some(Treatment {
        kind: TreatmentKind::Accept,
        rationale: "CLOUD Act exposure accepted for unclassified meetings".to_owned(),
        residual: Residual::Medium,
        approver: "J. Smith".to_owned(),
        until: None,
    });
    assessment.claim = Some(Claim {
        status: Status::Met,
        answer: "End-to-end encryption is on our 2027 roadmap".to_owned(),
        received: Day::parse("2026-11-20").expect("a day"),
        source: "answers.csv".to_owned(),
    });
    let workspace = workspace_with(vec![provider]);
    let index = Index::new(builtin(), Some(&workspace), &plain);
    for (query, kind) in [
        ("CLOUD Act exposure", Kind::Treatment),
        ("J. Smith", Kind::Treatment),
        ("2027 roadmap", Kind::Claim),
    ] {
        let hits = index.search(query, 5);
        let first = hits.first().unwrap_or_else(|| panic!("{query} is found"));
        assert_eq!(first.entry.kind, kind, "{query}");
        assert_eq!(first.entry.item.as_deref(), Some("P2.3"), "{query}");
    }
}
