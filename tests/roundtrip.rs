//! Any workspace written as RON or JSON reads back identical: every status, basis,
//! evidence, action, day and answer kind, with names and notes full of unicode, quotes,
//! backslashes and control characters.

use std::collections::BTreeMap;

use proptest::prelude::*;
use tiaki::catalogue::AssuranceLevel;
use tiaki::codec;
use tiaki::nzism::{NzismVersion, Parameter, StatedCrypto};
use tiaki::workspace::{
    Action, ActionStatus, Answer, Assessment, Basis, Candidate, CatalogueRef, Claim, Context, Day,
    Decision, Deployment, Evidence, EvidenceFile, EvidenceId, History, ImportRecord, ImportedItem,
    LevelOverride, Provider, ProviderId, Residual, Signature, Stamp, Status, Timestamp, Treatment,
    TreatmentKind, Workspace,
};

/// Year 1 to year 9999: the range RFC 3339 text can express.
const FIRST_SECOND: i64 = -62_135_596_800;
const LAST_SECOND: i64 = 253_402_300_799;

/// Short text that often holds the characters serialisers get wrong.
fn text() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        '"', '\\', '\'', '\n', '\r', '\t', '\0', '\u{1b}', '\u{7f}', '\u{2028}', '\u{feff}', ')',
        ']', '}', ',', '#', '/', 'ō', '🦜',
    ]);
    prop::collection::vec(prop_oneof![any::<char>(), tricky], 0..12)
        .prop_map(|chars| chars.into_iter().collect())
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (FIRST_SECOND..=LAST_SECOND).prop_map(|seconds| {
        let instant = time::OffsetDateTime::from_unix_timestamp(seconds).expect("in range");
        Timestamp::from(instant)
    })
}

fn day() -> impl Strategy<Value = Day> {
    timestamp().prop_map(Timestamp::day)
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        text().prop_map(Answer::Choice),
        prop::collection::vec(text(), 0..4).prop_map(Answer::Choices),
        text().prop_map(Answer::Text),
    ]
}

fn context() -> impl Strategy<Value = Context> {
    let level = prop::sample::select(AssuranceLevel::ALL.to_vec());
    (
        prop::collection::btree_map(text(), answer(), 0..5),
        prop::option::of(
            (level, text()).prop_map(|(level, reason)| LevelOverride { level, reason }),
        ),
        prop::collection::btree_map(text(), text(), 0..3),
    )
        .prop_map(|(answers, level_override, notes)| {
            let nzism = NzismVersion::ALL[notes.len() % NzismVersion::ALL.len()];
            Context {
                answers,
                level_override,
                notes,
                nzism,
            }
        })
}

fn evidence() -> impl Strategy<Value = Evidence> {
    let file = (text(), "[0-9a-f]{64}").prop_map(|(path, sha256)| EvidenceFile { path, sha256 });
    (
        (text(), text(), text()),
        (text(), prop::option::of(day()), prop::option::of(day())),
        prop::option::of(file),
        prop::option::of(day()),
    )
        .prop_map(
            |((id, title, version), (location, dated, expires), file, seen)| Evidence {
                id: EvidenceId(id),
                title,
                dated,
                version,
                location,
                file,
                expires,
                seen,
            },
        )
}

fn claim() -> impl Strategy<Value = Claim> {
    (
        prop::sample::select(Status::ALL.to_vec()),
        text(),
        day(),
        text(),
    )
        .prop_map(|(status, answer, received, source)| Claim {
            status,
            answer,
            received,
            source,
        })
}

fn treatment() -> impl Strategy<Value = Treatment> {
    (
        prop::sample::select(TreatmentKind::ALL.to_vec()),
        text(),
        prop::sample::select(Residual::ALL.to_vec()),
        text(),
        prop::option::of(day()),
    )
        .prop_map(|(kind, rationale, residual, approver, until)| Treatment {
            kind,
            rationale,
            residual,
            approver,
            until,
        })
}

fn signature() -> impl Strategy<Value = Signature> {
    (text(), text(), day()).prop_map(|(name, role, date)| Signature { name, role, date })
}

fn decision() -> impl Strategy<Value = Decision> {
    (
        prop::option::of(any::<bool>()),
        prop::option::of(text()),
        text(),
        prop::option::of(signature()),
        prop::option::of(signature()),
        prop::option::of(signature()),
    )
        .prop_map(
            |(unknown_disqualifies, marking, conditions, assessor, reviewer, approver)| Decision {
                unknown_disqualifies,
                marking,
                conditions,
                assessor,
                reviewer,
                approver,
            },
        )
}

fn import_record() -> impl Strategy<Value = ImportRecord> {
    let item = (
        text(),
        prop::option::of(claim()),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(item, previous, provisional, flagged)| ImportedItem {
            item,
            previous,
            provisional,
            flagged,
        });
    (
        timestamp(),
        text(),
        text(),
        text(),
        prop::collection::vec(item, 0..3),
    )
        .prop_map(|(at, by, provider, source, items)| ImportRecord {
            at,
            by,
            provider: ProviderId(provider),
            source,
            items,
        })
}

fn assessment() -> impl Strategy<Value = Assessment> {
    let action = (
        (text(), text(), prop::option::of(day())),
        prop::sample::select(ActionStatus::ALL.to_vec()),
        text(),
        (prop::option::of(day()), prop::option::of(day())),
    )
        .prop_map(
            |((what, owner, due), status, closing_note, (opened, closed))| Action {
                what,
                owner,
                due,
                status,
                closing_note,
                opened,
                closed,
            },
        );
    let change = (timestamp(), text()).prop_map(|(at, by)| Stamp { at, by });
    (
        prop::sample::select(Status::ALL.to_vec()),
        prop::option::of(prop::sample::select(Basis::ALL.to_vec())),
        text(),
        prop::collection::vec(text().prop_map(EvidenceId), 0..3),
        prop::collection::vec(action, 0..3),
        any::<bool>(),
        prop::option::of(change),
        prop::option::of(claim()),
        prop::option::of(treatment()),
    )
        .prop_map(
            |(status, basis, note, evidence, actions, flagged, changed, claim, treatment)| {
                Assessment {
                    status,
                    basis,
                    note,
                    evidence_links: evidence,
                    legacy_evidence: Vec::new(),
                    actions,
                    legacy_action: None,
                    flagged,
                    changed,
                    claim,
                    treatment,
                }
            },
        )
}

fn provider() -> impl Strategy<Value = Provider> {
    (
        text(),
        (text(), text(), text()),
        prop::option::of(prop::sample::select(Deployment::ALL.to_vec())),
        (text(), text()),
        (
            prop::collection::btree_map(text(), assessment(), 0..4),
            prop::collection::btree_map(text(), assessment(), 0..2),
        ),
    )
        .prop_map(
            |(
                id,
                (name, product, edition),
                deployment,
                (jurisdiction, notes),
                (assessments, deployment_checks),
            )| {
                let crypto = crypto(notes.len());
                Provider {
                    id: ProviderId(id),
                    name,
                    product,
                    edition,
                    deployment,
                    jurisdiction,
                    notes,
                    assessments,
                    deployment_checks,
                    crypto,
                }
            },
        )
}

fn workspace() -> impl Strategy<Value = Workspace> {
    (
        any::<u32>(),
        text(),
        (timestamp(), timestamp()),
        (text(), text()),
        context(),
        prop::collection::vec(provider(), 0..4),
        readiness(),
        (
            prop::collection::vec(import_record(), 0..2),
            prop::collection::vec(evidence(), 0..3),
        ),
        decision(),
    )
        .prop_map(
            |(
                schema_version,
                name,
                (created, modified),
                (id, version),
                context,
                providers,
                (readiness, readiness_candidates, chosen),
                (imports, evidence),
                decision,
            )| {
                Workspace {
                    schema_version,
                    name,
                    created,
                    modified,
                    catalogue: CatalogueRef { id, version },
                    context,
                    providers,
                    readiness,
                    readiness_candidates,
                    chosen,
                    decision,
                    evidence,
                    imports,
                    history: History::default(),
                }
                .with_history_by("proptest")
            },
        )
}

/// Stated cryptography, from none to every parameter, picked by `seed`.
fn crypto(seed: usize) -> StatedCrypto {
    let mut crypto = StatedCrypto::default();
    let values = [
        (Parameter::LowestTls, "TLS 1.2"),
        (Parameter::Signature, "RSA 2048"),
        (Parameter::Hash, "SHA-384"),
        (Parameter::Cipher, "AES-256-GCM"),
    ];
    for (parameter, value) in values.iter().take(seed % (values.len() + 1)) {
        crypto
            .set(*parameter, value)
            .expect("a form tiaki understands");
    }
    crypto
}

type Readiness = (
    BTreeMap<String, Assessment>,
    BTreeMap<String, Vec<Candidate>>,
    Option<ProviderId>,
);

/// The organisation's readiness, candidates kept from a migration, and the chosen provider.
fn readiness() -> impl Strategy<Value = Readiness> {
    let candidate = (text(), assessment()).prop_map(|(recorded_for, assessment)| Candidate {
        recorded_for,
        assessment,
    });
    (
        prop::collection::btree_map(text(), assessment(), 0..3),
        prop::collection::btree_map(text(), prop::collection::vec(candidate, 1..3), 0..2),
        prop::option::of(text().prop_map(ProviderId)),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn ron_round_trips(workspace in workspace()) {
        let text = codec::to_ron(&workspace).expect("serialises");
        let back: Workspace = codec::from_ron(text.as_bytes())
            .unwrap_or_else(|error| panic!("{error}\n{text}"));
        prop_assert_eq!(back, workspace);
    }

    #[test]
    fn json_round_trips(workspace in workspace()) {
        let text = codec::to_json(&workspace).expect("serialises");
        let back: Workspace = codec::from_json(text.as_bytes())
            .unwrap_or_else(|error| panic!("{error}\n{text}"));
        prop_assert_eq!(back, workspace);
    }
}

/// The generators reach every variant; without this a narrowed strategy would pass
/// silently while testing less.
#[test]
fn the_generators_cover_every_variant() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let mut statuses = BTreeMap::new();
    let mut answers = [false; 3];
    for _ in 0..400 {
        let assessment = assessment().new_tree(&mut runner).expect("tree").current();
        *statuses
            .entry(format!("{:?}", assessment.status))
            .or_insert(0) += 1;
        match answer().new_tree(&mut runner).expect("tree").current() {
            Answer::Choice(_) => answers[0] = true,
            Answer::Choices(_) => answers[1] = true,
            Answer::Text(_) => answers[2] = true,
        }
    }
    assert_eq!(statuses.len(), Status::ALL.len(), "{statuses:?}");
    assert!(answers.iter().all(|seen| *seen), "{answers:?}");
}
