//! Damaged and hostile files: each gives a clear error and is never changed.

use std::fs;
use std::path::Path;

use tiaki::codec::MAX_FILE_BYTES;
use tiaki::store::{StoreError, read_workspace_file};

use crate::{fixtures, load_damaged, names_in, sample, temp_store, with_provider};

#[test]
fn every_invalid_fixture_gives_its_error_and_is_left_untouched() {
    let (_dir, store) = temp_store();
    for fixture in fixtures("invalid") {
        let slug = fixture
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let bytes = fs::read(&fixture).expect("fixture");
        let expect_file = fixture.with_extension("expect");
        let expected = fs::read_to_string(&expect_file)
            .unwrap_or_else(|_| panic!("{} needs a sibling .expect", fixture.display()));
        let message = load_damaged(&store, &slug, &bytes).to_string();
        for wanted in expected.lines().filter(|line| !line.trim().is_empty()) {
            assert!(
                message.contains(wanted),
                "{slug}: `{wanted}` not in: {message}"
            );
        }
        // Reading it any other way refuses it the same way.
        let direct = read_workspace_file(&store.workspace_path(&slug)).expect_err("refused");
        assert!(
            direct
                .to_string()
                .contains(expected.lines().next().unwrap_or(""))
        );
    }
    let listed = store.list().expect("list");
    assert!(listed.iter().all(|entry| entry.workspace.is_err()));
    assert_eq!(
        listed.len(),
        fixtures("invalid").len(),
        "damaged files missing from the list"
    );
}

#[test]
fn every_valid_fixture_loads() {
    let (_dir, store) = temp_store();
    for fixture in fixtures("valid") {
        let workspace = read_workspace_file(&fixture)
            .unwrap_or_else(|error| panic!("{}: {error}", fixture.display()));
        assert!(!workspace.name.is_empty());
        if fixture.extension().is_some_and(|ext| ext == "ron") {
            let slug = fixture
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned();
            fs::copy(&fixture, store.workspace_path(&slug)).expect("copy");
            assert_eq!(store.load(&slug).expect("load from the store"), workspace);
        }
    }
}

#[test]
fn absurdly_deep_nesting_is_an_error_not_a_crash() {
    let (_dir, store) = temp_store();
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/full.ron");
    let valid = fs::read_to_string(full).expect("full.ron");
    assert!(valid.contains("providers: ["), "fixture changed");
    let deep = "[".repeat(100_000);
    // In a known field, and in an unknown one that the version probe has to skip.
    let in_known = valid.replacen("providers: [", &format!("providers: [{deep}"), 1);
    let in_unknown = valid.replacen("providers: [", &format!("future: {deep}\n providers: ["), 1);
    for bytes in [in_known, in_unknown] {
        let error = load_damaged(&store, "deep", bytes.as_bytes());
        assert!(
            matches!(error, StoreError::Parse { line, .. } if line > 0),
            "{error}"
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let (_dir, store) = temp_store();
    let path = store.workspace_path("huge");
    let file = fs::File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES as u64 + 1)
        .expect("sparse file");
    let error = store.load("huge").expect_err("too large");
    let message = error.to_string();
    assert!(
        message.starts_with(&format!("{}: ", path.display())),
        "{message}"
    );
    assert!(message.contains("limit"), "{message}");
    assert_eq!(
        fs::metadata(&path).expect("metadata").len(),
        MAX_FILE_BYTES as u64 + 1
    );
}

#[test]
fn a_damaged_file_offers_its_backup_and_restoring_keeps_the_damage() {
    let (_dir, store) = temp_store();
    let first = sample("Trial");
    store
        .save(&store.lock("trial").expect("lock"), &first)
        .expect("save");
    store
        .save(
            &store.lock("trial").expect("lock"),
            &with_provider(first.clone(), "X"),
        )
        .expect("save again");
    let damaged = b"(schema_version: 1, name: \"Tri".to_vec();
    let error = load_damaged(&store, "trial", &damaged);
    let backup = store.backup_path("trial");
    assert!(
        error
            .to_string()
            .contains(&format!("a backup is at {}", backup.display())),
        "{error}"
    );

    assert_eq!(store.restore_backup("trial").expect("restore"), first);
    assert_eq!(store.load("trial").expect("load"), first);
    assert!(backup.exists(), "the backup must stay");
    let kept: Vec<String> = names_in(&store.root().join("workspaces"))
        .into_iter()
        .filter(|name| name.starts_with("trial.ron.damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        fs::read(store.root().join("workspaces").join(&kept[0])).expect("read"),
        damaged
    );
}

#[test]
fn restoring_without_a_backup_says_so() {
    let (_dir, store) = temp_store();
    store
        .save(&store.lock("trial").expect("lock"), &sample("Trial"))
        .expect("save");
    let error = store.restore_backup("trial").expect_err("no backup");
    assert!(matches!(error, StoreError::NoBackup { .. }), "{error}");
    assert!(error.to_string().contains("no backup"), "{error}");
}

#[test]
fn saving_over_a_damaged_file_keeps_it_and_the_good_backup() {
    let (_dir, store) = temp_store();
    store
        .save(&store.lock("trial").expect("lock"), &sample("Trial"))
        .expect("save");
    store
        .save(
            &store.lock("trial").expect("lock"),
            &with_provider(sample("Trial"), "X"),
        )
        .expect("save again");
    let good_backup = fs::read(store.backup_path("trial")).expect("backup");
    load_damaged(&store, "trial", b"(garbage");
    let newer = with_provider(sample("Trial"), "Y");
    store
        .save(&store.lock("trial").expect("lock"), &newer)
        .expect("save over damage");
    assert_eq!(store.load("trial").expect("load"), newer);
    assert_eq!(
        fs::read(store.backup_path("trial")).expect("backup"),
        good_backup
    );
    let names = names_in(&store.root().join("workspaces"));
    assert!(
        names
            .iter()
            .any(|name| name.starts_with("trial.ron.damaged-")),
        "{names:?}"
    );
}
