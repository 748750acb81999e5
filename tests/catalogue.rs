//! The built-in catalogue covers the whole guidance, holds together, and matches its map
//! in docs/catalogue.md.

use std::collections::{BTreeSet, HashSet};

use tiaki::catalogue::{
    AnswerSpec, AssuranceLevel, Catalogue, Item, ItemKind, Priority, Property, Service, builtin,
};

/// The guidance's parts, in order, with the words an item's `source` starts with.
const SECTIONS: [(&str, &str); 11] = [
    ("CTX", "Understanding your context,"),
    ("SEL", "Selecting the provider,"),
    ("SEC", "Understanding your provider's security stance,"),
    ("SET", "Reviewing the provider's security settings,"),
    ("P1", "Principle 1,"),
    ("P2", "Principle 2,"),
    ("P3", "Principle 3,"),
    ("P4", "Principle 4,"),
    ("P5", "Principle 5,"),
    ("P6", "Principle 6,"),
    ("P7", "Principle 7,"),
];

const CLASSIFICATIONS: [&str; 7] = [
    "UNCLASSIFIED",
    "IN-CONFIDENCE",
    "SENSITIVE",
    "RESTRICTED",
    "CONFIDENTIAL",
    "SECRET",
    "TOP SECRET",
];

fn catalogue() -> &'static Catalogue {
    builtin()
}

fn item(id: &str) -> &'static Item {
    catalogue()
        .item(id)
        .unwrap_or_else(|| panic!("{id} is missing"))
}

#[test]
fn keeps_its_identity_and_source() {
    let catalogue = catalogue();
    assert_eq!(catalogue.id, "nz-ncsc-svvm");
    assert_eq!(catalogue.version, "2.0.0");
    assert_eq!(catalogue.source.date, "May 2020");
    assert!(catalogue.source.publisher.contains("GCSB"));
}

#[test]
fn ids_are_unique_across_sections_and_items() {
    let mut seen = HashSet::new();
    let section_ids = catalogue().sections.iter().map(|s| s.id.as_str());
    let item_ids = catalogue().items().map(|(_, item)| item.id.as_str());
    for id in section_ids.chain(item_ids) {
        assert!(seen.insert(id), "{id} is used twice");
    }
}

#[test]
fn every_part_of_the_guidance_is_a_section_in_order_with_items() {
    let ids: Vec<&str> = catalogue().sections.iter().map(|s| s.id.as_str()).collect();
    let expected: Vec<&str> = SECTIONS.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, expected);
    for section in &catalogue().sections {
        assert!(!section.items.is_empty(), "{} has no items", section.id);
        assert!(
            !section.summary.trim().is_empty(),
            "{} has no summary",
            section.id
        );
    }
    let total = catalogue().items().count();
    assert!((80..=130).contains(&total), "{total} items");
}

/// Ids are `<section>.<n>`; catalogue 2.0 added ids after the last of 1.0's in their
/// section and retired SEL.4, so the numbers are unique and no id means two things.
#[test]
fn item_ids_are_their_section_and_a_number() {
    for section in &catalogue().sections {
        let mut numbers = HashSet::new();
        for item in &section.items {
            let number = item
                .id
                .strip_prefix(&format!("{}.", section.id))
                .and_then(|n| n.parse::<u32>().ok())
                .unwrap_or_else(|| panic!("{} is not {}.<n>", item.id, section.id));
            assert!(numbers.insert(number), "{}", item.id);
        }
    }
    assert!(
        catalogue().item("SEL.4").is_none(),
        "SEL.4 was merged into P7.3"
    );
}

#[test]
fn every_item_names_the_part_of_the_guidance_it_comes_from() {
    for (section, item) in catalogue().items() {
        let (_, prefix) = SECTIONS
            .iter()
            .find(|(id, _)| *id == section.id)
            .expect("known section");
        assert!(
            item.source.starts_with(prefix) && item.source.len() > prefix.len(),
            "{}: source `{}` should start with `{prefix}` and name a paragraph",
            item.id,
            item.source
        );
    }
}

#[test]
fn titles_are_short_and_guidance_is_substantial() {
    for (_, item) in catalogue().items() {
        let width = item.title.chars().count();
        assert!(width <= 45, "{}: title is {width} characters", item.id);
        assert!(
            !item.guidance.contains("e.g."),
            "{}: spell out 'for example'",
            item.id
        );
        let sentences = sentence_count(&item.guidance);
        assert!(
            (2..=4).contains(&sentences),
            "{}: guidance has {sentences} sentences",
            item.id
        );
    }
}

/// Sentence ends: a full stop, question or exclamation mark followed by a space or the end.
fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.trim_end().chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(index, c)| {
            matches!(c, '.' | '?' | '!')
                && chars.get(index + 1).is_none_or(|next| next.is_whitespace())
        })
        .count()
}

#[test]
fn sentence_count_ignores_version_numbers() {
    assert_eq!(sentence_count("Use TLS 1.2 or later. Never SSL."), 2);
    assert_eq!(sentence_count("One sentence only"), 0);
}

#[test]
fn principle_three_has_at_least_ten_checks() {
    let section = catalogue().section("P3").expect("P3");
    assert!(section.items.len() >= 10, "{}", section.items.len());
}

#[test]
fn context_questions_live_only_in_the_context_section() {
    for (section, item) in catalogue().items() {
        assert_eq!(
            item.kind == ItemKind::ContextQuestion,
            section.id == "CTX",
            "{}",
            item.id
        );
    }
    for number in 1..=7 {
        let question = item(&format!("CTX.{number}"));
        assert_eq!(question.kind, ItemKind::ContextQuestion);
        assert_eq!(
            question.answered_by,
            tiaki::catalogue::Answerer::Organisation
        );
        let spec = question.answer.as_ref().expect("answer spec");
        assert!(
            matches!(spec, AnswerSpec::Text) || spec.options().len() >= 2,
            "{} needs at least two options",
            question.id
        );
    }
}

#[test]
fn sensitivity_offers_every_nz_classification_once() {
    let Some(AnswerSpec::Single(options)) = &item("CTX.2").answer else {
        panic!("sensitivity is a single choice");
    };
    for level in CLASSIFICATIONS {
        // "SECRET" must not be satisfied by "TOP SECRET", hence starts_with on the label.
        let matching = options
            .iter()
            .filter(|option| {
                option.label.starts_with(level)
                    && !option.label[level.len()..].starts_with(char::is_alphabetic)
            })
            .count();
        assert_eq!(matching, 1, "{level}");
    }
}

#[test]
fn sensitivity_raises_confidentiality_as_the_nzism_groups_classifications() {
    let spec = item("CTX.2").answer.as_ref().expect("spec");
    let confidentiality = |id: &str| {
        spec.options()
            .iter()
            .find(|option| option.id == id)
            .unwrap_or_else(|| panic!("option {id}"))
            .raises
            .iter()
            .find(|raise| raise.property == Property::Confidentiality)
            .map(|raise| raise.to)
    };
    assert_eq!(confidentiality("in-confidence"), None);
    assert_eq!(confidentiality("sensitive"), Some(AssuranceLevel::Enhanced));
    assert_eq!(
        confidentiality("restricted"),
        Some(AssuranceLevel::Enhanced)
    );
    assert_eq!(confidentiality("confidential"), Some(AssuranceLevel::High));
    assert_eq!(confidentiality("top-secret"), Some(AssuranceLevel::High));
}

#[test]
fn services_question_covers_every_service() {
    let Some(AnswerSpec::Multiple(options)) = &item("CTX.6").answer else {
        panic!("needed services is a multiple choice");
    };
    let offered: BTreeSet<Service> = options.iter().filter_map(|o| o.service).collect();
    let all: BTreeSet<Service> = Service::ALL.into_iter().collect();
    assert_eq!(offered, all);
}

#[test]
fn some_answers_raise_to_enhanced_and_some_to_high() {
    let raises: HashSet<AssuranceLevel> = catalogue()
        .context_questions()
        .filter_map(|question| question.answer.as_ref())
        .flat_map(AnswerSpec::options)
        .filter_map(|option| option.raises_to)
        .collect();
    assert!(raises.contains(&AssuranceLevel::Enhanced));
    assert!(raises.contains(&AssuranceLevel::High));
    assert!(
        !raises.contains(&AssuranceLevel::Baseline),
        "raising to Baseline means nothing"
    );
}

#[test]
fn priorities_rise_with_the_assurance_level() {
    let changing = catalogue()
        .items()
        .filter(|(_, item)| item.priority.baseline != item.priority.high)
        .count();
    assert!(changing > 0, "no item changes priority between levels");
    let required_at = |level| {
        catalogue()
            .assessable_items()
            .filter(|(_, item)| item.priority.at(level) == Priority::Required)
            .count()
    };
    let (baseline, enhanced, high) = (
        required_at(AssuranceLevel::Baseline),
        required_at(AssuranceLevel::Enhanced),
        required_at(AssuranceLevel::High),
    );
    assert!(
        baseline < enhanced && enhanced < high,
        "{baseline} {enhanced} {high}"
    );
}

#[test]
fn items_about_encryption_point_to_nzism_chapter_17() {
    let mut found = 0;
    for (_, item) in catalogue().items() {
        let text = format!("{} {}", item.title, item.guidance).to_lowercase();
        let about_crypto = ["encrypt", "cryptograph", "tls ", "cipher", "algorithm"]
            .iter()
            .any(|word| text.contains(word));
        if about_crypto {
            found += 1;
            assert!(
                item.references.iter().any(|r| r == "NZISM chapter 17"),
                "{} mentions encryption but does not reference NZISM chapter 17",
                item.id
            );
        }
    }
    assert!(found >= 5, "only {found} items mention encryption");
}

#[test]
fn gcdo_cloud_risk_questions_are_all_pointed_to() {
    // The guidance asks agencies to work through GCDO questions 1 to 27.
    let mut covered = BTreeSet::new();
    for (_, item) in catalogue().items() {
        for reference in &item.references {
            let Some(numbers) = reference
                .strip_prefix("GCDO cloud risk questions ")
                .or_else(|| reference.strip_prefix("GCDO cloud risk question "))
            else {
                continue;
            };
            for part in numbers.split(", ") {
                let (low, high) = part.split_once('-').unwrap_or((part, part));
                let low: u32 = low.parse().expect("a question number");
                let high: u32 = high.parse().expect("a question number");
                covered.extend(low..=high);
            }
        }
    }
    let all: BTreeSet<u32> = (1..=27).collect();
    assert_eq!(covered, all);
}

/// Every token in `text` shaped like an item id of one of the catalogue's sections.
fn item_ids_in(text: &str) -> BTreeSet<String> {
    let sections: Vec<&str> = SECTIONS.iter().map(|(id, _)| *id).collect();
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .map(|token| token.trim_end_matches('.'))
        .filter(|token| {
            token.split_once('.').is_some_and(|(section, number)| {
                sections.contains(&section)
                    && !number.is_empty()
                    && number.chars().all(|c| c.is_ascii_digit())
            })
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_coverage_map_and_the_catalogue_agree() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/catalogue.md");
    let doc = std::fs::read_to_string(path).expect("docs/catalogue.md exists");
    let in_doc = item_ids_in(&doc);
    let in_catalogue: BTreeSet<String> = catalogue()
        .items()
        .map(|(_, item)| item.id.clone())
        .collect();
    let missing: Vec<_> = in_catalogue.difference(&in_doc).collect();
    assert!(
        missing.is_empty(),
        "docs/catalogue.md never mentions {missing:?}"
    );
    let unknown: Vec<_> = in_doc.difference(&in_catalogue).collect();
    assert!(
        unknown.is_empty(),
        "docs/catalogue.md mentions unknown ids {unknown:?}"
    );
}

#[test]
fn id_scanner_finds_ids_and_ignores_look_alikes() {
    let found = item_ids_in("P3.4, SEL.12. NZISM 17.2, P9.1, CTX., (SET.5)");
    let expected: BTreeSet<String> = ["P3.4", "SEL.12", "SET.5"].map(str::to_owned).into();
    assert_eq!(found, expected);
}
