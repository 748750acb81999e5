use super::*;
use crate::assurance::derive;
use crate::catalogue::builtin;
use crate::workspace::{Answer, Context};

fn ids(items: &[&Item]) -> Vec<String> {
    items.iter().map(|item| item.id.clone()).collect()
}

#[test]
fn high_adds_what_enhanced_adds_and_more() {
    let catalogue = builtin();
    let added = |to| {
        let before = ids(&required_at(catalogue, AssuranceLevel::Baseline));
        let mut after = ids(&required_at(catalogue, to));
        after.retain(|id| !before.contains(id));
        after
    };
    let enhanced = added(AssuranceLevel::Enhanced);
    let high = added(AssuranceLevel::High);
    assert!(enhanced.len() < high.len());
    assert!(enhanced.iter().all(|id| high.contains(id)));
}

#[test]
fn effort_counts_only_items_for_needed_services() {
    let catalogue = builtin();
    let mut context = Context::default();
    let all = effort(catalogue, &derive(catalogue, &context));
    assert_eq!(all.level, AssuranceLevel::Baseline);
    assert_eq!(all.in_scope, catalogue.assessable_items().count());
    assert_eq!(all.required, all.required_at_baseline);
    assert!(all.added.is_empty());
    assert!(all.required_at_high > all.required_at_baseline);

    context.answers.insert(
        "CTX.6".to_owned(),
        Answer::Choices(vec!["voice".to_owned()]),
    );
    context.answers.insert(
        "CTX.2".to_owned(),
        Answer::Choice("confidential".to_owned()),
    );
    let derivation = derive(catalogue, &context);
    let voice_high = effort(catalogue, &derivation);
    assert_eq!(voice_high.level, AssuranceLevel::High);
    assert!(voice_high.in_scope < all.in_scope);
    assert_eq!(voice_high.in_scope + voice_high.out_of_scope, all.in_scope);
    assert_eq!(all.out_of_scope, 0);
    assert!(voice_high.required <= voice_high.required_at_high);
    assert_eq!(
        voice_high.required,
        voice_high.required_at_baseline + voice_high.added.len()
    );
    assert!(voice_high.added.iter().all(|item| derivation.applies(item)));
}

/// The three scenarios of docs/assurance.md, so the figures there cannot drift.
mod worked_examples {
    use super::*;
    use crate::catalogue::AnswerSpec;
    use crate::workspace::LevelOverride;

    /// Answers as the Context view records them: one id for a single choice.
    fn context(answers: &[(&str, &[&str])]) -> Context {
        let mut context = Context::default();
        for (question, ids) in answers {
            let ids: Vec<String> = ids.iter().map(|id| (*id).to_owned()).collect();
            let single = builtin()
                .item(question)
                .is_some_and(|item| matches!(item.answer, Some(AnswerSpec::Single(_))));
            let answer = match ids.first() {
                Some(id) if single => Answer::Choice(id.clone()),
                _ => Answer::Choices(ids),
            };
            context.answers.insert((*question).to_owned(), answer);
        }
        context
    }

    fn reasons(derivation: &Derivation) -> Vec<(String, AssuranceLevel)> {
        derivation
            .reasons
            .iter()
            .map(|reason| (reason.question.clone(), reason.level))
            .collect()
    }

    #[test]
    fn a_team_trial_stays_at_baseline() {
        let catalogue = builtin();
        let derivation = derive(
            catalogue,
            &context(&[
                ("CTX.1", &["internal"]),
                ("CTX.2", &["unclassified"]),
                ("CTX.5", &["few"]),
                ("CTX.19", &["short"]),
                ("CTX.6", &["video", "voice"]),
                ("CTX.7", &["minor"]),
            ]),
        );
        assert_eq!(derivation.effective, AssuranceLevel::Baseline);
        assert!(derivation.reasons.is_empty());
        let work = effort(catalogue, &derivation);
        assert_eq!(
            (
                work.required,
                work.in_scope,
                work.out_of_scope,
                work.required_at_high
            ),
            (10, 72, 3, 62)
        );
    }

    #[test]
    fn the_demo_agency_is_enhanced_by_seven_answers() {
        let catalogue = builtin();
        let demo = crate::demo::demo_workspace(
            catalogue,
            crate::workspace::Timestamp::parse("2026-11-28T09:30:00Z").expect("valid"),
        );
        let derivation = derive(catalogue, &demo.context);
        assert_eq!(derivation.effective, AssuranceLevel::Enhanced);
        let questions: Vec<String> = reasons(&derivation).into_iter().map(|(q, _)| q).collect();
        assert_eq!(
            questions,
            [
                "CTX.1", "CTX.4", "CTX.5", "CTX.7", "CTX.8", "CTX.13", "CTX.15"
            ]
        );
        let work = effort(catalogue, &derivation);
        assert_eq!(
            (work.required, work.in_scope, work.added.len()),
            (57, 72, 47)
        );
    }

    #[test]
    fn confidential_material_is_high_for_confidentiality_and_integrity_only() {
        let catalogue = builtin();
        let mut context = context(&[
            ("CTX.2", &["confidential"]),
            ("CTX.3", &["confidentiality", "provider-blind"]),
            ("CTX.4", &["office", "overseas-travel"]),
        ]);
        let derivation = derive(catalogue, &context);
        assert_eq!(
            reasons(&derivation),
            [
                ("CTX.2".to_owned(), AssuranceLevel::High),
                ("CTX.3".to_owned(), AssuranceLevel::High),
                ("CTX.4".to_owned(), AssuranceLevel::Enhanced),
            ]
        );
        assert_eq!(derivation.levels.availability, AssuranceLevel::Baseline);
        let work = effort(catalogue, &derivation);
        assert_eq!(
            (work.required, work.in_scope, work.added.len()),
            (64, 75, 54)
        );
        // The guidance's advice on end-to-end encryption is conditional: never required.
        assert!(work.added.iter().all(|item| item.id != "P2.3"));
        assert!(work.added.iter().any(|item| item.id == "P2.6"));

        context.level_override = Some(LevelOverride {
            level: AssuranceLevel::Enhanced,
            reason: "Pilot with UNCLASSIFIED material only until accreditation".to_owned(),
        });
        let overridden = derive(catalogue, &context);
        assert_eq!(overridden.derived, AssuranceLevel::High);
        assert_eq!(overridden.effective, AssuranceLevel::Enhanced);
        assert_eq!(effort(catalogue, &overridden).required, 59);
    }
}
