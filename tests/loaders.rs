//! The loaders on hostile bytes, in CI: proptest stands in for the coverage-guided fuzz
//! targets in `fuzz/` (which need a nightly compiler feature and minutes per target), using
//! the same rules (`loaders/checks.rs`), on random bytes and on valid files with random
//! damage. Every input the fuzzers ever found a fault with is kept in `fuzz/regressions/`
//! and replayed here.

use std::fs;
use std::path::Path;

use proptest::prelude::*;

#[path = "loaders/checks.rs"]
mod checks;

/// A loader's rules and the valid files its damaged inputs start from.
struct Loader {
    name: &'static str,
    check: fn(&[u8]) -> bool,
    samples: fn() -> Vec<Vec<u8>>,
}

const LOADERS: [Loader; 4] = [
    Loader {
        name: "workspace",
        check: checks::workspace,
        samples: workspace_samples,
    },
    Loader {
        name: "catalogue",
        check: checks::catalogue,
        samples: catalogue_samples,
    },
    Loader {
        name: "settings",
        check: checks::settings,
        samples: settings_samples,
    },
    Loader {
        name: "answers",
        check: checks::answers,
        samples: answers_samples,
    },
];

fn workspace_samples() -> Vec<Vec<u8>> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    ["full.ron", "minimal.ron", "minimal.json", "bom.ron"]
        .iter()
        .map(|name| fs::read(folder.join(name)).expect("reads a fixture"))
        .collect()
}

fn catalogue_samples() -> Vec<Vec<u8>> {
    let text = tiaki::codec::to_ron(tiaki::catalogue::builtin()).expect("the catalogue as RON");
    // Whole, it is large; its first part is still a catalogue's opening.
    vec![text.into_bytes()]
}

fn settings_samples() -> Vec<Vec<u8>> {
    vec![
        b"(assessor: \"Mere\", ascii: true, mouse: false, last_workspace: Some(\"demo\"))".to_vec(),
        b"()".to_vec(),
    ]
}

fn answers_samples() -> Vec<Vec<u8>> {
    let now = tiaki::workspace::Timestamp::parse("2026-03-01T09:30:00Z").expect("a time");
    let catalogue = tiaki::catalogue::builtin();
    let demo = tiaki::demo::demo_workspace(catalogue, now);
    let csv = tiaki::report::questionnaire_csv(catalogue, &demo);
    let filled = csv.replacen(",,", ",Yes,", 40);
    vec![csv.into_bytes(), filled.into_bytes()]
}

/// Random damage to a valid file: bytes overwritten, inserted or removed, or the file cut.
#[derive(Debug, Clone)]
enum Damage {
    Overwrite(usize, u8),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
    Cut(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Damage::Overwrite(at, byte)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, bytes)| Damage::Insert(at, bytes)),
        (any::<usize>(), 1usize..64).prop_map(|(at, len)| Damage::Remove(at, len)),
        any::<usize>().prop_map(Damage::Cut),
    ]
}

fn damaged(mut bytes: Vec<u8>, damages: &[Damage]) -> Vec<u8> {
    for damage in damages {
        let len = bytes.len().max(1);
        match damage {
            Damage::Overwrite(at, byte) => {
                if let Some(slot) = bytes.get_mut(at % len) {
                    *slot = *byte;
                }
            }
            Damage::Insert(at, new) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, new.iter().copied());
            }
            Damage::Remove(at, count) => {
                let at = (at % len).min(bytes.len());
                let end = (at + count).min(bytes.len());
                bytes.drain(at..end);
            }
            Damage::Cut(at) => bytes.truncate(at % len),
        }
    }
    bytes
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_bytes_are_answered(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        for loader in &LOADERS {
            let _ = (loader.check)(&bytes);
        }
    }

    #[test]
    fn damaged_files_are_answered(
        loader in 0..LOADERS.len(),
        sample in any::<prop::sample::Index>(),
        damages in prop::collection::vec(damage(), 1..6),
    ) {
        let loader = &LOADERS[loader];
        let samples = (loader.samples)();
        let bytes = damaged(sample.get(&samples).clone(), &damages);
        let _ = (loader.check)(&bytes);
    }
}

#[test]
fn valid_samples_are_accepted_and_survive_a_round_trip() {
    for loader in &LOADERS {
        for sample in (loader.samples)() {
            assert!(
                (loader.check)(&sample),
                "a valid {} is refused",
                loader.name
            );
        }
    }
}

/// Every input a fuzz target failed on, kept as `fuzz/regressions/<target>/<name>`.
#[test]
fn inputs_the_fuzzers_found_stay_fixed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut replayed = 0;
    for loader in &LOADERS {
        let Ok(entries) = fs::read_dir(root.join(loader.name)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("an entry").path();
            let _ = (loader.check)(&fs::read(&path).expect("reads a kept input"));
            replayed += 1;
        }
    }
    println!("replayed {replayed} kept inputs");
}
