use super::*;
use crate::catalogue::{Priority, builtin};
use crate::workspace::LevelOverride;

fn context(answers: &[(&str, Answer)]) -> Context {
    Context {
        answers: answers
            .iter()
            .map(|(id, answer)| ((*id).to_owned(), answer.clone()))
            .collect(),
        level_override: None,
        notes: std::collections::BTreeMap::new(),
    }
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_owned())
}

fn choices(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|id| (*id).to_owned()).collect())
}

#[test]
fn no_answers_means_baseline_with_everything_unanswered() {
    let derivation = derive(builtin(), &Context::default());
    assert_eq!(derivation.derived, AssuranceLevel::Baseline);
    assert_eq!(derivation.effective, AssuranceLevel::Baseline);
    assert!(derivation.reasons.is_empty());
    assert_eq!(
        derivation.unanswered.len(),
        builtin().context_questions().count()
    );
    assert_eq!(derivation.needed_services, None);
}

#[test]
fn low_sensitivity_and_minor_consequences_stay_at_baseline() {
    let derivation = derive(
        builtin(),
        &context(&[
            ("CTX.2", choice("in-confidence")),
            ("CTX.7", choice("minor")),
        ]),
    );
    assert_eq!(derivation.derived, AssuranceLevel::Baseline);
}

#[test]
fn sensitive_information_calls_for_enhanced() {
    let derivation = derive(builtin(), &context(&[("CTX.2", choice("sensitive"))]));
    assert_eq!(derivation.derived, AssuranceLevel::Enhanced);
    assert_eq!(derivation.reasons.len(), 1);
    assert_eq!(derivation.reasons[0].question, "CTX.2");
    assert!(derivation.reasons[0].answer.starts_with("SENSITIVE"));
}

#[test]
fn the_highest_answer_wins_and_reasons_come_highest_first() {
    let derivation = derive(
        builtin(),
        &context(&[
            ("CTX.2", choice("sensitive")),
            ("CTX.7", choice("severe")),
            ("CTX.4", choices(&["home", "personal-devices"])),
        ]),
    );
    assert_eq!(derivation.derived, AssuranceLevel::High);
    let levels: Vec<_> = derivation.reasons.iter().map(|r| r.level).collect();
    assert_eq!(
        levels,
        [
            AssuranceLevel::High,
            AssuranceLevel::Enhanced,
            AssuranceLevel::Enhanced
        ]
    );
}

#[test]
fn an_override_sets_the_effective_level_and_keeps_the_derived_one() {
    let mut answers = context(&[("CTX.2", choice("restricted"))]);
    answers.level_override = Some(LevelOverride {
        level: AssuranceLevel::Enhanced,
        reason: "Pilot only; no RESTRICTED material in scope".to_owned(),
    });
    let derivation = derive(builtin(), &answers);
    assert_eq!(derivation.derived, AssuranceLevel::High);
    assert_eq!(derivation.effective, AssuranceLevel::Enhanced);
    assert_eq!(
        derivation.override_reason.as_deref(),
        Some("Pilot only; no RESTRICTED material in scope")
    );
}

#[test]
fn answers_naming_missing_options_are_flagged_not_dropped() {
    let derivation = derive(
        builtin(),
        &context(&[
            ("CTX.2", choice("ultra-secret")),
            ("CTX.6", choices(&["video", "holograms"])),
            ("CTX.7", choices(&["minor", "severe"])),
        ]),
    );
    let stale: Vec<_> = derivation
        .stale
        .iter()
        .map(|s| (s.question.as_str(), s.answer.as_str()))
        .collect();
    assert!(stale.contains(&("CTX.2", "ultra-secret")), "{stale:?}");
    assert!(stale.contains(&("CTX.6", "holograms")), "{stale:?}");
    assert!(stale.contains(&("CTX.7", "minor, severe")), "{stale:?}");
    assert_eq!(
        derivation.needed_services,
        Some(BTreeSet::from([Service::Video]))
    );
    assert_eq!(derivation.derived, AssuranceLevel::Baseline);
}

#[test]
fn services_not_needed_are_known() {
    let derivation = derive(
        builtin(),
        &context(&[("CTX.6", choices(&["video", "voice"]))]),
    );
    let recording_item = builtin()
        .assessable_items()
        .map(|(_, item)| item)
        .find(|item| item.services == [Service::Recording])
        .expect("the catalogue has a recording-only item");
    assert!(!derivation.applies(recording_item));
    let general_item = builtin()
        .assessable_items()
        .map(|(_, item)| item)
        .find(|item| item.services.is_empty())
        .expect("the catalogue has items for every service");
    assert!(derivation.applies(general_item));
}

#[test]
fn a_higher_level_makes_some_recommended_item_required() {
    let promoted = builtin().assessable_items().find(|(_, item)| {
        item.priority.at(AssuranceLevel::Baseline) == Priority::Recommended
            && item.priority.at(AssuranceLevel::High) == Priority::Required
    });
    assert!(promoted.is_some(), "some item must become required at High");
}
