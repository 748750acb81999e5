use proptest::prelude::*;

use super::*;
use crate::catalogue::builtin;
use crate::workspace::{Answer, Status, Timestamp, Workspace};

fn at(second: u32) -> Timestamp {
    Timestamp::parse(&format!(
        "2026-12-07T09:{:02}:{:02}Z",
        second / 60 % 60,
        second % 60
    ))
    .expect("valid")
}

fn start() -> Workspace {
    let mut workspace = Workspace::new("Trial", builtin(), at(0));
    for (index, name) in ["Acme", "Kōwhai Comms"].into_iter().enumerate() {
        let id = ProviderId(format!("prov-{index}"));
        let change = Change::ProviderAdded {
            index,
            provider: Box::new(Provider::new(id, name)),
        };
        workspace.apply(change, "Ana", at(0)).expect("added");
    }
    workspace
}

/// What a step asks for; turned into a change against the workspace as it then is.
#[derive(Debug, Clone)]
enum Step {
    Status(usize, usize, usize),
    Readiness(usize, usize),
    Add(String),
    Remove(usize),
    Move(usize, usize),
    Choose(Option<usize>),
    Answer(usize),
    Marking(Option<String>),
    Rename(String),
    Undo,
}

const ITEMS: [&str; 4] = ["P1.1", "P1.2", "P2.3", "P3.4"];

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..4_usize, 0..4_usize, 0..6_usize).prop_map(|(p, i, s)| Step::Status(p, i, s)),
        1 => (0..4_usize, 0..6_usize).prop_map(|(i, s)| Step::Readiness(i, s)),
        1 => "[A-Z][a-z]{1,6}".prop_map(Step::Add),
        1 => (0..4_usize).prop_map(Step::Remove),
        1 => (0..4_usize, 0..4_usize).prop_map(|(f, t)| Step::Move(f, t)),
        1 => proptest::option::of(0..4_usize).prop_map(Step::Choose),
        1 => (0..3_usize).prop_map(Step::Answer),
        1 => proptest::option::of("[A-Z-]{3,8}").prop_map(Step::Marking),
        1 => "[A-Z][a-z]{1,6}".prop_map(Step::Rename),
        2 => Just(Step::Undo),
    ]
}

fn change_for(workspace: &Workspace, step: &Step, now: Timestamp) -> Option<Change> {
    let provider = |index: usize| workspace.providers.get(index).map(|p| p.id.clone());
    Some(match step {
        Step::Status(p, i, s) => {
            let subject = Subject::Provider(provider(*p)?);
            let mut after = workspace
                .assessment(&subject, ITEMS[*i])
                .cloned()
                .unwrap_or_default();
            after.status = Status::ALL[*s];
            Change::assessment(workspace, &subject, ITEMS[*i], after, Some(("Ana", now)))
        }
        Step::Readiness(i, s) => {
            let subject = Subject::Readiness;
            let mut after = workspace
                .assessment(&subject, ITEMS[*i])
                .cloned()
                .unwrap_or_default();
            after.status = Status::ALL[*s];
            Change::assessment(workspace, &subject, ITEMS[*i], after, Some(("Ben", now)))
        }
        Step::Add(name) => {
            let id = workspace.fresh_provider_id(name, now);
            Change::ProviderAdded {
                index: workspace.providers.len(),
                provider: Box::new(Provider::new(id, name)),
            }
        }
        Step::Remove(index) => {
            let removed = workspace.providers.get(*index)?.clone();
            let unchoose = Change::Chosen {
                before: workspace.chosen.clone(),
                after: None,
            };
            let chosen = workspace.chosen.as_ref() == Some(&removed.id);
            let remove = Change::ProviderRemoved {
                index: *index,
                provider: Box::new(removed),
            };
            if chosen {
                Change::batch(vec![unchoose, remove])
            } else {
                remove
            }
        }
        Step::Move(from, to) => Change::ProviderMoved {
            id: provider(*from)?,
            from: *from,
            to: (*to).min(workspace.providers.len() - 1),
        },
        Step::Choose(index) => Change::Chosen {
            before: workspace.chosen.clone(),
            after: match index {
                Some(index) => Some(provider(*index)?),
                None => None,
            },
        },
        Step::Answer(option) => {
            let mut after = workspace.context.clone();
            after
                .answers
                .insert("CTX.2".into(), Answer::Choice(format!("option-{option}")));
            Change::Context {
                before: Box::new(workspace.context.clone()),
                after: Box::new(after),
            }
        }
        Step::Marking(marking) => Change::Decision {
            before: Box::new(workspace.decision.clone()),
            after: Box::new(crate::workspace::Decision {
                marking: marking.clone(),
                ..workspace.decision.clone()
            }),
        },
        Step::Rename(name) => Change::Renamed {
            before: workspace.name.clone(),
            after: name.clone(),
        },
        Step::Undo => return None,
    })
}

/// The workspace without what only stamps time (`modified`) and the record of changes.
fn content(workspace: &Workspace) -> Workspace {
    Workspace {
        modified: at(0),
        history: crate::workspace::History::default(),
        ..workspace.clone()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_sequence_replays_to_the_same_state_and_each_inverse_undoes_its_change(
        steps in proptest::collection::vec(step(), 1..40)
    ) {
        let mut workspace = start();
        let mut replayed = workspace.clone();
        let mut log = UndoLog::default();
        for (second, step) in (1..).zip(&steps) {
            let now = at(second);
            let before = workspace.clone();
            let Some(change) = change_for(&workspace, step, now) else {
                if let Some(Ok(undone)) = log.undo(&mut workspace, "Ana", now) {
                    replayed.make(&undone).expect("the undo replays");
                }
                prop_assert_eq!(content(&replayed), content(&workspace));
                continue;
            };
            if log.apply(&mut workspace, change.clone(), "Ana", now).is_ok() {
                    prop_assert_eq!(workspace.modified, now);
                    replayed.make(&change).expect("what applied replays");
                    let mut undone = workspace.clone();
                    undone.apply(change.inverse(), "Ana", now).expect("inverse applies");
                    prop_assert_eq!(content(&undone), content(&before));
                    undone.apply(change.clone(), "Ana", now).expect("and the change again");
                    prop_assert_eq!(content(&undone), content(&workspace));
            } else {
                prop_assert_eq!(&workspace, &before, "a refused change changes nothing");
            }
            prop_assert_eq!(content(&replayed), content(&workspace));
            let verified = workspace.verify_history();
            prop_assert!(verified.is_ok(), "the history replays to the workspace: {:?}", verified);
        }
    }
}

#[test]
fn a_change_against_a_state_no_longer_there_is_refused_and_changes_nothing() {
    let mut workspace = start();
    let subject = Subject::Provider(ProviderId("prov-0".into()));
    let met = crate::workspace::Assessment {
        status: Status::Met,
        ..Default::default()
    };
    let change = Change::assessment(&workspace, &subject, "P1.1", met.clone(), None);
    workspace
        .apply(change.clone(), "Ana", at(1))
        .expect("applies");
    let held = workspace.clone();
    assert!(matches!(
        workspace.apply(change, "Ana", at(2)),
        Err(ChangeError::Stale(_))
    ));
    let batch = Change::Batch(vec![
        Change::Renamed {
            before: "Trial".into(),
            after: "Pilot".into(),
        },
        Change::assessment(&start(), &subject, "P1.1", met, None),
    ]);
    assert!(workspace.apply(batch, "Ana", at(3)).is_err());
    assert_eq!(workspace, held, "a refused batch takes back its first part");
}

#[test]
fn removing_the_chosen_provider_alone_is_refused() {
    let mut workspace = start();
    let id = ProviderId("prov-0".into());
    let choose = Change::Chosen {
        before: None,
        after: Some(id.clone()),
    };
    workspace.apply(choose, "Ana", at(1)).expect("chosen");
    let provider = Box::new(workspace.providers[0].clone());
    let remove = Change::ProviderRemoved { index: 0, provider };
    assert!(workspace.apply(remove, "Ana", at(2)).is_err());
    assert_eq!(workspace.chosen, Some(id));
}

#[test]
fn a_difference_says_what_the_status_and_basis_were_and_names_the_rest() {
    use crate::workspace::{Assessment, Basis};
    let before = Assessment {
        status: Status::NotAssessed,
        basis: Some(Basis::ProviderClaim),
        ..Assessment::default()
    };
    let after = Assessment {
        status: Status::Met,
        basis: Some(Basis::OwnTest),
        flagged: true,
        note: "Tested on 3 December.".into(),
        ..Assessment::default()
    };
    assert_eq!(
        assessment_difference(Some(&before), Some(&after), "→"),
        "status: Not assessed → Met, basis: provider's claim → our own test, flagged, note"
    );
    assert_eq!(
        assessment_difference(Some(&after), None, "->"),
        "status: Met -> Not assessed, basis: our own test -> none, flag cleared, note"
    );
    assert_eq!(
        assessment_difference(Some(&after), Some(&after), "→"),
        "unchanged"
    );
}

#[test]
fn text_differences_hold_each_replaced_text_whole() {
    use crate::workspace::{Assessment, Claim, Day, text_differences};
    let before = Assessment {
        note: "First look.".into(),
        ..Assessment::default()
    };
    let after = Assessment {
        note: "First look. Asked for the audit report.".into(),
        claim: Some(Claim {
            status: Status::Met,
            answer: " Encrypted end to end. ".into(),
            received: Day::parse("2026-12-01").expect("valid"),
            source: "answers.xlsx".into(),
        }),
        ..Assessment::default()
    };
    let differences = text_differences(Some(&before), Some(&after));
    let parts: Vec<(&str, &str, &str)> = differences
        .iter()
        .map(|d| (d.part, d.before.as_str(), d.after.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (
                "Note",
                "First look.",
                "First look. Asked for the audit report."
            ),
            ("Claim", "", "Met: Encrypted end to end."),
        ]
    );
    assert!(text_differences(Some(&after), Some(&after)).is_empty());
}

#[test]
fn an_action_change_says_which_action_and_what_became_of_it() {
    use crate::workspace::{Action, ActionStatus, Assessment};
    let ask = Action {
        what: "Ask for the 2026 penetration test summary".into(),
        owner: "Procurement".into(),
        due: None,
        status: ActionStatus::Open,
        closing_note: String::new(),
        opened: None,
        closed: None,
    };
    let with = |actions: Vec<Action>| Assessment {
        status: Status::NotMet,
        actions,
        ..Assessment::default()
    };
    let none = with(Vec::new());
    let open = with(vec![ask.clone()]);
    let done = with(vec![Action {
        status: ActionStatus::Done,
        ..ask.clone()
    }]);
    let difference = |a: &Assessment, b: &Assessment| assessment_difference(Some(a), Some(b), "→");
    assert_eq!(
        difference(&none, &open),
        "action added: “Ask for the 2026 penetration test summary”"
    );
    assert_eq!(
        difference(&open, &done),
        "action “Ask for the 2026 penetration test summary”: open → done"
    );
    assert_eq!(
        difference(&done, &none),
        "action removed: “Ask for the 2026 penetration test summary”"
    );
    let linked = Assessment {
        evidence_links: vec![crate::workspace::EvidenceId("e1".into())],
        ..none.clone()
    };
    assert_eq!(difference(&none, &linked), "evidence: 0 links → 1 link");
}

#[test]
fn a_decision_change_says_what_it_changed_and_the_chosen_provider_beside_it() {
    use crate::workspace::{Day, Decision, Signature};
    let workspace = start();
    let before = Decision::default();
    let after = Decision {
        marking: Some("IN-CONFIDENCE".into()),
        conditions: "Turn on end-to-end encryption".into(),
        assessor: Some(Signature {
            name: "Aroha".into(),
            role: "Assessor".into(),
            date: Day::parse("2026-12-07").expect("valid"),
        }),
        ..Decision::default()
    };
    let change = Change::batch(vec![
        Change::Decision {
            before: Box::new(before),
            after: Box::new(after),
        },
        Change::Chosen {
            before: None,
            after: Some(ProviderId("prov-1".into())),
        },
    ]);
    assert_eq!(
        change.describe(&workspace, "→"),
        "Chosen provider: none → Kōwhai Comms; Decision · conditions written, marking: \
         from the context → IN-CONFIDENCE, signatures 0 → 1 of 3"
    );
}
