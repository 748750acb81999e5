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
        nzism: crate::nzism::NzismVersion::default(),
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
            AssuranceLevel::Enhanced,
            AssuranceLevel::Enhanced
        ]
    );
}

#[test]
fn an_override_sets_the_effective_level_and_keeps_the_derived_one() {
    let mut answers = context(&[("CTX.2", choice("confidential"))]);
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
    let messaging_item = builtin()
        .assessable_items()
        .map(|(_, item)| item)
        .find(|item| item.services == [Service::Messaging, Service::FileSharing])
        .expect("the catalogue has an item only about messaging and files");
    assert!(!derivation.applies(messaging_item));
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

#[test]
fn each_property_has_its_own_level() {
    let derivation = derive(
        builtin(),
        &context(&[
            ("CTX.15", choice("critical")),
            ("CTX.2", choice("in-confidence")),
        ]),
    );
    assert_eq!(derivation.levels.availability, AssuranceLevel::High);
    assert_eq!(derivation.levels.confidentiality, AssuranceLevel::Baseline);
    assert_eq!(derivation.levels.integrity, AssuranceLevel::Baseline);
    assert_eq!(
        derivation.derived,
        AssuranceLevel::High,
        "the overall level is the highest"
    );
}

#[test]
fn an_availability_need_does_not_make_end_to_end_encryption_required() {
    let derivation = derive(builtin(), &context(&[("CTX.15", choice("critical"))]));
    let e2ee = builtin().item("P2.3").expect("P2.3");
    assert_ne!(derivation.priority(e2ee), Priority::Required);
    let availability = builtin().item("P7.7").expect("P7.7");
    assert_eq!(derivation.level_for(availability), AssuranceLevel::High);
}

#[test]
fn minor_consequences_cap_exposure_answers_but_not_classification() {
    let exposed = context(&[
        ("CTX.4", choices(&["home", "personal-devices"])),
        ("CTX.5", choice("organisation")),
        ("CTX.7", choice("minor")),
    ]);
    let derivation = derive(builtin(), &exposed);
    assert_eq!(derivation.derived, AssuranceLevel::Baseline);
    assert!(derivation.cap.is_some());
    assert!(
        derivation
            .reasons
            .iter()
            .all(|reason| reason.capped_from == Some(AssuranceLevel::Enhanced))
    );
    let mut classified = exposed;
    classified
        .answers
        .insert("CTX.2".to_owned(), choice("sensitive"));
    let derivation = derive(builtin(), &classified);
    assert_eq!(derivation.levels.confidentiality, AssuranceLevel::Enhanced);
}

#[test]
fn staff_homes_and_public_webinars_now_raise_something() {
    let home = derive(builtin(), &context(&[("CTX.4", choices(&["home"]))]));
    assert_eq!(home.levels.confidentiality, AssuranceLevel::Enhanced);
    let webinar = derive(
        builtin(),
        &context(&[("CTX.1", choices(&["public-events"]))]),
    );
    assert_eq!(webinar.levels.integrity, AssuranceLevel::Enhanced);
}

#[test]
fn sensitive_and_restricted_are_grouped_as_the_nzism_groups_them() {
    let level = |option: &str| derive(builtin(), &context(&[("CTX.2", choice(option))])).derived;
    assert_eq!(level("sensitive"), level("restricted"));
    assert_eq!(level("restricted"), AssuranceLevel::Enhanced);
    assert_eq!(level("confidential"), AssuranceLevel::High);
}

#[test]
fn government_only_items_apply_only_to_a_government_agency() {
    let sec = builtin().item("SEC.11").expect("SEC.11");
    let unanswered = derive(builtin(), &Context::default());
    assert!(unanswered.applies(sec), "unanswered: still in scope");
    let company = derive(builtin(), &context(&[("CTX.20", choice("no"))]));
    assert!(!company.applies(sec));
    let agency = derive(builtin(), &context(&[("CTX.20", choice("yes"))]));
    assert!(agency.applies(sec));
}
