//! Figures that depend on the security classification (the hash, under NZISM 3.9).

use super::*;

#[test]
fn sha384_is_the_only_hash_3_3_names() {
    assert_eq!(outcome(Parameter::Hash, "SHA-384", V33), Outcome::Meets);
    for text in ["SHA-1", "SHA-256", "SHA-512"] {
        assert!(is_no_figure(&outcome(Parameter::Hash, text, V33)), "{text}");
    }
}

#[test]
fn sha256_suffices_below_sensitive_under_3_9_only() {
    let sha256 = stated(Parameter::Hash, "sha256");
    for (class, suffices) in [
        ("unclassified", true),
        ("in-confidence", true),
        ("sensitive", false),
        ("restricted", false),
        ("confidential", false),
        ("secret", false),
        ("top-secret", false),
    ] {
        let under_39 = one(&sha256, Parameter::Hash, V39, Some(class)).outcome;
        if suffices {
            assert_eq!(under_39, Outcome::Meets, "{class}");
        } else {
            assert_eq!(
                under_39,
                Outcome::FallsShort("SHA-384 for SENSITIVE / RESTRICTED and above".into()),
                "{class}"
            );
        }
        let under_33 = one(&sha256, Parameter::Hash, V33, Some(class)).outcome;
        assert!(is_no_figure(&under_33), "{class}");
    }
}

#[test]
fn sha384_and_up_meet_3_9_at_every_classification_and_sha1_never() {
    for class in Classification::ALL {
        let id = Some(class.option_id());
        for text in ["SHA-384", "SHA-512"] {
            let check = one(&stated(Parameter::Hash, text), Parameter::Hash, V39, id);
            assert_eq!(check.outcome, Outcome::Meets, "{text} at {class:?}");
        }
        let sha1 = one(&stated(Parameter::Hash, "SHA-1"), Parameter::Hash, V39, id);
        assert!(matches!(sha1.outcome, Outcome::FallsShort(_)));
    }
}

#[test]
fn a_missing_or_unknown_classification_is_judged_against_the_stricter_hash_figure() {
    let sha256 = stated(Parameter::Hash, "SHA-256");
    let missing = one(&sha256, Parameter::Hash, V39, None);
    assert!(matches!(missing.outcome, Outcome::FallsShort(_)));
    assert!(missing.sentence.ends_with(
        "classification not recorded, so judged against the stricter figure for SENSITIVE and above"
    ));
    let unknown = one(&sha256, Parameter::Hash, V39, Some("cosmic"));
    assert!(
        unknown
            .sentence
            .contains("classification 'cosmic' not recognised")
    );
    // Under 3.3 the note comes with the 3.9 clause that relies on the stricter figure,
    let under_33 = one(&sha256, Parameter::Hash, V33, None);
    assert!(under_33.sentence.contains("falls short of NZISM 3.9"));
    assert!(
        under_33
            .sentence
            .ends_with("stricter figure for SENSITIVE and above")
    );
    // and not when no version's figure depended on the classification.
    let sha384 = one(
        &stated(Parameter::Hash, "SHA-384"),
        Parameter::Hash,
        V33,
        None,
    );
    assert!(
        !sha384.sentence.contains("classification"),
        "{}",
        sha384.sentence
    );
}

#[test]
fn classifications_come_from_the_ctx2_option_ids() {
    let ids: Vec<&str> = Classification::ALL.iter().map(|c| c.option_id()).collect();
    assert_eq!(
        ids,
        [
            "unclassified",
            "in-confidence",
            "sensitive",
            "restricted",
            "confidential",
            "secret",
            "top-secret"
        ]
    );
    for class in Classification::ALL {
        assert_eq!(
            Classification::from_option_id(class.option_id()),
            Some(class)
        );
    }
    assert_eq!(Classification::TopSecret.label(), "TOP SECRET");
    assert_eq!(Classification::from_option_id("SECRET"), None);
    assert!(!Classification::InConfidence.is_sensitive_or_above());
    assert!(Classification::Sensitive.is_sensitive_or_above());
}
